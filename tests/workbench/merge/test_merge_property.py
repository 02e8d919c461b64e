"""Generated edit scripts on two copies of one ancestor (hypothesis, bounded).

After merging: a field changed on one side only has that side's value; a
field changed on both sides to the same value has it; changed to different
values is an open conflict with our value in place and theirs in the
conflict (so no value is lost); merging A into B and B into A give the
same rows after the same choices.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from tests.workbench.merge.support import copies, edit, merge
from workbench.merge.rows import read_rows
from workbench.store import ProjectDocument

MEASURES = 3
FIELDS: dict[str, Any] = {
    "title": st.sampled_from(["Alfa", "Beta", "Gamma"]),
    "deadline_year": st.integers(2025, 2028),
    "status": st.sampled_from(["idea", "agreed", "parked"]),
}
Script = dict[tuple[int, str], Any]

scripts = st.dictionaries(
    st.tuples(st.integers(1, MEASURES), st.sampled_from(sorted(FIELDS))),
    st.just(None), max_size=5,
).flatmap(lambda keys: st.fixed_dictionaries(
    {k: FIELDS[k[1]] for k in keys}
))


def _apply(path: Path, ids: dict[str, str], script: Script) -> None:
    edit(path, *[
        (lambda s, i=i, f=f, v=v: s.update("measure", ids[f"M{i}"], {f: v}))
        for (i, f), v in script.items()
    ])


def _data(path: Path) -> dict[str, Any]:
    doc = ProjectDocument.open(path, read_only=True)
    try:
        with doc.engine.connect() as conn:
            return read_rows(conn)
    finally:
        doc.close()


@settings(
    max_examples=8, deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(ours=scripts, theirs=scripts)
@example(ours={(1, "title"): "Alfa", (2, "status"): "agreed"},
         theirs={(1, "title"): "Beta", (2, "status"): "agreed", (3, "deadline_year"): 2026})
def test_merge_takes_one_sided_edits_and_conflicts_on_two_sided_ones(
    tmp_path_factory: Any, ours: Script, theirs: Script
) -> None:
    tmp = tmp_path_factory.mktemp("prop")
    team, mine, ids = copies(tmp, MEASURES)
    base = _data(team)["measure"]
    other = tmp / "other.mwb"
    shutil.copy(mine, other)
    _apply(team, ids, ours)
    _apply(mine, ids, theirs)
    shutil.copy(mine, other)
    team2 = tmp / "team2.mwb"
    shutil.copy(team, team2)

    summary = merge(team, mine)
    rows = _data(team)["measure"]
    conflicts = {(c.row_id, c.field): c for c in summary.conflicts}
    for i in range(1, MEASURES + 1):
        rid = ids[f"M{i}"]
        for f in FIELDS:
            b = base[rid][f]
            o, t = ours.get((i, f), b), theirs.get((i, f), b)
            got = rows[rid][f]
            if o == t or t == b:
                assert got == o and (rid, f) not in conflicts
            elif o == b:
                assert got == t and (rid, f) not in conflicts
            else:
                c = conflicts[(rid, f)]
                assert (got, c.ours, c.theirs, c.status) == (o, o, t, "open")

    # The other way round, choosing the same values (theirs there = ours here).
    merge(other, team2, take="theirs")
    a, b_ = _data(team), _data(other)
    for entity in ("measure", "assessment", "criterion"):
        assert a[entity] == b_[entity]
