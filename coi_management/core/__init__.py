"""What every chapter of the regulation shares.

- :mod:`roles` — the app's role names and role sets (SPEC "Roles"), and who holds a role;
- :mod:`states` — workflow, state and action names of the Declaration, Control Decision and
  Complaint Handling workflows;
- :mod:`clock` — the one place "today" comes from;
- :mod:`working_days` — deadlines in working days (hari kerja) on the holiday calendar;
- :mod:`nip` — the civil servant's NIP;
- :mod:`org` — the organisation: officials, their superiors and subordinates (S 23(1));
- :mod:`regulation` — the active regulation profile and its parameters and classifications;
- :mod:`permissions` — record-level rules shared by list queries and document access;
- :mod:`notices` — system notifications and e-mails to users;
- :mod:`jobs` — running a scheduled job document by document.
"""
