"""Monitoring and evaluation (Perbup Semarang 28/2025 Pasal 33).

Script reports (``coi_management/coi_management/report/``) delegate here; every figure is one
GROUP BY in SQL, scoped to the user through :mod:`coi_management.monitoring.scope` (which reuses the
record rules of :mod:`coi_management.core.permissions`), so the number of queries of a report does
not grow with the number of officials.
"""
