"""Kepatuhan Daftar Kepentingan: the figures are computed in coi_management.monitoring.compliance."""

from coi_management.monitoring import compliance


def execute(filters=None):
	return compliance.execute(filters)
