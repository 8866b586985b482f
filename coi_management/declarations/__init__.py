"""Declarations of a conflict of interest and their control (S 23-26; B D.4, G.1-5).

- :mod:`declaration` — the declaration's rules: who declares to whom (S 23(1)), timing (S 25),
  source and sub-kind from the profile, the transitions of the Declaration workflow, escalation
  to the next superior when the superior is conflicted (S Lampiran D.2.a);
- :mod:`hold` — the hold on the official's decision until the superior decides (S 23(3));
- :mod:`control_decision` — the superior's control decision (S 23(4)-(8), S 24; B D.4, G.5);
- :mod:`deadlines` — the daily job: reminders and escalation when the decision is overdue;
- :mod:`notices` — the reminders and notices to COI Managers of the declaration loop.
"""
