"""COI Settings lists the document types a declaration may name as the decision faced (issue 11);
on a site installed before the list existed, give it the default set of those installed."""

from coi_management.setup.install import seed_reference_doctypes


def execute():
	seed_reference_doctypes()
