"""Pelatihan dan Konsultasi: the figures are computed in coi_management.monitoring.programme."""

from coi_management.monitoring import programme


def execute(filters=None):
	return programme.execute_training(filters)
