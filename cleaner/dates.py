"""Dates and times as news pages print them, turned into ISO 8601.

Used by the filters that remove date stamps and keep them as ``published``:
``2023-07-20 | 06:27``, ``July 20, 2023 at 6:27 p.m. ET``, ``Published: 20.07.2023, 06:27 Uhr``,
``Jeudi 20 juillet 2023``, ``2023年7月20日``.  Month and weekday names come from the phrase
packs, so every language there is understood.
"""

from __future__ import annotations

import datetime as _dt
from functools import cache, lru_cache
from typing import NamedTuple

import regex

from cleaner.lexicon import all_phrases, alternation, phrases
from cleaner.patterns import is_relative_time
from cleaner.shape import fold

__all__ = [
    "AMBIGUOUS_SLASHED",
    "Stamp",
    "date_stamp",
    "find_date",
    "is_time",
    "lead_date",
    "leading_date",
    "line_stamp",
    "sole_day",
    "split_stamp",
]

MAX_STAMP_CHARS = 120
#: 03/05/2022: 3 May or March 5? Only a reader of the page's country knows (the parser
#: reads it month first).
AMBIGUOUS_SLASHED = regex.compile(r"(?<!\d)(?:0?[1-9]|1[0-2])/(?:0?[1-9]|1[0-2])/\d{4}")


@cache
def _months() -> dict[str, int]:
    return {name: number for table in phrases("months").values() for name, number in table.items()}


@cache
def _date_pattern() -> regex.Pattern[str]:
    month = alternation(set(_months()))
    return regex.compile(
        rf"""(?xi)
        (?<![\w.])(?:
            (?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}})                 # 2023-07-20
          | (?P<y>\d{{4}})/(?P<m>\d{{1,2}})/(?P<d>\d{{1,2}})                 # 2023/07/20
          | (?P<d>\d{{1,2}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<y>\d{{4}})         # 20.07.2023
          | (?P<a>\d{{1,2}})/(?P<b>\d{{1,2}})/(?P<y>\d{{4}})                 # 07/20/2023
          | (?P<mon>{month})\.?\s(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s(?P<y>\d{{4}})
          | (?P<d>\d{{1,2}})(?:st|nd|rd|th|\.|er|º)?\s(?:de\s)?
            (?P<mon>{month})\.?,?\s(?:del?\s)?(?P<y>\d{{4}})            # 7 de mayo del 2022
          | (?P<y>\d{{4}})\s?年\s?(?P<m>\d{{1,2}})\s?月\s?(?P<d>\d{{1,2}})\s?日
          | (?P<y>\d{{4}})\.\s?(?P<m>\d{{1,2}})\.\s?(?P<d>\d{{1,2}})\.?       # 2023. 7. 20.
        )(?![\w])
        """
    )


_TIME = regex.compile(
    r"""(?xi)
    (?<![\w:])(?P<H>[01]?\d|2[0-3])[:h.](?P<M>[0-5]\d)(?::(?P<S>[0-5]\d))?
    (?:\s?(?P<ampm>[ap]\.?\s?m\.?))?(?![\w:])
    |(?<![\w:])(?P<H>1[0-2]|0?[1-9])\s?(?P<ampm>[ap]\.?m\.?)(?!\w)
    """
)

# What may stand around a date in a line that is only a date stamp.
_FILLER = regex.compile(
    r"""(?xi)
    [\s|,;·•/–—:()\[\]]+ | (?<!\p{L})-+ | -+(?!\p{L})          # a hyphen inside a word stays
    | \b(?:at|um|à|às|a\s+las|alle|om|kl|o|le|el|il|em|am|on|the|of|de|du)\b\.?
    | \b(?:uhr|h|hrs|gmt|utc|bst|cet|cest|mez|mesz|est|edt|et|pt|pst|pdt|ct|cst|cdt
          |jst|kst|ist|msk|wib|aest|aedt)\b
    | [+-]\d{2}:?\d{2}
    """
)
_DIGIT = regex.compile(r"\d")
# A machine date-time, as markup carries it: "2019-11-19T08:57:40.123Z" reads as a date and a time.
_ISO_DATE_TIME = regex.compile(r"(?<=\b\d{4}-\d\d-\d\d)T(\d\d:\d\d(?::\d\d)?)(?:[.,]\d+)?Z?(?!\w)")
# A full stop after a line's last number: "Stand: 14.02.2019." ("1:23 p.m." keeps its own).
_CLOSING_STOP = regex.compile(r"(?<=\d)\.\s*$")
_YEAR = regex.compile(r"\d{4}")  # in every alternative of _date_pattern()
_WORD = regex.compile(r"[\p{L}'’.-]+")


class Stamp(NamedTuple):
    """A line that is only a date stamp: its ISO value and whether it says "updated"."""

    iso: str | None
    updated: bool


def _to_iso(match: regex.Match[str]) -> str | None:
    groups = match.groupdict()
    year = int(groups["y"])
    if groups.get("mon"):
        month = _months().get(groups["mon"].casefold().rstrip("."))
        day = int(groups["d"])
    elif groups.get("a"):
        first, second = int(groups["a"]), int(groups["b"])
        month, day = (second, first) if first > 12 else (first, second)
    else:
        month, day = int(groups["m"]), int(groups["d"])
    try:
        date = _dt.date(year, month or 0, day)
    except ValueError:
        return None
    return date.isoformat() if 1990 <= year <= 2100 else None


def _time_iso(match: regex.Match[str]) -> str:
    hour = int(match["H"])
    minute = int(match["M"] or 0)
    ampm = (match["ampm"] or "").casefold()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    second = f":{match['S']}" if match["S"] else ""
    return f"{hour:02d}:{minute:02d}{second}"


def is_time(text: str) -> bool:
    """A time of day and nothing else: ``12:21 AM``, ``06.00 GMT``, ``20h30``.

    >>> is_time("12:21 AM"), is_time("Page 12")
    (True, False)
    """
    time = _TIME.search(text) if len(text) < 40 else None
    return time is not None and not _WORD.findall(
        _FILLER.sub(" ", text[: time.start()] + " " + text[time.end() :]).casefold()
    )


def leading_date(text: str) -> int:
    """Where a date that opens ``text`` ends (0 when it does not open with one), perhaps
    behind its time (``5:45 AM PST 11/19/2019``).

    >>> text = "23.01.2022 - Wierer wins in Antholz"
    >>> text[leading_date(text):]
    ' - Wierer wins in Antholz'
    >>> text = "5:45 AM PST 11/19/2019 by Patrick Shanley"
    >>> text[leading_date(text):]
    ' by Patrick Shanley'
    """
    head = text[:80]
    match = _date_pattern().match(head)
    if match is None and (time := _TIME.match(head)):
        start = time.end()
        while filler := _FILLER.match(head, start):
            start = filler.end()
        match = _date_pattern().match(head, start)
    return match.end() if match and _to_iso(match) else 0


# Before a lead's date: a place ("Düsseldorf, ", "Hamburg, den "), at most three
# capitalised words; after it, the sentence: "29.11.2022 – Mehrfach …", "(21. November
# 2022) Energieverbraucher …", "Berlin, 29. November 2022. Weihnachten …".
_LEAD_PLACE = regex.compile(
    r"\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){0,2},\s(?:(?:den|le|el|il|am)\s)?"
)
_LEAD_END = regex.compile(r"(?:\)\.?|\s?[.:]|\s[–—-])\s+[\p{Lu}\"„“«‚‘]")


def lead_date(paragraph: str) -> str | None:
    """The date a paragraph opens with, as a press release or a dated lead prints it.

    >>> lead_date("Düsseldorf, 22. November 2022 – Der Versorger senkt seine Preise.")
    '2022-11-22'
    >>> lead_date("(21. November 2022) Energieverbraucher erhalten eine Preiserhöhung.")
    '2022-11-21'
    >>> lead_date("Am Sonntag, 5. November 2023, kurz nach 21 Uhr, kam es zu einem Unfall.")
    >>> lead_date("On 5 November 2023 the council met.")
    """
    text = paragraph[:120]
    place = _LEAD_PLACE.match(text)
    if place and not any(
        word.strip(",").casefold() in all_phrases("weekdays") for word in place[0].split()
    ):
        text = text[place.end() :]
    opened = text.startswith("(")
    text = text[opened:]
    end = leading_date(text)
    if not end or (opened and not text[end:].startswith(")")):
        return None
    return find_date(text[:end]) if _LEAD_END.match(text, end) else None


def find_date(text: str) -> str | None:
    """The first valid date in ``text`` as ``YYYY-MM-DD``, or ``None``.

    >>> find_date("date 2023-01-31 ContributorsPublishers"), find_date("on 20 juillet 2023")
    ('2023-01-31', '2023-07-20')
    >>> find_date("sábado 07 de mayo del 2022")
    '2022-05-07'
    """
    for match in _date_pattern().finditer(text[:MAX_STAMP_CHARS * 4]):
        iso = _to_iso(match)
        if iso:
            return iso
    return None


def sole_day(text: str) -> str | None:
    """The one day a short text names among other words (a byline, a section, a reading
    time), as ``YYYY-MM-DD``; ``None`` when it names no day or two, when a label makes its
    date an update's, or when the day and month could be swapped (``03/05/2022``).

    >>> sole_day("Von Deutscher Tennis Bund 4. 2. 2022."), sole_day("Gas 19. November 2021")
    ('2022-02-04', '2021-11-19')
    >>> sole_day("Updated Mar 12, 2020 @ 10:42 am"), sole_day("From 3 May 2022 to 9 May 2022")
    (None, None)
    >>> sole_day("Published: 7 Nov 2023 by Anna Berg, updated at 9:10")  # the label before it
    '2023-11-07'
    """
    found = [
        (match, iso)
        for match in _date_pattern().finditer(text[: MAX_STAMP_CHARS * 4])
        if (iso := _to_iso(match))
    ]
    if len({iso for _, iso in found}) != 1 or AMBIGUOUS_SLASHED.search(text):
        return None
    (date, iso), *_ = found
    labels = _label_pattern().findall(text.casefold())
    return None if _is_update(labels, text[: date.start()].casefold()) else iso


@cache
def _label_pattern() -> regex.Pattern[str]:
    labels = all_phrases("published_labels") | all_phrases("updated_labels")
    return regex.compile(rf"(?<!\w)(?:{alternation(labels)})(?!\w)")


def _is_update(labels: list[str], before_date: str) -> bool:
    """Whether a stamp's date is an update's: the label nearest before the date says so
    ("Published: 7 Nov 2023 / Updated: 8 Nov 2023" is the publication's date), or, with
    no label before it, any label does ("20.07.2023, aktualisiert")."""
    before = _label_pattern().findall(before_date)
    updated = all_phrases("updated_labels")
    return before[-1] in updated if before else any(label in updated for label in labels)


def date_stamp(line: str) -> Stamp | None:
    """Read a line that holds nothing but a date stamp; ``None`` for any other line.

    >>> date_stamp("2023-07-20 | 06:27")
    Stamp(iso='2023-07-20T06:27', updated=False)
    >>> date_stamp("Updated: July 20, 2023 at 6:27 p.m. ET")
    Stamp(iso='2023-07-20T18:27', updated=True)
    >>> date_stamp("Updated at 1:23 p.m."), date_stamp("13:45")
    (Stamp(iso=None, updated=True), None)
    >>> date_stamp("On July 20, 2023 the talks began.") is None
    True
    >>> date_stamp("Aktualisiert am 17.01.2021.")
    Stamp(iso='2021-01-17', updated=True)
    >>> date_stamp("2019-11-19T08:57:40+01:00")
    Stamp(iso='2019-11-19T08:57:40', updated=False)
    """
    if len(line) > MAX_STAMP_CHARS:
        return None
    return _date_stamp(line)


# Several filters read the same short lines (and read them again on a later pass).
@lru_cache(maxsize=4096)
def _date_stamp(line: str) -> Stamp | None:
    if not _DIGIT.search(line):
        return None  # every date and time has a digit: most lines end here, cheaply
    line = _CLOSING_STOP.sub("", line)  # "Aktualisiert am 17.01.2021." closes like a sentence
    line = _ISO_DATE_TIME.sub(r" \1", line)
    # Every date has a four-digit year: without one, skip the long pattern.
    date = _date_pattern().search(line) if _YEAR.search(line) else None
    iso = _to_iso(date) if date else None
    rest = line[: date.start()] + " " + line[date.end() :] if date else line
    time = _TIME.search(rest)
    if time is None and date is None:
        return None
    if time is not None:
        rest = rest[: time.start()] + " " + rest[time.end() :]
        if iso:
            iso = f"{iso}T{_time_iso(time)}"
    # Labels go before the filler: some hold a filler word ("mis à jour le", "updated on").
    rest = rest.casefold()
    labels = _label_pattern().findall(rest)
    if date is None and not labels:
        return None  # a bare time ("13:45") could be anything; "Updated at 1:23 p.m." is a stamp
    is_updated = _is_update(labels, line[: date.start()].casefold() if date else "")
    rest = _FILLER.sub(" ", _label_pattern().sub(" ", rest))
    weekdays = all_phrases("weekdays")
    leftover = [w for w in _WORD.findall(rest) if w.strip(".") not in weekdays]
    if leftover:
        return None
    return Stamp(iso, is_updated)


_SEGMENTS = regex.compile(r"\s+[/|•·]\s+")
_SEGMENT_MARKS = frozenset("/|•·")  # a line without one is a single segment


def line_stamp(line: str) -> Stamp | None:
    """A date stamp, or one in segments, each a date, a time or a relative time.

    >>> line_stamp("November 19, 2019 / 12:21 AM / Updated 14 hours ago")
    Stamp(iso='2019-11-19T00:21', updated=False)
    >>> line_stamp("9.30 A.M. / 7.00 P.M.") is None  # opening hours: no date
    True
    """
    return _line_stamp(line) if len(line) <= 160 else date_stamp(line)


# A date label alone on its line is short: "Published:", "Last updated:", "Posted on".
MAX_DATE_LABEL = 30


def split_stamp(label: str, date: str) -> Stamp | None:
    """A date stamp split over two lines: a date label alone, the date on the next (the
    date was a link or an element of its own); ``None`` for anything else.

    >>> split_stamp("Last updated:", "14 March 2023")
    Stamp(iso='2023-03-14', updated=True)
    >>> split_stamp("Posted on", "the town hall door on Monday.") is None
    True
    """
    if len(label) > MAX_DATE_LABEL:
        return None
    folded = fold(label)
    return line_stamp(f"{folded} {date}") if folded in _date_labels() else None


@cache
def _date_labels() -> frozenset[str]:
    return all_phrases("published_labels") | all_phrases("updated_labels")


@lru_cache(maxsize=4096)
def _line_stamp(line: str) -> Stamp | None:
    stamp = date_stamp(line)
    if stamp is not None:
        return stamp
    if _SEGMENT_MARKS.isdisjoint(line):
        return None  # one segment, the line itself: not a date stamp
    segments = _SEGMENTS.split(line)
    if len(segments) < 2:
        return None
    stamps = [date_stamp(s) for s in segments]
    pairs = list(zip(stamps, segments, strict=True))
    if not all(st is not None or is_relative_time(s) or is_time(s) for st, s in pairs):
        return None
    dated = [(st, s) for st, s in pairs if st is not None and st.iso]
    if not dated:
        return None  # no date among the segments: "9.30 A.M. / 7.00 P.M." are opening hours
    stamp, segment = dated[0]
    times = [s for s in segments if is_time(s)]
    if stamp.iso and "T" not in stamp.iso and times:
        # The time in a segment of its own belongs to the date: "November 19, 2019 / 12:21 AM".
        joined = date_stamp(f"{segment} {times[0]}")
        if joined is not None and joined.iso:
            return Stamp(joined.iso, stamp.updated)
    return stamp
