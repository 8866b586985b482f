"""Cooling-off period of former officials (Masa Tunggu, S 27; S Lampiran D.4).

- :mod:`record` — the Cooling-off Record: period from the exit date, entities where the former
  official now works, the restricted acts of S 27(3) a-e and the consultancy exception of S 27(4);
  opened by itself when an official retires, resigns or is dismissed;
- :mod:`expiry` — the daily job that keeps Active/Expired in step with the clock.
"""
