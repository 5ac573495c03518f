"""read_more: inline "READ MORE: <headline>" inserts and bare "Read more" labels."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.read_more import ReadMore

N = ReadMore.name
STEP = ReadMore()

A = "The central bank raised rates again on Thursday, its fourth increase this year."
B = "Economists had expected the move, citing stubborn inflation in services."


def _insert(line: str, first: str = A, second: str = B) -> pytest.param:
    return pytest.param(
        f"{first}\n{line}\n{second}", f"{first}\n{second}", {(N, "read_more")}, {}, id=line
    )


REMOVED = [
    _insert("READ MORE: Markets slide as inflation fears grow"),
    _insert("Read more: Why the Fed keeps raising rates"),
    _insert("Also read | India's monsoon arrives early"),
    _insert("WATCH: Firefighters battle blaze in California"),
    _insert("» Related: Oil prices climb as supply fears grow"),
    _insert("Read more"),
    _insert(">> Wegen Corona: Kult-Lokal auf Mallorca muss schließen <<"),
    _insert(">>> Jetzt die aktuelle Ausgabe bestellen! <<<"),
    _insert(
        "Lesen Sie auch: Die Inflation sinkt weiter",
        "Die Zentralbank hob die Zinsen an.",
        "Das war erwartet.",
    ),
    _insert(
        "(Leggi anche su: I Cavalieri dello Zodiaco, ecco gli attori del film)",
        "La banca ha alzato i tassi.",
        "Era previsto.",
    ),
    _insert(
        "Lire aussi : Le Sénat adopte la réforme des retraites",
        "La banque a relevé ses taux.",
        "C'était prévu.",
    ),
    _insert(
        "Lee también: El Gobierno aprueba la ley de vivienda",
        "El banco subió los tipos.",
        "Era lo esperado.",
    ),
    _insert(
        "Leia também: Inflação desacelera em junho", "O banco subiu os juros.", "Era esperado."
    ),
    _insert("Читайте также: ЦБ повысил ключевую ставку", "Банк повысил ставку.", "Это ожидалось."),
    # Bracketed inserts and the newer prompt phrases.
    _insert("[Related: Oil prices climb as supply fears grow]"),
    _insert("(Read more: Why the Fed keeps raising rates)"),
    _insert("Read next: Pension funds brace for a long winter"),
    _insert(
        "Lea más: El Gobierno aprueba la ley de vivienda",
        "El banco subió los tipos.",
        "Era lo esperado.",
    ),
    _insert(
        "Te puede interesar: Sánchez convoca elecciones anticipadas",
        "El banco subió los tipos.",
        "Era lo esperado.",
    ),
    _insert("Saiba mais: Inflação desacelera em junho", "O banco subiu os juros.", "Era esperado."),
    _insert(
        "Czytaj także: Sejm przyjął ustawę o mieszkaniach",
        "Bank podniósł stopy.",
        "To było oczekiwane.",
    ),
    _insert(
        "Baca juga: Banjir rendam ribuan rumah di Jakarta",
        "Bank menaikkan suku bunga.",
        "Itu sudah diduga.",
    ),
]


def _link(line: str, reason: str, first: str = A, second: str = B) -> pytest.param:
    return pytest.param(
        f"{first}\n{line}\n{second}", f"{first}\n{second}", {(N, reason)}, {}, id=line
    )


REMOVED += [
    _link("Click here to get the app", "click_here"),
    _link("» Click here for the full schedule of rate decisions", "click_here"),
    _link("To see the full list of winners, click here.", "click_here"),
    _link("Tap here to listen to the podcast", "click_here"),
    _link(
        "Hier klicken, um das Video zu sehen",
        "click_here",
        "Die Bank hob die Zinsen an.",
        "Das war erwartet.",
    ),
    _link(
        "Pour voir la vidéo, cliquez ici.",
        "click_here",
        "La banque a relevé ses taux.",
        "C'était prévu.",
    ),
    _link(
        "Kliknij tutaj, aby zobaczyć galerię",
        "click_here",
        "Bank podniósł stopy.",
        "To było oczekiwane.",
    ),
    _link("Listen: https://po.st/rates-podcast-ep12", "bare_link"),
    _link("Download: https://example.com/reports/rates-2024.pdf", "bare_link"),
    _link("https://static6.example.de/image/5dd3a081-500-250/rates.jpg", "bare_link"),
    _link("//cdn.example.com/photos/bank.PNG?w=640", "bare_link"),
    _link(
        "Escuche: https://example.es/podcast/tipos",
        "bare_link",
        "El banco subió los tipos.",
        "Era lo esperado.",
    ),
    # A teaser cut off with its link to the rest (a teaser list's, a gallery caption's).
    _link(
        "Innovation ist natürlich wichtig, auch in Sachen Speis und... mehr",
        "teaser",
        "Die Bank hob die Zinsen an.",
        "Das war erwartet worden.",
    ),
    _link("The minister and his counterpart shake hands in Hanoi on Wednesday ... more", "teaser"),
    _link("Le gouvernement a présenté jeudi son budget pour 2024 […] Lire la suite »", "teaser"),
]

KEPT = [
    pytest.param(f"{A}\nShe wanted… more.\n{B}", id="ellipsis-more-in-a-sentence"),
    pytest.param(f"{A}\nThe fund wants more\n{B}", id="more-without-ellipsis"),
    pytest.param(f"{A}\nAnd then... more?\n{B}", id="ellipsis-more-as-a-question"),
    pytest.param(f"{A}\nRead more about this in our guide.\n{B}", id="read-more-about-sentence"),
    pytest.param(f"{A}\nhttps://example.com/reports/rates-2024\n{B}", id="a-source-link"),
    pytest.param(f"{A}\n>> 5 and 3 << 2 in the old notation\n{B}", id="arrows-not-around"),
    pytest.param(f"{A}\n>> quoted reply from the mailing list\n{B}", id="quoted-reply"),
    pytest.param(
        f"{A}\nThe chart at https://example.com/rates.png shows it.\n{B}", id="image-link-in-text"
    ),
    pytest.param(
        f"{A}\nMore than 200 people were evacuated on Monday, officials said.\n{B}", id="more-than"
    ),
    pytest.param(
        f"{A}\nMore - much more - needs to be done to protect the coast, the mayor said.\n{B}",
        id="more-dash-sentence",
    ),
    pytest.param(f"{A}\nReading the statement aloud, she paused twice.\n{B}", id="reading"),
    pytest.param(
        f"{A}\nRelated: a 2019 study found similar effects in mice, the authors noted in a paper "
        "that "
        f"was published in Nature and later replicated by two other teams in Europe and Asia.\n{B}",
        id="long-related-sentence",
    ),
    pytest.param(
        f"{A}\nWatch the video to see how the bridge collapsed.\n{B}", id="watch-sentence"
    ),
    pytest.param(
        "Die Zentralbank hob die Zinsen an.\nMehr dazu sagte der Präsident nicht.",
        id="de-mehr-dazu",
    ),
    pytest.param(
        "La banque a relevé ses taux.\nVoir aussi le rapport annuel publié en mai.",
        id="fr-voir-aussi",
    ),
    pytest.param(
        f"{A}\nListen: the recording was released by the court on Friday.\n{B}",
        id="listen-colon-lowercase",
    ),
    pytest.param(
        f"{A}\nUsers who click here are taken to a fake bank website, police said.\n{B}",
        id="click-here-inside-sentence",
    ),
    pytest.param(
        f"{A}\nClicking here and there, the hackers found a weak spot in the system.\n{B}",
        id="clicking-here-and-there",
    ),
    pytest.param(
        f'{A}\n"Click here to claim your refund," the fake message read.\n{B}',
        id="quoted-click-here",
    ),
    pytest.param(
        f"{A}\nThe text message said: click here to claim your refund.\n{B}",
        id="click-here-after-colon",
    ),
    pytest.param(
        "Die Bank hob die Zinsen an.\nDer Link, auf den man hier klicken soll, führt zu einer "
        "gefälschten Seite.",
        id="de-hier-klicken-inside",
    ),
    pytest.param(
        f"{A}\nThe website, www.example.com, was taken down on Friday.\n{B}", id="link-in-sentence"
    ),
    pytest.param(
        f"{A}\nhttps://example.com/news/2024/03/rates-decision\n{B}", id="plain-url-a-source"
    ),
    pytest.param(
        f"{A}\nVisit https://example.com/rates for the full statement, the bank said.\n{B}",
        id="link-with-prose",
    ),
    pytest.param(
        f"{A}\n[Related research shows that rate rises take a year to bite]\n{B}",
        id="bracketed-related-no-separator",
    ),
    pytest.param(
        f"{A}\n(Related: a 2019 study found similar effects in Canada.)\n{B}",
        id="bracketed-related-lowercase",
    ),
    pytest.param(
        "El banco subió los tipos.\nLea más despacio: el contrato tiene letra pequeña, advierte la "
        "OCU en su informe anual sobre hipotecas, publicado el martes en Madrid.",
        id="es-lea-mas-despacio",
    ),
    pytest.param(
        "O banco subiu os juros.\nSaiba mais: o Copom volta a se reunir em setembro.",
        id="pt-saiba-mais-lowercase",
    ),
]


# Spanish and German prompts; a speaker's answer in an interview is not a link.
REMOVED += [
    _insert(
        "Lea: Consejo de Ministros aprueba la reforma de las pensiones",
        "El banco central subió los tipos.",
        "Era lo esperado.",
    ),
    _insert(
        "PUEDES VER: ¿Qué es la inflación y cómo te afecta?",
        "El banco central subió los tipos.",
        "Era lo esperado.",
    ),
    _insert(
        "MIRA: Incendio consume tres viviendas en la zona 18",
        "El banco central subió los tipos.",
        "Era lo esperado.",
    ),
    _insert(
        "Auch lesen: Diese drei Sternzeichen sind besonders treu",
        "Die Zentralbank hob die Zinsen an.",
        "Das war erwartet.",
    ),
]

KEPT += [
    pytest.param(
        "Die Zentralbank hob die Zinsen an.\nMira: Ich war damals zwölf Jahre alt.\n"
        "Das war erwartet.",
        id="interview-speaker-answer",
    ),
    pytest.param(
        "El banco central subió los tipos.\nLea: Sí, claro.\nEra lo esperado.",
        id="es-interview-speaker-answer",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_max_tokens_is_configurable() -> None:
    text = f"{A}\nREAD MORE: Markets slide as inflation fears grow\n{B}"
    assert_kept(ReadMore(max_tokens=3), text)


@pytest.mark.parametrize("max_tokens", [0, -1])
def test_invalid_configuration(max_tokens: int) -> None:
    with pytest.raises(ValueError, match="read_more"):
        ReadMore(max_tokens=max_tokens)


@pytest.mark.parametrize(
    "line",
    [
        "https://www.example.com/news/rates-123.php",
        "http://example.com/news/rates-123.php/",
        "//www.example.com/news/rates-123.php",
    ],
)
def test_the_page_s_own_link_goes(line: str) -> None:
    assert_removed(
        STEP, f"{A}\n{line}\n{B}", f"{A}\n{B}", {(N, "bare_link")}, {},
        url="https://example.com/news/rates-123.php",
    )


@pytest.mark.parametrize(
    ("line", "url"),
    [
        pytest.param(
            "https://example.com/news/other-story", "https://example.com/news/rates", id="other"
        ),
        pytest.param("https://example.com/news/rates-123.php", None, id="no-url-given"),
    ],
)
def test_other_links_stay(line: str, url: str | None) -> None:
    assert_kept(STEP, f"{A}\n{line}\n{B}", **({"url": url} if url else {}))
