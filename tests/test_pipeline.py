"""Pipeline: unique names, configuration by name, disable, extra filters, FilterError."""

from __future__ import annotations

import dataclasses
import pickle

import pytest

import cleaner
from cleaner import Document, FilterError, Pipeline, default_pipeline
from cleaner.filters.advertisement import Advertisement
from cleaner.pipeline import filter_name

P = "The minister spoke to reporters in Brussels on Monday after the summit ended."
BUILTIN = [cls.name for cls in cleaner.DEFAULT_FILTERS]


def shout_filter(doc: Document) -> Document:
    """A plain function works as a filter; its name is its ``__name__``."""
    return doc.with_metadata(shouted="yes")


class Broken:
    name = "broken"
    reasons = frozenset({"never"})

    def __call__(self, doc: Document) -> Document:
        raise KeyError("no such block")


# -- the built-in filters ---------------------------------------------------------------


@pytest.mark.parametrize("cls", cleaner.DEFAULT_FILTERS, ids=BUILTIN)
def test_builtin_filter_shape(cls: type) -> None:
    assert cls.name == cls.__module__.rsplit(".", 1)[-1]  # module name = filter name
    assert isinstance(cls.reasons, frozenset)
    assert dataclasses.is_dataclass(cls) and cls.__dataclass_params__.frozen  # type: ignore[attr-defined]
    step = cls()
    with pytest.raises(dataclasses.FrozenInstanceError):
        step.name = "other"
    assert pickle.loads(pickle.dumps(step)) == step
    assert dataclasses.replace(step) == step
    assert isinstance(step, cleaner.Filter)


def test_builtin_names_are_unique_and_language_is_last() -> None:
    assert len(set(BUILTIN)) == len(BUILTIN)
    assert default_pipeline().names == tuple(BUILTIN)
    assert BUILTIN[-1] == "language"


class MyTitle:
    name = "title"

    def __call__(self, doc: Document) -> Document:
        return doc


def test_pipeline_rejects_repeated_names() -> None:
    with pytest.raises(ValueError, match="unique; repeated: advertisement"):
        Pipeline((Advertisement(), shout_filter, Advertisement()))
    with pytest.raises(ValueError, match="repeated: title"):
        default_pipeline(extra=[MyTitle()])


def test_pipeline_takes_any_sequence_and_is_immutable() -> None:
    pipe = Pipeline([shout_filter])  # type: ignore[arg-type]
    assert pipe.filters == (shout_filter,)
    with pytest.raises(dataclasses.FrozenInstanceError):
        pipe.filters = ()  # type: ignore[misc]


# -- configuration by name ----------------------------------------------------------------


def test_configure_by_name() -> None:
    pipe = default_pipeline(
        {"related_links": {"min_teasers": 3}, "language": {"backend": "langdetect"}}
    )
    steps = dict(zip(pipe.names, pipe.filters, strict=True))
    assert steps["related_links"].min_teasers == 3
    assert steps["language"].backend == "langdetect"
    assert steps["byline"] == cleaner.pipeline.Byline()  # the others keep their defaults


@pytest.mark.parametrize(
    ("config", "disable", "message"),
    [
        pytest.param({"relatedlinks": {}}, (), "unknown filter name", id="config-unknown-name"),
        pytest.param({}, ("photo_credits",), "unknown filter name", id="disable-unknown-name"),
        pytest.param(
            {"related_links": {"min_titles": 3}}, (), "unknown setting", id="unknown-setting"
        ),
        pytest.param({"related_links": {"name": "x"}}, (), "unknown setting", id="class-constant"),
        pytest.param(
            {"related_links": {"min_teasers": 0}}, (), "related_links", id="invalid-value"
        ),
        pytest.param({"language": {"backend": "cld3"}}, (), "language", id="invalid-backend"),
    ],
)
def test_bad_configuration_raises(config: dict, disable: tuple, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        default_pipeline(config, disable=disable)


def test_extra_filters_cannot_be_configured_by_name() -> None:
    with pytest.raises(ValueError, match="not a built-in"):
        default_pipeline({"shout_filter": {}}, extra=[shout_filter])


# -- disable and extra filters -------------------------------------------------------------


def test_disable_by_name() -> None:
    pipe = default_pipeline(disable=["photo_credit", "language"])
    assert "photo_credit" not in pipe.names and "language" not in pipe.names
    assert len(pipe.names) == len(BUILTIN) - 2
    doc = cleaner.clean(f"Photo: Jane Doe/Getty Images\n{P}", pipeline=pipe)
    assert doc.body == f"Photo: Jane Doe/Getty Images\n\n{P}"
    assert "language" not in doc.to_record() or doc.to_record()["language"] is None


def test_extra_filters_run_after_the_junk_filters_and_before_language() -> None:
    pipe = default_pipeline(extra=[shout_filter])
    assert filter_name(shout_filter) == "shout_filter"
    assert pipe.names == (*BUILTIN[:-1], "shout_filter", "language")
    record = cleaner.clean(f"Advertisement\n{P}", pipeline=pipe, id="a1").to_record()
    assert record["shouted"] == "yes" and record["language"] == "en" and record["body"] == P


def test_an_extra_filter_can_be_disabled() -> None:
    assert (
        "shout_filter" not in default_pipeline(extra=[shout_filter], disable=["shout_filter"]).names
    )


def test_readme_example() -> None:
    pipe = default_pipeline(
        {"related_links": {"min_teasers": 3}, "language": {"backend": "langdetect"}},
        disable=["photo_credit"],
        extra=[shout_filter],
    )
    doc = cleaner.clean(
        f"Advertisement\n{P}", pipeline=pipe, id="a1", url="https://example.com/story"
    )
    record = doc.to_record()
    assert (
        record["body"] == P
        and record["id"] == "a1"
        and record["url"] == "https://example.com/story"
    )


# -- passes ---------------------------------------------------------------------------------


class Counter:
    name = "counter"

    def __init__(self) -> None:
        self.calls = 0

    def __call__(self, doc: Document) -> Document:
        self.calls += 1
        return doc


def test_a_pass_that_removes_nothing_ends_the_run() -> None:
    counter = Counter()
    pipe = default_pipeline(extra=[counter])
    doc = Document.from_text(P)
    assert pipe(doc).removals == ()
    assert counter.calls == 1
    counter.calls = 0
    pipe(Document.from_text(f"Advertisement\n{P}"))
    assert counter.calls == 2  # the second pass found nothing more


def test_passes_let_earlier_filters_see_what_later_ones_cleared() -> None:
    # "Advertisement" fills the byline filter's tail window on the first pass; once the
    # advertisement filter has removed it, the byline is in the window.
    text = f"{P}\nBy Mari Yamaguchi and Haruka Nuga\nAdvertisement\n{P}\n{P}"
    doc = cleaner.clean(text)
    assert doc.body == "\n\n".join([P, P, P])
    assert cleaner.clean(doc.body).body == doc.body
    assert doc.to_record()["authors"] == ["Mari Yamaguchi", "Haruka Nuga"]


def test_passes_are_bounded() -> None:
    def drop_first(doc: Document) -> Document:
        return doc.drop({0: "first"}, by="drop_first") if doc.spans else doc

    out = Pipeline((drop_first,))(Document.from_text("\n".join(str(i) for i in range(10))))
    assert len(out.removals) == cleaner.pipeline.MAX_PASSES


# -- errors ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fields", "label"),
    [
        ({"id": "a1", "source": "feed.jsonl"}, "a1"),
        ({"source": "feed.jsonl"}, "feed.jsonl"),
        ({}, "<text>"),
    ],
)
def test_filter_error_names_the_filter_and_the_document(fields: dict, label: str) -> None:
    pipe = default_pipeline(extra=[Broken()])
    with pytest.raises(FilterError) as caught:
        cleaner.clean(P, pipeline=pipe, **fields)
    error = caught.value
    assert error.filter == "broken" and error.document == label
    assert "'broken'" in str(error) and label in str(error) and "KeyError" in str(error)
    assert isinstance(error.__cause__, KeyError)


def test_a_failing_plain_function_is_named_too() -> None:
    def explode(doc: Document) -> Document:
        raise ValueError("boom")

    with pytest.raises(FilterError, match="'explode' failed on a1: ValueError: boom"):
        Pipeline((explode,))(Document.from_text(P, id="a1"))


def test_clean_uses_the_default_pipeline() -> None:
    text = (
        "Advertisement\nMOSCOW: Russia and China ended their drills on Sunday, the defence "
        "ministry said."
    )
    record = cleaner.clean(text, id="a1").to_record()
    assert record["dateline"] == "MOSCOW" and record["id"] == "a1"
    assert record == default_pipeline()(Document.from_text(text, id="a1")).to_record()
