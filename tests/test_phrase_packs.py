"""Phrase packs (``cleaner/data/phrases.json``): coverage of 24 languages, well-formed data,
and, per language, a few junk lines in that language going through ``cleaner.clean``.

The text below is synthetic: two article paragraphs per language and the page junk that
news sites in that language print around them.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Iterable
from importlib.resources import files
from typing import Any

import pytest
import regex

import cleaner
from cleaner.dates import find_date
from cleaner.patterns import PhraseWords
from cleaner.shape import fold

LANGUAGES = "en de fr es it pt nl pl cs sv da no fi ro hu el tr ru uk ar zh ja ko id".split()
# Scripts without words for months: dates are numeric (2023年7月20日, 2023.07.20).
NUMERIC_MONTHS = {"zh", "ja", "ko"}

#: Per-language kinds every language must have phrases for.
REQUIRED = (
    "related_headings",
    "read_more_prefixes",
    "more_links",
    "advertisement",
    "share",
    "follow_prefixes",
    "newsletter_starts",
    "newsletter_widgets",
    "comment_prompts",
    "paywall",
    "taxonomy_labels",
    "reading_time",
    "reading_time_labels",
    "byline_prefixes",
    "published_labels",
    "updated_labels",
    "relative_time",
    "skip_links",
)
#: Regular-expression fragments, not phrases.
REGEX_KINDS = ("relative_time", "reading_time")
#: Compared with ``fold(line)`` (casefolded, edge punctuation stripped) as a whole line.
WHOLE_LINE_KINDS = (
    "related_headings", "advertisement", "comment_prompts", "newsletter_widgets", "skip_links"
)

#: Flat lists shared by all languages: one word each language must contribute.
FLAT_SAMPLES = {
    "weekdays": dict(
        en="monday", de="montag", fr="lundi", es="lunes", it="lunedì", pt="segunda-feira",
        nl="maandag",
        pl="poniedziałek", cs="pondělí", sv="måndag", da="mandag", no="mandag", fi="maanantai",
        ro="luni", hu="hétfő", el="δευτέρα", tr="pazartesi", ru="понедельник", uk="понеділок",
        ar="الاثنين", zh="星期一", ja="月曜日", ko="월요일", id="senin",
    ),
    "photo_prefixes": dict(
        en="photo", de="bild", fr="crédit photo", es="fotografía", it="immagine", pt="foto",
        nl="afbeelding", pl="zdjęcie", cs="snímek", sv="bild", da="billede", no="bilde", fi="kuva",
        ro="sursa foto", hu="kép", el="φωτογραφία", tr="fotoğraf", ru="фотография", uk="світлина",
        ar="صورة", zh="图片", ja="写真", ko="사진", id="ilustrasi",
    ),
    "cookie_context": dict(
        en="consent", de="zustimmen", fr="accepter", es="aceptar", it="accetta", pt="aceitar",
        nl="accepteren", pl="prywatności", cs="souhlas", sv="samtycke", da="samtykke",
        no="personvern", fi="hyväksy", ro="confidențialitate", hu="elfogadom", el="αποδοχή",
        tr="gizlilik", ru="согласие", uk="згода", ar="الخصوصية", zh="隐私", ja="プライバシー",
        ko="개인정보", id="privasi",
    ),
}


def _raw() -> str:
    return files("cleaner").joinpath("data").joinpath("phrases.json").read_text("utf-8")


def _data() -> dict[str, Any]:
    return json.loads(_raw())


# -- the data ---------------------------------------------------------------------------


def test_json_loads_without_duplicate_keys() -> None:
    def no_duplicates(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        keys = [key for key, _ in pairs]
        duplicated = [key for key, count in Counter(keys).items() if count > 1]
        assert not duplicated, f"duplicate keys: {duplicated}"
        return dict(pairs)

    json.loads(_raw(), object_pairs_hook=no_duplicates)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_required_kind_has_phrases(lang: str) -> None:
    data = _data()
    missing = [kind for kind in REQUIRED if not data[kind].get(lang)]
    assert not missing, f"{lang}: no phrases for {missing}"
    if lang not in NUMERIC_MONTHS:
        assert len(set(data["months"][lang].values())) == 12, f"{lang}: months incomplete"
    for kind, samples in FLAT_SAMPLES.items():
        assert samples[lang] in data[kind], f"{lang}: {samples[lang]!r} not in {kind}"


@pytest.mark.parametrize("kind", REGEX_KINDS)
def test_regex_fragments_compile(kind: str) -> None:
    for lang, fragments in _data()[kind].items():
        for fragment in fragments:
            try:
                regex.compile(f"(?i)^(?:{fragment})$")
            except regex.error as error:  # pragma: no cover - the message names the culprit
                pytest.fail(f"{kind}/{lang}: {fragment!r}: {error}")


def test_phrases_are_lower_case_and_unique_per_language() -> None:
    data = _data()
    for kind, entry in data.items():
        if kind.startswith("_") or kind in REGEX_KINDS or kind == "months":
            continue
        groups = entry.items() if isinstance(entry, dict) else [("*", entry)]
        for lang, phrases in groups:
            assert isinstance(phrases, list), f"{kind}/{lang}"
            duplicated = [p for p, n in Counter(phrases).items() if n > 1]
            assert not duplicated, f"{kind}/{lang}: duplicates {duplicated}"
            for phrase in phrases:
                assert phrase == phrase.lower() == " ".join(phrase.split()), (
                    f"{kind}/{lang}: {phrase!r}"
                )


def test_whole_line_phrases_survive_folding() -> None:
    """A whole-line phrase with punctuation at an edge could never equal a folded line."""
    data = _data()
    for kind in WHOLE_LINE_KINDS:
        for lang, phrases in data[kind].items():
            for phrase in phrases:
                assert fold(phrase) == phrase.casefold(), f"{kind}/{lang}: {phrase!r}"


def test_month_names() -> None:
    """Month names are lower case, found by their casefolded spelling, and mean one month."""
    for lang, table in _data()["months"].items():
        for name, number in table.items():
            assert name == name.lower() and name.strip() == name, f"{lang}: {name!r}"
            # The parser looks a matched name up casefolded: "Μαΐου" casefolds to three
            # code points, so the table also holds that spelling.
            assert name.casefold() in table, f"{lang}: {name!r} casefolded is missing"
            assert 1 <= number <= 12, f"{lang}: {name!r}"
    merged: dict[str, set[int]] = {}
    for table in _data()["months"].values():
        for name, number in table.items():
            merged.setdefault(name, set()).add(number)
    clashes = {name: numbers for name, numbers in merged.items() if len(numbers) > 1}
    assert not clashes, f"one name, two months across languages: {clashes}"


def test_weekdays_unique() -> None:
    weekdays = _data()["weekdays"]
    assert len(weekdays) == len(set(weekdays))
    assert all(w == w.casefold() for w in weekdays)


# -- through cleaner.clean ----------------------------------------------------------------

# Per language: two article paragraphs and the junk around them, as sites print it.
S: dict[str, dict[str, str]] = {
    "en": dict(
        p1="The city council approved the new harbour barrier on Wednesday after a long debate.",
        p2="The barrier is expected to cost 410 million euros and to be finished by 2029.",
        heading="Related Articles", ad="ADVERTISEMENT", byline="By Anna Smith", author="Anna Smith",
        date="Published: July 20, 2023", rel="3 hours ago", rt="5 min read",
        tags="Tags: Flooding, Rotterdam, City Council", comment="Leave a comment",
        share="Share this article", paywall="Subscribe to continue reading",
        newsletter="Sign up for our daily newsletter", insert="READ MORE: Storm batters the coast",
    ),
    "de": dict(
        p1=(
            "Der Stadtrat hat am Mittwoch nach einer langen Debatte den Bau der neuen Hafenmauer "
            "beschlossen."
        ),
        p2="Die Mauer soll 410 Millionen Euro kosten und bis zum Jahr 2029 fertig gebaut sein.",
        heading="Mehr zum Thema", ad="Anzeige", byline="Von Anna Schmidt", author="Anna Schmidt",
        date="Veröffentlicht am 20. Juli 2023", rel="vor 3 Stunden", rt="Lesezeit: 4 Min.",
        tags="Themen: Hochwasser, Hamburg", comment="Kommentar schreiben", share="Artikel teilen",
        paywall="Dieser Artikel ist nur für Abonnenten.",
        newsletter="Jetzt den Newsletter abonnieren",
        insert="Lesen Sie auch: Sturm trifft die Küste",
    ),
    "fr": dict(
        p1=(
            "Le conseil municipal a approuvé mercredi la construction de la nouvelle digue après "
            "un long débat."
        ),
        p2="La digue devrait coûter 410 millions d'euros et être achevée d'ici à la fin de 2029.",
        heading="Lire aussi", ad="Publicité", byline="Par Marie Dubois", author="Marie Dubois",
        date="Publié le 20 juillet 2023", rel="il y a 3 heures", rt="Temps de lecture : 4 min",
        tags="Mots-clés : Inondations, Rotterdam", comment="Laisser un commentaire",
        share="Partager cet article", paywall="Cet article est réservé aux abonnés.",
        newsletter="Inscrivez-vous à notre newsletter",
        insert="À lire aussi : La tempête frappe la côte",
    ),
    "es": dict(
        p1=(
            "El ayuntamiento aprobó el miércoles la construcción del nuevo dique tras un largo "
            "debate en el pleno."
        ),
        p2="Se espera que el dique cueste 410 millones de euros y esté terminado antes de 2029.",
        heading="Noticias relacionadas", ad="Publicidad", byline="Por Carlos García",
        author="Carlos García",
        date="Publicado el 20 de julio de 2023", rel="hace 3 horas", rt="Tiempo de lectura: 4 min",
        tags="Etiquetas: Inundaciones, Valencia", comment="Deja un comentario",
        share="Compartir en Facebook", paywall="Contenido exclusivo para suscriptores",
        newsletter="Suscríbete a nuestro boletín", insert="Lee también: La tormenta azota la costa",
    ),
    "it": dict(
        p1=(
            "Il consiglio comunale ha approvato mercoledì la costruzione della nuova diga dopo un "
            "lungo dibattito."
        ),
        p2="Si prevede che la diga costi 410 milioni di euro e sia completata entro il 2029.",
        heading="Leggi anche", ad="Pubblicità", byline="Di Marco Rossi", author="Marco Rossi",
        date="Pubblicato il 20 luglio 2023", rel="3 ore fa", rt="Tempo di lettura: 4 minuti",
        tags="Argomenti: Alluvione, Venezia", comment="Lascia un commento", share="Condividi",
        paywall="Contenuto riservato agli abbonati", newsletter="Iscriviti alla nostra newsletter",
        insert="Leggi anche: La tempesta colpisce la costa",
    ),
    "pt": dict(
        p1=(
            "A câmara municipal aprovou na quarta-feira a construção do novo dique depois de um "
            "longo debate."
        ),
        p2="O dique deverá custar 410 milhões de euros e estar concluído até ao final de 2029.",
        heading="Leia também", ad="Publicidade", byline="Por João Silva", author="João Silva",
        date="Publicado em 20 de julho de 2023", rel="há 3 horas", rt="Tempo de leitura: 4 min",
        tags="Tags: Enchentes, Porto Alegre", comment="Deixe um comentário", share="Compartilhar",
        paywall="Conteúdo exclusivo para assinantes", newsletter="Inscreva-se na nossa newsletter",
        insert="Leia também: Tempestade atinge o litoral",
    ),
    "nl": dict(
        p1=(
            "De gemeenteraad heeft woensdag na een lang debat ingestemd met de bouw van de nieuwe "
            "kering."
        ),
        p2="De kering gaat naar verwachting 410 miljoen euro kosten en moet in 2029 klaar zijn.",
        heading="Lees ook", ad="Advertentie", byline="Door Jan de Vries", author="Jan de Vries",
        date="Gepubliceerd op 20 juli 2023", rel="3 uur geleden", rt="Leestijd: 4 min",
        tags="Onderwerpen: Overstroming, Rotterdam", comment="Plaats een reactie",
        share="Deel dit artikel", paywall="Dit artikel is alleen voor abonnees",
        newsletter="Schrijf je in voor onze nieuwsbrief", insert="Lees ook: Storm teistert de kust",
    ),
    "pl": dict(
        p1="Rada miasta zatwierdziła w środę budowę nowej zapory po długiej debacie w ratuszu.",
        p2="Zapora ma kosztować 410 milionów euro i zostać ukończona do końca 2029 roku.",
        heading="Czytaj także", ad="Reklama", byline="Autor: Anna Kowalska", author="Anna Kowalska",
        date="Opublikowano: 20 lipca 2023", rel="3 godziny temu", rt="Czas czytania: 4 min",
        tags="Tagi: Powódź, Wrocław", comment="Dodaj komentarz", share="Udostępnij",
        paywall="Ten artykuł jest dostępny tylko dla subskrybentów",
        newsletter="Zapisz się do naszego newslettera",
        insert="Czytaj także: Burza uderzyła w wybrzeże",
    ),
    "cs": dict(
        p1=(
            "Městská rada ve středu po dlouhé debatě schválila stavbu nové ochranné hráze v "
            "přístavu."
        ),
        p2="Hráz má stát 410 milionů eur a být hotová do konce roku 2029, uvedlo město.",
        heading="Čtěte také", ad="Reklama", byline="Autor: Jan Novák", author="Jan Novák",
        date="Publikováno: 20. července 2023", rel="před 3 hodinami", rt="Doba čtení: 4 minuty",
        tags="Štítky: Povodně, Praha", comment="Přidat komentář", share="Sdílet",
        paywall="Tento článek je dostupný pouze pro předplatitele",
        newsletter="Přihlaste se k odběru newsletteru", insert="Čtěte také: Bouře zasáhla pobřeží",
    ),
    "sv": dict(
        p1=(
            "Kommunfullmäktige godkände på onsdagen bygget av den nya vallen efter en lång debatt "
            "i salen."
        ),
        p2="Vallen väntas kosta 410 miljoner euro och vara färdig före utgången av år 2029.",
        heading="Läs också", ad="Annons", byline="Av Anna Svensson", author="Anna Svensson",
        date="Publicerad 20 juli 2023", rel="för 3 timmar sedan", rt="Lästid: 4 min",
        tags="Taggar: Översvämning, Göteborg", comment="Skriv en kommentar", share="Dela artikeln",
        paywall="Den här artikeln är endast för prenumeranter",
        newsletter="Prenumerera på vårt nyhetsbrev", insert="Läs också: Stormen slår mot kusten",
    ),
    "da": dict(
        p1="Byrådet godkendte onsdag byggeriet af den nye dæmning efter en lang debat i salen.",
        p2="Dæmningen forventes at koste 410 millioner euro og være færdig inden udgangen af 2029.",
        heading="Læs også", ad="Annonce", byline="Af Mette Jensen", author="Mette Jensen",
        date="Publiceret 20. juli 2023", rel="for 3 timer siden", rt="Læsetid: 4 min.",
        tags="Emner: Oversvømmelse, Aarhus", comment="Skriv en kommentar", share="Del artiklen",
        paywall="Denne artikel er kun for abonnenter", newsletter="Tilmeld dig vores nyhedsbrev",
        insert="Læs også: Stormen rammer kysten",
    ),
    "no": dict(
        p1="Bystyret godkjente onsdag byggingen av den nye demningen etter en lang debatt i salen.",
        p2=(
            "Demningen er ventet å koste 410 millioner euro og skal stå ferdig innen utgangen av "
            "2029."
        ),
        heading="Les også", ad="Annonse", byline="Av Kari Nordmann", author="Kari Nordmann",
        date="Publisert 20. juli 2023", rel="for 3 timer siden", rt="Lesetid: 4 min",
        tags="Stikkord: Flom, Bergen", comment="Skriv en kommentar", share="Del artikkelen",
        paywall="Denne artikkelen er for abonnenter", newsletter="Meld deg på vårt nyhetsbrev",
        insert="Les også: Stormen treffer kysten",
    ),
    "fi": dict(
        p1=(
            "Kaupunginvaltuusto hyväksyi keskiviikkona myöhään illalla uuden tulvavallin "
            "rakentamisen pitkän ja kiivaan keskustelun jälkeen."
        ),
        p2=(
            "Tulvavallin arvioidaan maksavan 410 miljoonaa euroa, ja sen on määrä valmistua vuoden "
            "2029 loppuun mennessä."
        ),
        heading="Lue myös", ad="Mainos", byline="Teksti: Matti Virtanen", author="Matti Virtanen",
        date="Julkaistu 20. heinäkuuta 2023", rel="3 tuntia sitten", rt="Lukuaika 4 min",
        tags="Aiheet: Tulvat, Helsinki", comment="Kirjoita kommentti", share="Jaa artikkeli",
        paywall="Tämä artikkeli on vain tilaajille", newsletter="Tilaa uutiskirjeemme",
        insert="Lue myös: Myrsky iski rannikolle",
    ),
    "ro": dict(
        p1=(
            "Consiliul local a aprobat miercuri construcția noului dig după o dezbatere lungă în "
            "sala de consiliu."
        ),
        p2=(
            "Digul ar urma să coste 410 milioane de euro și să fie gata până la sfârșitul anului "
            "2029."
        ),
        heading="Citește și", ad="Publicitate", byline="De Ion Popescu", author="Ion Popescu",
        date="Publicat: 20 iulie 2023", rel="acum 3 ore", rt="Timp de citire: 4 minute",
        tags="Etichete: Inundații, București", comment="Lasă un comentariu", share="Distribuie",
        paywall="Conținut exclusiv pentru abonați", newsletter="Abonează-te la newsletterul nostru",
        insert="Citește și: Furtuna lovește coasta",
    ),
    "hu": dict(
        p1="A városi közgyűlés szerdán hosszú vita után jóváhagyta az új gát építését a kikötőben.",
        p2=(
            "A gát várhatóan 410 millió euróba kerül, és 2029 végére készülhet el teljesen a város "
            "szerint."
        ),
        heading="Kapcsolódó cikkek", ad="Hirdetés", byline="Szerző: Nagy Péter",
        author="Nagy Péter",
        date="Közzétéve: 2023. 07. 20.", rel="3 órája", rt="Olvasási idő: 4 perc",
        tags="Címkék: Árvíz, Budapest", comment="Szóljon hozzá", share="Megosztás",
        paywall="Ez a cikk csak előfizetőink számára érhető el",
        newsletter="Iratkozzon fel hírlevelünkre", insert="Kapcsolódó: Vihar csapott le a partra",
    ),
    "el": dict(
        p1=(
            "Το δημοτικό συμβούλιο ενέκρινε την Τετάρτη την κατασκευή του νέου φράγματος μετά από "
            "μακρά συζήτηση."
        ),
        p2=(
            "Το φράγμα αναμένεται να κοστίσει 410 εκατομμύρια ευρώ και να ολοκληρωθεί έως το τέλος "
            "του 2029."
        ),
        heading="Διαβάστε επίσης", ad="ΔΙΑΦΗΜΙΣΗ", byline="Του Γιώργου Παπαδόπουλου",
        author="Γιώργου Παπαδόπουλου", date="Δημοσιεύθηκε: 20 Ιουλίου 2023", rel="πριν από 3 ώρες",
        rt="Χρόνος ανάγνωσης: 4 λεπτά", tags="Ετικέτες: Πλημμύρες, Αθήνα",
        comment="Γράψτε ένα σχόλιο",
        share="Κοινοποίηση", paywall="Αποκλειστικό περιεχόμενο για συνδρομητές",
        newsletter="Εγγραφείτε στο newsletter μας",
        insert="Διαβάστε επίσης: Η καταιγίδα χτύπησε τις ακτές",
    ),
    "tr": dict(
        p1=(
            "Belediye meclisi çarşamba günü uzun bir tartışmanın ardından yeni setin inşasını "
            "onayladı ve çalışmalar başlayacak."
        ),
        p2=(
            "Setin 410 milyon euroya mal olması ve 2029 yılının sonuna kadar tamamlanması "
            "bekleniyor, dedi yetkililer."
        ),
        heading="Benzer Haberler", ad="Reklam", byline="Yazan: Ahmet Yılmaz", author="Ahmet Yılmaz",
        date="Yayınlanma: 20 Temmuz 2023", rel="3 saat önce", rt="Okuma süresi: 4 dakika",
        tags="Etiketler: Sel, İzmir", comment="Yorum yap", share="Paylaş",
        paywall="Bu içerik abonelere özeldir", newsletter="Bültenimize abone olun",
        insert="İlgili haber: Fırtına kıyıyı vurdu",
    ),
    "ru": dict(
        p1=(
            "Городской совет в среду после долгих обсуждений одобрил строительство новой дамбы в "
            "старом порту."
        ),
        p2=(
            "Ожидается, что дамба обойдётся в 410 миллионов евро и будет достроена к концу 2029 "
            "года."
        ),
        heading="Читайте также", ad="Реклама", byline="Автор: Иван Петров", author="Иван Петров",
        date="Опубликовано: 20 июля 2023", rel="3 часа назад", rt="Время чтения: 4 минуты",
        tags="Теги: Наводнение, Москва", comment="Оставить комментарий", share="Поделиться",
        paywall="Этот материал доступен только подписчикам",
        newsletter="Подпишитесь на нашу рассылку",
        insert="Читайте также: Шторм обрушился на побережье",
    ),
    "uk": dict(
        p1=(
            "Міська рада в середу після тривалого обговорення схвалила будівництво нової дамби в "
            "старому порту."
        ),
        p2=(
            "Очікується, що дамба коштуватиме 410 мільйонів євро і буде добудована до кінця 2029 "
            "року."
        ),
        heading="Читайте також", ad="Реклама", byline="Автор: Олена Коваленко",
        author="Олена Коваленко",
        date="Опубліковано: 20 липня 2023", rel="3 години тому", rt="Час читання: 4 хв",
        tags="Теги: Повінь, Київ", comment="Залишити коментар", share="Поділитися",
        paywall="Цей матеріал доступний лише передплатникам",
        newsletter="Підпишіться на нашу розсилку",
        insert="Читайте також: Шторм накрив узбережжя",
    ),
    "ar": dict(
        p1=(
            "وافق مجلس المدينة يوم الأربعاء على بناء السد الجديد في الميناء القديم بعد نقاش طويل "
            "بين الأعضاء."
        ),
        p2="ومن المتوقع أن تبلغ تكلفة السد 410 ملايين يورو وأن يكتمل بناؤه بحلول نهاية عام 2029.",
        heading="اقرأ أيضا", ad="إعلان", date="تاريخ النشر: 20 يوليو 2023", rel="منذ 3 ساعات",
        rt="وقت القراءة: 4 دقائق", tags="الوسوم: فيضانات، القاهرة", comment="أضف تعليقاً",
        share="شارك",
        paywall="هذا المحتوى متاح للمشتركين فقط", newsletter="اشترك في النشرة البريدية",
        insert="اقرأ أيضا: العاصفة تضرب الساحل",
    ),
    "zh": dict(
        p1="市议会周三在经过长时间辩论后批准了在老港口修建新防洪堤的计划。",
        p2="该防洪堤预计耗资4.1亿欧元，将于2029年底前完工。",
        heading="相关新闻", ad="广告", date="发布时间：2023年7月20日 15:30", rel="3小时前",
        rt="阅读时间：约4分钟", comment="发表评论", share="分享", paywall="本文为付费内容",
        newsletter="订阅成功", insert="阅读更多",
    ),
    "ja": dict(
        p1="市議会は水曜日、長い議論の末に旧港に新しい防潮堤を建設する計画を承認した。",
        p2="防潮堤の建設費は4億1000万ユーロと見込まれ、2029年末までに完成する予定だ。",
        heading="関連記事", ad="広告", date="公開日：2023年7月20日", rel="3時間前",
        rt="この記事は約4分で読めます", comment="コメントする", share="シェア",
        paywall="この記事は有料会員限定です", newsletter="メールアドレス", insert="関連",
    ),
    "ko": dict(
        p1=(
            "시의회는 수요일 오랜 논의 끝에 옛 항구에 새 방파제를 건설하는 계획을 승인했다고 "
            "밝혔다."
        ),
        p2=(
            "방파제 건설에는 4억 1천만 유로가 들 것으로 예상되며 2029년 말까지 완공될 예정이라고 "
            "시는 밝혔다."
        ),
        heading="관련기사", ad="광고", date="입력 2023.07.20 15:30", rel="3시간 전",
        rt="읽는 시간 3분",
        tags="태그: 홍수, 서울", comment="댓글", share="공유하기", paywall="유료 회원 전용",
        newsletter="뉴스레터 구독하기", insert="관련기사: 폭풍이 해안을 강타했다",
    ),
    "id": dict(
        p1=(
            "Dewan kota pada hari Rabu menyetujui pembangunan tanggul baru di pelabuhan lama "
            "setelah perdebatan panjang."
        ),
        p2=(
            "Tanggul itu diperkirakan menelan biaya 410 juta euro dan akan rampung pada akhir "
            "tahun 2029 mendatang."
        ),
        heading="Baca Juga", ad="Iklan", byline="Oleh Budi Santoso", author="Budi Santoso",
        date="Diterbitkan: 20 Juli 2023", rel="3 jam yang lalu", rt="Waktu baca: 4 menit",
        tags="Tag: Banjir, Jakarta", comment="Tulis komentar", share="Bagikan",
        paywall="Konten ini hanya untuk pelanggan", newsletter="Berlangganan newsletter kami",
        insert="Baca juga: Badai menerjang pesisir",
    ),
}
# Bylines need capitalised names (cleaner.shape.is_name): scripts without case have none.
# Tag labels need an ASCII colon (zh and ja print "标签：", "タグ：").
NO_BYLINE = {"ar", "zh", "ja", "ko"}
NO_TAGS = {"zh", "ja"}


def _teasers(lang: str) -> tuple[str, str]:
    """Two teaser lines made from the article's own words: a headline and a cut summary."""
    p1, p2 = S[lang]["p1"], S[lang]["p2"]
    if lang in ("zh", "ja"):
        return p2[:12], p1[:10] + "…"
    return " ".join(p2.split()[:6]).rstrip(","), " ".join(p1.split()[:7]) + "…"


def _lines(text: str) -> list[str]:
    return [line.strip() for line in cleaner.clean(text).body.splitlines() if line.strip()]


def _assert_gone(text: str, *junk: str, lang: str) -> None:
    lines = _lines(text)
    assert S[lang]["p1"] in lines and S[lang]["p2"] in lines, lines
    for line in junk:
        assert line not in lines, f"{line!r} kept: {lines}"


def test_samples_cover_every_language() -> None:
    assert sorted(S) == sorted(LANGUAGES)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_related_heading_and_teasers_go(lang: str) -> None:
    s = S[lang]
    first, second = _teasers(lang)
    text = f"{s['p1']}\n{s['p2']}\n{s['heading']}\n{first}\n{second}"
    _assert_gone(text, s["heading"], first, second, lang=lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_inline_junk_goes(lang: str) -> None:
    """An advertisement marker, a read-more insert, a share button and a reading time
    between the paragraphs; a comment prompt and a paywall notice after them."""
    s = S[lang]
    junk = [s["ad"], s["insert"], s["share"], s["rt"], s["newsletter"]]
    text = "\n".join([s["p1"], *junk, s["p2"], s["comment"], s["paywall"]])
    _assert_gone(text, *junk, s["comment"], s["paywall"], lang=lang)


@pytest.mark.parametrize("lang", sorted(set(LANGUAGES) - NO_TAGS))
def test_tag_line_goes(lang: str) -> None:
    s = S[lang]
    _assert_gone(f"{s['p1']}\n{s['p2']}\n{s['tags']}", s["tags"], lang=lang)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_date_line_gives_published(lang: str) -> None:
    s = S[lang]
    title = _teasers(lang)[0]
    doc = cleaner.clean(f"{title}\n{s['date']}\n{s['rel']}\n{s['p1']}\n{s['p2']}")
    lines = doc.body.splitlines()
    assert s["date"] not in lines and s["rel"] not in lines, lines
    assert str(doc.metadata.get("published", "")).startswith("2023-07-20"), doc.metadata


@pytest.mark.parametrize("lang", sorted(set(LANGUAGES) - NO_BYLINE))
def test_byline_gives_authors(lang: str) -> None:
    s = S[lang]
    title = _teasers(lang)[0]
    doc = cleaner.clean(f"{title}\n{s['byline']}\n{s['p1']}\n{s['p2']}")
    assert s["byline"] not in doc.body.splitlines()
    assert list(doc.metadata.get("authors", [])) == [s["author"]]


@pytest.mark.parametrize(
    ("lang", "date"),
    [
        ("pl", "20 lipca 2023"), ("cs", "20. července 2023"), ("ru", "20 июля 2023"),
        ("uk", "20 липня 2023"), ("el", "20 Ιουλίου 2023"), ("el", "20 ΙΟΥΛΙΟΥ 2023"),
        ("fi", "20. heinäkuuta 2023"), ("tr", "20 Temmuz 2023"), ("ro", "20 iulie 2023"),
        ("da", "20. juli 2023"), ("no", "20. juli 2023"), ("sv", "20 juli 2023"),
        ("id", "20 Juli 2023"), ("ar", "20 يوليو 2023"), ("ar", "20 تموز 2023"),
        ("it", "20 lug 2023"), ("pt", "20 jul. 2023"), ("es", "20 de julio del 2023"),
    ],
)
def test_month_names_parse(lang: str, date: str) -> None:
    assert find_date(date) == "2023-07-20"


def test_may_mention_is_exact_for_the_phrases_it_is_used_with() -> None:
    """``may_mention`` looks for casefolded phrases in the casefolded text; that is exact
    only if every character a ``(?i)`` pattern matches with a phrase's letter casefolds
    to that letter (bar ``CASE_EXCEPTIONS``, which turn the shortcut off)."""
    from cleaner.filters.read_more import _CLICK_WORDS
    from cleaner.lexicon import CASE_EXCEPTIONS, all_phrases, may_mention

    letters = set("".join(all_phrases("cookie_words"))) | set("".join(_CLICK_WORDS))
    assert all(word == word.casefold() for word in _CLICK_WORDS)
    any_letter = regex.compile("(?i)[" + "".join(map(regex.escape, sorted(letters))) + "]")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char in CASE_EXCEPTIONS or not any_letter.match(char):
            continue
        for letter in letters:
            if regex.match("(?i)" + regex.escape(letter), char):
                assert char.casefold() == letter, (hex(code), letter)
    assert may_mention("Klicken Sie HİER", ["hier"]) and not may_mention("Klicken", ["hier"])


def test_alternation_does_not_depend_on_the_order_of_its_phrases() -> None:
    from cleaner.lexicon import alternation

    phrases = ["lire aussi", "read more", "leia mais", "mehr", "más"]
    assert alternation(phrases) == alternation(reversed(phrases)) == alternation(sorted(phrases))
    assert alternation(phrases) == "lire\\ aussi|leia\\ mais|read\\ more|mehr|más"


@pytest.mark.parametrize(
    "kind",
    [
        "ad_disclosures", "contact_starts", "newsletter_starts", "paywall", "rights_reserved",
        "support_appeals",
    ],
)
def test_phrase_words_prechecks_change_no_answer(kind: str) -> None:
    """``PhraseWords`` skips its pattern when a word the phrases need is missing: it must
    answer as the bare pattern does, on phrases, their pieces, and phrases inside words."""
    from cleaner.lexicon import all_phrases
    from cleaner.patterns import phrase_words

    _assert_prechecks_change_no_answer(phrase_words(kind), all_phrases(kind))


def test_phrase_words_with_a_slot_prechecks_change_no_answer() -> None:
    """A slot's phrases, spelled out with each filler, answer as the bare pattern does; and
    the pattern finds them, and only them, whatever fills the slot."""
    from cleaner.lexicon import all_phrases

    fillers = ("facebook", "x", "telegram")
    phrases = all_phrases("channel_prompts")
    found = PhraseWords(phrases, slot="<network>", fillers=fillers)
    spelled = {p.replace("<network>", f) for p in phrases for f in fillers}
    _assert_prechecks_change_no_answer(found, spelled)
    assert found.search("join our telegram channel today")
    assert found.search("我们的x频道")
    assert not found.search("our myspace channel")


def _assert_prechecks_change_no_answer(found: PhraseWords, phrases: Iterable[str]) -> None:
    texts = ["", "x", "the end.", "— all"]
    for phrase in sorted(phrases):
        half = phrase[: len(phrase) // 2]
        texts += [phrase, f"» {phrase}: now", f"x{phrase}", f"{phrase}s", half, f"ok. {half}"]
        texts += [f"see {phrase}", phrase.upper(), phrase.replace(" ", "  ")]

    def span(match: regex.Match[str] | None) -> tuple[int, int] | None:
        return match.span() if match else None

    for text in texts:
        for pos in (0, 1, 3):
            assert span(found.match(text, pos)) == span(found.pattern.match(text, pos)), text
            assert span(found.search(text, pos)) == span(found.pattern.search(text, pos)), text
