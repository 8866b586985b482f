"""Complaints from the public and from staff (Pengaduan, S 31-32; B BAB II D.2.b, G.3-6).

- :mod:`intake` — the public web form, desk and REST intake, evidence checks (S 32(1)-(2));
- :mod:`tracking` — the tracking code and the anonymous conversation with the reporter;
- :mod:`confidentiality` — the reporter's identity, readable only by COI Manager and COI
  Inspector (S 32(3));
- :mod:`handling` — the Complaint Handling workflow's rules per regulation profile;
- :mod:`deadlines` — the daily reminders and escalation of each handling step;
- :mod:`notify` — e-mails about complaints, never naming the reporter.
"""
