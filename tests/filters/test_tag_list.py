"""tag_list: a taxonomy label, a colon, and a list of short items."""

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

from cleaner.filters.tag_list import TagList

N = TagList.name
R = {(N, "tag_list")}
STEP = TagList()



def _tail(line: str, first: str = A) -> pytest.param:
    return pytest.param(f"{first}\n{line}", first, R, {}, id=line[:40])


REMOVED = [
    _tail("Tags: Flooding, Rotterdam, City Council"),
    _tail("Filed under: Politics |"),
    _tail("Topics: Housing | Climate change | Local elections"),
    _tail("Tagged with: #flood #barrier #harbour"),
    _tail("Posted in: News, Local"),
    _tail("Tags:"),
    _tail("Kategorien", A_DE),
    _tail("Temas", A_ES),
    pytest.param(f"{A}\nTags\nTopics", A, R, {}, id="labels-alone-at-the-end"),
    _tail("Themen: Bundestag, Haushalt, Schuldenbremse", A_DE),
    _tail("Schlagwörter: Hochwasser · Rhein · Bauamt.", A_DE),
    # WordPress's "Filed under" and "Tagged with", as its German theme translations print them.
    _tail("Abgelegt unter: Lesenswert, Literatur | Verschlagwortet mit: iPad, Typografie", A_DE),
    _tail("Classé dans : Politique, Retraites", A_FR),
    _tail("Mots-clés : Sénat, Retraites, Budget 2024", A_FR),
    _tail("Etiquetas: Vivienda, Alquiler, Madrid", A_ES),
    _tail("Argomenti: Governo Meloni, Pensioni", A_IT),
    _tail("Palavras-chave: Eleições 2024; Lula; Congresso", A_PT),
    _tail("Trefwoorden: Rotterdam, Waterschap", A_NL),
    _tail("Tagi: Sejm, Wybory 2023, Rada Miasta", A_PL),
    pytest.param(f"Category: World\n{A}", A, R, {}, id="category-on-top"),
    # A label alone, the list under it, among the last lines.
    pytest.param(
        f"{A_PT}\nTags\ncalendario stock car 2018, stock car brasil, stock car santa cruz do sul, "
        "stock car interlagos\nATENÇÃO: Comentários ofensivos não serão aprovados.",
        f"{A_PT}\nATENÇÃO: Comentários ofensivos não serão aprovados.",
        R,
        {},
        id="label-alone-then-comma-list",
    ),
    pytest.param(
        f"{A_DE}\nSchlagwörter\nHochwasser, Rhein, Bauamt\nKategorien",
        A_DE,
        R,
        {},
        id="label-list-then-closing-label",
    ),
    pytest.param(
        f"{A_DE}\nKategorien\nThemen: Bundestag, Haushalt", A_DE, R, {}, id="label-above-tag-line"
    ),
]

KEPT = [
    pytest.param(f"{A_DE}\nThemen\n{A_DE}", id="label-alone-with-text-under-it"),
    pytest.param(
        f"{A}\nTopics: the council discussed flooding and the budget.", id="topics-sentence"
    ),
    pytest.param(
        f"{A}\nTopics: housing, schools and transport were all discussed at length.",
        id="topics-sentence-with-commas",
    ),
    pytest.param(f"{A}\nTopic: why the council keeps voting no", id="topic-long-item"),
    pytest.param(f"{A}\nSection 2: What the new law says about rents", id="section-heading"),
    pytest.param(
        f"{A}\nTags are being fitted to every tree in the park, the city said.", id="tags-sentence"
    ),
    pytest.param(
        f"{A_DE}\nThemen: Die Regierung will sparen, sagt der Finanzminister.",
        id="de-themen-sentence",
    ),
    pytest.param(
        f"{A_FR}\nSujets : le budget, la sécurité et les transports ont dominé la séance.",
        id="fr-sujets-sentence",
    ),
    pytest.param(
        f"{A_ES}\nTemas: la vivienda y el empleo preocupan a los vecinos, según la encuesta.",
        id="es-temas-sentence",
    ),
    pytest.param(
        f"{A}\nTags\nRed, green and blue tags mark the trees.\nThe city planted 300 of them.",
        id="label-then-sentence-with-commas",
    ),
    pytest.param(
        f"{A}\nTopics\nhousing, schools, transport\n{A}\n{A}\n{A}",
        id="label-and-list-above-the-last-lines",
    ),
    pytest.param(f"{A}\nTags\nhousing, schools\n{A}", id="label-then-two-items"),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_max_words_is_configurable() -> None:
    text = f"{A}\nTags: Flooding, Rotterdam City Council"
    assert_removed(STEP, text, A, R, {})
    assert_kept(TagList(max_words=2), text)


@pytest.mark.parametrize("max_words", [0, -1])
def test_invalid_configuration(max_words: int) -> None:
    with pytest.raises(ValueError, match="tag_list"):
        TagList(max_words=max_words)
    with pytest.raises(ValueError, match="tag_list"):
        TagList(tail_lines=-1)
