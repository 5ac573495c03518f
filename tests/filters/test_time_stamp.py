"""time_stamp: lines that are only a date, a time or a relative time, at the page edges."""

from __future__ import annotations

import pytest
from support import P_DE, P_EN, P_ES, P_FR, P_JA, assert_kept, assert_removed

from cleaner.filters.time_stamp import TimeStamp

N = TimeStamp.name
STEP = TimeStamp()


REMOVED = [
    pytest.param(
        f"2019-11-19T08:57:40+01:00\n{P_EN}\n2019-11-19T07:23:12.123Z",
        P_EN,
        {(N, "date_line")},
        {"published": "2019-11-19T08:57:40"},
        id="machine-date-times",
    ),
    # A date label alone, the date on the next line.
    pytest.param(
        f"Published:\n12 March 2023\n{P_EN}",
        P_EN,
        {(N, "date_line")},
        {"published": "2023-03-12"},
        id="split-published-label",
    ),
    pytest.param(
        f"Published:\n12 March 2023\nUpdated:\n14 March 2023\n{P_EN}",
        P_EN,
        {(N, "date_line")},
        {"published": "2023-03-12"},
        id="split-published-and-updated",
    ),
    pytest.param(
        f"{P_EN}\n{P_EN}\nLast updated:\n2023-03-14",
        f"{P_EN}\n{P_EN}",
        {(N, "date_line")},
        {"published": "2023-03-14"},
        id="split-updated-label-at-end",
    ),
    pytest.param(
        f"{P_EN}\n" * 14 + "By\nJane Doe\nStaff Writer\nMarch 12, 2023\n" + f"{P_EN}\n" * 8,
        f"{P_EN}\n" * 14 + "By\nJane Doe\nStaff Writer\n" + f"{P_EN}\n" * 7 + P_EN,
        {(N, "date_line")},
        {"published": "2023-03-12"},
        id="bare-date-under-a-byline-is-the-story-date",
    ),
    pytest.param(
        f"{P_EN}\n" * 14 + "Jane Doe\nMarch 12, 2023\n" + f"{P_EN}\n" * 8,
        f"{P_EN}\n" * 14 + "Jane Doe\n" + f"{P_EN}\n" * 7 + P_EN,
        {(N, "date_line")},
        {},
        id="bare-date-without-byline-gives-no-date",
    ),
    pytest.param(
        f"2023-07-20 | 06:27\n2023-07-20 | 06:27\n{P_EN}\nUpdated 3 days ago",
        P_EN,
        {(N, "date_line"), (N, "relative_time")},
        {"published": "2023-07-20T06:27"},
        id="twin-stamps-and-relative",
    ),
    pytest.param(
        f"Updated: July 20, 2023 at 6:27 p.m. ET\n{P_EN}",
        P_EN,
        {(N, "date_line")},
        {"published": "2023-07-20T18:27"},
        id="updated-only-falls-back",
    ),
    pytest.param(
        f"Published: July 20, 2023\nUpdated: July 21, 2023 9:15 a.m.\n{P_EN}",
        P_EN,
        {(N, "date_line")},
        {"published": "2023-07-20"},
        id="published-wins-over-updated",
    ),
    pytest.param(
        f"Veröffentlicht am 20.07.2023, 06:27 Uhr\n{P_DE}",
        P_DE,
        {(N, "date_line")},
        {"published": "2023-07-20T06:27"},
        id="de",
    ),
    pytest.param(
        f"Jeudi 20 juillet 2023\n{P_FR}",
        P_FR,
        {(N, "date_line")},
        {"published": "2023-07-20"},
        id="fr-weekday",
    ),
    pytest.param(
        f"Actualizado el 20 de julio de 2023\n{P_ES}",
        P_ES,
        {(N, "date_line")},
        {"published": "2023-07-20"},
        id="es",
    ),
    pytest.param(
        f"2023年7月20日\n{P_JA}", P_JA, {(N, "date_line")}, {"published": "2023-07-20"}, id="ja"
    ),
    pytest.param(f"3 days ago\n{P_EN}", P_EN, {(N, "relative_time")}, {}, id="relative-en"),
    pytest.param(f"vor 2 Stunden\n{P_DE}", P_DE, {(N, "relative_time")}, {}, id="relative-de"),
    pytest.param(f"Il y a 5 minutes\n{P_FR}", P_FR, {(N, "relative_time")}, {}, id="relative-fr"),
    pytest.param(f"{P_ES}\nhace 3 horas", P_ES, {(N, "relative_time")}, {}, id="relative-es-tail"),
    pytest.param(
        f"{P_EN}\n{P_EN}\nLast updated: 21.07.2023 14:05",
        f"{P_EN}\n{P_EN}",
        {(N, "date_line")},
        {"published": "2023-07-21T14:05"},
        id="tail-updated",
    ),
]

P_PT = (
    "O governo aprovou nesta sexta-feira um novo pacote de medidas para conter a inflação no país."
)
P_PL = "Rząd przyjął we wtorek projekt ustawy o podwyżkach dla nauczycieli, poinformował minister."


def _deep(*lines: str) -> str:
    """``lines`` deep inside a long article: outside the head and tail windows."""
    return "\n".join([P_EN] * 14 + list(lines) + [P_EN] * 8)


_BODY = "\n".join([P_EN] * 22)

REMOVED += [
    # Reading times go wherever they stand and give no date.
    pytest.param(_deep("5 min read"), _BODY, {(N, "reading_time")}, {}, id="reading-time-deep"),
    pytest.param(
        f"Lesezeit: 3 Min.\n{P_DE}", P_DE, {(N, "reading_time")}, {}, id="reading-time-de"
    ),
    pytest.param(
        f"Temps de lecture : 4 min\n{P_FR}", P_FR, {(N, "reading_time")}, {}, id="reading-time-fr"
    ),
    pytest.param(
        f"{P_ES}\n(Lectura de 5 minutos)\n{P_ES}",
        f"{P_ES}\n{P_ES}",
        {(N, "reading_time")},
        {},
        id="reading-time-es",
    ),
    pytest.param(
        f"• 3 min de leitura\n{P_PT}", P_PT, {(N, "reading_time")}, {}, id="reading-time-pt"
    ),
    pytest.param(
        f"Ten tekst przeczytasz w 4 minuty\n{P_PL}",
        P_PL,
        {(N, "reading_time")},
        {},
        id="reading-time-pl",
    ),
    # A stamp in segments, its time in a segment of its own.
    pytest.param(
        f"November 19, 2019 / 12:21 AM / Updated 14 hours ago\n{P_EN}",
        P_EN,
        {(N, "date_line")},
        {"published": "2019-11-19T00:21"},
        id="segmented-stamp",
    ),
    pytest.param(
        f"19.11.2019 | 12:21 | Aktualisiert vor 3 Stunden\n{P_DE}",
        P_DE,
        {(N, "date_line")},
        {"published": "2019-11-19T12:21"},
        id="segmented-stamp-de",
    ),
    # One date between the standfirst and the story is a stamp, not a timeline.
    pytest.param(
        f"{P_EN}\nJuly 20, 2023\n{P_EN}",
        f"{P_EN}\n{P_EN}",
        {(N, "date_line")},
        {"published": "2023-07-20"},
        id="stamp-under-standfirst",
    ),
    # A labelled time with no date: a stamp, but no date to keep.
    pytest.param(f"Updated at 1:23 p.m.\n{P_EN}", P_EN, {(N, "date_line")}, {}, id="time-only"),
    pytest.param(f"Mis à jour à 14h05\n{P_FR}", P_FR, {(N, "date_line")}, {}, id="time-only-fr"),
    # A hyphenated weekday.
    pytest.param(
        f"sexta-feira, 19 de julho de 2024\n{P_PT}",
        P_PT,
        {(N, "date_line")},
        {"published": "2024-07-19"},
        id="pt-sexta-feira",
    ),
    # A bare date deep in the page is a teaser's or a comment's stamp: gone, no date kept.
    pytest.param(
        _deep("Jane Doe", "March 3, 2024", "Great piece, thanks for writing it."),
        "\n".join([P_EN] * 14 + ["Jane Doe", "Great piece, thanks for writing it."] + [P_EN] * 8),
        {(N, "date_line")},
        {},
        id="comment-stamp-deep",
    ),
    pytest.param(
        _deep(
            "Oil prices climb as supply fears grow", "20.07.2023", "Markets rally after jobs report"
        ),
        "\n".join(
            [P_EN] * 14
            + ["Oil prices climb as supply fears grow", "Markets rally after jobs report"]
            + [P_EN] * 8
        ),
        {(N, "date_line")},
        {},
        id="teaser-stamp-deep",
    ),
]

_LONG = "\n".join([P_EN] * 14 + ["July 20, 2023"] + [P_EN] * 8)

KEPT = [
    pytest.param(f"Published:\nJane Doe\n{P_EN}", id="split-label-without-date"),
    pytest.param(
        "\n".join([P_EN] * 13) + "\nDetails\n- Camera: Canon EOS 60Da\n- Exposure: 60 x 3 "
        "minutes\n- Date: 31/08/2019\n- Place: Kasberg",
        id="date-field-in-a-list-below-the-head",
    ),
    pytest.param(
        "On Thursday, July 20, 2023, the two navies began joint exercises in the Sea of Japan.\n"
        + P_EN,
        id="weekday-and-date-in-sentence",
    ),
    pytest.param(
        f"3 days ago, the minister resigned over the scandal.\n{P_EN}", id="relative-in-sentence"
    ),
    pytest.param(
        f"Yesterday's vote was a turning point for the coalition.\n{P_EN}", id="yesterday-sentence"
    ),
    pytest.param(
        f"20 July 2023 will be remembered as the hottest day\n{P_EN}", id="date-opens-headline"
    ),
    pytest.param(
        f"Updated guidance issued on July 20, 2023 says masks are optional.\n{P_EN}",
        id="updated-in-sentence",
    ),
    pytest.param(
        f"Heute ist ein guter Tag für die Demokratie, sagte der Kanzler.\n{P_DE}", id="de-heute"
    ),
    pytest.param(f"Le 20 juillet 2023, le Sénat a adopté le texte.\n{P_FR}", id="fr-date-sentence"),
    pytest.param(_LONG, id="date-heading-deep-in-long-article"),
    pytest.param(f"{P_EN}\nThe 1990s were different, he said.", id="decade-in-tail"),
    pytest.param(
        f"{P_EN}\nThe 5 min read of the statement took longer than planned, officials said.",
        id="reading-time-in-sentence",
    ),
    pytest.param(
        f"{P_DE}\nDie Lesezeit: 3 Minuten am Tag reichen, sagen Forscher.",
        id="de-lesezeit-sentence",
    ),
    pytest.param(
        _deep("How the exercises unfolded", "July 20, 2023", P_EN, "July 21, 2023"),
        id="timeline-dates-after-heading",
    ),
    pytest.param(
        f"{P_EN}\nHow the exercises unfolded\nJuly 20, 2023\n{P_EN}\nJuly 21, 2023\n{P_EN}",
        id="short-timeline-in-the-windows",
    ),
    pytest.param(f"13:45\n{P_EN}", id="bare-time"),
    pytest.param(f"November 19, 2019 / Page 12 / Section B\n{P_EN}", id="segments-not-all-stamps"),
    pytest.param(
        f"Updated at 1:23 p.m., the bridge reopened to traffic.\n{P_EN}", id="time-in-sentence"
    ),
    pytest.param(
        f"Na sexta-feira, 19 de julho de 2024, o governo anunciou o pacote.\n{P_PT}",
        id="pt-sexta-feira-sentence",
    ),
]


# A closing full stop after the date, and "last changed" labels.
REMOVED += [
    pytest.param(
        f"{P_DE}\n{P_DE}\nAktualisiert am 17.01.2021.",
        f"{P_DE}\n{P_DE}",
        {(N, "date_line")},
        {"published": "2021-01-17"},
        id="tail-updated-full-stop-de",
    ),
    pytest.param(
        f"{P_DE}\n{P_DE}\nLetzte Änderung 14.02.2019",
        f"{P_DE}\n{P_DE}",
        {(N, "date_line")},
        {"published": "2019-02-14"},
        id="tail-letzte-aenderung",
    ),
    pytest.param(
        f"{P_FR}\n{P_FR}\nDernière modification le 3 mars 2021",
        f"{P_FR}\n{P_FR}",
        {(N, "date_line")},
        {"published": "2021-03-03"},
        id="tail-derniere-modification",
    ),
]

KEPT += [
    pytest.param(
        f"{P_DE}\nDie letzte Änderung des Gesetzes trat am 14.02.2019 in Kraft.\n{P_DE}",
        id="de-letzte-aenderung-sentence",
    ),
]


# A date and a few labels between bars in the windows: removed; its date is published
# when no stamp without labels gives one, before an "Updated" stamp's.
REMOVED += [
    pytest.param(
        f"2021-10-16 | Politik\n{P_DE}",
        P_DE,
        {(N, "date_line")},
        {"published": "2021-10-16"},
        id="meta-date-category",
    ),
    pytest.param(
        f"January 13, 2020 at 08:45 AM | categories: Python, Mercurial | View Comments\n{P_EN}",
        P_EN,
        {(N, "date_line")},
        {"published": "2020-01-13T08:45"},
        id="meta-date-categories-comments",
    ),
    pytest.param(
        f"2021-10-16 | Politik\n15.10.2021, 06:27 Uhr\n{P_DE}",
        P_DE,
        {(N, "date_line")},
        {"published": "2021-10-15T06:27"},
        id="meta-date-after-a-plain-stamp",
    ),
    pytest.param(
        f"Aktualisiert am 17.10.2021\n2021-10-16 | Politik\n{P_DE}",
        P_DE,
        {(N, "date_line")},
        {"published": "2021-10-16"},
        id="meta-date-before-an-update",
    ),
    pytest.param(
        f"{P_DE}\n24. März 2004, 19:49 | Anna",
        P_DE,
        {(N, "date_line")},
        {"published": "2004-03-24T19:49"},
        id="meta-tail-author",
    ),
]

KEPT += [
    pytest.param(
        f"12.03.2021 | Konzert in der Philharmonie war ausverkauft\n{P_DE}", id="meta-long-segment"
    ),
    pytest.param(_deep("2021-10-16 | Politik"), id="meta-line-deep-in-the-text"),
]


KEPT += [
    pytest.param(
        f"By Rowan Achebe | The Valley Post | April 2, 2024\n{P_EN}", id="byline-with-date-left"
    ),
]


# Reading times of less than a minute.
REMOVED += [
    pytest.param(
        f"Ten tekst przeczytasz w mniej niż minutę\n{P_PL}",
        P_PL,
        {(N, "reading_time")},
        {},
        id="reading-time-pl-less-than-a-minute",
    ),
    pytest.param(
        f"Lesezeit: weniger als eine Minute\n{P_DE}",
        P_DE,
        {(N, "reading_time")},
        {},
        id="reading-time-de-less-than-a-minute",
    ),
    pytest.param(
        f"Less than a minute read\n{P_EN}", P_EN, {(N, "reading_time")}, {}, id="reading-time-en-lt"
    ),
]

KEPT += [
    pytest.param(
        f"{P_EN}\nThe test takes less than a minute to read the results, the company said.\n{P_EN}",
        id="less-than-a-minute-sentence",
    ),
]


# A programme's days (TV listings, a festival's days): subheadings, wherever they stand.
_LISTING = "{}: Ras al Khaimah Championship, day {}, 11:30 on Sky Sport 1"
_PROGRAMME = "\n".join(
    f"{day}\n{_LISTING.format('DP World Tour', n)}\n{_LISTING.format('PGA Tour', n)}"
    for n, day in enumerate(
        ["Thursday, 3 February 2022", "Friday, 4 February 2022", "Saturday, 5 February 2022"], 1
    )
)
KEPT += [
    pytest.param(f"Golf on TV this week\n{_PROGRAMME}", id="programme-days-at-the-top"),
    pytest.param(f"{P_EN}\n{P_EN}\n{_PROGRAMME}", id="programme-days-at-the-end"),
]
REMOVED += [
    # Days that skip (an events box) or come with a time (comments) are stamps.
    pytest.param(
        f"{P_EN}\n" + _PROGRAMME.replace("4 February", "7 February"),
        P_EN + "\n" + "\n".join(
            _LISTING.format(tour, n) for n in (1, 2, 3) for tour in ("DP World Tour", "PGA Tour")
        ),
        {(N, "date_line")},
        {"published": "2022-02-03"},  # the first, in the head window
        id="days-that-skip-are-stamps",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_date_time_refines_an_earlier_date_of_the_same_day() -> None:
    doc = assert_removed(
        STEP,
        f"2023-07-20 | 06:27\n{P_EN}",
        P_EN,
        {(N, "date_line")},
        {"published": "2023-07-20T06:27"},
    )
    assert doc.metadata["published"] == "2023-07-20T06:27"
    from cleaner import Document

    earlier = Document.from_text(f"2023-07-20 | 06:27\n{P_EN}").with_metadata(
        published="2023-07-20"
    )
    assert STEP(earlier).metadata["published"] == "2023-07-20T06:27"
    other_day = Document.from_text(f"2023-07-21 | 06:27\n{P_EN}").with_metadata(
        published="2023-07-20"
    )
    assert STEP(other_day).metadata["published"] == "2023-07-20"


def test_input_published_is_never_overwritten() -> None:
    assert_removed(
        STEP, f"2023-07-20 | 06:27\n{P_EN}", P_EN, {(N, "date_line")}, {}, published="2023-07-20"
    )


def test_windows_are_configurable() -> None:
    assert_kept(
        TimeStamp(head_lines=0, tail_lines=0, anywhere=False), f"3 days ago\n{P_EN}\n2023-07-20"
    )


def test_anywhere_is_configurable() -> None:
    text = _deep("5 min read", "Jane Doe", "March 3, 2024", "Great piece, thanks for writing it.")
    assert_kept(TimeStamp(anywhere=False), text)


@pytest.mark.parametrize(("head", "tail"), [(-1, 6), (12, -1)])
def test_invalid_configuration(head: int, tail: int) -> None:
    with pytest.raises(ValueError, match="time_stamp"):
        TimeStamp(head_lines=head, tail_lines=tail)
