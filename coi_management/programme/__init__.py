"""The programme around the register (S 18-20, 28-30, 34; B BAB II C, E.2).

- :mod:`risk` — Risk Assessment of positions per period and perangkat daerah (S 18, S Lampiran C):
  vulnerable functions a-g, likelihood x impact read against the profile's risk matrix, controls,
  mitigation; approved by the COI Manager, it sets each Position's current risk level;
- :mod:`training` — training events (S 29) with the materials of S 29(3) and attendance per official;
- :mod:`consultation` — confidential questions to the COI Manager (S 30), in the manager's queue,
  with anonymous statistics for the monitoring report;
- :mod:`appreciation` — recognition of proactive officials (S 34), approved by the head of region or
  delegate, countable toward performance achievement (S 34(3)).
"""
