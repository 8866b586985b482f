"""Workflow, state and action names — each written here, once.

The workflows themselves ship as fixtures (``fixtures/workflow.json``); hooks.py exports them
filtered by these names, and the desk scripts receive them in the boot (``frappe.boot.coi``).
This module imports nothing, so hooks.py may import it.
"""

# ---------------------------------------------------------------- workflows
DECLARATION_WORKFLOW = "Declaration"
CONTROL_DECISION_WORKFLOW = "Control Decision"
COMPLAINT_WORKFLOW = "Complaint Handling"
MONITORING_REPORT_WORKFLOW = "Monitoring and Evaluation Report"
WORKFLOWS = (DECLARATION_WORKFLOW, CONTROL_DECISION_WORKFLOW, COMPLAINT_WORKFLOW, MONITORING_REPORT_WORKFLOW)

# ---------------------------------------------------------------- Declaration (S 23-26)
DRAFT = "Draft"
DECLARED = "Declared"
UNDER_REVIEW = "Under Review"
ESCALATED = "Escalated"
DECIDED = "Decided"
WITHDRAWN = "Withdrawn"
# From Declared until Decided the official's decision is on hold (S 23(3)).
HOLD_STATES = (DECLARED, UNDER_REVIEW, ESCALATED)

# ---------------------------------------------------------------- Control Decision (S 23(4)-(8), 24)
SUBMITTED = "Submitted"
ACKNOWLEDGED = "Acknowledged"

# ---------------------------------------------------------------- Complaint Handling (S 31-32; B G)
RECEIVED = "Received"
INCOMPLETE = "Incomplete"
VERIFIED = "Verified"
UNDER_EXAMINATION = "Under Examination"
FOUNDED = "Founded"
UNFOUNDED = "Unfounded"
FOLLOW_UP = "Follow-up"
CLOSED = "Closed"
COMPLAINT_STATES = (RECEIVED, INCOMPLETE, VERIFIED, UNDER_EXAMINATION, FOUNDED, UNFOUNDED, FOLLOW_UP, CLOSED)
COMPLAINT_OPEN_STATES = (RECEIVED, INCOMPLETE, VERIFIED, UNDER_EXAMINATION, FOUNDED, FOLLOW_UP)
# a first response has been given to the reporter once one of these is reached
COMPLAINT_RESPONDED_STATES = (UNDER_EXAMINATION, FOUNDED, UNFOUNDED, FOLLOW_UP, CLOSED)
# not yet checked by the COI Manager: a superior does not see them (B G.3)
COMPLAINT_UNVERIFIED_STATES = (RECEIVED, INCOMPLETE)
# a founded complaint can open a proactive control decision (S 23(8))
COMPLAINT_DECIDABLE_STATES = (FOUNDED, FOLLOW_UP)

# ---------------------------------------------------------------- Monitoring and Evaluation Report (S 33(4)-(5))
MER_SUBMITTED = "Submitted to the Head of Region"
MER_VERIFIED = "Verified and Assessed"
MER_RETURNED = "Returned"

STATES = (
	DRAFT,
	DECLARED,
	UNDER_REVIEW,
	ESCALATED,
	DECIDED,
	WITHDRAWN,
	SUBMITTED,
	ACKNOWLEDGED,
	*COMPLAINT_STATES,
	MER_SUBMITTED,
	MER_VERIFIED,
	MER_RETURNED,
)

# ---------------------------------------------------------------- actions
DECLARE = "Declare"
START_REVIEW = "Start Review"
ESCALATE = "Escalate"
WITHDRAW = "Withdraw"
DECIDE = "Decide"
SUBMIT = "Submit"
ACKNOWLEDGE = "Acknowledge"
VERIFY = "Verify"
REQUEST_MORE_INFORMATION = "Request More Information"
START_EXAMINATION = "Start Examination"
DECLARE_FOUNDED = "Declare Founded"
DECLARE_UNFOUNDED = "Declare Unfounded"
START_FOLLOW_UP = "Start Follow-up"
CLOSE = "Close"
SUBMIT_TO_HEAD_OF_REGION = "Submit to the Head of Region"
VERIFY_AND_ASSESS = "Verify and Assess"
RETURN_WITH_NOTES = "Return with Notes"
ACTIONS = (
	DECLARE,
	START_REVIEW,
	ESCALATE,
	WITHDRAW,
	DECIDE,
	SUBMIT,
	ACKNOWLEDGE,
	VERIFY,
	REQUEST_MORE_INFORMATION,
	START_EXAMINATION,
	DECLARE_FOUNDED,
	DECLARE_UNFOUNDED,
	START_FOLLOW_UP,
	CLOSE,
	SUBMIT_TO_HEAD_OF_REGION,
	VERIFY_AND_ASSESS,
	RETURN_WITH_NOTES,
)


def for_desk() -> dict:
	"""The names the desk scripts need, sent in the boot as ``frappe.boot.coi.states``."""
	return {
		"hold": list(HOLD_STATES),
		"decided": DECIDED,
		"closed": CLOSED,
		"decidable_complaint": list(COMPLAINT_DECIDABLE_STATES),
		"withdraw": WITHDRAW,
	}
