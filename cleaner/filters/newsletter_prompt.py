"""Newsletter prompts: ``Sign up for our daily newsletter``,
``Get the latest news in your inbox``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases, alternation
from cleaner.patterns import phrase_words
from cleaner.shape import fold, token_count

__all__ = ["NewsletterPrompt"]

MAX_CHARS = 300


_WORD = regex.compile(r"[\w-]+")


@cache
def _widget_start() -> regex.Pattern[str]:
    """A sign-up box's own words opening a line: "Sign up to get …", "Jetzt anmelden und …"."""
    return regex.compile(rf"(?:{alternation(all_phrases('newsletter_widgets'))})(?!\w)")


# A box's message of three words or more is its own even with more words after it: "Keep
# an eye on your inbox for the latest sports news.", "Thank you for signing up to PC
# Gamer."; shorter ones ("Sign up", "E-Mail-Adresse") also start sentences of a story.
# Not with a comma after it: "Check your inbox for a letter from the tax office, the
# minister said." is a story's sentence.
MIN_MESSAGE_WORDS = 3


@cache
def _widget_messages() -> frozenset[str]:
    return frozenset(
        p for p in all_phrases("newsletter_widgets") if len(p.split()) >= MIN_MESSAGE_WORDS
    )


@cache
def _widget_message() -> regex.Pattern[str]:
    """A sign-up box's message opening a line (a widget phrase of three words or more)."""
    return regex.compile(rf"(?:{alternation(_widget_messages())})(?!\w)")


@cache
def _message_first_words() -> frozenset[str]:
    """The first words of the box's messages: a line opening with another word is none
    (much quicker than the pattern, which every line would otherwise be tried with)."""
    return frozenset(message.split()[0] for message in _widget_messages())


@cache
def _sentence_starts() -> regex.Pattern[str]:
    """A call to action opening a later sentence: "… came from. Sign up for …"."""
    starts = phrase_words("newsletter_starts").pattern.pattern  # whole words
    return regex.compile(rf"(?i)(?<=[.!?])\s+(?P<cta>{starts})")


# The call to action in a later sentence ends the line (at most this many words) and names
# the newsletter before its first comma: "… came from. Sign up for our newsletter.".
MAX_TAIL_TOKENS = 20
_CLAUSE_END = regex.compile(r"[,;:]")
# A short question before it is the prompt's hook: "Enjoyed this story? Sign up for …".
MAX_HOOK_TOKENS = 8


@cache
def _newsletter_words() -> tuple[frozenset[str], tuple[str, ...]]:
    """The ``newsletter_words`` that are one word ("newsletter", "e-mail"), and the
    phrases of several ("mailing list"), which are looked for as substrings."""
    names = all_phrases("newsletter_words")
    return frozenset(n for n in names if " " not in n), tuple(n for n in names if " " in n)


def _names_newsletter(text: str) -> bool:
    words, phrases = _newsletter_words()
    return not words.isdisjoint(_WORD.findall(text)) or any(p in text for p in phrases)


# A sign-up box's heading: a few words that end with the newsletter's name ("PC Gamer
# Newsletter", "Der Morgen-Newsletter").
MAX_HEADING_TOKENS = 4


def _is_heading(line: str) -> bool:
    if token_count(line) > MAX_HEADING_TOKENS or line.rstrip().endswith((".", "!", "?")):
        return False
    last = _WORD.findall(fold(line))[-1:]
    if not last:
        return False
    # The last word, or what follows one of its hyphens ("Morgen-Newsletter").
    words = _newsletter_words()[0]
    word = last[0]
    return word in words or any(
        word[i + 1 :] in words for i, char in enumerate(word) if char == "-"
    )


def _may_start_a_sentence(line: str) -> bool:
    """Whether ``line`` may hold a ``.``, ``!`` or ``?`` followed by whitespace, as
    ``_sentence_starts`` needs: whitespace other than the space is never printable, and
    most lines are one sentence or none.  Much quicker than the pattern's scan."""
    return ". " in line or "! " in line or "? " in line or not line.isprintable()


@lru_cache(maxsize=4096)  # a line is read again on the pipeline's next pass
def _prompt_start(line: str) -> int | None:
    """Where the prompt starts in ``line`` (0: the whole line is one), or ``None``."""
    folded = fold(line)
    if folded in ("newsletter", "newsletters") or folded in all_phrases("newsletter_widgets"):
        return 0
    if (
        folded.split(" ", 1)[0] in _message_first_words()
        and (message := _widget_message().match(folded))
        and "," not in folded[message.end() :]
    ):
        return 0
    # A whole phrase: "Subscribe" starts a prompt, "Subscribers" does not.
    if phrase_words("newsletter_starts").match(folded):
        return 0 if _names_newsletter(folded) else None
    if not _may_start_a_sentence(line):
        return None
    # "He never checked his email. Get a grip, his boss told him." is not a prompt.
    for later in _sentence_starts().finditer(line):
        tail = line[later.start("cta") :]
        if token_count(tail) > MAX_TAIL_TOKENS:
            continue
        if _names_newsletter(fold(_CLAUSE_END.split(tail, maxsplit=1)[0])):
            hook = line[: later.start()]
            is_hook = hook.endswith("?") and token_count(hook) <= MAX_HOOK_TOKENS
            return 0 if is_hook else later.start("cta")
    return None


@dataclass(frozen=True)
class NewsletterPrompt:
    """Remove newsletter sign-up prompts.

    A sign-up widget's own lines ("Thanks for signing up!", "Keep an eye on your inbox")
    go as they are.  Otherwise a line must start like a call to action ("Sign up",
    "Subscribe", "Get", "Jetzt", "Inscrivez-vous", …) *and* name a newsletter, inbox or
    e-mail, within ``max_tokens`` words.  "The newsletter reported on Monday that…" does
    not start like a prompt.  A box's message of three words or more goes with whatever
    follows it on the line ("Keep an eye on your inbox for the latest sports news.").  A
    sign-up box's heading ("PC Gamer Newsletter") goes with the box's own words right under
    it ("Sign up to get the best content of the week"), which then need not name the
    newsletter, or with one line of pitch between it and another prompt line ("Pick Six
    Newsletter" / "Get the day's big stories …" / "Keep an eye on your inbox …").  A call
    to action that opens the line's last sentence and names the newsletter in its first
    clause is cut off, and the text before it stays (unless that is a short question, the
    prompt's hook: "Enjoyed this story?").

    Before::

        The minister spoke on Monday.
        Sign up for our daily newsletter to get the headlines in your inbox.

    After::

        The minister spoke on Monday.
    """

    name: ClassVar[str] = "newsletter_prompt"
    reasons: ClassVar[frozenset[str]] = frozenset({"newsletter"})
    max_tokens: int = 30

    def __post_init__(self) -> None:
        if self.max_tokens < 1:
            raise ValueError("newsletter_prompt: max_tokens must be at least 1")

    def __call__(self, doc: Document) -> Document:
        drops: dict[int, str] = {}
        cuts: dict[int, int] = {}
        for i, line in enumerate(doc.lines):
            if len(line) > MAX_CHARS or (start := _prompt_start(line)) is None:
                continue
            if start == 0 and token_count(line) <= self.max_tokens:
                drops[i] = "newsletter"
            elif start and token_count(line[start:]) <= self.max_tokens:
                cuts[i] = start
        lines = doc.lines
        for i in range(len(lines) - 1):
            below = lines[i + 1]
            if (
                not _is_heading(lines[i])
                or len(below) > MAX_CHARS
                or token_count(below) > self.max_tokens
            ):
                continue
            if _widget_start().match(fold(below)):
                drops[i] = drops[i + 1] = "newsletter"
                cuts.pop(i + 1, None)
            elif drops.get(i + 2) == "newsletter" and i + 1 not in cuts:
                # The box's pitch between its heading and its message.
                drops[i] = drops[i + 1] = "newsletter"
        # A cut keeps the sentence before the prompt, so no line disappears and indices hold.
        for i, start in cuts.items():
            doc = doc.trim(i, 0, start, by=self.name, reason="newsletter")
        return doc.drop(drops, by=self.name)
