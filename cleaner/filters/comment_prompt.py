"""Comment-section prompts: ``Leave a comment``, ``12 Comments``, ``Kommentar schreiben``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases
from cleaner.shape import fold

__all__ = ["CommentPrompt"]

MAX_CHARS = 120
_COUNTED = regex.compile(
    r"^\d{1,6} (?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|"
    r"komentarz[ey]?|responses?|replies)$"
)
# "Comments (12)", "Kommentare: 34": a prompt and its count (folding has cut the ")").
_COUNT_AFTER = regex.compile(r"\s*[(:]?\s*\d{1,6}$")


@lru_cache(maxsize=4096)  # a line is read again on the pipeline's next pass
def _is_prompt(line: str) -> bool:
    # A question is not a button: French "Comment ?" is "How?".
    if line.rstrip(" \"'’”»)").endswith("?"):
        return False
    folded = fold(line)
    prompts = all_phrases("comment_prompts")
    # Both count patterns need a digit where they look (first or last): most lines have none.
    if folded in prompts or (folded[:1].isdigit() and _COUNTED.match(folded)):
        return True
    return folded[-1:].isdigit() and _COUNT_AFTER.sub("", folded) in prompts


@dataclass(frozen=True)
class CommentPrompt:
    """Remove the prompts and counters of a comment section.

    A line must be a whole prompt from the phrase packs ("Leave a comment", "Post
    Comment", "Kommentare", "Deja un comentario", …), perhaps with its count ("Comments
    (12)"), or a count ("12 Comments").  "The comments he made were…" is not a whole
    prompt, and a question ("Comment ?", French for "How?") is not one either.

    Before::

        The council will vote again in March.
        Leave a comment
        12 Comments

    After::

        The council will vote again in March.
    """

    name: ClassVar[str] = "comment_prompt"
    reasons: ClassVar[frozenset[str]] = frozenset({"comment_prompt"})

    def __call__(self, doc: Document) -> Document:
        drops = {
            i: "comment_prompt"
            for i, line in enumerate(doc.lines)
            if len(line) <= MAX_CHARS and _is_prompt(line)
        }
        return doc.drop(drops, by=self.name)
