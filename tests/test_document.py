"""Document: normalisation once at construction; drop / trim / with_metadata; the record."""

from __future__ import annotations

import dataclasses
import sys
import unicodedata

import pytest
import regex
from hypothesis import given, settings, strategies as st

from cleaner import Document, Removal, document
from cleaner.document import LIST_FIELDS, normalize

P = "The minister spoke to reporters in Brussels on Monday."
Q = "He said the talks would resume in March."

# -- normalisation ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "normal"),
    [
        pytest.param("a\r\nb\rc\nd", "a\nb\nc\nd", id="crlf-and-cr"),
        pytest.param(
            "a\u2028b\u2029c\x0bd\x0ce\x85f", "a\nb\nc\nd\ne\nf", id="unicode-line-breaks"
        ),
        pytest.param("Cafe\u0301 cre\u0300me", "Café crème", id="nfc"),
        pytest.param("a\n\u00a0\n \t \nb", "a\n\n\nb", id="whitespace-only-lines-become-blank"),
        pytest.param("trailing spaces   \n  leading", "trailing spaces\nleading", id="edge-spaces"),
        pytest.param("one\u00a0two\t\tthree   four", "one two three four", id="nbsp-tabs-runs"),
        pytest.param("zero\u200bwidth\ufeff bom\x00", "zerowidth bom", id="invisible-characters"),
        pytest.param(
            "Jens Stoltenberg , in Tokyo", "Jens Stoltenberg, in Tokyo", id="link-scar-comma"
        ),
        pytest.param("said NATO .\nNext", "said NATO.\nNext", id="link-scar-full-stop"),
        pytest.param("“Now” , he said", "“Now”, he said", id="link-scar-after-quote"),
        pytest.param("the ratio 3 , 4 and 5", "the ratio 3, 4 and 5", id="link-scar-after-digit"),
        pytest.param("A - , B", "A - , B", id="no-scar-after-dash"),
        pytest.param("version .NET 8", "version .NET 8", id="no-scar-before-word"),
        pytest.param("", "", id="empty"),
    ],
)
def test_normalize(raw: str, normal: str) -> None:
    assert normalize(raw) == normal
    assert normalize(normal) == normal  # normalising twice changes nothing


def test_normalize_skips_a_step_only_when_its_pattern_cannot_match() -> None:
    """The character sets that gate the normalisation steps are exactly what the
    patterns match, over all of Unicode (two-space runs are checked with ``in``)."""
    gates = [
        (document._NEWLINES, document._NEWLINE_CHARS),
        (document._INVISIBLE, document._INVISIBLE_CHARS),
        (regex.compile(r"[^\S\n ]"), document._OTHER_SPACES),
    ]
    for pattern, chars in gates:
        matched = {chr(c) for c in range(sys.maxunicode + 1) if pattern.match(chr(c))}
        assert matched == chars, pattern.pattern
        assert not any(char.isprintable() for char in chars)


def _normalize_by_regexes(text: str) -> str:
    """The definition ``normalize`` takes shortcuts around: six substitutions in turn."""
    text = regex.sub(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]", "\n", text)
    text = regex.sub(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\u200b\u2060]", "", text)
    text = unicodedata.normalize("NFC", text)
    text = regex.sub(r"[^\S\n]{2,}|[^\S\n ]", " ", text)
    text = regex.sub(r"(?m)^ | $", "", text)
    return regex.sub(r"(?<=[\w\p{Pf}\"')\]]) (?=[,.](?:[ \n]|$))", "", text)


_TRICKY = list("ab., \n\t\r\xa0\u2028\u200b\x00\u3000\u2000’\u0301e")


@settings(max_examples=2000, deadline=None)
@given(st.text(st.sampled_from(_TRICKY), max_size=20))
def test_normalize_equals_its_regex_definition(text: str) -> None:
    assert normalize(text) == _normalize_by_regexes(text)


def test_from_text_makes_one_block_per_non_blank_line() -> None:
    doc = Document.from_text(f"\r\n  {P}  \r\n\u00a0\r\n\r\n{Q}\r\n")
    assert doc.lines == (P, Q)
    assert doc.body == f"{P}\n\n{Q}"
    for (start, end), line in zip(doc.spans, doc.lines, strict=True):
        assert doc.source[start:end] == line
    assert doc.removals == ()


def test_empty_and_blank_text() -> None:
    for text in ("", "\n\n", "\u00a0 \r\n\t"):
        doc = Document.from_text(text)
        assert doc.spans == () and doc.body == "" and doc.lines == ()


# -- immutability -------------------------------------------------------------------------


def test_document_is_immutable() -> None:
    doc = Document.from_text(P, id="a1")
    with pytest.raises(dataclasses.FrozenInstanceError):
        doc.source = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        doc.metadata["id"] = "b2"  # type: ignore[index]


def test_input_lists_are_frozen_and_records_give_lists_back() -> None:
    authors = ["Anna Lee"]
    doc = Document.from_text(P, authors=authors)
    authors.append("Mallory")
    assert doc.metadata["authors"] == ("Anna Lee",)
    assert doc.to_record()["authors"] == ["Anna Lee"]


# -- drop ---------------------------------------------------------------------------------


def test_drop_removes_whole_blocks_and_logs_them() -> None:
    doc = Document.from_text(f"Advertisement\n{P}\nShare this\n{Q}")
    out = doc.drop({2: "share", 0: "advertisement"}, by="junk")
    assert out.lines == (P, Q)
    assert out.removals == (
        Removal("junk", "advertisement", 0, 13, "Advertisement"),
        Removal("junk", "share", 15 + len(P), 15 + len(P) + 10, "Share this"),
    )
    assert doc.lines == ("Advertisement", P, "Share this", Q)  # the input is untouched


def test_drop_nothing_is_the_same_object() -> None:
    doc = Document.from_text(P)
    assert doc.drop({}, by="x") is doc


@pytest.mark.parametrize("index", [-1, 2, 99])
def test_drop_unknown_block_raises(index: int) -> None:
    with pytest.raises(IndexError, match="advertisement"):
        Document.from_text(f"{P}\n{Q}").drop({index: "x"}, by="advertisement")


def test_removals_accumulate_in_order_of_the_cuts() -> None:
    doc = Document.from_text(f"A1\n{P}\nB2")
    out = doc.drop({2: "b"}, by="second").drop({0: "a"}, by="first")
    assert [r.by for r in out.removals] == ["second", "first"]
    assert [r["filter"] for r in out.to_record()["removed"]] == [
        "first",
        "second",
    ]  # document order


# -- trim ---------------------------------------------------------------------------------


def test_trim_prefix() -> None:
    doc = Document.from_text(f"MOSCOW: {P}")
    out = doc.trim(0, len("MOSCOW:"), by="dateline", reason="dateline")
    assert out.lines == (P,)
    assert out.removals == (
        Removal("dateline", "dateline", 0, 8, "MOSCOW: "),
    )  # the space goes too


def test_trim_suffix() -> None:
    line = f"{P} (AFP)"
    out = Document.from_text(line).trim(0, 0, len(P), by="wire_credit", reason="agency_suffix")
    assert out.lines == (P,)
    assert out.removals == (Removal("wire_credit", "agency_suffix", len(P), len(line), " (AFP)"),)


def test_trim_both_ends_logs_two_cuts() -> None:
    out = Document.from_text("[x] middle [y]").trim(0, 3, 11, by="t", reason="r")
    assert out.lines == ("middle",)
    assert [r.text for r in out.removals] == ["[x] ", " [y]"]


def test_trim_to_nothing_drops_the_block() -> None:
    out = Document.from_text(f"AFP\n{P}").trim(0, 3, by="wire_credit", reason="agency_line")
    assert out.lines == (P,)
    assert out.removals == (Removal("wire_credit", "agency_line", 0, 3, "AFP"),)


def test_trim_keeping_everything_is_the_same_object() -> None:
    doc = Document.from_text(P)
    assert doc.trim(0, 0, by="t", reason="r") is doc
    assert doc.trim(0, 0, len(P) + 10, by="t", reason="r") is doc


# -- with_metadata --------------------------------------------------------------------------


def test_with_metadata_adds_fields_and_ignores_empty_values() -> None:
    doc = Document.from_text(P)
    out = doc.with_metadata(title="Talks resume", dateline="", published=None, authors=[])
    assert dict(out.metadata) == {"title": "Talks resume"}
    assert doc.with_metadata(title="", authors=()) is doc


def test_with_metadata_never_overwrites_input_fields() -> None:
    doc = Document.from_text(P, title="Given title", authors=["Given Author"], id="a1")
    out = doc.with_metadata(title="Found title", authors=["Found Author"], id="zzz", replace=True)
    assert out is doc
    assert out.to_record()["title"] == "Given title"
    assert out.to_record()["authors"] == ["Given Author"]


def test_empty_input_fields_count_as_absent() -> None:
    doc = Document.from_text(P, title="", authors=[], published=None)
    out = doc.with_metadata(title="Found title", authors=["Anna Lee"], published="2023-07-20")
    assert out.metadata["title"] == "Found title"
    assert out.metadata["authors"] == ("Anna Lee",)
    assert out.metadata["published"] == "2023-07-20"


@pytest.mark.parametrize("key", LIST_FIELDS)
def test_list_fields_are_extended_with_new_distinct_items(key: str) -> None:
    doc = Document.from_text(P).with_metadata(**{key: ["A B", "C D"]})
    out = doc.with_metadata(**{key: ["C D", "E F", "E F"]})
    assert out.metadata[key] == ("A B", "C D", "E F")
    assert out.with_metadata(**{key: ["A B"]}) is out


def test_scalars_set_by_a_filter_stay_unless_replaced() -> None:
    doc = Document.from_text(P).with_metadata(published="2023-07-20")
    assert doc.with_metadata(published="2023-07-21") is doc
    assert doc.with_metadata(published="2023-07-20T06:27", replace=True).metadata["published"] == (
        "2023-07-20T06:27"
    )


# -- the record ---------------------------------------------------------------------------------


def test_record_field_order_and_pass_through() -> None:
    doc = Document.from_text(
        f"Advertisement\n{P}\n{Q}\n(AFP)",
        source="a.txt",
        id="a1",
        url="https://example.com/a",
        tags=["x", "y"],
        extra={"k": 1},
    )
    doc = doc.drop({3: "agency_line"}, by="wire_credit").drop(
        {0: "advertisement"}, by="advertisement"
    )
    doc = doc.with_metadata(agencies=["AFP"], language="en")
    record = doc.to_record()
    assert list(record)[:10] == [
        "source",
        "title",
        "published",
        "authors",
        "dateline",
        "agencies",
        "contributors",
        "language",
        "body",
        "removed",
    ]
    assert list(record)[10:] == ["id", "url", "tags", "extra"]  # the input's order
    assert record["source"] == "a.txt" and record["id"] == "a1"
    assert record["url"] == "https://example.com/a"
    assert record["tags"] == ["x", "y"] and record["extra"] == {"k": 1}
    assert record["title"] is None and record["authors"] == [] and record["agencies"] == ["AFP"]
    assert record["body"] == f"{P}\n\n{Q}"
    assert record["removed"] == [
        {"filter": "advertisement", "reason": "advertisement", "text": "Advertisement"},
        {"filter": "wire_credit", "reason": "agency_line", "text": "(AFP)"},
    ]


def test_record_is_deterministic() -> None:
    text = f"Advertisement\n{P}"
    assert (
        Document.from_text(text, id="1").to_record() == Document.from_text(text, id="1").to_record()
    )
