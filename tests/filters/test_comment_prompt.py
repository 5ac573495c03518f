"""comment_prompt: the prompts and counters of a comment section."""

from __future__ import annotations

import pytest
from support import (
    CLOSING_DE as A_DE,
    CLOSING_EN as A,
    CLOSING_ES as A_ES,
    CLOSING_FR as A_FR,
    CLOSING_IT as A_IT,
    CLOSING_NL as A_NL,
    CLOSING_PL as A_PL,
    CLOSING_PT as A_PT,
    assert_kept,
    assert_removed,
)

from cleaner.filters.comment_prompt import CommentPrompt

N = CommentPrompt.name
R = {(N, "comment_prompt")}
STEP = CommentPrompt()

B = "Residents have until the end of February to send their objections to the planning office."


def _tail(lines: str, first: str = A) -> pytest.param:
    return pytest.param(f"{first}\n{lines}", first, R, {}, id=lines.replace("\n", " | ")[:40])


REMOVED = [
    _tail("Leave a comment\n12 Comments"),
    _tail("Comments (12)\nPost Comment"),
    _tail("Join the conversation\nYou must be logged in to post a comment."),
    _tail("1 Comment\nReply"),
    _tail("Comments are closed."),
    _tail("Be the first to comment"),
    pytest.param(f"{A}\nShow comments (34)\n{B}", f"{A}\n{B}", R, {}, id="between-paragraphs"),
    _tail("Kommentare (7)\nKommentar schreiben", A_DE),
    _tail("Diskutieren Sie mit\nAntworten", A_DE),
    _tail("Laisser un commentaire\n5 commentaires", A_FR),
    _tail("Deja un comentario\n3 comentarios", A_ES),
    _tail("Lascia un commento", A_IT),
    _tail("Deixe um comentário\n2 comentários", A_PT),
    _tail("Plaats een reactie\n4 reacties", A_NL),
    _tail("Dodaj komentarz\n15 komentarzy", A_PL),
]

KEPT = [
    pytest.param(
        f"{A}\nThe comments he made were widely criticised.\n{B}", id="the-comments-he-made"
    ),
    pytest.param(
        f"{A}\nComments from the public are welcome until March.\n{B}",
        id="comments-from-the-public",
    ),
    pytest.param(
        f"{A}\n12 comments were received by the planning office before the deadline.\n{B}",
        id="count-in-a-sentence",
    ),
    pytest.param(
        f"{A}\nComment is free, but facts are sacred, the editor wrote in 1921.\n{B}",
        id="comment-is-free",
    ),
    pytest.param(
        f"{A}\nJoin the conversation about the budget at city hall, the mayor urged.\n{B}",
        id="join-the-conversation-sentence",
    ),
    pytest.param(
        f"{A_DE}\nKommentare im Netz waren heftig, räumte der Bürgermeister ein.",
        id="de-kommentare-im-netz",
    ),
    pytest.param(
        f"{A_FR}\n« Comment ? » a répondu le maire, surpris.\nComment ?\n« Comment ? »",
        id="fr-comment-how",
    ),
    pytest.param(
        f"{A_FR}\nRéagir vite est essentiel, estime la préfecture.", id="fr-reagir-sentence"
    ),
    pytest.param(
        f"{A_ES}\nResponder a la crisis de la vivienda es urgente, dijo la alcaldesa.",
        id="es-responder-sentence",
    ),
    pytest.param(
        f"{A_PL}\nKomentarz rzeczniczki nie rozwiał wątpliwości radnych.",
        id="pl-komentarz-sentence",
    ),
]


# Empty and counted comment sections, a moderation note in brackets.
REMOVED += [
    _tail("Keine Kommentare (Kommentare erscheinen erst nach unserer Freigabe)", A_DE),
    _tail("Kommentare insgesamt: 0", A_DE),
    _tail("No comments yet\nTotal comments: 0"),
    _tail("Aucun commentaire", A_FR),
    _tail("Sin comentarios", A_ES),
    _tail("Brak komentarzy", A_PL),
]

KEPT += [
    pytest.param(
        f"{A_DE}\nKeine Kommentare zu laufenden Verfahren (so das Ministerium)",
        id="de-note-after-words",
    ),
    pytest.param(
        f"{A}\nNo comments were received during the consultation.\n{B}", id="no-comments-sentence"
    ),
]


# Invitations to comment or write in, opening the line.
REMOVED += [
    _tail(
        "We want to hear what you think about this article. Submit a letter to the editor or "
        "write to letters@example.com."
    ),
    _tail("Submit your letter to the editor via this form."),
    _tail("Let us know in the comments: what would you have done?"),
    _tail("Verraten Sie uns in den Kommentaren: Wie sparen Sie Energie?", A_DE),
    _tail("Cuéntanos en los comentarios qué opinas.", A_ES),
    _tail("Dajcie znać w komentarzach, co o tym myślicie.", A_PL),
    # A login notice in the comment form, with what follows it on the line.
    _tail(
        "Du musst eingeloggt sein um Kommentare zu schreiben! Oder noch nicht registriert?", A_DE
    ),
    _tail("You must be logged in to post a comment. Log in or register.", A),
    _tail("Vous devez être connecté pour publier un commentaire.", A_FR),
    _tail("Debes iniciar sesión para publicar un comentario.", A_ES),
]

# A blog's comment form (WordPress's own wording, in the site's language), line by line
# as a scraper of the whole page gets it.
REMOVED += [
    _tail(
        "Schreibe einen Kommentar\nAntworten abbrechen\n"
        "Deine E-Mail-Adresse wird nicht veröffentlicht.\nErforderliche Felder sind mit\n"
        "Meinen Namen, meine E-Mail-Adresse und meine Website in diesem Browser speichern, "
        "bis ich wieder kommentiere.\nKommentar absenden",
        A_DE,
    ),
    _tail(
        "Leave a Reply\nCancel reply\nYour email address will not be published. Required "
        "fields are marked *\nSave my name, email, and website in this browser for the next "
        "time I comment.\nNotify me of follow-up comments by email.\nThis site uses Akismet "
        "to reduce spam. Learn how your comment data is processed."
    ),
    _tail(
        "Gib hier deinen Kommentar ein …\nDu kommentierst mit Deinem Facebook-Konto.\n"
        "Verbinde mit %s\nNeueste Kommentare",
        A_DE,
    ),
    _tail("Annuler la réponse\nVotre adresse e-mail ne sera pas publiée.", A_FR),
]

KEPT += [
    pytest.param(
        f"{A}\nYour email address will not be published, the company promised, but it was."
        f"\n{B}",
        id="will-not-be-published-in-a-sentence",
    ),
    pytest.param(
        f"{A}\nThe mayor said: we want to hear what you think before the council votes.\n{B}",
        id="invitation-quoted-mid-line",
    ),
    pytest.param(
        f"{A}\nReaders who submit a letter to the editor must give their full name.\n{B}",
        id="submit-a-letter-mid-sentence",
    ),
    pytest.param(
        f"{A}\nThe forum now says you must be logged in to post a comment, after a wave of "
        f"abuse.\n{B}",
        id="login-notice-mid-sentence",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_has_no_configuration() -> None:
    with pytest.raises(TypeError):
        CommentPrompt(max_tokens=3)  # type: ignore[call-arg]
