"""Deklarasi dan Pengendalian: the figures are computed in coi_management.monitoring.declarations."""

from coi_management.monitoring import declarations


def execute(filters=None):
	return declarations.execute(filters)
