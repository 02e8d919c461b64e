from __future__ import annotations

import pytest

from workbench.scoring import ScoringError, direct_weights
from workbench.scoring.errors import LANGUAGES, format_message, has_all_languages, message_keys


def test_every_message_exists_in_every_language() -> None:
    missing = [key for key in message_keys() if not has_all_languages(key)]
    assert missing == []
    assert LANGUAGES == ("nl", "en")


def test_negative_weight_message_is_dutch_with_decimal_comma() -> None:
    with pytest.raises(ScoringError) as caught:
        direct_weights(["health", "cost"], [0.5, -0.2])
    assert str(caught.value) == "Gewicht voor criterium 'cost' is negatief (-0,2)."
    assert caught.value.message("en") == "Weight for criterion 'cost' is negative (-0.2)."
    assert caught.value.key == "weight_negative"
    assert isinstance(caught.value, ValueError)


def test_format_message_keeps_integers_and_strings() -> None:
    text = format_message("weights_size", "en", got=2, expected=3)
    assert text == "2 weights were given for 3 criteria."
