"""The personal-interest register (Daftar Kepentingan Pribadi, S 22; B D.3.c).

- :mod:`interest_register` — the register's rules: one per official and period, sections A-F of
  the official form, thresholds (S 22(3)d), section F before retirement (S 22(3)h), amendments
  (S 22(2)), pre-fill from last year, the filing window and filing status;
- :mod:`filing_cycle` — the daily job: reminders, overdue lists to superiors and COI Managers,
  retirement reminders;
- :mod:`public_register` — what the public register page may show (S 22(4), UU 27/2022).
"""
