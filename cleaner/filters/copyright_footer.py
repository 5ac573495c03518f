"""The page's footer under its copyright notice: ``© 2019 Example Inc. All Rights Reserved.``"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases, alternation
from cleaner.patterns import COPYRIGHT_MARK
from cleaner.shape import is_paragraph

__all__ = ["CopyrightFooter"]

MAX_CHARS = 200


@cache
def _notice() -> regex.Pattern[str]:
    """A site's copyright notice: a copyright mark that opens the line, and a year or a
    rights statement ("© 2019 Example Inc. All Rights Reserved.", "copyright Example 2019
    - ISSN: 2283-5474", "Copyright ⓒ example.co.kr. 무단전재 및 재배포 금지"); a photo's
    credit ("© Reuters") names neither, and a sentence goes on in lower case after the
    word ("Copyright lawyers said in 2019 …")."""
    rights = alternation(all_phrases("rights_reserved"))
    return regex.compile(
        rf"(?i)^[\s(]*{COPYRIGHT_MARK}(?!\w)(?!(?<=copyright)(?-i:\s+\p{{Ll}}))"
        rf".*?(?:(?<!\d)(?:19|20)\d\d(?!\d)|{rights})"
    )


@dataclass(frozen=True)
class CopyrightFooter:
    """Remove the page's footer that follows its copyright notice.

    In scraped page text the site's copyright notice closes the article: what comes after
    it is the footer (links, "Back to top", "Print", teasers of other stories).  The
    notice (a copyright mark that opens the line, with a year or a rights statement) must
    stand in the text's last ``tail_share`` of characters (a footer's many short lines
    weigh little), with no paragraph-shaped line after it: a photo's credit with a year
    above the article's last paragraphs ("© 2021 Jane Doe" / "The council will vote…")
    stays, and so does everything after it.  The notice itself is left to
    ``wire_credit``, which takes a copyright line it recognises off the end of the text
    and keeps the agency it names ("© 2023 The Associated Press").

    Before::

        The council will vote on the harbour barrier in March, after a long hearing.
        Opponents say it would cost twice the sum the city has set aside for it.
        © 2019 Example News Inc. All Rights Reserved.
        World
        Why farmers paint their cows with zebra stripes
        Back to top

    After::

        The council will vote on the harbour barrier in March, after a long hearing.
        Opponents say it would cost twice the sum the city has set aside for it.
        © 2019 Example News Inc. All Rights Reserved.
    """

    name: ClassVar[str] = "copyright_footer"
    reasons: ClassVar[frozenset[str]] = frozenset({"footer"})
    tail_share: float = 0.5

    def __post_init__(self) -> None:
        if not 0.0 <= self.tail_share <= 1.0:
            raise ValueError("copyright_footer: tail_share must be between 0 and 1")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        head = (1.0 - self.tail_share) * sum(map(len, lines))
        above = 0  # characters above the line: a footer's many short lines weigh little
        for index, line in enumerate(lines[:-1]):
            if above >= head and len(line) <= MAX_CHARS and _notice().match(line):
                after = range(index + 1, len(lines))
                if not any(is_paragraph(lines[i]) for i in after):
                    return doc.drop(dict.fromkeys(after, "footer"), by=self.name)
            above += len(line)
        return doc
