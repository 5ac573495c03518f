"""photo_credit: credit lines, and a credit in brackets trimmed off the end of a caption."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.photo_credit import PhotoCredit

N = PhotoCredit.name
C = {(N, "photo_credit")}
STEP = PhotoCredit()

A = "The fire broke out before dawn on Monday in a warehouse near the port, officials said."
B = "More than 80 firefighters fought the blaze for six hours before it was under control."
# Enough article after the credit that it is not in the wire-credit tail.
TAIL = "\n".join([B] * 6)


def _line(credit: str, first: str = A) -> pytest.param:
    return pytest.param(f"{first}\n{credit}\n{TAIL}", f"{first}\n{TAIL}", C, {}, id=credit)


def _caption(caption: str, kept: str) -> pytest.param:
    return pytest.param(f"{A}\n{caption}\n{TAIL}", f"{A}\n{kept}\n{TAIL}", C, {}, id=caption[-30:])


REMOVED = [
    _line("Photo: Jane Doe/Getty Images"),
    _line("Jane Doe/AFP via Getty Images"),
    _line("Getty Images"),
    _line("(Photo by John Smith/Getty Images)"),
    _line("REUTERS/Kevin Lamarque"),
    _line("EPA-EFE/Juanjo Martin"),
    _line("Foto: Michael Kappeler/dpa", "Das Feuer brach am Montag vor Sonnenaufgang aus."),
    _line("Bild: Imago Images", "Das Feuer brach am Montag vor Sonnenaufgang aus."),
    _line("Crédit photo : AFP", "L'incendie s'est déclaré lundi avant l'aube."),
    _line("Фото: ТАСС", "Пожар начался в понедельник до рассвета."),
    _caption(
        "Firefighters work at the scene on Monday. (AP Photo/Jae C. Hong)",
        "Firefighters work at the scene on Monday.",
    ),
    _caption(
        "Protesters gather in Paris on Saturday. [Reuters]",
        "Protesters gather in Paris on Saturday.",
    ),
    _caption(
        "Alberto Fernández, el 1 de marzo, en el Congreso (Foto: Natacha Pisarenko/Pool via "
        "REUTERS).",
        "Alberto Fernández, el 1 de marzo, en el Congreso",
    ),
    _caption("Der Kanzler in Berlin. (Foto: Michael Kappeler/dpa)", "Der Kanzler in Berlin."),
    pytest.param(
        f"{A}\nPhoto: Jane Doe/Getty Images\n{B}", f"{A}\n{B}", C, {}, id="credit-in-tail"
    ),
]

KEPT = [
    pytest.param(
        f"{A}\nA photo of the suspect was released on Monday.\n{TAIL}", id="photo-sentence"
    ),
    pytest.param(
        f"{A}\nThe minister answered the question in English (and later in French).\n{TAIL}",
        id="bracket-and-full-stop-closing-a-sentence",
    ),
    pytest.param(
        f"{A}\nThe photo agency Getty Images said it had withdrawn the picture.\n{TAIL}",
        id="getty-sentence",
    ),
    pytest.param(
        f"{A}\nPicture this: a city without cars, the mayor said.\n{TAIL}", id="picture-this"
    ),
    pytest.param(f"{A}\nSales rose 5% in June (Reuters poll)\n{TAIL}", id="agency-poll-in-parens"),
    pytest.param(
        f"{A}\nSupport fell to 38% in a Reuters/Ipsos poll.\n{TAIL}", id="slash-in-sentence"
    ),
    pytest.param(
        f"{A}\nFoto zeigt den Minister beim Besuch in Kiew, sagte ein Sprecher.\n{TAIL}",
        id="de-foto-sentence",
    ),
    pytest.param(f"{A}\nAFP\n{TAIL}", id="bare-agency-left-to-wire-credit"),
    pytest.param(
        f"{TAIL}\nThe ministry did not comment. (AFP)", id="closing-agency-left-to-wire-credit"
    ),
    pytest.param(f"{TAIL}\ndpa/AFP", id="closing-agency-pair-left-to-wire-credit"),
    pytest.param(
        f"{A}\nCredit: the central bank cut rates twice, helping borrowers.\n{TAIL}",
        id="credit-label-then-sentence",
    ),
    pytest.param(
        f"{A}\nImage: the satellite picture showed three ships near the coast.\n{TAIL}",
        id="image-label-then-sentence",
    ),
    pytest.param(
        f"{A}\nHe was a photographer for AP for 30 years (1990-2020).\n{TAIL}", id="paren-years"
    ),
]


DE = "Das Feuer brach am Montag vor Sonnenaufgang aus."

# Credit labels for the lead picture, a copyright sign before the credit, picture agencies
# of several countries, and an unbracketed credit closing a caption.
REMOVED += [
    _line("© Jane Doe/Getty Images"),
    _line("© Stadtarchiv | Anna Schmidt", DE),
    _line("Titelbild: Jan Novak/picture alliance", DE),
    _line("Beitragsbild: Flickr, CC BY 2.0", DE),
    _line("Copyright: Anna Schmidt", DE),
    _line("Featured image: Jane Doe"),
    _line("Crédits photos : Maxppp", "L'incendie s'est déclaré lundi avant l'aube."),
    _line("Foto de portada: Juan Pérez/Europa Press", "El incendio comenzó el lunes de madrugada."),
    _line("Fot. Jan Kowalski / Agencja Gazeta", "Pożar wybuchł w poniedziałek przed świtem."),
    _caption(
        "Der Kanzler beim Besuch in Kiew. © AFP / JANE DOE", "Der Kanzler beim Besuch in Kiew."
    ),
    _caption("Das Logo des neuen Preises | © Springer", "Das Logo des neuen Preises"),
    _caption(
        "Firefighters at the scene on Monday. Photo: Jane Doe/Reuters",
        "Firefighters at the scene on Monday.",
    ),
]

KEPT += [
    pytest.param(
        f"{A}\nCopyright: the court ruled that the photographs belong to the agency.\n{TAIL}",
        id="copyright-label-then-sentence",
    ),
    pytest.param(
        f"{A}\nDie Arbeitslosigkeit stieg im Mai um 0,3 Prozent. Quelle: Statistisches "
        f"Bundesamt\n{TAIL}",
        id="paragraph-closing-source",
    ),
    pytest.param(
        f"{A}\nThe company said its profit fell 3%. © 2023 figures are provisional.\n{TAIL}",
        id="copyright-sign-then-sentence",
    ),
    pytest.param(
        f"{TAIL}\nThe ministry did not comment. © AFP",
        id="closing-agency-copyright-left-to-wire-credit",
    ),
]


KEPT += [
    pytest.param(
        f"{A}\nCover image: an artist's impression of the new bridge at night, seen from the "
        f"river bank below the old town\n{TAIL}",
        id="labelled-long-caption",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_caption_trim_logs_the_cut_text() -> None:
    out = assert_removed(
        STEP,
        f"{A}\nFirefighters work at the scene. (AP Photo/Jae C. Hong)\n{TAIL}",
        f"{A}\nFirefighters work at the scene.\n{TAIL}",
        C,
        {},
    )
    assert [r.text for r in out.removals] == [" (AP Photo/Jae C. Hong)"]


@pytest.mark.parametrize("tail_lines", [-1])
def test_invalid_configuration(tail_lines: int) -> None:
    with pytest.raises(ValueError, match="photo_credit"):
        PhotoCredit(tail_lines=tail_lines)


def test_the_shortcut_never_hides_a_credit() -> None:
    """Without a label mark or a slash only a bare agency name can be a credit; the length
    cut-off leaves every such name alone, bracketed and spaced too."""
    from cleaner.filters.photo_credit import _credit, _is_credit
    from cleaner.lexicon import all_phrases

    for source in all_phrases("photo_agencies"):
        for text in (source, source.upper(), f"({source})", f"( {source} )", f"[{source.title()}]"):
            assert _is_credit.__wrapped__(text) == bool(_credit().fullmatch(text)), text
