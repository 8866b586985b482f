"""Peta Risiko Jabatan: the figures are computed in coi_management.monitoring.programme."""

from coi_management.monitoring import programme


def execute(filters=None):
	return programme.execute_risk(filters)
