"""byline: "By …" lines in the page head or tail; names become ``authors``."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.byline import Byline

N = Byline.name
STEP = Byline()

P_EN = (
    "NATO Secretary-General Jens Stoltenberg called for stronger ties with Japan on Monday in "
    "Tokyo."
)
P_DE = (
    "Die Bundesregierung will die Steuern für kleine Einkommen senken, teilte das "
    "Finanzministerium mit."
)
P_FR = (
    "Le gouvernement a présenté mercredi son projet de budget pour 2024, marqué par des économies."
)
P_ES = (
    "El Gobierno aprobó el martes una nueva ley de vivienda que limita el precio de los alquileres."
)
P_NL = (
    "Het kabinet wil de belasting op arbeid verlagen, maakte de minister van Financiën dinsdag "
    "bekend."
)
P_IT = "Il governo ha approvato martedì un nuovo decreto sulle pensioni, ha annunciato il ministro."

REMOVED = [
    pytest.param(
        f"{P_DE}\nvon Katrin Oberhauser\n{P_DE}",
        f"{P_DE}\n{P_DE}",
        {(N, "byline")},
        {"authors": ["Katrin Oberhauser"]},
        id="after-standfirst",
    ),
    pytest.param(
        f"By Mari Yamaguchi and Haruka Nuga\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Mari Yamaguchi", "Haruka Nuga"]},
        id="two-authors",
    ),
    pytest.param(
        f"BY JEFF KAROUB, AP Business Writer\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Jeff Karoub"], "agencies": ["Associated Press"]},
        id="caps-with-agency-role",
    ),
    pytest.param(
        f"Von Anna Berg | 3. März 2022 | 4 Min. Lesezeit\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Anna Berg"], "published": "2022-03-03"},
        id="segments-with-reading-time",
    ),
    pytest.param(
        f"By Mike Wuerthele and Malcolm Owen | Monday, November 18, 2019, 04:05 pm PT"
        f" (07:05 pm ET)\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Mike Wuerthele", "Malcolm Owen"], "published": "2019-11-18T16:05"},
        id="segments-with-a-second-time",
    ),
    pytest.param(
        f"05/10/2018 - Publicado por: Clarissa Borba - Categoria: Saúde - Tags: sad veiculo\n"
        f"{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Clarissa Borba"], "published": "2018-05-10"},
        id="date-then-byline-category-tags",
    ),
    pytest.param(
        f"By J.R. Stone\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["J.R. Stone"]},
        id="initials-run-together",
    ),
    pytest.param(
        f"Von Peter Maahn / dpa\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Peter Maahn"], "agencies": ["dpa"]},
        id="agency-after-slash",
    ),
    pytest.param(
        f"Author: Julia Hitz (eg)\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Julia Hitz"]},
        id="editor-initials-in-brackets",
    ),
    pytest.param(
        f"By Anna Lee, Tom Hogue and Mark Potter\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Anna Lee", "Tom Hogue", "Mark Potter"]},
        id="three-authors",
    ),
    pytest.param(
        f"By Anna Lee | July 20, 2023\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Anna Lee"], "published": "2023-07-20"},
        id="with-date",
    ),
    pytest.param(
        f"By Kim Tong-hyung | Reuters\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Kim Tong-hyung"], "agencies": ["Reuters"]},
        id="pipe-agency",
    ),
    pytest.param(
        f"By Sarah Connor, CNN\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Sarah Connor"]},
        id="publisher",
    ),
    pytest.param(
        f"By The Associated Press\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"agencies": ["Associated Press"]},
        id="agency-only",
    ),
    pytest.param(
        f"{P_EN}\n{P_EN}\nBy Tom Hogue",
        f"{P_EN}\n{P_EN}",
        {(N, "byline")},
        {"authors": ["Tom Hogue"]},
        id="tail",
    ),
    pytest.param(
        f"Von Anna Schmidt und Jonas Weber\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Anna Schmidt", "Jonas Weber"]},
        id="de",
    ),
    pytest.param(
        f"Autor: Anna Schmidt\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Anna Schmidt"]},
        id="de-label",
    ),
    pytest.param(
        f"Par Jean-Luc Dupont\n{P_FR}",
        P_FR,
        {(N, "byline")},
        {"authors": ["Jean-Luc Dupont"]},
        id="fr",
    ),
    pytest.param(
        f"Por María José García\n{P_ES}",
        P_ES,
        {(N, "byline")},
        {"authors": ["María José García"]},
        id="es",
    ),
    pytest.param(
        f"Door Pieter van der Berg\n{P_NL}",
        P_NL,
        {(N, "byline")},
        {"authors": ["Pieter van der Berg"]},
        id="nl-particles",
    ),
    pytest.param(
        f"A cura di Maria Rossi\n{P_IT}",
        P_IT,
        {(N, "byline")},
        {"authors": ["Maria Rossi"]},
        id="it",
    ),
    pytest.param(
        f"Eine Kolumne von Nils Berger\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Nils Berger"]},
        id="de-column-by",
    ),
    pytest.param(
        f"Blog Beitrag von Margit Koren\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Margit Koren"]},
        id="de-blog-beitrag-von",
    ),
    pytest.param(
        f"{P_DE}\nEin Artikel von Paula Sladek",
        P_DE,
        {(N, "byline")},
        {"authors": ["Paula Sladek"]},
        id="de-ein-artikel-von-tail",
    ),
    pytest.param(
        f"Opinion by Frida Gomez\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Frida Gomez"]},
        id="en-opinion-by",
    ),
    pytest.param(
        f"Text von Christa Seiler Illustration von Markus Roth\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Christa Seiler"]},
        id="de-text-by-illustration-by",
    ),
    pytest.param(
        f"{P_EN}\n{P_EN}\nWords: Rudi Fischer, Simon Keller Photos: Simon Keller",
        f"{P_EN}\n{P_EN}",
        {(N, "byline")},
        {"authors": ["Rudi Fischer", "Simon Keller"]},
        id="en-words-photos-tail",
    ),
    pytest.param(
        f"Texto: Ana Ruiz, Fotos: Pablo Gil\n{P_ES}",
        P_ES,
        {(N, "byline")},
        {"authors": ["Ana Ruiz"]},
        id="es-text-label-photos",
    ),
    pytest.param(
        f"{P_DE}\n{P_DE}\nAutor: Rechtsanwalt Sebastian Ehrig",
        f"{P_DE}\n{P_DE}",
        {(N, "byline")},
        {"authors": ["Sebastian Ehrig"]},
        id="de-title-is-not-the-name",
    ),
    pytest.param(
        f"Von Prof. Dr. Rainer Quast\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Rainer Quast"]},
        id="de-academic-titles",
    ),
    pytest.param(
        f"By Evan Simons, August 14, 2020 2:30 pm\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Evan Simons"], "published": "2020-08-14T14:30"},
        id="date-with-comma",
    ),
    pytest.param(
        f"Ein Artikel von Pamela Sladke | 27.01.2022 - 12:45\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Pamela Sladke"], "published": "2022-01-27T12:45"},
        id="date-then-time-in-segments",
    ),
    pytest.param(
        f"{P_DE}\n{P_DE}\n(wird fortgesetzt)\nText: Klaus Friedrich\n"
        "Fotos: Helmut Elster, Klaus Friedrich\nLiteratur:\n"
        "Gebhardt, Wolfgang: Lastwagen 1903 bis 1971. Stuttgart 2007\n"
        "Mathieu, Axel: Busse 1903 – 1971. Online-Publikation\n"
        "Westerwelle, Wolfgang: Zugmaschinen, Teil 1 und 2. Stengelheim, 2014.",
        f"{P_DE}\n{P_DE}\n(wird fortgesetzt)\nFotos: Helmut Elster, Klaus Friedrich\n"
        "Literatur:\nGebhardt, Wolfgang: Lastwagen 1903 bis 1971. Stuttgart 2007\n"
        "Mathieu, Axel: Busse 1903 – 1971. Online-Publikation\n"
        "Westerwelle, Wolfgang: Zugmaschinen, Teil 1 und 2. Stengelheim, 2014.",
        {(N, "byline")},
        {"authors": ["Klaus Friedrich"]},
        id="labelled-above-reading-list",
    ),
    pytest.param(
        f"{P_DE}\n" * 3 + "Autorin: Uta Stade, Projektleiterin in Tunis.\n"
        + "Fußnote: Angaben nach Schätzungen des Ministeriums von 2020.\n" * 24 + P_DE,
        f"{P_DE}\n" * 3
        + "Fußnote: Angaben nach Schätzungen des Ministeriums von 2020.\n" * 24 + P_DE,
        {(N, "byline")},
        {"authors": ["Uta Stade"]},
        id="labelled-above-25-lines-of-notes",
    ),
    pytest.param(
        f"1. Februar 2022 , Daniel Dillen\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Daniel Dillen"], "published": "2022-02-01"},
        id="date-then-name",
    ),
    pytest.param(
        f"Posted by John Smithers on March 3, 2020\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["John Smithers"], "published": "2020-03-03"},
        id="name-on-date",
    ),
    pytest.param(
        f"5:45 AM PST 11/19/2019 by Patrick Shanley\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Patrick Shanley"], "published": "2019-11-19T05:45"},
        id="time-date-then-byline",
    ),
    pytest.param(
        f"Geschrieben von Anna Berg am 25.08.2015 22:30\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Anna Berg"], "published": "2015-08-25T22:30"},
        id="de-name-am-date",
    ),
    pytest.param(
        f"Ariel Melgar Cabrera 3/5/2022 22:41\n{P_ES}",
        P_ES,
        {(N, "byline")},
        {"authors": ["Ariel Melgar Cabrera"], "published": "2022-03-05T22:41"},
        id="name-then-date",
    ),
    pytest.param(
        f"{P_DE}\n{P_DE}\nStefan Wasmer",
        f"{P_DE}\n{P_DE}",
        {(N, "byline")},
        {"authors": ["Stefan Wasmer"]},
        id="signature-on-last-line",
    ),
    pytest.param(
        f"{P_DE}\n{P_DE}\nMarina Mucha-Berg",
        f"{P_DE}\n{P_DE}",
        {(N, "byline")},
        {"authors": ["Marina Mucha-Berg"]},
        id="signature-double-barrelled",
    ),
    # A byline word alone, the names on the next line (a link around them broke it).
    pytest.param(
        f"By\nJamelle Bouie\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Jamelle Bouie"]},
        id="split-by",
    ),
    pytest.param(
        f"| BY:\nMike Wuerthele and Malcolm Owen\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Mike Wuerthele", "Malcolm Owen"]},
        id="split-by-in-bars",
    ),
    pytest.param(
        f"{P_DE}\n{P_DE}\nText:\nKirsten Freund",
        f"{P_DE}\n{P_DE}",
        {(N, "byline")},
        {"authors": ["Kirsten Freund"]},
        id="split-label-at-end",
    ),
    pytest.param(
        f"Von\nReuters\n{P_DE}", P_DE, {(N, "byline")}, {"agencies": ["Reuters"]}, id="split-agency"
    ),
    pytest.param(
        f"Von\nThilo\n{P_DE}", P_DE, {(N, "byline")}, {"authors": ["Thilo"]}, id="split-user-name"
    ),
    # A byline phrase of two words or more may name a user by one word.
    pytest.param(
        f"Geschrieben von Cooper am 25.08.2015 22:30\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Cooper"], "published": "2015-08-25T22:30"},
        id="user-name-after-two-word-phrase",
    ),
    pytest.param(
        f"By\nAnna Berg\nStaff Writer\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Anna Berg"]},
        id="split-byline-then-role-line",
    ),
    pytest.param(
        f"By Anna Berg\nLive Science Contributor\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Anna Berg"]},
        id="byline-then-role-line",
    ),
]

KEPT = [
    pytest.param(
        f"Von:\nMax Muster und Anna Berg berichten aus Kiew.\n{P_DE}",
        id="split-word-then-sentence",
    ),
    pytest.param(f"By\nthe river\n{P_EN}", id="split-word-then-lower-case"),
    pytest.param(f"By Cooper\n{P_EN}", id="one-word-after-by"),
    pytest.param(f"By Anna Berg | Page 12\n{P_EN}", id="segment-neither-date-nor-role"),
    pytest.param(f"By Course/Meal:\n{P_EN}", id="slash-between-menu-words"),
    pytest.param(f"By U.S. standards, the rise was small.\n{P_EN}", id="initials-in-a-sentence"),
    pytest.param(f"By Jane Doe (left) and the mayor\n{P_EN}", id="caption-with-brackets"),
    pytest.param(f"Interview\nKosmetik\nMode\n{P_DE}", id="label-then-menu-word"),
    pytest.param(f"By\nMonday\n{P_EN}", id="split-by-weekday"),
    pytest.param(f"Posted by Monday\n{P_EN}", id="weekday-after-posted-by"),
    pytest.param(f"Posted by admin\n{P_EN}", id="lower-case-user-after-posted-by"),
    pytest.param(
        f"Staff Writer\nThe reporter who wrote the story left the paper in 2019.\n{P_EN}",
        id="role-line-without-byline",
    ),
    pytest.param(
        f"By the end of the year, prices had doubled.\n{P_EN}", id="by-the-end-of-the-year"
    ),
    pytest.param(f"By Monday, the rebels had taken the airport.\n{P_EN}", id="by-monday"),
    pytest.param(
        f"By Sunday evening, most polling stations had closed.\n{P_EN}", id="by-sunday-evening"
    ),
    pytest.param(f"By AP count, at least 40 people died.\n{P_EN}", id="by-ap-count"),
    pytest.param(f"Author Salman Rushdie Speaks Out\n{P_EN}", id="label-word-headline"),
    pytest.param(f"Text Messages Reveal Plot to Delay Vote\n{P_EN}", id="text-headline"),
    pytest.param(f"Von Montag an gelten neue Regeln.\n{P_DE}", id="de-von-montag"),
    pytest.param(f"Par ailleurs, le gouvernement a annoncé un plan.\n{P_FR}", id="fr-par-ailleurs"),
    pytest.param(f"Por primera vez, el Congreso votó en contra.\n{P_ES}", id="es-por-primera-vez"),
    pytest.param(f"Di Maio e Salvini\n{P_IT}", id="it-di-surnames"),
    pytest.param(f"De Klerk and Mandela\n{P_EN}", id="de-surname"),
    pytest.param(
        f"{P_EN}\n{P_EN}\n{P_EN}\nBy Mari Yamaguchi\n{P_EN}\n{P_EN}\n{P_EN}\n{P_EN}",
        id="middle-of-body",
    ),
    pytest.param(f"{P_DE}\nVon Anfang an Pläne\n{P_DE}", id="de-von-after-standfirst"),
    pytest.param(
        f"Eine Kolumne von Heinrich Heine aus dem Jahr 1840 wurde wiederentdeckt.\n{P_DE}",
        id="de-column-by-in-sentence",
    ),
    pytest.param(f"Words Matter More Than Ever\n{P_EN}", id="words-headline"),
    pytest.param(
        f"Erstellt von der Stadt Hamburg und ihren Bezirken im Jahr 2019.\n{P_DE}",
        id="de-erstellt-von-in-sentence",
    ),
    pytest.param(f"Fotos: Helmut Elster\n{P_DE}", id="photo-credit-alone"),
    pytest.param(
        f"{P_DE}\n" * 3 + "Von Anna Schmidt\n" + f"{P_DE}\n" * 6 + P_DE,
        id="unlabelled-above-tail",
    ),
    pytest.param(
        f"{P_DE}\n" * 3 + "Text: Anna Schmidt\n" + f"{P_DE}\n" * 50 + P_DE,
        id="labelled-above-wide-tail",
    ),
    pytest.param(
        f"{P_DE}\n" * 3 + "Autorin: Anna Schmidt hat das Projekt 2019 gegründet.\n"
        + f"{P_DE}\n" * 20 + P_DE,
        id="labelled-sentence-above-tail",
    ),
    pytest.param(
        "11.12.2019 - Neue Regeln\nDie neue Regel gilt ab Januar für alle Mieter der Stadt.",
        id="date-then-capitalised-words-in-lower-case-below",
    ),
    pytest.param(f"Von Anna Berg am Montag erzählt\n{P_DE}", id="de-von-name-am-weekday-sentence"),
    pytest.param(
        f"{P_DE}\n" * 4 + f"11.12.2019 - Anna Berg\n{P_DE}\n" * 2, id="dated-name-in-body"
    ),
    pytest.param(f"{P_DE}\nSOCIAL MEDIA SEITEN", id="last-line-in-capitals"),
    pytest.param(f"{P_EN}\nPoetic. Justice.", id="last-line-with-full-stops"),
    pytest.param(f"{P_DE}\nDie Neue Regel", id="last-line-words-in-lower-case-above"),
    pytest.param(f"{P_DE}\nAnna Berg\nTom Roost", id="last-lines-a-list-of-names"),
    pytest.param(f"{P_DE}\nBlessing, 816 Seiten\nMarina Mucha", id="last-line-after-a-note"),
    pytest.param(f"{P_EN}\nTerms of Service\nPrivacy Notice", id="last-line-footer-links"),
    pytest.param(f"{P_EN}\nPrivacy Policy", id="last-line-chrome-words"),
    pytest.param(f"{P_EN}\nPamela Wilsonbigbrandsystem", id="last-line-glued-words"),
    pytest.param(f"{P_DE}\nPressestelle Der Stadt Hamburg Nord", id="last-line-five-words"),
    pytest.param("Stefan Wasmer", id="name-alone-is-the-whole-text"),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_a_signature_only_without_a_byline() -> None:
    text = f"Von Anna Berg\n{P_DE}\n{P_DE}\nStefan Wasmer"
    assert_removed(
        STEP, text, f"{P_DE}\n{P_DE}\nStefan Wasmer", {(N, "byline")}, {"authors": ["Anna Berg"]}
    )
    assert_kept(Byline(signature=False), f"{P_DE}\n{P_DE}\nStefan Wasmer")


def test_input_authors_are_not_extended() -> None:
    assert_removed(STEP, f"By Anna Lee\n{P_EN}", P_EN, {(N, "byline")}, {}, authors=["A. Lee"])


def test_found_authors_extend_earlier_ones_without_repeats() -> None:
    from cleaner import Document

    doc = Document.from_text(f"By Anna Lee and Tom Hogue\n{P_EN}").with_metadata(
        authors=["Anna Lee"]
    )
    assert STEP(doc).metadata["authors"] == ("Anna Lee", "Tom Hogue")


@pytest.mark.parametrize(("head", "tail"), [(-1, 3), (12, -2)])
def test_invalid_configuration(head: int, tail: int) -> None:
    with pytest.raises(ValueError, match="byline"):
        Byline(max_lines=head, tail_lines=tail)


@pytest.mark.parametrize(
    ("last", "author"),
    [
        ("Euer HansEhrlich", "HansEhrlich"),
        ("Liebe Grüße, Sarah", "Sarah"),
        ("Viele Grüße Heiko", "Heiko"),
        ("Gruß Heiko", "Heiko"),
        ("Cheers, Tom Hale", "Tom Hale"),
    ],
)
def test_a_sign_off_names_the_author_and_stays(last: str, author: str) -> None:
    text = f"{P_DE}\nViel Glück!\n{last}"
    assert_removed(STEP, text, text, set(), {"authors": [author]})


@pytest.mark.parametrize(
    "last", ["Danke fürs Lesen", "Liebe Grüße", "Ihre Meinung zählt", "Viele Grüße, Ihr Team"]
)
def test_a_closing_line_without_a_name_names_no_one(last: str) -> None:
    assert_kept(STEP, f"{P_DE}\nViel Glück!\n{last}")


def test_a_sign_off_after_no_sentence_names_no_one() -> None:
    assert_kept(STEP, f"{P_DE}\nKategorien\nEuer HansEhrlich")


# A name and a writer's title, no byline word, in the page head.
REMOVED += [
    pytest.param(
        f"Esper accuses China of intimidation\nRobert Burns, Ap National Security Writer\n{P_EN}",
        f"Esper accuses China of intimidation\n{P_EN}",
        {(N, "byline")},
        {"authors": ["Robert Burns"], "agencies": ["Associated Press"]},
        id="name-and-agency-title",
    ),
    pytest.param(
        f"Caroline Hawley, BBC diplomatic correspondent\n{P_EN}",
        P_EN,
        {(N, "byline")},
        {"authors": ["Caroline Hawley"]},
        id="name-and-title",
    ),
    pytest.param(
        f"Katrin Oberhauser, Leitende Redakteurin\n{P_DE}",
        P_DE,
        {(N, "byline")},
        {"authors": ["Katrin Oberhauser"]},
        id="de-name-and-title",
    ),
]

KEPT += [
    pytest.param(f"Michael Conroy, AP\n{P_EN}", id="photo-credit-name-and-agency"),
    pytest.param(f"Jane Doe, Staff Photographer\n{P_EN}", id="photographer-credits-a-picture"),
    pytest.param(f"Jill Binder, speaking at a WordCamp\n{P_EN}", id="caption-name-and-clause"),
    pytest.param(f"Dow Jones, a News Corp company\n{P_EN}", id="company-and-owner"),
    pytest.param(
        f"{P_EN}\n{P_EN}\n{P_EN}\nAnna Lee, senior correspondent\n{P_EN}\n{P_EN}",
        id="name-and-title-in-the-body",
    ),
]
