"""Helpers for the per-filter REMOVED / KEPT tables.

A REMOVED row is ``(text, body, removed, metadata)``: the filter, run alone on
``Document.from_text(text)``, leaves the surviving lines ``body`` (lines joined by ``\\n``),
logs exactly the ``(filter, reason)`` pairs in ``removed`` and ends with exactly the
metadata ``metadata``.  A KEPT row is text that looks like junk but is article body: the
filter must give it back unchanged.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from itertools import pairwise
from typing import Any

from cleaner import Document

Step = Callable[[Document], Document]

# Article paragraphs the tables put junk around (synthetic news text, several languages).
P_EN = (
    "Russia and China have commenced joint military exercises in the Sea of Japan, the ministry "
    "said."
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
P_JA = "岸田文雄首相は20日、防衛費を大幅に増額する方針を表明し、国会で与野党の議論が始まった。"

# A closing paragraph per language (the council story), for the filters that look at a
# page's last lines.
CLOSING_EN = "The council will vote again in March, a spokesperson for the city said on Monday."
CLOSING_DE = (
    "Der Stadtrat will im März erneut über den Bebauungsplan abstimmen, sagte ein Sprecher."
)
CLOSING_FR = "Le conseil municipal votera de nouveau en mars, a indiqué lundi une porte-parole."
CLOSING_ES = (
    "El pleno municipal votará de nuevo en marzo, informó el lunes una portavoz del ayuntamiento."
)
CLOSING_IT = "Il consiglio comunale voterà di nuovo a marzo, ha detto lunedì una portavoce."
CLOSING_PT = "A câmara municipal vai votar de novo em março, disse uma porta-voz na segunda-feira."
CLOSING_NL = "De gemeenteraad stemt in maart opnieuw over het plan, zei een woordvoerder maandag."
CLOSING_PL = (
    "Rada miasta ponownie zagłosuje nad planem w marcu, poinformowała w poniedziałek rzeczniczka."
)


def plain(metadata: Mapping[str, Any]) -> dict[str, Any]:
    """Metadata as plain Python values (tuples back to lists), for comparing with tables."""
    return {k: list(v) if isinstance(v, tuple) else v for k, v in metadata.items()}


def check_slices(before: Document, after: Document) -> None:
    """Survivors are slices of the source, removals are exact, nothing overlaps or vanishes."""
    assert after.source == before.source
    for start, end in after.spans:
        assert 0 <= start < end <= len(after.source)
    for removal in after.removals:
        assert removal.text == after.source[removal.start : removal.end]
    intervals = sorted([*after.spans, *((r.start, r.end) for r in after.removals)])
    for (_, end), (start, _) in pairwise(intervals):
        assert end <= start, "a survivor and a removal overlap"
    covered = sum(end - start for start, end in intervals)
    assert covered == sum(end - start for start, end in before.spans), "text vanished unlogged"


def assert_removed(
    step: Step,
    text: str,
    body: str,
    removed: set[tuple[str, str]],
    metadata: Mapping[str, Any],
    **given: Any,
) -> Document:
    """Run ``step`` alone and check one REMOVED row; returns the output for extra checks."""
    doc = Document.from_text(text, **given)
    out = step(doc)
    assert "\n".join(out.lines) == body
    assert {(r.by, r.reason) for r in out.removals} == removed
    assert plain(out.metadata) == {**plain(doc.metadata), **metadata}
    check_slices(doc, out)
    return out


def assert_kept(step: Step, text: str, **given: Any) -> None:
    """Run ``step`` alone on article text: nothing removed, nothing added."""
    doc = Document.from_text(text, **given)
    out = step(doc)
    assert out.body == doc.body
    assert out.removals == ()
    assert out.metadata == doc.metadata
