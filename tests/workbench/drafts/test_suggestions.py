"""Link suggestions: a clause that names a measure's code or title, not linked yet."""

from __future__ import annotations

import pytest

from workbench.analysis.build import analysis_for
from workbench.drafts.store import suggest_links, version
from workbench.services import ProjectService

pytestmark = pytest.mark.both_backends


def test_titles_and_codes_found_in_the_text(drafts: ProjectService) -> None:
    drafts.create("measure", {"code": "M07", "title": "Ertsopslag en de mengbedden",
                              "theme": "dust", "visibility": "partners"})
    drafts.create("measure", {"code": "M08", "title": "Stikstof", "theme": "nox",
                              "visibility": "partners"})  # too short a title to look for
    v = version(drafts, "c2")
    found = {(s.code, s.path, s.by) for s in suggest_links(drafts, v.id)}
    assert ("M07", "Artikel 3 lid 1", "title") in found
    assert not any(code == "M08" for code, _p, _b in found)
    s = next(s for s in suggest_links(drafts, v.id) if s.code == "M07")
    assert s.quote == "Tata Steel zal de ertsopslag en de mengbedden volledig overkappen."


def test_a_code_in_the_text_and_no_second_suggestion_once_linked(
    drafts: ProjectService,
) -> None:
    from workbench.drafts.store import link_measure

    v = version(drafts, "c2")
    # M01 is linked to Artikel 2 lid 1 already; it names "Kooksgasfabriek 2" only
    assert not any(s.code == "M01" for s in suggest_links(drafts, v.id))
    # a code found as a word ("RIVM" in Artikel 4 lid 1), not inside another word
    for code in ("RIVM", "RIV"):
        drafts.create("measure", {"code": code, "title": "x", "theme": "monitoring"})
    found = [s for s in suggest_links(drafts, v.id) if s.code in ("RIVM", "RIV")]
    assert [(s.code, s.path, s.by) for s in found] == [("RIVM", "Artikel 4 lid 1", "code")]
    link_measure(drafts, "c2", "Artikel 4 lid 1", "RIVM", "mentions")
    assert not any(s.code == "RIVM" for s in suggest_links(drafts, v.id))

def test_partners_are_not_shown_an_internal_measure(drafts: ProjectService) -> None:
    drafts.create("measure", {"code": "M07", "title": "Ertsopslag en de mengbedden",
                              "theme": "dust", "visibility": "internal"})
    data = analysis_for(drafts, "partners").data
    v = version(data, "c2")
    assert not any(s.code == "M07" for s in suggest_links(data, v.id))
    assert any(s.code == "M07" for s in suggest_links(drafts, v.id))
