"""Ringkasan Monitoring: the figures are computed in coi_management.monitoring.dashboard."""

from coi_management.monitoring import dashboard


def execute(filters=None):
	return dashboard.execute(filters)
