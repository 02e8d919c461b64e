"""Every user-facing text of the health calculator exists in Dutch and English."""

from __future__ import annotations

import re
import string

import pytest

from workbench.health import messages


@pytest.mark.parametrize("key", sorted(messages.message_keys()))
def test_each_message_has_both_languages_with_the_same_placeholders(key: str) -> None:
    formatter = string.Formatter()
    nl, en = (messages._MESSAGES[key][lang] for lang in ("nl", "en"))
    names = [{name for _, name, _, _ in formatter.parse(t) if name} for t in (nl, en)]
    assert names[0] == names[1]
    assert nl != en


@pytest.mark.parametrize("kind", sorted(messages.context_kinds()))
def test_each_context_has_both_languages(kind: str) -> None:
    assert set(messages._CONTEXTS[kind]) == {"nl", "en"}


def test_unknown_language_is_a_programming_error() -> None:
    with pytest.raises(ValueError, match="Unknown language"):
        messages.text("negative", "de", field="x", value=1)  # type: ignore[arg-type]


def test_error_is_a_value_error_with_one_line() -> None:
    error = messages.refuse(
        "negative",
        where="parameter",
        subject="price_so2",
        field="value",
        language="nl",
        where_fields={"parameter": "price_so2"},
        value=-1,
    )
    assert isinstance(error, ValueError)
    assert str(error) == "Parameter price_so2: value mag niet negatief zijn, niet -1."
    assert not re.search(r"\n", str(error))
