"""Tindak Lanjut Pengaduan: the figures are computed in coi_management.monitoring.complaints."""

from coi_management.monitoring import complaints


def execute(filters=None):
	return complaints.execute(filters)
