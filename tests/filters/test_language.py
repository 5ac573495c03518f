"""language: detects the body's language; removes nothing."""

from __future__ import annotations

import pytest

from cleaner import Document
from cleaner.filters.language import BACKENDS, Language, _head

TEXTS = [
    pytest.param(
        "The minister spoke to reporters in Brussels on Monday after the summit ended.",
        "en",
        id="en",
    ),
    pytest.param(
        "Der Minister sprach am Montag in Berlin über die Lage im Nahen Osten.", "de", id="de"
    ),
    pytest.param(
        "Le ministre s'est exprimé lundi à Bruxelles après la fin du sommet européen.",
        "fr",
        id="fr",
    ),
    pytest.param(
        "El ministro habló el lunes en Bruselas tras el final de la cumbre europea.", "es", id="es"
    ),
    pytest.param(
        "Il ministro ha parlato lunedì a Bruxelles dopo la fine del vertice europeo.", "it", id="it"
    ),
    pytest.param(
        "Министр выступил в понедельник в Брюсселе после окончания саммита.", "ru", id="ru"
    ),
    pytest.param(
        "首相は月曜日にブリュッセルで記者団に語り、協議は3月に再開されると述べた。", "ja", id="ja"
    ),
]


@pytest.mark.parametrize("backend", BACKENDS)
@pytest.mark.parametrize(("text", "code"), TEXTS)
def test_detects(backend: str, text: str, code: str) -> None:
    doc = Document.from_text(text)
    out = Language(backend=backend)(doc)
    assert out.metadata["language"] == code
    assert out.body == doc.body and out.removals == ()


@pytest.mark.parametrize("text", ["", "2023-07-20 | 06:27", "— 12 345 —", "***"])
def test_no_letters_no_language(text: str) -> None:
    doc = Document.from_text(text)
    assert Language()(doc) is doc


def test_input_language_is_kept() -> None:
    doc = Document.from_text("Der Minister sprach am Montag in Berlin.", language="en")
    assert Language()(doc) is doc


@pytest.mark.parametrize("backend", BACKENDS)
def test_deterministic(backend: str) -> None:
    text = "Ok, ja, si. Bon."
    results = {
        Language(backend=backend)(Document.from_text(text)).metadata.get("language")
        for _ in range(5)
    }
    assert len(results) == 1


def test_only_the_first_max_chars_are_read() -> None:
    text = (
        "Der Minister sprach am Montag in Berlin.\n"
        + "The minister spoke in Brussels on Monday. " * 50
    )
    assert Language(max_chars=40)(Document.from_text(text)).metadata["language"] == "de"


def test_an_unsure_quick_sample_reads_on() -> None:
    text = "Ok, ja, si. Bon.\nThe minister spoke in Brussels on Monday about the budget."
    doc = Document.from_text(text)
    assert Language(quick_chars=16)(doc).metadata["language"] == "en"
    assert Language(quick_chars=16, quick_confidence=0.0)(doc).metadata["language"] != "en"


@pytest.mark.parametrize(
    "settings",
    [{"backend": "cld3"}, {"backend": ""}, {"max_chars": 0}, {"quick_chars": 0},
     {"quick_confidence": 1.5}],
)
def test_invalid_configuration(settings: dict) -> None:
    with pytest.raises(ValueError, match="language"):
        Language(**settings)


@pytest.mark.parametrize("size", [0, 1, 3, 5, 6, 12, 1000])
def test_sample_is_the_start_of_the_body(size: int) -> None:
    doc = Document.from_text("abc\ndef ghi\n\n" + "x" * 50 + "\nlast line")
    assert _head(doc.lines, size) == doc.body[:size]
