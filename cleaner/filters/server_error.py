"""Error messages the page's server printed into it: ``Warning: … in /x.php on line 12``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from cleaner.document import Document

__all__ = ["ServerError"]

# PHP's error levels, as it prints them before the message ("PHP Warning:" in logs).
_LEVEL = (
    r"(?:php\s+)?(?:warning|notice|deprecated|strict\s+standards"
    r"|(?:catchable\s+|recoverable\s+)?fatal\s+error|parse\s+error)"
)
_OPENS = regex.compile(rf"(?i)^{_LEVEL}(?:\s*:|$)")
_MESSAGE = regex.compile(
    rf"(?i)^{_LEVEL}\s*:\s*\S.{{0,500}}?\s+in\s+\S+\.php\s+on\s+line\s+\d+\.?$"
)
#: Lines one message may span at most: in a page's naive text its bold parts break it
#: into the level, the message, the file, "on line" and the number.
MAX_MESSAGE_LINES = 5


def _message_lines(lines: tuple[str, ...], index: int) -> int:
    """How many lines from ``index`` on hold one PHP error message (0: none)."""
    if not _OPENS.match(lines[index]):
        return 0
    for count in range(1, min(MAX_MESSAGE_LINES, len(lines) - index) + 1):
        if _MESSAGE.match(" ".join(lines[index : index + count])):
            return count
    return 0


@dataclass(frozen=True)
class ServerError:
    """Remove the error messages a broken page's PHP printed into it.

    A message is a level ("Warning", "Notice", "Deprecated", "Strict Standards", "Fatal
    error", …), a colon, the message, and where it happened: ``in /path/file.php on line
    12``.  In naive page text the message's bold parts break it over up to five lines
    (``Deprecated`` / ``: Assigning … is deprecated in`` / ``/www/wp-settings.php`` / ``on
    line`` / ``520``); they go together.  Messages go only when the text holds at least
    ``min_messages`` of them: a broken plugin prints its warnings by the dozen, while an
    article about PHP may quote the one error it explains.

    Before::

        Strict Standards: Only variables should be passed by reference in /www/db.php on line 785
        Warning: Undefined variable $post in /www/wp-content/themes/x/single.php on line 12
        The first frost came early this year, and the garden is ready for winter.

    After::

        The first frost came early this year, and the garden is ready for winter.
    """

    name: ClassVar[str] = "server_error"
    reasons: ClassVar[frozenset[str]] = frozenset({"php_error"})
    min_messages: int = 2

    def __post_init__(self) -> None:
        if self.min_messages < 1:
            raise ValueError("server_error: min_messages must be at least 1")

    def __call__(self, doc: Document) -> Document:
        if ".php" not in doc.source:
            return doc  # every message names its PHP file: most texts end here, cheaply
        lines = doc.lines
        drops: dict[int, str] = {}
        messages = index = 0
        while index < len(lines):
            count = _message_lines(lines, index)
            if count:
                messages += 1
                drops.update(dict.fromkeys(range(index, index + count), "php_error"))
            index += count or 1
        return doc.drop(drops, by=self.name) if messages >= self.min_messages else doc
