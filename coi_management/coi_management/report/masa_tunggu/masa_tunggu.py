"""Masa Tunggu: the figures are computed in coi_management.monitoring.cooling_off."""

from coi_management.monitoring import cooling_off


def execute(filters=None):
	return cooling_off.execute(filters)
