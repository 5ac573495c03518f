#!/usr/bin/env python3
"""Site profiles on a synthetic multi-site corpus: which lines go, with and without a profile.

    python bench/site_profile.py [--pages 40] [--seed 6] [-j 2] [--keep DIR]

A seeded generator writes six sites (English, German, French, Spanish; one English site
has only 6 pages) as ``.txt`` files, one folder per site named by its host, and the same
pages as JSON Lines with ``url`` fields in two orders.  Every page is a site template
(masthead, navigation rows, "follow us" and share rows, a standing disclaimer paragraph,
a newsletter box, a teaser block whose items rotate between pages, a footer, a copyright
line with a varying year) around a distinct article generated from a small grammar per
language.  Some article lines recur legitimately: a paragraph shared by two follow-up
stories, subheadings such as "What happens next" on about one page in eight.

Every line is labelled ``template``, ``article`` or ``meta`` (headline, byline, date line:
metadata the pipeline moves out of the body; not scored).  ``clean-news learn`` builds a
profile, ``clean-news`` cleans the folders with and without ``--profile``, and each input
line counts as removed or kept (the records' bodies and ``removed`` lists, both in
document order, are aligned with the input lines).  A removed template line is a true
positive, a removed article line a false positive, a kept template line a false negative.
The reference is the same pipeline without a profile, in the same run; ``R/ref`` is the
recall over the reference's recall.

It prints one table: per site and overall with the default thresholds, then overall for
other ``--min-docs``/``--min-share`` values (and a lower ``strong_share``, via --config),
then checks that the profile file is byte-identical for ``-j 1`` and ``-j 2``, for the two
JSON Lines orders, and for ``--site-from dir`` vs ``auto``.  Benchmarks are not tests: run
by hand, outside pytest.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

Line = tuple[str, str]  # (text, label)

# -- article grammar, one per language ----------------------------------------------------
def _items(text: str) -> list[str]:
    return [item.strip() for item in text.split(" | ")]


# Subjects are singular (``subj``) or plural (``subj_pl``), for the auxiliary's agreement.
GRAMMAR: dict[str, dict[str, Any]] = {
    "en": {
        "subj": _items(
            "The city council | The regional health authority | A spokeswoman for the ministry | "
            "The transport union | The opposition leader | The fire service | The school board | "
            "The port authority | The mayor"),
        "subj_pl": _items(
            "Local officials | Residents of the northern district | "
            "Researchers at the university | Shop owners in the old town | "
            "Farmers in the valley | Environmental groups | Two independent councillors"),
        "aux": ["", ""],
        "verb": _items(
            "approved | criticised | announced | postponed | questioned | welcomed | rejected | "
            "reviewed | defended | proposed | backed | challenged"),
        "obj": _items(
            "a plan to expand the tram network | the new budget for road repairs | "
            "a ban on night flights | the closure of two rural clinics | "
            "higher fees for parking permits | a study on pollution in the river | "
            "the renovation of the central library | a pilot scheme for free school meals | "
            "new rules for short-term holiday lets | a second bridge across the estuary | "
            "cuts to the evening bus service | a wind farm off the northern coast | "
            "the sale of the old hospital site | a curfew for the harbour bars | "
            "longer opening hours for the swimming pool | a levy on cruise ship passengers"),
        "tail": _items(
            "on Tuesday | after a long debate | despite strong objections | "
            "in a statement released late on Friday | during a packed public meeting | "
            "for the second time this year | ahead of the winter season | citing rising costs | "
            "without giving a reason | by a narrow margin | at the request of local businesses | "
            "following months of talks"),
        "num": _items(
            "About {n} people attended the meeting, according to the organisers. | "
            "The work is expected to cost {n} million euros and to take {m} months. | "
            "Last year the office recorded {n} complaints, up from {m} the year before. | "
            "The vote is expected on {day}, when {m} members of the council will be present. | "
            "A petition against the plan has gathered {n} signatures since {day}."),
        "quote": _items(
            "We cannot wait another year for this | Nobody asked the people who live here | "
            "The numbers simply do not add up | This is a good day for the whole region | "
            "We will look at every option before we decide | It is far too early to say | "
            "Our members are ready to talk, but not at any price | "
            "The decision will cost jobs in the harbour | We have listened and we have acted | "
            "This was never about money | People deserve clear answers | "
            "The timetable is ambitious but realistic"),
        "said": '"{q}," {name} said.',
        "by": "By {name}",
        "date": "Published {d} {month} {y}, {h}:{mi}",
        "days": _items(
            "Monday | Tuesday | Wednesday | Thursday | Friday"),
        "first": _items(
            "Anna | Mark | Priya | Tom | Grace | Oliver | Fiona | Daniel | Ruth | Sam"),
        "last": _items(
            "Hughes | Patel | O'Brien | Fletcher | Morgan | Walsh | Kerr | Bishop | Lowe"),
        "months": _items(
            "January | February | March | April | May | June | July | August | September | "
            "October | November | December"),
        "subheads": _items(
            "What happens next | Background | Reaction from the opposition"),
    },
    "de": {
        "subj": _items(
            "Der Stadtrat | Die Landesregierung | Ein Sprecher des Ministeriums | "
            "Die Verkehrsgewerkschaft | Die Opposition | Der Bürgermeister | Die Feuerwehr | "
            "Der Elternbeirat | Die Hafenbehörde | Die Handelskammer"),
        "subj_pl": _items(
            "Anwohner im Nordviertel | Forscher der Universität | Landwirte aus dem Tal | "
            "Umweltverbände | Zwei fraktionslose Stadträte | Händler in der Altstadt"),
        "aux": ["hat", "haben"],
        "verb": _items(
            "beschlossen | kritisiert | angekündigt | verschoben | begrüßt | abgelehnt | "
            "geprüft | verteidigt | vorgeschlagen | infrage gestellt | unterstützt | angefochten"),
        "obj": _items(
            "einen Plan zum Ausbau des Straßenbahnnetzes | "
            "den neuen Haushalt für Straßenreparaturen | ein Nachtflugverbot | "
            "die Schließung zweier Kliniken auf dem Land | "
            "höhere Gebühren für Anwohnerparkausweise | "
            "eine Studie zur Verschmutzung des Flusses | die Sanierung der Stadtbibliothek | "
            "ein Pilotprojekt für kostenloses Schulessen | neue Regeln für Ferienwohnungen | "
            "eine zweite Brücke über den Rhein | Kürzungen beim Abendbusverkehr | "
            "einen Windpark auf den Höhen | den Verkauf des alten Krankenhausgeländes | "
            "eine Sperrstunde für die Hafenkneipen | längere Öffnungszeiten des Hallenbads | "
            "eine Abgabe für Kreuzfahrtgäste"),
        "tail": _items(
            "am Dienstag | nach einer langen Debatte | trotz heftiger Einwände | "
            "in einer am Freitagabend veröffentlichten Erklärung | "
            "auf einer gut besuchten Bürgerversammlung | zum zweiten Mal in diesem Jahr | "
            "noch vor dem Winter | unter Verweis auf steigende Kosten | ohne Begründung | "
            "mit knapper Mehrheit | auf Wunsch der örtlichen Betriebe | "
            "nach monatelangen Gesprächen"),
        "num": _items(
            "Nach Angaben der Veranstalter kamen rund {n} Menschen zu der Versammlung. | "
            "Die Arbeiten sollen {n} Millionen Euro kosten und {m} Monate dauern. | "
            "Im vergangenen Jahr gingen {n} Beschwerden ein, nach {m} im Jahr davor. | "
            "Die Abstimmung ist für {day} geplant, {m} Ratsmitglieder haben sich angemeldet. | "
            "Eine Petition gegen den Plan hat seit {day} {n} Unterschriften gesammelt."),
        "quote": _items(
            "Wir können nicht noch ein Jahr warten | Niemand hat die Menschen hier gefragt | "
            "Die Zahlen gehen einfach nicht auf | Das ist ein guter Tag für die ganze Region | "
            "Wir prüfen jede Möglichkeit, bevor wir entscheiden | Dafür ist es viel zu früh | "
            "Wir sind gesprächsbereit, aber nicht um jeden Preis | "
            "Die Entscheidung kostet Arbeitsplätze im Hafen | Wir haben zugehört und gehandelt | "
            "Es ging nie ums Geld | Die Menschen verdienen klare Antworten | "
            "Der Zeitplan ist ehrgeizig, aber machbar"),
        "said": "„{q}“, sagte {name}.",
        "by": "Von {name}",
        "date": "Veröffentlicht am {d}. {month} {y}, {h}:{mi} Uhr",
        "days": _items(
            "Montag | Dienstag | Mittwoch | Donnerstag | Freitag"),
        "first": _items(
            "Anna | Jonas | Miriam | Lukas | Sabine | Felix | Katrin | Tobias | Petra"),
        "last": _items(
            "Keller | Schmitt | Wagner | Becker | Hoffmann | Krämer | Vogel | Lang"),
        "months": _items(
            "Januar | Februar | März | April | Mai | Juni | Juli | August | September | "
            "Oktober | November | Dezember"),
        "subheads": _items(
            "Wie es weitergeht | Hintergrund | Kritik aus der Opposition"),
    },
    "fr": {
        "subj": _items(
            "Le conseil municipal | L'agence régionale de santé | "
            "Une porte-parole du ministère | Le syndicat des transports | "
            "Le chef de l'opposition | Le maire | La préfecture | La chambre de commerce"),
        "subj_pl": _items(
            "Les autorités locales | Les habitants du quartier nord | "
            "Des chercheurs de l'université | Les commerçants du centre-ville | Les pompiers | "
            "Les agriculteurs de la vallée | Des associations écologistes | "
            "Deux élus indépendants"),
        "aux": ["a", "ont"],
        "verb": _items(
            "approuvé | critiqué | annoncé | reporté | remis en question | salué | rejeté | "
            "examiné | défendu | proposé | soutenu | contesté"),
        "obj": _items(
            "un projet d'extension du réseau de tramway | "
            "le nouveau budget consacré aux routes | une interdiction des vols de nuit | "
            "la fermeture de deux cliniques rurales | "
            "une hausse du prix du stationnement résidentiel | "
            "une étude sur la pollution de la rivière | la rénovation de la médiathèque | "
            "un programme pilote de cantine gratuite | "
            "de nouvelles règles pour les meublés de tourisme | un second pont sur l'estuaire | "
            "la suppression des bus du soir | un parc éolien sur les crêtes | "
            "la vente de l'ancien hôpital | un couvre-feu pour les bars du port | "
            "l'ouverture prolongée de la piscine | une taxe sur les croisiéristes"),
        "tail": _items(
            "mardi | après un long débat | malgré de vives objections | "
            "dans un communiqué publié vendredi soir | lors d'une réunion publique très suivie | "
            "pour la deuxième fois cette année | avant l'hiver | "
            "en invoquant la hausse des coûts | sans donner de raison | à une courte majorité | "
            "à la demande des entreprises locales | après des mois de discussions"),
        "num": _items(
            "Selon les organisateurs, environ {n} personnes ont assisté à la réunion. | "
            "Les travaux devraient coûter {n} millions d'euros et durer {m} mois. | "
            "L'an dernier, {n} plaintes ont été enregistrées, contre {m} l'année précédente. | "
            "Le vote est prévu {day}, en présence de {m} conseillers. | "
            "Une pétition contre le projet a recueilli {n} signatures depuis {day}."),
        "quote": _items(
            "Nous ne pouvons pas attendre une année de plus | "
            "Personne n'a demandé l'avis des habitants | Les chiffres ne tiennent pas debout | "
            "C'est une bonne journée pour toute la région | "
            "Nous étudierons toutes les options avant de décider | "
            "Il est bien trop tôt pour le dire | "
            "Nous sommes prêts à discuter, mais pas à n'importe quel prix | "
            "Cette décision va coûter des emplois au port | "
            "Nous avons écouté et nous avons agi | Ce n'a jamais été une question d'argent | "
            "Les habitants méritent des réponses claires | "
            "Le calendrier est ambitieux mais réaliste"),
        "said": "« {q} », a déclaré {name}.",
        "by": "Par {name}",
        "date": "Publié le {d} {month} {y} à {h}h{mi}",
        "days": _items(
            "lundi | mardi | mercredi | jeudi | vendredi"),
        "first": _items(
            "Claire | Julien | Sophie | Antoine | Camille | Mathieu | Élodie | Hugo"),
        "last": _items(
            "Martin | Bernard | Dubois | Lefèvre | Moreau | Girard | Roux | Fontaine"),
        "months": _items(
            "janvier | février | mars | avril | mai | juin | juillet | août | septembre | "
            "octobre | novembre | décembre"),
        "subheads": _items(
            "Et maintenant ? | Le contexte | L'opposition réagit"),
    },
    "es": {
        "subj": _items(
            "El ayuntamiento | La consejería de sanidad | Un portavoz del ministerio | "
            "El sindicato de transportes | El líder de la oposición | La alcaldesa | "
            "La autoridad portuaria | La cámara de comercio"),
        "subj_pl": _items(
            "Las autoridades locales | Los vecinos del barrio norte | "
            "Investigadores de la universidad | Los comerciantes del casco antiguo | "
            "Los bomberos | Los agricultores del valle | Varias asociaciones ecologistas | "
            "Dos concejales independientes"),
        "aux": ["ha", "han"],
        "verb": _items(
            "aprobado | criticado | anunciado | aplazado | cuestionado | celebrado | rechazado | "
            "revisado | defendido | propuesto | respaldado | recurrido"),
        "obj": _items(
            "un plan para ampliar la red de tranvía | "
            "el nuevo presupuesto para reparar carreteras | "
            "la prohibición de los vuelos nocturnos | "
            "el cierre de dos centros de salud rurales | "
            "una subida de las tarifas de aparcamiento | "
            "un estudio sobre la contaminación del río | la reforma de la biblioteca municipal | "
            "un programa piloto de comedor escolar gratuito | "
            "nuevas normas para los pisos turísticos | un segundo puente sobre la ría | "
            "recortes en los autobuses nocturnos | un parque eólico en la sierra | "
            "la venta del antiguo hospital | un toque de queda para los bares del puerto | "
            "un horario más amplio para la piscina | una tasa para los cruceristas"),
        "tail": _items(
            "este martes | tras un largo debate | pese a las fuertes objeciones | "
            "en un comunicado difundido el viernes por la noche | "
            "durante una concurrida reunión pública | por segunda vez este año | "
            "antes del invierno | alegando el aumento de los costes | sin dar explicaciones | "
            "por un estrecho margen | a petición de las empresas locales | "
            "tras meses de negociaciones"),
        "num": _items(
            "Según los organizadores, unas {n} personas asistieron a la reunión. | "
            "Las obras costarán {n} millones de euros y durarán {m} meses. | "
            "El año pasado se registraron {n} quejas, frente a {m} el año anterior. | "
            "La votación está prevista para el {day}, con {m} concejales presentes. | "
            "Una recogida de firmas contra el plan suma {n} apoyos desde el {day}."),
        "quote": _items(
            "No podemos esperar otro año | Nadie preguntó a los vecinos | Las cuentas no salen | "
            "Es un buen día para toda la comarca | "
            "Estudiaremos todas las opciones antes de decidir | "
            "Es demasiado pronto para saberlo | "
            "Estamos dispuestos a hablar, pero no a cualquier precio | "
            "La decisión costará empleos en el puerto | Hemos escuchado y hemos actuado | "
            "Nunca fue una cuestión de dinero | Los vecinos merecen respuestas claras | "
            "El calendario es ambicioso pero realista"),
        "said": "«{q}», afirmó {name}.",
        "by": "Por {name}",
        "date": "Publicado el {d} de {month} de {y}, {h}:{mi}",
        "days": _items(
            "lunes | martes | miércoles | jueves | viernes"),
        "first": _items(
            "Lucía | Javier | Marta | Pablo | Elena | Diego | Carmen | Andrés"),
        "last": _items(
            "Gómez | Ruiz | Navarro | Ortega | Castillo | Romero | Vidal | Serrano"),
        "months": _items(
            "enero | febrero | marzo | abril | mayo | junio | julio | agosto | septiembre | "
            "octubre | noviembre | diciembre"),
        "subheads": _items(
            "Qué pasa ahora | Contexto | La oposición responde"),
    },
}


def _subject(rng: random.Random, g: dict[str, Any]) -> tuple[str, str]:
    """A subject and the auxiliary verb that agrees with it."""
    plural = rng.random() < 0.45
    return rng.choice(g["subj_pl" if plural else "subj"]), g["aux"][plural]


def clause(rng: random.Random, g: dict[str, Any]) -> str:
    """Subject, (auxiliary,) verb and object: a headline, or a sentence without its tail."""
    subject, aux = _subject(rng, g)
    verb, obj = rng.choice(g["verb"]), rng.choice(g["obj"])
    if g is GRAMMAR["de"]:  # verb last: "Der Stadtrat hat … beschlossen"
        return f"{subject} {aux} {obj} {verb}"
    return " ".join(w for w in (subject, aux, verb, obj) if w)


def sentence(rng: random.Random, g: dict[str, Any]) -> str:
    kind = rng.random()
    if kind < 0.55:
        subject, aux = _subject(rng, g)
        verb, obj, tail = rng.choice(g["verb"]), rng.choice(g["obj"]), rng.choice(g["tail"])
        if g is GRAMMAR["de"]:
            return f"{subject} {aux} {tail} {obj} {verb}."
        return " ".join(w for w in (subject, aux, verb, obj, tail) if w) + "."
    if kind < 0.8:
        return rng.choice(g["num"]).format(n=rng.randint(12, 4800), m=rng.randint(2, 60),
                                           day=rng.choice(g["days"]))
    return g["said"].format(q=rng.choice(g["quote"]), name=name(rng, g))


def name(rng: random.Random, g: dict[str, Any]) -> str:
    return f"{rng.choice(g['first'])} {rng.choice(g['last'])}"


def paragraph(rng: random.Random, g: dict[str, Any]) -> str:
    return " ".join(sentence(rng, g) for _ in range(rng.randint(2, 4)))


# -- sites ------------------------------------------------------------------------------


@dataclass
class Site:
    """One site's template: what its pages print around the article."""

    host: str
    lang: str
    pages: int
    top: list[str]  # masthead, tagline, navigation rows
    after: list[tuple[str, float]]  # rows after the article, each with its probability
    disclaimer: tuple[str, float]  # the standing paragraph and the share of pages with it
    newsletter: list[str]
    teaser_heading: str
    footer: list[str]
    copyright: str  # with {year}
    www: bool = False
    authors: list[str] = field(default_factory=list)
    teasers: list[str] = field(default_factory=list)


def sites(pages: int) -> list[Site]:
    return [
        Site("harbourcourier.example", "en", pages,
             ["The Harbour Courier", "Independent local news since 1887",
              "Home News Politics Business Sport Culture Opinion",
              "Local | Region | Westhaven | Weather | Traffic | Obituaries"],
             [("Share this story: Facebook · X · Email", 1.0),
              ("Follow The Harbour Courier on Facebook, Instagram and Mastodon", 0.9)],
             ("The Harbour Courier is committed to accuracy. If you spot an error in this story, "
              "write to corrections@harbourcourier.example and our standards editor will review it "
              "within two working days.", 1.0),
             ["The Morning Tide newsletter",
              "Get the day's top stories from Westhaven in your inbox every weekday at 7am.",
              "Sign up"],
             "Most read",
             ["About us · Contact · Advertise · Careers · Privacy policy · Terms of use"],
             "© {year} The Harbour Courier. All rights reserved."),
        Site("valleytimes.example", "en", pages,
             ["VALLEY TIMES", "News Sport Business Lifestyle Travel Property Jobs",
              "Subscribe | Sign in | Today's paper"],
             [("Got a story? Email newsdesk@valleytimes.example or message us on WhatsApp", 0.8),
              ("Follow us on Facebook and Instagram", 1.0)],
             ("Opinion pieces published by the Valley Times reflect the views of their authors "
              "and not necessarily those of the newspaper or its owners.", 0.6),
             ["Valley Times Daily", "Our editors' pick of the day's news, free every evening.",
              "Enter your email address", "Subscribe"],
             "Read next",
             ["Contact us | Complaints | Cookie settings | Privacy notice | Accessibility"],
             "Copyright {year} Valley Times Media Ltd", www=True),
        Site("rheinbote.example", "de", pages,
             ["Der Rheinbote", "Startseite Politik Wirtschaft Sport Kultur Meinung",
              "Region | Koblenz | Neuwied | Mayen | Wetter | Verkehr"],
             [("Artikel teilen", 1.0),
              ("Folgen Sie dem Rheinboten auf Facebook und Instagram", 0.9)],
             ("Haben Sie einen Fehler in diesem Artikel entdeckt? Schreiben Sie an "
              "korrektur@rheinbote.example, unsere Redaktion prüft jeden Hinweis innerhalb von "
              "zwei Werktagen.", 1.0),
             ["Newsletter: Der Rheinbote am Morgen",
              "Die wichtigsten Nachrichten aus der Region, jeden Werktag um 6 Uhr.",
              "Jetzt abonnieren"],
             "Meistgelesen",
             ["Impressum · Datenschutz · Kontakt · Mediadaten · AGB · Abo kündigen"],
             "© {year} Rheinbote Verlag GmbH"),
        Site("echodesmonts.example", "fr", pages,
             ["L'Écho des Monts", "Le quotidien des vallées depuis 1921",
              "Accueil Actualités Politique Économie Sports Culture Opinions",
              "Chambéry | Albertville | Annecy | Météo | Agenda"],
             [("Partager cet article", 1.0),
              ("Suivez L'Écho des Monts sur Facebook et Instagram", 0.9)],
             ("L'Écho des Monts s'engage à publier une information exacte. Si vous relevez une "
              "erreur dans cet article, écrivez à correction@echodesmonts.example et la rédaction "
              "vous répondra sous deux jours ouvrés.", 1.0),
             ["La lettre du matin",
              "Recevez chaque matin l'essentiel de l'actualité des vallées.", "Je m'inscris"],
             "Les plus lus",
             ["Mentions légales · Contact · Publicité · Données personnelles · CGU"],
             "© L'Écho des Monts {year}, tous droits réservés"),
        Site("diariodelsur.example", "es", pages,
             ["Diario del Sur", "Portada Local Provincia Economía Deportes Cultura Opinión",
              "Huelva | Cádiz | Sevilla | El tiempo | Esquelas"],
             [("Compartir en Facebook, X y WhatsApp", 1.0),
              ("Síguenos en Instagram y en nuestro canal de WhatsApp", 0.85)],
             ("Diario del Sur se compromete con la veracidad de la información. Si detecta un "
              "error en esta noticia, escriba a rectificaciones@diariodelsur.example y la "
              "redacción lo revisará en dos días hábiles.", 1.0),
             ["Boletín de la mañana",
              "Las noticias más importantes de la provincia, cada mañana en tu correo.",
              "Suscríbete gratis"],
             "Lo más leído",
             ["Aviso legal | Política de privacidad | Contacto | Publicidad | Hemeroteca"],
             "© Diario del Sur {year}. Todos los derechos reservados."),
        Site("islandpost.example", "en", 6,
             ["The Island Post", "News | Ferries | Weather | Events | Classifieds"],
             [("Share: Facebook · Email", 1.0)],
             ("The Island Post is run by volunteers. Corrections and letters are welcome at "
              "editor@islandpost.example and are printed in the following issue.", 1.0),
             [], "Latest", ["About · Advertise · Contact"], "© {year} The Island Post"),
    ]


def prepare(site: Site, rng: random.Random) -> None:
    g = GRAMMAR[site.lang]
    site.authors = [name(rng, g) for _ in range(6)]
    site.teasers = sorted({clause(rng, g) for _ in range(12)})


def page(site: Site, number: int, rng: random.Random, shared: dict[int, str]) -> list[Line]:
    """One page's lines, each labelled template, article or meta."""
    g = GRAMMAR[site.lang]
    lines: list[Line] = [(t, "template") for t in site.top]
    lines.append((clause(rng, g), "meta"))  # the headline
    lines.append((g["by"].format(name=rng.choice(site.authors)), "meta"))
    date = g["date"].format(d=rng.randint(1, 28), month=rng.choice(g["months"]),
                            y=rng.randint(2019, 2024), h=rng.randint(6, 22),
                            mi=f"{rng.randint(0, 59):02d}")
    lines.append((date, "meta"))
    body = [paragraph(rng, g) for _ in range(rng.randint(4, 8))]
    if number in shared:  # a follow-up story repeats a paragraph of an earlier one
        body.insert(rng.randint(1, len(body)), shared[number])
    if rng.random() < 0.125:
        body.insert(rng.randint(2, len(body)), rng.choice(g["subheads"]))
    lines += [(p, "article") for p in body]
    lines += [(t, "template") for t, share in site.after if rng.random() < share]
    if rng.random() < site.disclaimer[1]:
        lines.append((site.disclaimer[0], "template"))
    if site.newsletter and rng.random() < 0.85:
        lines += [(t, "template") for t in site.newsletter]
    lines.append((site.teaser_heading, "template"))
    lines += [(t, "template") for t in rng.sample(site.teasers, 4)]
    lines += [(t, "template") for t in site.footer]
    lines.append((site.copyright.format(year=rng.randint(2014, 2024)), "template"))
    return lines


def corpus(pages: int, seed: int) -> dict[str, list[list[Line]]]:
    rng = random.Random(seed)
    out: dict[str, list[list[Line]]] = {}
    for site in sites(pages):
        prepare(site, rng)
        g = GRAMMAR[site.lang]
        # Four paragraphs each appear on exactly two pages (a story and its follow-up).
        shared: dict[int, str] = {}
        for _ in range(4 if site.pages >= 10 else 0):
            text = paragraph(rng, g)
            for number in rng.sample([n for n in range(site.pages) if n not in shared], 2):
                shared[number] = text
        out[site.host] = [page(site, n, rng, shared) for n in range(site.pages)]
    return out


def url(host: str, number: int, www: bool) -> str:
    return f"https://{'www.' if www else ''}{host}/news/{2020 + number % 5}/story-{number:03d}"


# -- running clean-news ---------------------------------------------------------------------


def cli(*args: str) -> float:
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=True, text=True)
    if done.returncode not in (0, 1):
        raise SystemExit(f"clean-news {' '.join(args)} failed ({done.returncode}):\n{done.stderr}")
    return time.perf_counter() - started


def records(path: Path) -> dict[str, dict]:
    with open(path, encoding="utf-8") as handle:
        return {r["source"]: r for r in map(json.loads, handle)}


def removed_flags(lines: list[Line], record: dict) -> list[str | None]:
    """Per input line: the filter that removed it, or None if (part of) it survives.

    The body's paragraphs and the ``removed`` list are both in document order: a line
    is kept when it is the next paragraph (or contains it: trimmed), removed when it is
    the next whole removal.
    """
    body = record["body"].split("\n\n") if record["body"] else []
    removals = record["removed"]
    b = r = 0
    out: list[str | None] = []
    for text, _ in lines:
        if b < len(body) and body[b] == text:
            out.append(None)
            b += 1
        elif r < len(removals) and removals[r]["text"] == text:
            out.append(removals[r]["filter"])
            r += 1
        elif b < len(body) and body[b] in text:
            out.append(None)
            b += 1
            while r < len(removals) and removals[r]["text"].strip() in text:
                r += 1
        else:
            raise AssertionError(f"{record['source']}: cannot align {text!r}")
    assert b == len(body) and r == len(removals), record["source"]
    return out


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    by_profile: int = 0  # lines site_boilerplate removed
    by_profile_fp: int = 0  # … of them article lines

    def add(self, lines: list[Line], flags: list[str | None]) -> None:
        for (_, label), by in zip(lines, flags, strict=True):
            if label == "meta":
                continue
            self.tp += by is not None and label == "template"
            self.fp += by is not None and label == "article"
            self.fn += by is None and label == "template"
            if by == "site_boilerplate":
                self.by_profile += 1
                self.by_profile_fp += label == "article"

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0


def score(pages: dict[str, list[list[Line]]], root: Path, out: Path) -> dict[str, Score]:
    got = records(out)
    scores: dict[str, Score] = {}
    for host, site_pages in pages.items():
        scores[host] = Score()
        for number, lines in enumerate(site_pages):
            record = got[str(root / host / f"page-{number:03d}.txt")]
            scores[host].add(lines, removed_flags(lines, record))
    total = Score()
    for s in scores.values():
        for name in ("tp", "fp", "fn", "by_profile", "by_profile_fp"):
            setattr(total, name, getattr(total, name) + getattr(s, name))
    scores["all"] = total
    return scores


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:12]


def profile_size(path: Path) -> dict[str, int]:
    """Boilerplate lines per site in a profile file."""
    return {h: len(v["lines"]) for h, v in json.loads(path.read_text())["sites"].items()}


def write_corpus(
    pages: dict[str, list[list[Line]]], work: Path, seed: int
) -> tuple[Path, Path, Path]:
    """The folders (one per site, named by its host) and the JSON Lines in two orders."""
    root = work / "sites"
    www = {s.host: s.www for s in sites(0)}
    records_in: list[dict] = []
    for host, site_pages in pages.items():
        (root / host).mkdir(parents=True, exist_ok=True)
        for number, lines in enumerate(site_pages):
            text = "\n".join(t for t, _ in lines) + "\n"
            (root / host / f"page-{number:03d}.txt").write_text(text, encoding="utf-8")
            link = url(host, number, www[host])
            records_in.append({"id": f"{host}/{number}", "url": link, "text": text})
    ordered, shuffled = work / "ordered.jsonl", work / "shuffled.jsonl"
    for path in (ordered, shuffled):
        lines = (json.dumps(r, ensure_ascii=False) + "\n" for r in records_in)
        path.write_text("".join(lines), encoding="utf-8")
        random.Random(seed + 1).shuffle(records_in)
    return root, ordered, shuffled


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", type=int, default=40, help="pages per site (one has 6)")
    parser.add_argument("--seed", type=int, default=6)
    parser.add_argument("-j", "--jobs", type=int, default=2, help="workers for the cleaning runs")
    parser.add_argument("--keep", metavar="DIR", help="write corpus and outputs here; keep them")
    args = parser.parse_args()
    jobs = str(args.jobs)

    pages = corpus(args.pages, args.seed)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(args.keep or tmp)
        work.mkdir(parents=True, exist_ok=True)
        root, ordered, shuffled = write_corpus(pages, work, args.seed)

        # Determinism: the same profile from -j 1 / -j 2, dir / auto, either order.
        learned = {
            "dir -j 1": (str(root), "--site-from", "dir", "-j", "1"),
            "dir -j 2": (str(root), "--site-from", "dir", "-j", "2"),
            "auto ordered -j 1": (str(ordered), "-j", "1"),
            "auto shuffled -j 2": (str(shuffled), "-j", "2"),
        }
        learn_seconds = 0.0
        digests = {}
        for label, argv in learned.items():
            path = work / f"profile {label}.json"
            learn_seconds += cli("learn", *argv, "-o", str(path), "--quiet")
            digests[label] = digest(path)
        profile = work / "profile dir -j 1.json"
        sizes = profile_size(profile)

        started = time.perf_counter()
        clean = ("--site-from", "dir", "-j", jobs, "--quiet", "--overwrite")

        def run(name: str, *options: str) -> dict[str, Score]:
            cli(str(root), "-o", str(work / f"{name}.jsonl"), *options, *clean)
            return score(pages, root, work / f"{name}.jsonl")

        reference = run("none")
        default = run("profile", "--profile", str(profile))
        variants: list[tuple[str, Score, int]] = []
        for k, share in ((2, 0.1), (3, 0.25), (5, 0.5), (5, 0.8), (10, 0.5), (20, 0.5)):
            path = work / f"profile K{k} S{share}.json"
            cli("learn", str(root), "--site-from", "dir", "-o", str(path), "--min-docs", str(k),
                "--min-share", str(share), "--quiet", "-j", jobs)
            got = run(f"K{k} S{share}", "--profile", str(path))["all"]
            variants.append((f"all, K={k} S={share}", got, sum(profile_size(path).values())))
        config = work / "strong.toml"
        config.write_text("[filters.site_boilerplate]\nstrong_share = 0.5\n", encoding="utf-8")
        got = run("strong", "--profile", str(profile), "--config", str(config))["all"]
        variants.append(("all, K=5 S=0.5 strong=0.5", got, sum(sizes.values())))

        # The JSON Lines input, sites from the url host: the same bodies as the folders.
        cli(str(shuffled), "-o", str(work / "auto.jsonl"), "--profile", str(profile),
            "-j", jobs, "--quiet", "--overwrite")
        by_id = {r["id"]: r["body"] for r in records(work / "auto.jsonl").values()}
        by_path = {k: r["body"] for k, r in records(work / "profile.jsonl").items()}
        auto_same = all(
            by_id[f"{host}/{n}"] == by_path[str(root / host / f"page-{n:03d}.txt")]
            for host, site_pages in pages.items()
            for n in range(len(site_pages))
        )
        clean_seconds = time.perf_counter() - started

    print_table(pages, reference, default, sizes, variants)
    same = len(set(digests.values())) == 1
    print("profile bytes: " + ", ".join(f"{k} {v}" for k, v in digests.items())
          + f" -> {'identical' if same else 'DIFFERENT'}")
    print("records from JSONL (--site-from auto, shuffled) vs folders (--site-from dir): "
          f"{'same bodies' if auto_same else 'DIFFERENT bodies'}")
    print(f"learn: {learn_seconds / len(learned):.2f} s per run; "
          f"cleaning runs and scoring: {clean_seconds:.1f} s")


def print_table(
    pages: dict[str, list[list[Line]]],
    reference: dict[str, Score],
    default: dict[str, Score],
    sizes: dict[str, int],
    variants: list[tuple[str, Score, int]],
) -> None:
    langs = {s.host: s.lang for s in sites(0)}
    articles = Counter(
        {h: sum(label == "article" for p in ps for _, label in p) for h, ps in pages.items()}
    )
    articles["all"] = sum(articles.values())
    head = (f"{'rows':<27} {'lang':>4} {'pages':>5} {'tmpl':>5} {'art':>5} |"
            f" {'no profile':^13} | {'with profile':^13} |"
            f" {'R/ref':>5} {'lines':>5} {'by profile':>10} {'of them art':>11}")
    print(head)
    print(f"{'':<27} {'':>4} {'':>5} {'':>5} {'':>5} | {'P':>6} {'R':>6} | {'P':>6} {'R':>6} |")
    print("-" * len(head))

    def row(label: str, site: str, ref: Score, got: Score, lines: int) -> None:
        n = len(pages[site]) if site in pages else sum(map(len, pages.values()))
        ratio = got.recall / ref.recall if ref.recall else float("nan")
        lang = langs.get(site, "")
        print(f"{label:<27} {lang:>4} {n:>5} {got.tp + got.fn:>5} {articles[site]:>5} |"
              f" {ref.precision:>6.3f} {ref.recall:>6.3f} |"
              f" {got.precision:>6.3f} {got.recall:>6.3f} |"
              f" {ratio:>5.2f} {lines:>5} {got.by_profile:>10} {got.by_profile_fp:>11}")

    for host in pages:
        row(host, host, reference[host], default[host], sizes.get(host, 0))
    row("all (K=5 S=0.5, default)", "all", reference["all"], default["all"], sum(sizes.values()))
    for label, got, size in variants:
        row(label, "all", reference["all"], got, size)
    print("-" * len(head))


if __name__ == "__main__":
    main()
