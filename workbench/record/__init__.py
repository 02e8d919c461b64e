"""The negotiation record: meetings, commitments, history and "what changed since".

Qt-free and typed. :mod:`.meetings` reads meetings as an audience may see
them; :mod:`.snapshots` marks the project state when a meeting opens;
:mod:`.states` rebuilds an earlier state in a temporary copy;
:mod:`.origins` and :mod:`.history` turn the audit log into history
(who, when, old, new, origin); :mod:`.changes` compares two states through
the one analysis; :mod:`.agenda` proposes an agenda; :mod:`.setting` is the
scripted edit behind ``workbench set``; :mod:`.minutes`, :mod:`.change_report`
and :mod:`.woo` are the exports (pure functions to bytes).
"""

from __future__ import annotations
