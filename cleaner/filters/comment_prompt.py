"""Comment-section prompts: ``Leave a comment``, ``12 Comments``, ``Kommentar schreiben``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases, alternation
from cleaner.shape import fold, token_count

__all__ = ["CommentPrompt"]

MAX_CHARS = 120
_COUNTED = regex.compile(
    r"^\d{1,6} (?:comments?|kommentare?|commentaires?|comentarios?|comentários?|commenti|reacties|"
    r"komentarz[ey]?|responses?|replies)$"
)
# "Comments (12)", "Kommentare: 34": a prompt and its count (folding has cut the ")").
_COUNT_AFTER = regex.compile(r"\s*[(:]?\s*\d{1,6}$")
# A note in brackets after the prompt: "No comments (comments appear after moderation)".
_NOTE_AFTER = regex.compile(r"\s+\([^()]{1,80}\)$")


MAX_INVITATION_TOKENS = 40


@cache
def _invitation() -> regex.Pattern[str]:
    """An invitation opening the line: "Let us know in the comments: …", "We want to hear
    what you think about this article. Submit a letter to the editor …"."""
    return regex.compile(rf"(?i)^\W*(?:{alternation(all_phrases('comment_invitations'))})(?!\w)")


def _is_invitation(line: str) -> bool:
    return (
        len(line) <= MAX_CHARS * 3
        and token_count(line) <= MAX_INVITATION_TOKENS
        and _invitation().match(line) is not None
    )


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
    if folded[-1:].isdigit() and _COUNT_AFTER.sub("", folded) in prompts:
        return True
    return (noted := _NOTE_AFTER.sub("", line)) != line and fold(noted) in prompts


@dataclass(frozen=True)
class CommentPrompt:
    """Remove the prompts and counters of a comment section.

    A line must be a whole prompt from the phrase packs ("Leave a comment", "Post
    Comment", "Kommentare", "Deja un comentario", …), perhaps with its count ("Comments
    (12)") or a note in brackets ("No comments (comments appear after moderation)"), or a
    count ("12 Comments").  "The comments he made were…" is not a whole
    prompt, and a question ("Comment ?", French for "How?") is not one either.  A line
    that opens with an invitation to comment or write in ("Let us know in the comments",
    "Verraten Sie uns in den Kommentaren", "Submit a letter to the editor") goes too, up
    to 40 words, and so does one that opens with the comment form's login notice ("You must
    be logged in to post a comment. Log in or register.").

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
            if (len(line) <= MAX_CHARS and _is_prompt(line)) or _is_invitation(line)
        }
        return doc.drop(drops, by=self.name)
