"""People and agencies in credit lines: bylines and "X contributed to this report".

Shared by the byline and wire-credit filters.  A credit is only read when *every* part of
it is a name, an agency, a role ("AP Business Writer") or a date: a line with anything
else in it is not a credit, and the filters leave it alone.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

import regex

from cleaner.dates import date_stamp, is_time, leading_date
from cleaner.lexicon import agency, all_phrases, alternation, date_words
from cleaner.patterns import BYLINE, is_reading_time, is_relative_time, phrase_prefix
from cleaner.shape import fold, is_name, name_case

__all__ = [
    "Credit",
    "byline_at",
    "is_role_line",
    "names_someone",
    "parse_byline",
    "parse_contribution",
    "parse_dated_name",
    "parse_split_byline",
    "parse_titled_name",
    "split_people",
]

MAX_CREDIT_CHARS = 300

# A publication named after an author: "CNN", "The Washington Post", "Le Monde".
_PUBLISHER = regex.compile(
    r"^(?:\p{Lu}[\p{L}&'’.-]*)(?: (?:\p{Lu}[\p{L}&'’.-]*|of|de|du|la|le)){0,4}$"
)
# "By Jane Doe | Reuters", "Von Peter Maahn / dpa"; a slash between digits is a date's.
_SEGMENTS = regex.compile(r"\s+[|•·—–]\s+|\s*\|\s*|\s+-\s+|(?<!\d)\s*/\s*(?!\d)")
# An agency or an editor's initials in brackets closing a byline: "Von Anna Berg (dpa)",
# "Author: Julia Hitz (eg)".
_BRACKETED = regex.compile(r"\s*\(([^()]{1,30})\)\s*$")
_EDITOR_INITIALS = regex.compile(r"^\p{Ll}{2,4}$")
# A post's labelled category or tags after the byline: "Categoria: Saúde", "Tags: …".
_TAXONOMY = phrase_prefix("taxonomy_labels")
_LIST = regex.compile(r"\s*(?:,|;|&|\b(?:and|und|et|y|e|en|och|og|i|ja|és|și|и)\b)\s*", regex.I)
_LOCATION = regex.compile(r"\s+(?:in|from|at|aus|à|en|em|da|in der)\s+.*$")
# Words that never stand in a person's name but do in the fragments sites put after one.
_NOT_NAME = frozenset(
    "the minutes minute hours hour days day ago updated published posted news staff editorial "
    "team desk reporter writer correspondent editor contributor photographer columnist "
    "comments comment share follow email print press agency newsroom online digital "
    "redaktion rédaction redacción redazione".split()
)
_CONTRIBUTED = regex.compile(
    r"""(?ix)^(?P<who>.{3,250}?)\s+
    (?:contributed|also\s+contributed|contributed\s+reporting|contributed\s+to\s+this\s+(?:report|story|article))
    (?:\s+(?:to\s+this\s+(?:report|story|article)|from\s+[^.]{1,80}|reporting))*\.?$"""
)
_WRITER = regex.compile(
    r"(?i)^(?:staff\s+)?(?:writers?|reporters?|correspondents?|journalists?)\s+"
)
_PEOPLE_SEPARATOR = regex.compile(r"(?i),?\s+and\s+|;\s*")
_ROLE_WORDS = (
    r"(?:additional\s+)?(?:reporting|writing|editing|compiled|produced|research|"
    r"fact[- ]checking|graphics|translation|translated|edited|written)"
)
_CREDIT_ROLE = regex.compile(rf"(?i)^{_ROLE_WORDS}\s+by\s+(?P<who>.+)$")
# Where the next role's credit starts: "…; Editing by", "…, with reporting by", "…, editing by".
_NEXT_ROLE = regex.compile(rf"(?i)\s*[;,]\s*(?:(?:with|and)\s+)?(?={_ROLE_WORDS}\s+by\s)")


class Credit(NamedTuple):
    """What a credit line says: people, agencies and (for bylines) a date."""

    people: tuple[str, ...]
    agencies: tuple[str, ...]
    published: str | None = None


# A photo or illustration credit after the names, which credits someone else:
# "Text von Anna Berg Illustration von Tom Roost", "Words: Anna Berg Photos: Tom Roost".
_OTHER_CREDIT = regex.compile(
    rf"""(?ix)[\s,;|/–—-]+(?:{alternation(all_phrases("photo_prefixes"))})
    (?:\s*:\s*|\s+(?:von|by|de|di|da|por|par|door|av|af|z)\s+)\S.*$"""
)


# The word before a byline's date: "on March 3", "am 25.08.2015", "le 3 mars", "el 3 de mayo".
_ON_DATE = regex.compile(r"\s+(?:on|am|le|el|il|em|op|den|dnia)\s+(?=\S)")


def _is_role(text: str) -> bool:
    words = text.casefold().replace(".", "").split()
    roles = all_phrases("name_roles")
    return 0 < len(words) <= 6 and any(w in roles or w.rstrip("s") in roles for w in words)


# A role alone on its line is short: "Staff Writer", "Live Science Contributor".
MAX_ROLE_WORDS = 4


def is_role_line(line: str) -> bool:
    """A writer's role alone on its line, as under a byline.

    >>> is_role_line("Live Science Contributor"), is_role_line("Staff writer Anna Berg said so.")
    (True, False)
    """
    words = line.split()
    return len(words) <= MAX_ROLE_WORDS and not line.rstrip().endswith(".") and _is_role(line)


def _without_title(name: str) -> str:
    """``Rechtsanwalt Sebastian Einbock`` → ``Sebastian Einbock``; ``Prof. Dr. Anna Berg`` →
    ``Anna Berg``: academic and professional titles are not part of the name."""
    titles = all_phrases("name_titles")
    words = name.split()
    while len(words) > 2 and words[0].casefold() in titles:
        words = words[1:]
    return " ".join(words)


def _people(text: str, handle: bool = False) -> tuple[list[str], list[str]] | None:
    """Split ``A, B and C`` into names (and agencies); ``None`` if a part is neither.
    With ``handle``, one capitalised word is a name too (a user's: "Cooper")."""
    names: list[str] = []
    agencies: list[str] = []
    for part in (p for p in _LIST.split(text.strip(" .,;")) if p):
        canonical = agency(part)
        if canonical:
            agencies.append(canonical)
        elif (
            is_name(part := _without_title(part)) or (handle and _is_handle(part))
        ) and names_someone(part):
            names.append(name_case(part))
        else:
            return None
    return names, agencies


def split_people(text: str) -> list[str] | None:
    """The people of a list of two or more names (``Anna Berg y José Miguel Wilson``);
    ``None`` when a part is no person's name (``José Ortega y Gasset`` is one name).

    >>> split_people("Anna Berg y José Miguel Wilson"), split_people("José Ortega y Gasset")
    (['Anna Berg', 'José Miguel Wilson'], None)
    """
    found = _people(text)
    return found[0] if found and not found[1] and len(found[0]) > 1 else None


def names_someone(name: str) -> bool:
    """Whether a signature's name could be a person's: no word of it one that names no
    one ("Ihr Team", "Eure Redaktion").

    >>> names_someone("HansEhrlich"), names_someone("Team")
    (True, False)
    """
    return not _NOT_NAME & set(name.casefold().split())


_HANDLE = regex.compile(r"^\p{Lu}[\p{Ll}\d_-]{2,24}$")


def _is_handle(word: str) -> bool:
    """One capitalised word that is no date word: "Cooper", "Fabian"."""
    folded = word.casefold()
    return bool(_HANDLE.match(word)) and folded not in date_words()


def parse_byline(line: str) -> Credit | None:
    """Read a byline; ``None`` if the line is anything else.

    >>> parse_byline("By Mari Yamaguchi and Haruka Nuga").people
    ('Mari Yamaguchi', 'Haruka Nuga')
    >>> parse_byline("BY JEFF KAROUB, AP Business Writer")
    Credit(people=('Jeff Karoub',), agencies=('Associated Press',), published=None)
    >>> parse_byline("By the end of the year, prices had doubled.") is None
    True
    """
    return _parse_byline(line) if len(line) <= MAX_CREDIT_CHARS else None


# A byline word alone on its line is short: "By", "| BY:", "Ein Beitrag von:".
MAX_BYLINE_WORD = 30


def parse_split_byline(word: str, names: str) -> Credit | None:
    """Read a byline split over two lines: a byline word alone, the names on the next
    (a link around the names broke the line); ``None`` for anything else.

    >>> parse_split_byline("| BY:", "Mike Wuerthele and Malcolm Owen").people
    ('Mike Wuerthele', 'Malcolm Owen')
    >>> parse_split_byline("Von", "Thilo").people  # a user's one word, alone on its line
    ('Thilo',)
    >>> parse_split_byline("By", "the time the ferry left, the fog had lifted.") is None
    True
    """
    if len(word) > MAX_BYLINE_WORD:
        return None
    folded = fold(word)
    if folded not in all_phrases("byline_prefixes") and folded not in all_phrases("byline_labels"):
        return None
    line = f"{folded}: {names}"
    # The names alone on their line may be a user's one word ("Von" / "Thilo"), but not
    # after a label ("Interview" / "Kosmetik" is a menu).
    handle = folded not in all_phrases("byline_labels")
    return _parse_byline(line, handle=handle) if len(line) <= MAX_CREDIT_CHARS else None


def byline_at(lines: Sequence[str], index: int) -> Credit | None:
    """The byline that line ``index`` is or starts: ``By Jane Doe``, or ``By`` / ``Jane
    Doe`` over two lines; ``None`` for anything else."""
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return parse_byline(lines[index]) or (
        parse_split_byline(lines[index], following) if following else None
    )


# The byline, header and title filters read the same head lines (again on a later pass).
@lru_cache(maxsize=4096)
def _parse_byline(line: str, handle: bool = False) -> Credit | None:
    match = BYLINE.match(line)
    if match is None:
        return None
    names = match["names"]
    other = _OTHER_CREDIT.search(names)
    if other and other.start():
        names = names[: other.start()]
    dated = None
    for on in _ON_DATE.finditer(names):  # "Posted by Anna Berg on March 3, 2020"
        dated = date_stamp(names[on.end() :])
        if dated is not None:
            names = names[: on.start()]
            break
    head, *tail = _SEGMENTS.split(_BRACKETED.sub(r" | \1", names))
    pieces = head.split(", ")
    # A byline phrase of two words or more ("Posted by", "Geschrieben von") may name a
    # user by one word: "Geschrieben von Cooper am 25.08.2015".
    handle = handle or " " in line[: match.start("names")].strip(" :")
    # "Name, Name and Name" or "Name, Role": the longest run of names, then the rest.
    # An agency alone is a byline too ("By Reuters", "By The Associated Press").
    for cut in range(len(pieces), 0, -1):
        found = _people(", ".join(pieces[:cut]), handle=handle)
        if found and (found[0] or found[1]):
            people, agencies = found
            rest = pieces[cut:]
            break
    else:
        return None
    published = dated.iso if dated else None
    # A date in pieces: "By Evan Symon, August 14, 2020 2:30 pm", "Von Anna Berg |
    # 27.01.2022 - 12:45".
    tail = rest + tail
    stamp = date_stamp(", ".join(tail)) if len(tail) > 1 else None
    if stamp is not None:
        published, tail = stamp.iso, []
    for segment in tail:
        stamp = date_stamp(segment)
        if stamp is not None:
            published = published or stamp.iso
        elif canonical := agency(segment):  # before roles: "Reuters" is both
            agencies.append(canonical)
        elif _is_role(segment):
            agencies += _strip_agency(segment)[1]
        elif not (
            is_relative_time(segment)
            or is_time(segment)  # "Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)"
            or is_reading_time(segment)  # "Von Anna Berg | 3. März 2022 | 4 Min. Lesezeit"
            or _TAXONOMY.match(segment)  # "Publicado por: Ana Borba - Categoria: Saúde"
            or _PUBLISHER.match(segment)
            or _EDITOR_INITIALS.match(segment)
        ):
            return None
    return Credit(tuple(people), tuple(dict.fromkeys(agencies)), published)


_DATE_NAME_SEPARATOR = " ,;|/•·–—-"
_WORD_START = regex.compile(r"(?<=\s)\S")
_MAX_DATED_NAMES = 2


def parse_dated_name(line: str) -> Credit | None:
    """Read a date and a name with no byline word: ``1. Februar 2022 , Anna Berg``,
    ``11.12.2019 - Anna Berg``, ``Anna Berg 3/5/2022 22:41``, or a date and a byline
    (``23.01.2022 - Posted by Anna Berg``); ``None`` for anything else.

    Only the byline filter asks, and only of the page head, where such a line stands under
    the headline: in the body it is as likely a dated list of events.

    >>> parse_dated_name("21. Jan 2022 // Dominik Richter")
    Credit(people=('Dominik Richter',), agencies=(), published='2022-01-21')
    >>> parse_dated_name("23.01.2022 - Publicado por: Ana Borba - Categoria: Saúde").people
    ('Ana Borba',)
    >>> parse_dated_name("11.12.2019 - Stadtrat tagt") is None
    True
    """
    return _parse_dated_name(line) if len(line) <= 120 else None


@lru_cache(maxsize=4096)
def _parse_dated_name(line: str) -> Credit | None:
    end = leading_date(line)
    if end:
        stamp, names = date_stamp(line[:end]), line[end:]
        if not names[:1].isspace() and names[:1] not in _DATE_NAME_SEPARATOR:
            return None
        # A byline after the date: "05/10/2018 - Publicado por: Ana Borba - Categoria: …".
        credit = _parse_byline(names.strip(_DATE_NAME_SEPARATOR))
        if credit is not None and stamp is not None and stamp.iso is not None:
            return credit._replace(published=credit.published or stamp.iso)
    else:  # "Anna Berg 3/5/2022": the date after two to four words
        words = [m.start() for m in _WORD_START.finditer(line)]
        stamp = names = None
        for start in words[1:4]:
            stamp = date_stamp(line[start:])
            if stamp is not None:
                names = line[:start]
                break
    if stamp is None or stamp.iso is None or names is None:
        return None
    found = _people(names.strip(_DATE_NAME_SEPARATOR))
    if found is None or not 0 < len(found[0]) <= _MAX_DATED_NAMES or found[1]:
        return None
    return Credit(tuple(found[0]), (), stamp.iso)


#: Words of a writer's title after the name, at most.
MAX_TITLE_WORDS = 6


def parse_titled_name(line: str) -> Credit | None:
    """Read a name and a writer's title with no byline word: ``Robert Burns, AP National
    Security Writer`` (an agency in the title goes to ``agencies``); ``None`` for anything
    else.

    The title must end with a writer's noun (the ``writer_titles`` phrases: "Writer",
    "correspondent", "Redakteur"; not "photographer": "Jane Doe, Staff Photographer"
    under a picture credits the picture), so "Dow Jones, a News Corp company" and "Jill
    Binder, speaking at a WordCamp" are not bylines.  The byline filter asks of the page
    head, the title filter of the lines under a headline.

    >>> parse_titled_name("Robert Burns, Ap National Security Writer")
    Credit(people=('Robert Burns',), agencies=('Associated Press',), published=None)
    >>> parse_titled_name("Michael Conroy, AP") is None
    True
    """
    if len(line) > MAX_CREDIT_CHARS or ", " not in line or line.rstrip().endswith("."):
        return None
    return _parse_titled_name(line)


@lru_cache(maxsize=4096)  # the byline and title filters ask about the same head lines
def _parse_titled_name(line: str) -> Credit | None:
    name, comma, title = line.strip().partition(", ")
    words = title.casefold().split()
    if not comma or not 2 <= len(words) <= MAX_TITLE_WORDS or not is_name(name):
        return None
    nouns = all_phrases("writer_titles")
    if words[-1] not in nouns and words[-1].removesuffix("s") not in nouns:
        return None
    found = _people(name)
    if found is None or len(found[0]) != 1 or found[1]:
        return None
    return Credit((found[0][0],), tuple(_strip_agency(title)[1]))


def parse_contribution(line: str) -> Credit | None:
    """Read "X contributed to this report." or "Reporting by X; Editing by Y".

    >>> parse_contribution("Associated Press writer Kim Tong-hyung in Seoul, South Korea, "
    ...                    "contributed to this report.")
    Credit(people=('Kim Tong-hyung',), agencies=('Associated Press',), published=None)
    >>> parse_contribution("Reporting by Anna Lee in Paris; Editing by Tom Hogue")
    Credit(people=('Anna Lee', 'Tom Hogue'), agencies=(), published=None)
    >>> parse_contribution("Reporting by Anna Lee, with reporting by Tom Roost, editing by Mo Ali")
    Credit(people=('Anna Lee', 'Tom Roost', 'Mo Ali'), agencies=(), published=None)
    """
    return _parse_contribution(line) if len(line) <= MAX_CREDIT_CHARS else None


@lru_cache(maxsize=4096)
def _parse_contribution(line: str) -> Credit | None:
    contributed = _CONTRIBUTED.match(line)
    if contributed:
        groups = [contributed["who"]]
    else:
        groups = []
        for part in _NEXT_ROLE.split(line.rstrip(".")):
            role = _CREDIT_ROLE.match(part.strip())
            if role is None:
                return None
            groups.append(role["who"])
    people: list[str] = []
    agencies: list[str] = []
    for who in groups:
        who, wire = _strip_agency(who)
        agencies += wire
        who = _WRITER.sub("", who)
        for person in _PEOPLE_SEPARATOR.split(who):
            person = _LOCATION.sub("", person)
            found = _people(person)
            if found is None:
                return None
            people += found[0]
            agencies += found[1]
    if not people and not agencies:  # "Reuters contributed to this report." names no one
        return None
    return Credit(tuple(dict.fromkeys(people)), tuple(dict.fromkeys(agencies)))


def _strip_agency(text: str) -> tuple[str, list[str]]:
    """``Associated Press writer X`` → (``writer X``, [``Associated Press``])."""
    words = text.split()
    for size in range(min(4, len(words) - 1), 0, -1):
        canonical = agency(" ".join(words[:size]))
        if canonical:
            return " ".join(words[size:]), [canonical]
    return text, []
