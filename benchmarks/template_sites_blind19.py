"""A nineteenth blind check of #8 ("a crawl of a site in four templates"): two publications,
Irish English (a Dublin daily, with Irish-language bylines, place names and a Gaeilge column)
and Ukrainian (a Kyiv online news outlet with a print heritage), each one site on 127.0.0.1 in
four templates. Written without reading the parsers or their tests; only
``template_harness.py``, ``served_pages.py`` and the site plumbing of
``template_sites_blind14.py`` (for the interface) were read.

- ``table``: an early-2000s paper in nested tables, ``<font>``, ``<b>`` and ``<br>``, no
  metadata, the edition's day in the masthead bar only. Irish: ISO-8859-1 declared in a
  ``<meta>``, Irish Times-era URLs (``/newspaper/home/2002/0514/1234567.html``), an upper-case
  section label ("HOME NEWS"), "Mary Carolan, Legal Affairs Correspondent" or "By CONOR LALLY
  and NIAMH WALSH" in bold above the text, "Photograph: X" under a picture, a wire story
  ("BRUSSELS - ...", "(Reuters)" at the foot), an opinion piece signed by an italic bio at the
  foot ("Pádraig Mac Fhearghusa is a solicitor and writes on planning."), "Last updated:
  15/05/2002 09:12" (day first, the next day) on odd stories. Ukrainian: windows-1251, declared in
  a ``<meta>`` on even stories and only in the HTTP header on odd ones, "№ 86 (2286) | Вівторок,
  14 травня 2002 р." in the bar, an upper-case rubric ("ПОЛІТИКА"), the old signature with the
  surname in capitals ("Юлія РУДЕНКО") above the text or in bold italics after it (two writers
  joined by a comma, then "Фото АНДРІЯ НЕСТЕРЕНКА" in the genitive), "Наталія ЛИСЕНКО, «Київський
  вісник», Львів" after the text, and a wire story ("Київ, 14 травня. ..." ... "(УНІАН)").
- ``daily``: a national news site. Irish (Independent.ie-like, ``/irish-news/politics/<slug>-a1234567.html``):
  a breadcrumb "Home › Irish News › Politics", author links with a job ("Political Correspondent"),
  "X and Y", "X, with Y", "Additional reporting: PA" at the foot, "Tue 14 May 2024 at 06:30" or
  "Today at 06:30" in a ``<time>``, "Updated 15 May 2024 at 09:12", ``article:published_time`` and
  JSON-LD in UTC (a story after midnight local is the previous day in UTC), JSON-LD naming the
  people, only the publication, nobody, or only the first writer; the ``og:title`` and ``<title>``
  naming an earlier headline on a quarter of the stories; "Read more" links, a newsletter box, ad
  slots and share bars in the text; "More in Politics" cards and "Most Read". Ukrainian (Українська
  правда-like, ``/news/2024/05/14/7455123/``): "Головна › Новини › Політика", "Ірина Шевченко — Вівторок,
  14 травня 2024, 10:32", two writers joined by a comma, "X за участі Y" (Y in the genitive),
  news with no writer and "За матеріалами Укрінформу" at the foot, "Оновлено 15 травня 2024, 09:10",
  "Читайте також:" inside the text, a Telegram box.
- ``regional``: a local paper. Irish: a WordPress weekly in Clare (``/2024/05/14/<slug>/``):
  the category link above the title, "Posted on 14th May 2024 by Newsroom" (the desk's account;
  the writer's own only on a quarter), the real byline as the first paragraph ("By DARA BRADLEY",
  "Words: X | Pictures: Y", "By X, Court Reporter"), an Irish-language section (Nuacht) whose
  stories are in Irish ("Le Máire Ní Chonghaile", "Dé Máirt, 14 Bealtaine 2024", ``lang="ga"``),
  Yoast JSON-LD and ``<meta name="author">`` naming "Newsroom", times in UTC written as +00:00,
  tags, "You may also like", a newsletter widget, death notices. Ukrainian: regional news
  (``/lviv/<slug>-1234567.html``): the city rubric as a kicker, "14.05.2024 10:32" or "Вчора о
  00:40" (the day only in ``article:published_time``), "Автор: X", "Матеріал підготувала X" after the
  text, "Текст: X. Фото: Y", "X, кореспондентка «Вісника» у Львові" after the text.
- ``magazine``: weekend features. Irish: a kicker, a standfirst, "Words by X. Photography by
  Y", a columnist's card (photo, name, "Columnist"), "By X and Y", "X travelled as a guest of
  Fáilte Ireland." at the foot, "May 18 2024 02:30 AM" and "Updated: ...", JSON-LD naming
  nobody on the columns. Ukrainian: interviews signed "Розмовляла X" after the text, an op-ed's
  author box ("економіст, доктор економічних наук"), "X та Y", "X, спеціально для «Вісника
  Тижня»", "Опубліковано 14 травня 2024 о 10:32".

Listing pages (paginated), tag, author, about, contact, advertising, subscription and death-notice
pages are no articles.

The truth per article: title (the headline as printed), authors (people only, as a set, case
aside: no agency, desk, photographer or publication; a story with no person named has none), day
(the local day of publication as printed, or in the metadata where the page prints no day) and
section (the one the page names for the story: the breadcrumb's last step, the kicker, the
rubric; case aside).

The first run (2026-12-08, main at e16d11cb, before any parser was read; found / title /
authors / day / section; seeds 19, 31 and 47 alike unless shown):

| publication | template | seed 19 | seed 31 | seed 47 |
|---|---|---|---|---|
| en-IE | table | 1.00 / 1.00 / 0.50 / 1.00 / 1.00 | same | 1.00 / 1.00 / 0.60 / 1.00 / 1.00 |
| en-IE | daily | 1.00 / 1.00 / 0.90 / 1.00 / 1.00 | same | 1.00 / 1.00 / 0.80 / 1.00 / 1.00 |
| en-IE | regional | 1.00 / 1.00 / 0.10 / 1.00 / 1.00 | same | same |
| en-IE | magazine | 1.00 / 1.00 / 1.00 / 1.00 / 1.00 | same | same |
| en-IE | all | 1.00 / 1.00 / 0.62 / 1.00 / 1.00 | same | same |
| uk | table | 0.00 / 0.00 / 0.00 / 0.00 / 0.00 | same | same |
| uk | daily | 1.00 / 1.00 / 0.60 / 1.00 / 1.00 | same | same |
| uk | regional | 1.00 / 1.00 / 0.50 / 1.00 / 1.00 | same | same |
| uk | magazine | 1.00 / 1.00 / 1.00 / 1.00 / 1.00 | same | same |
| uk | all | 0.75 / 0.75 / 0.53 / 0.75 / 0.75 | same | same |

Nothing was stored twice and no non-article was stored. The misses: no story of the old
Ukrainian paper stored at all (``/archive/2002/184/polityka800.html``); the old Irish paper's
byline not found where it is one writer with a job in bold ("Mary Carolan, Legal Affairs
Correspondent") or an italic bio at the foot; "X, with Y" and "X за участі Y" kept to X (the
JSON-LD's first writer); the WordPress desk account "Newsroom" stored over the printed byline ("By
DARA BRADLEY", "Words: X | Pictures: Y", "Le Máire Ní Chonghaile"); a Ukrainian weekday
("Середа", from "Середа, 27 березня 2024, 10:32") stored as the author of a story with no
writer; the Ukrainian signatures after the text ("Матеріал підготувала X", "X, кореспондентка
«Вісника» у Львові") not found.

After the rules written from it (``tests/test_blind19_rules.py``; CHANGELOG), found / title /
authors / day / section:

| publication | template | seed 19 | seed 31 | seed 47 |
|---|---|---|---|---|
| en-IE | every template | 1.00 / 1.00 / 1.00 / 1.00 / 1.00 | same | same |
| uk | daily | 1.00 / 1.00 / 0.80 / 1.00 / 1.00 | same | same |
| uk | table, regional, magazine | 1.00 / 1.00 / 1.00 / 1.00 / 1.00 | same | same |
| uk | all | 1.00 / 1.00 / 0.95 / 1.00 / 1.00 | same | same |

Nothing stored twice, no non-article stored. Left (uk): a wire-material story naming no writer
("За матеріалами Укрінформу" closing it) whose JSON-LD names the publication as its author is
credited to the publication (the project keeps an organisation's credit as the last resort;
this truth credits no one).

    PYTHONPATH=. .venv/bin/python benchmarks/template_sites_blind19.py [--misses] [--seed 19]
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from html import escape
from http.server import BaseHTTPRequestHandler
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.template_harness import (
    SEED_HELP,
    ArticlesSite,
    Publication,
    Story,
    add_listing,
    blind_main,
    coded_handler,
    filler_paragraphs,
    loosely,
    newest_first_pages,
    story_slots,
    story_time,
    unseen_title,
)

TEMPLATES = ("table", "daily", "regional", "magazine")
PER_TEMPLATE = 10
PAGE_SIZE = 4


@dataclass(frozen=True)
class Lang(Publication):
    """A publication's language: its words, names, sections and printed forms."""

    women: frozenset[str]
    gaelic: tuple[str, ...]
    photographers: tuple[str, ...]
    agencies: tuple[str, ...]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    places: tuple[str, ...]
    words: dict[str, str] = field(default_factory=dict)


IE = Lang(
    code="en-IE",
    sites={"table": "The Liffey Herald", "daily": "Herald.ie", "regional": "The Clare Courier",
           "magazine": "Herald Weekend"},
    sections={
        "table": (("home", "Home News"), ("world", "World"), ("finance", "Finance"), ("sport", "Sport")),
        "daily": (("politics", "Politics"), ("crime", "Courts"), ("health", "Health"), ("business", "Business")),
        "regional": (("news", "News"), ("nuacht", "Nuacht"), ("farming", "Farming"), ("sport", "Sport")),
        "magazine": (("life", "Life"), ("travel", "Travel"), ("food-drink", "Food & Drink"), ("sport", "Sport")),
    },
    subjects=("Dublin City Council", "The HSE", "Iarnród Éireann", "The Taoiseach", "Clare County Council",
              "The Department of Education", "Cork City Council", "The Garda Síochána", "An Bord Pleanála",
              "Dublin Bus", "University Hospital Limerick", "The Dáil housing committee"),
    predicates=("defends plan for 400 new homes in Cabra", "faces questions over delayed Navan rail link",
                "warns of summer water shortages in the midlands", "confirms review of hospital waiting lists",
                "rejects claims over Ennis planning decision", "sets out budget for school transport",
                "to seek extra funding for Luas Finglas extension", "criticised over cost of new children's hospital"),
    fillers=("Councillors were told the proposal would go before the full council next month.",
             "A spokesperson said the matter was being kept under review.",
             "Residents in the area have raised concerns about traffic and parking.",
             "The Minister is expected to bring a memo to Cabinet before the summer recess.",
             "Opposition TDs said the delays were unacceptable and called for a full explanation.",
             "The figures were released in response to a parliamentary question.",
             "Local business owners said footfall had dropped sharply since January.",
             "The scheme will be funded through the National Development Plan.",
             "A public consultation will run for six weeks, with submissions accepted online.",
             "Unions have sought an urgent meeting with management over the changes.",
             "The report found that staffing levels remained well below the agreed target.",
             "Gardaí have appealed for anyone with information to contact them."),
    first=("Seán", "Aoife", "Ciarán", "Niamh", "Pádraig", "Siobhán", "Darragh", "Orla", "Cormac", "Gráinne",
           "Eoin", "Caoimhe", "Fionnuala", "Tadhg", "Róisín", "Conor", "Mary", "Declan"),
    last=("Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "McCarthy",
          "Doyle", "Kavanagh", "McQuinn", "Fitzgerald", "Gallagher", "Hennessy", "Brennan"),
    women=frozenset({"Aoife", "Niamh", "Siobhán", "Orla", "Gráinne", "Caoimhe", "Fionnuala", "Róisín", "Mary"}),
    gaelic=("Máire Ní Chonghaile", "Seán Ó Cuirreáin", "Áine Ní Churráin", "Colm Ó Broin",
            "Pádraig Mac Fhearghusa", "Siobhán Nic Eoin", "Tomás Ó Conghaile", "Úna Ní Fhaircheallaigh"),
    photographers=("Mark Condren", "Frank McGrath", "Gerry Mooney", "Damien Eagers", "Steve Humphreys"),
    agencies=("PA", "Reuters"),
    months=("January", "February", "March", "April", "May", "June", "July", "August", "September",
            "October", "November", "December"),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    places=("Ennis", "Kilrush", "Lahinch", "Shannon", "Kilkee", "Ennistymon"),
    words={"irish_months": "Eanáir Feabhra Márta Aibreán Bealtaine Meitheamh Iúil Lúnasa Meán_Fómhair "
                           "Deireadh_Fómhair Samhain Nollaig",
           "irish_days": "Dé_Luain Dé_Máirt Dé_Céadaoin Déardaoin Dé_hAoine Dé_Sathairn Dé_Domhnaigh"},
)

GA_SUBJECTS = ("Údarás na Gaeltachta", "Comhairle Contae an Chláir", "Conradh na Gaeilge", "TG4",
               "Raidió na Gaeltachta")
GA_PREDICATES = ("ag lorg tuilleadh maoinithe do scoileanna", "ag fógairt post nua i gConamara",
                 "buartha faoi chúrsaí tithíochta", "ag pleanáil féile nua sa samhradh",
                 "sásta le plean nua don Ghaeltacht")
GA_FILLERS = ("Tá imní ar mhuintir na háite faoin bplean.",
              "Dúirt urlabhraí go mbeidh cruinniú poiblí ann an mhí seo chugainn.",
              "Beidh tuilleadh eolais ar fáil ar shuíomh gréasáin na comhairle.",
              "Tá súil ag an gcoiste go gcuirfear tús leis an obair roimh dheireadh na bliana.",
              "Cuireadh fáilte roimh an bhfógra ar fud an cheantair.",
              "Níl aon chinneadh déanta fós faoin gcostas.",
              "Labhair roinnt tuismitheoirí leis an nuachtán faoin scéal.",
              "Meastar go dtógfaidh an tionscadal dhá bhliain.")

UK = Lang(
    code="uk",
    sites={"table": "Київський вісник", "daily": "Вісник.ua", "regional": "Вісник. Регіони",
           "magazine": "Вісник Тижня"},
    sections={
        "table": (("polityka", "Політика"), ("ekonomika", "Економіка"), ("suspilstvo", "Суспільство"),
                  ("sport", "Спорт")),
        "daily": (("politics", "Політика"), ("economics", "Економіка"), ("war", "Війна"), ("kyiv", "Київ")),
        "regional": (("lviv", "Львів"), ("kharkiv", "Харків"), ("odesa", "Одеса"), ("dnipro", "Дніпро")),
        "magazine": (("interview", "Інтерв'ю"), ("culture", "Культура"), ("opinion", "Думки"),
                     ("science", "Наука")),
    },
    subjects=("Київрада", "Уряд", "Верховна Рада", "Національний банк", "Укрзалізниця", "Мінекономіки",
              "Київська ОВА", "Одеська міськрада", "МОЗ", "Укренерго", "Антимонопольний комітет",
              "Львівська мерія"),
    predicates=("обіцяє відновити рух трамваїв до осені", "готує зміни до правил оренди землі",
                "перевіряє закупівлі генераторів", "відкладає рішення щодо тарифів",
                "оголошує конкурс на ремонт мосту", "підтримує програму для переселенців",
                "розглядає скарги підприємців", "запускає нову систему електронних черг"),
    fillers=("Про це повідомили на засіданні профільної комісії.",
             "У відомстві зазначили, що питання перебуває на контролі.",
             "Мешканці району скаржаться на затори та брак паркування.",
             "Проєкт рішення мають розглянути до кінця місяця.",
             "Опозиційні депутати вимагають пояснень щодо затримки.",
             "Відповідні дані оприлюднили у відповідь на депутатський запит.",
             "Підприємці кажуть, що кількість клієнтів різко зменшилася з початку року.",
             "Фінансування передбачено з державного бюджету.",
             "Громадське обговорення триватиме шість тижнів.",
             "Профспілка вимагає термінової зустрічі з керівництвом.",
             "У звіті йдеться, що кадровий дефіцит досі не подолано.",
             "Поліція просить очевидців звернутися на лінію 102."),
    first=("Олександр", "Ірина", "Андрій", "Оксана", "Тарас", "Наталія", "Богдан", "Юлія", "Дмитро", "Ольга",
           "Василь", "Христина", "Сергій", "Тетяна"),
    last=("Коваленко", "Шевченко", "Бондаренко", "Ткачук", "Мельник", "Кравчук", "Бойко", "Савчук", "Лисенко",
          "Гнатюк", "Руденко", "Марченко", "Поліщук", "Левченко"),
    women=frozenset({"Ірина", "Оксана", "Наталія", "Юлія", "Ольга", "Христина", "Тетяна"}),
    gaelic=(),
    photographers=("Андрій Нестеренко", "Сергій Мартинюк", "Богдан Кравчук", "Тарас Подолян"),
    agencies=("УНІАН", "Укрінформ"),
    months=("січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня",
            "жовтня", "листопада", "грудня"),
    weekdays=("понеділок", "вівторок", "середа", "четвер", "п'ятниця", "субота", "неділя"),
    places=("Львові", "Харкові", "Одесі", "Дніпрі"),
    words={},
)

FIRST_GENITIVE = {"Олександр": "Олександра", "Андрій": "Андрія", "Тарас": "Тараса", "Богдан": "Богдана",
                  "Дмитро": "Дмитра", "Василь": "Василя", "Сергій": "Сергія", "Ірина": "Ірини",
                  "Оксана": "Оксани", "Наталія": "Наталії", "Юлія": "Юлії", "Ольга": "Ольги",
                  "Христина": "Христини", "Тетяна": "Тетяни"}


def is_ie(lang: Lang) -> bool:
    return lang.code == "en-IE"


@dataclass
class Article(Story):
    """One story: what a reader sees and what the crawl should store (authors: people only)."""

    credit: str | None
    when: datetime
    style: int
    photographer: str
    jobs: list[str] = field(default_factory=list)
    updated: datetime | None = None
    path: str = ""
    tags: list[str] = field(default_factory=list)
    gaelic: bool = False


def offset(lang: Lang, d: datetime) -> timedelta:
    """The UTC offset on ``d``: Irish summer time (+1) / Kyiv (+3 in summer, +2 in winter), April to October."""
    summer = 4 <= d.month <= 10
    return timedelta(hours=(1 if summer else 0) if is_ie(lang) else (3 if summer else 2))


def iso_local(lang: Lang, d: datetime) -> str:
    off = offset(lang, d)
    return d.strftime("%Y-%m-%dT%H:%M:00") + f"+{off.seconds // 3600:02d}:00"


def iso_utc(lang: Lang, d: datetime) -> str:
    return (d - offset(lang, d)).strftime("%Y-%m-%dT%H:%M:00Z")


def long_day(lang: Lang, d: datetime) -> str:
    """"14 May 2024" / "14 травня 2024"."""
    return f"{d.day} {lang.months[d.month - 1]} {d.year}"


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def irish_day(d: datetime) -> str:
    """"Dé Máirt, 14 Bealtaine 2024"."""
    months = [m.replace("_", " ") for m in IE.words["irish_months"].split()]
    days = [m.replace("_", " ") for m in IE.words["irish_days"].split()]
    return f"{days[d.weekday()]}, {d.day} {months[d.month - 1]} {d.year}"


def slug(text: str) -> str:
    table = str.maketrans("áéíóúÁÉÍÓÚ", "aeiouAEIOU")
    translit = dict(zip("абвгґдеєжзиіїйклмнопрстуфхцчшщьюя'",
                        ["a", "b", "v", "h", "g", "d", "e", "ie", "zh", "z", "y", "i", "i", "i", "k", "l", "m", "n",
                         "o", "p", "r", "s", "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "iu", "ia", ""],
                        strict=True))
    out = "".join(translit.get(c, c) for c in text.translate(table).lower())
    return "-".join("".join(c if c.isalnum() and c.isascii() else " " for c in out).split())


def genitive(name: str) -> str:
    """A Ukrainian name in the genitive ("Фото Андрія Нестеренка"): men's surnames in -о/-ук/-ик decline, women's do not."""
    first, last = name.split(" ", 1)
    if first not in UK.women:
        last = last[:-1] + "а" if last.endswith("о") else last + "а" if last[-2:] in ("ук", "ик", "юк") else last
    return f"{FIRST_GENITIVE.get(first, first)} {last}"


def upper_surname(name: str) -> str:
    """"Олександр КОВАЛЕНКО": the old Ukrainian paper's signature."""
    first, last = name.split(" ", 1)
    return f"{first} {last.upper()}"


def join_names(lang: Lang, names: list[str], word: str | None = None) -> str:
    word = word or ("and" if is_ie(lang) else "та")
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {word} " + names[-1]


def pages_of(items: list[Article]) -> list[list[Article]]:
    return newest_first_pages(items, PAGE_SIZE)


def page(lang: Lang, title: str, body: str, head: str = "", lang_attr: str | None = None) -> str:
    return (f'<!DOCTYPE html><html lang="{lang_attr or lang.code}"><head><meta charset="utf-8">'
            f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>{escape(title)}</title>'
            f'{head}</head><body>{body}</body></html>')


# ---------------------------------------------------------------- the stories


def _other_day(lang: Lang, rng: random.Random, when: datetime, gaelic: bool) -> str:
    d = when - timedelta(days=rng.randint(40, 400))
    if gaelic:
        return f"Fógraíodh an plean den chéad uair ar an {irish_day(d).split(', ')[1]}."
    if is_ie(lang):
        return f"The plan was first announced on {d.day} {lang.months[d.month - 1]} {d.year}."
    return f"Вперше план оприлюднили {long_day(lang, d)} року."


def _person(lang: Lang, rng: random.Random, gaelic_share: float = 0.25) -> str:
    if lang.gaelic and rng.random() < gaelic_share:
        return rng.choice(lang.gaelic)
    return f"{rng.choice(lang.first)} {rng.choice(lang.last)}"


def _people(lang: Lang, rng: random.Random, count: int, gaelic_share: float = 0.25) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = _person(lang, rng, gaelic_share)
        if all(name.split()[-1] != n.split()[-1] for n in names):
            names.append(name)
    return names


IE_JOBS = ("Political Correspondent", "Health Correspondent", "Courts Reporter", "Business Editor",
           "Security Editor", "Education Correspondent", "Western Correspondent")
UK_JOBS = ("кореспондент", "оглядач", "економічний оглядач", "журналіст")


def _byline(lang: Lang, template: str, style: int, rng: random.Random) -> tuple[list[str], str | None]:
    """Who wrote it, by template and style (the templates below print each style)."""
    if (template, style) == ("table", 2) or (not is_ie(lang) and (template, style) == ("daily", 3)):
        return [], rng.choice(lang.agencies)
    two = (template, style) in (("table", 1), ("daily", 1), ("daily", 2), ("magazine", 2))
    return _people(lang, rng, 2 if two else 1), None


def make_articles(lang: Lang, rng: random.Random) -> list[Article]:
    seen: set[str] = set()
    articles = []
    for template, number, style in story_slots(rng, TEMPLATES, PER_TEMPLATE):
        sections = lang.sections[template]
        section = sections[number % len(sections)]
        gaelic = is_ie(lang) and template == "regional" and section[0] == "nuacht"
        when = story_time(rng, 2002 if template == "table" else 2024, template != "table" and number % 3 == 1)
        if gaelic:
            people, credit = [rng.choice(lang.gaelic)], None
            title = unseen_title(rng, GA_SUBJECTS, GA_PREDICATES, seen)
            paras = filler_paragraphs(rng, GA_FILLERS, partial(_other_day, lang, rng, when, True))
        else:
            people, credit = _byline(lang, template, style, rng)
            title = unseen_title(rng, lang.subjects, lang.predicates, seen)
            paras = filler_paragraphs(rng, lang.fillers, partial(_other_day, lang, rng, when, False))
        jobs = [rng.choice(IE_JOBS if is_ie(lang) else UK_JOBS) for _ in people]
        updated = when + timedelta(hours=rng.randint(20, 30)) if number % 2 else None
        a = Article(template, number, rng.randint(1000000, 9999999), section, title, paras, people, credit, when,
                    style, rng.choice(lang.photographers), jobs, updated, tags=rng.sample(lang.subjects, 2),
                    gaelic=gaelic)
        a.path = _path(lang, a)
        articles.append(a)
    return articles


def _path(lang: Lang, a: Article) -> str:
    d, sec, n, s = a.when, a.section[0], a.ident, slug(a.title)[:60].rstrip("-")
    if a.template == "table":
        if is_ie(lang):
            return f"/newspaper/{sec}/{d:%Y}/{d:%m%d}/{n}.html"
        return f"/archive/{d:%Y}/{d.timetuple().tm_yday:03d}/{sec}{n % 1000}.html"
    if a.template == "daily":
        return f"/irish-news/{sec}/{s}-a{n}.html" if is_ie(lang) else f"/news/{d:%Y/%m/%d}/{n}/"
    if a.template == "regional":
        return f"/{d:%Y/%m/%d}/{s}/" if is_ie(lang) else f"/{sec}/{s}-{n}.html"
    return f"/weekend/{sec}/{s}/{n}" if is_ie(lang) else f"/articles/{sec}/{s}.html"


def a_href(href: str, text: str, attrs: str = "") -> str:
    return f'<a href="{href}"{attrs}>{escape(text)}</a>'


# ---------------------------------------------------------------- table: the 2002 paper


IE_BIOS = ("is a freelance journalist based in Galway", "lectures in economics at the University of Limerick",
           "is a former chairman of the Dublin Chamber of Commerce", "is a solicitor and writes on planning")


def table_list_path(lang: Lang, sec: str, k: int = 0) -> str:
    if is_ie(lang):
        return f"/newspaper/{sec}/index.html" if k == 0 else f"/newspaper/{sec}/index{k + 1}.html"
    return f"/archive/{sec}/" if k == 0 else f"/archive/{sec}/p{k + 1}.html"


def table_masthead_day(lang: Lang, d: datetime) -> str:
    if is_ie(lang):
        return f"{lang.weekdays[d.weekday()]}, {lang.months[d.month - 1]} {d.day}, {d.year}"
    issue = d.timetuple().tm_yday - d.timetuple().tm_yday // 7
    return f"№ {issue} ({2200 + issue}) | {lang.weekdays[d.weekday()].capitalize()}, {long_day(lang, d)} р."


def table_menu(lang: Lang) -> str:
    rows = "".join(f'<tr><td><font face="Verdana,Arial" size="1">&#149; '
                   f'{a_href(table_list_path(lang, s), n)}</font></td></tr>' for s, n in lang.sections["table"])
    extra = (("/about.html", "About Us"), ("/contact.html", "Contact Us"), ("/subscribe.html", "Subscribe")) \
        if is_ie(lang) else (("/redaktsiya.html", "Редакція"), ("/reklama.html", "Реклама"),
                             ("/pidpyska.html", "Передплата"))
    rows += "".join(f'<tr><td><font face="Verdana,Arial" size="1">{a_href(h, t)}</font></td></tr>' for h, t in extra)
    return f'<table width="140" border="0" cellpadding="2" cellspacing="0" bgcolor="#EEEEEE">{rows}</table>'


def table_frame(lang: Lang, title: str, bar: str, main: str, side: str, charset: str | None) -> str:
    meta = f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">' if charset else ""
    name = lang.sites["table"]
    return (f'<html><head>{meta}<title>{escape(title)}</title></head>'
            f'<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">'
            f'<table width="760" border="0" cellpadding="0" cellspacing="0">'
            f'<tr><td colspan="3" bgcolor="#003366"><a href="/"><img src="/images/masthead.gif" '
            f'alt="{escape(name)}" width="760" height="80" border="0"></a></td></tr>'
            f'<tr><td colspan="3" bgcolor="#CCCCCC"><font face="Verdana,Arial" size="1" color="#000000">'
            f'<b>{bar}</b></font></td></tr>'
            f'<tr><td width="140" valign="top">{table_menu(lang)}</td>'
            f'<td width="470" valign="top"><img src="/images/spacer.gif" width="470" height="8"><br>{main}</td>'
            f'<td width="150" valign="top" bgcolor="#F5F5F5">{side}</td></tr>'
            f'<tr><td colspan="3" align="center"><font face="Verdana" size="1">&copy; {escape(name)} 2002. '
            f'{"All rights reserved." if is_ie(lang) else "Усі права захищено. Передрук лише з дозволу редакції."}'
            f'</font></td></tr></table></body></html>')


def table_ie_byline(a: Article) -> tuple[str, str]:
    """The old Irish paper's byline above the text and its foot (a bio, a wire credit)."""
    if a.style == 0:
        return f'<font face="Arial" size="2"><b>{escape(a.people[0])}, {escape(a.jobs[0])}</b></font><br><br>', ""
    if a.style == 1:
        return (f'<font face="Arial" size="2"><b>By {escape(join_names(IE, a.people).upper())}</b>'
                f'</font><br><br>', "")
    if a.style == 2:
        return "", f'<font face="Times New Roman" size="3">({escape(a.credit or "")})</font><br>'
    return ('<font face="Arial" size="2" color="#990000"><b>OPINION</b></font><br><br>',
            f'<font face="Times New Roman" size="3"><i>{escape(a.people[0])} {IE_BIOS[a.ident % 4]}.</i></font><br>')


def table_uk_byline(a: Article) -> tuple[str, str]:
    """The old Kyiv paper's signature: the surname in capitals, above the text or after it."""
    if a.style == 0:
        return f'<font face="Arial" size="2"><b>{escape(upper_surname(a.people[0]))}</b></font><br><br>', ""
    if a.style == 1:
        names = ", ".join(upper_surname(p) for p in a.people)
        return "", (f'<p align="right"><font face="Times New Roman" size="3"><b><i>{escape(names)}</i></b>'
                    f'</font></p><font size="1">Фото {escape(genitive(a.photographer)).upper()}</font><br>')
    if a.style == 2:
        return "", f'<font face="Times New Roman" size="3">({escape(a.credit or "")})</font><br>'
    town = ("Львів", "Харків", "Одеса", "Дніпропетровськ")[a.ident % 4]
    return "", (f'<p align="right"><font face="Times New Roman" size="3"><b>{escape(upper_surname(a.people[0]))}'
                f'</b>, «{escape(UK.sites["table"])}», {town}</font></p>')


def table_article(lang: Lang, a: Article, others: list[Article], charset: str | None) -> str:
    top, foot = table_ie_byline(a) if is_ie(lang) else table_uk_byline(a)
    paras = list(a.paras)
    if a.style == 2:
        city = "BRUSSELS" if is_ie(lang) else "Київ"
        paras[0] = (f"{city} - " if is_ie(lang) else f"{city}, {a.when.day} {lang.months[a.when.month - 1]}. ") + paras[0]
    body = "<br><br>".join(escape(p) for p in paras)
    photo = ""
    if a.style in (0, 1) and is_ie(lang):
        photo = (f'<img src="/images/{a.ident}.jpg" width="200" height="150" align="right"><br>'
                 f'<font size="1">Photograph: {escape(a.photographer)}</font><br>')
    section = a.section[1].upper()
    main = (f'<font face="Arial" size="2" color="#990000"><b>{escape(section)}</b></font><br>'
            f'<font face="Times New Roman" size="5"><b>{escape(a.title)}</b></font><br><br>{top}{photo}'
            f'<font face="Times New Roman" size="3">{body}</font><br><br>{foot}')
    if is_ie(lang) and a.updated:
        main += f'<br><font size="1" color="#666666">Last updated: {a.updated:%d/%m/%Y %H:%M}</font>'
    side_head = "Other stories" if is_ie(lang) else "Читайте в номері"
    side = f'<font face="Verdana" size="1"><b>{side_head}</b><br>' + "".join(
        f'{a_href(o.path, o.title)}<br><br>' for o in others) + "</font>"
    bar = escape(table_masthead_day(lang, a.when))
    title = f"{lang.sites['table']} - {a.section[1]} - {a.title}" if is_ie(lang) else f"{lang.sites['table']} :: {a.title}"
    return table_frame(lang, title, bar, main, side, charset)


def table_list(lang: Lang, title: str, items: list[Article], more: str | None, charset: str | None) -> str:
    rows = "".join(f'<tr><td><font face="Arial" size="2"><b>{a_href(a.path, a.title)}</b><br>'
                   f'<font size="1">{escape(table_masthead_day(lang, a.when))}</font><br>'
                   f'{escape(a.paras[0][:120])}...</font></td></tr>' for a in items)
    nav = f'<br><font size="2">{a_href(more, "Next page &gt;&gt;" if is_ie(lang) else "Далі &gt;&gt;")}</font>' \
        if more else ""
    main = f'<font face="Arial" size="3"><b>{escape(title)}</b></font><table cellpadding="4">{rows}</table>{nav}'
    return table_frame(lang, f"{lang.sites['table']} - {title}", escape(title), main, "", charset)


def table_static(lang: Lang, title: str, paras: list[str], charset: str | None) -> str:
    main = f'<font face="Arial" size="3"><b>{escape(title)}</b></font><br><br><font size="2">' + \
        "<br><br>".join(escape(p) for p in paras) + "</font>"
    return table_frame(lang, f"{lang.sites['table']} - {title}", escape(title), main, "", charset)


def table_statics(lang: Lang) -> dict[str, tuple[str, list[str]]]:
    if is_ie(lang):
        return {"/about.html": ("About The Liffey Herald", [
                    "The Liffey Herald has been published in Dublin since 1859.",
                    "Our offices are at 31 Abbey Street Lower, Dublin 1. Editor: Declan Hennessy."]),
                "/contact.html": ("Contact Us", ["News desk: (01) 705 5000. Fax: (01) 705 5001.",
                                                 "Letters to the Editor, 31 Abbey Street Lower, Dublin 1.",
                                                 "Updated Monday, May 13, 2002."]),
                "/subscribe.html": ("Subscribe", ["Have The Liffey Herald delivered to your door for EUR 4.50 a week.",
                                                  "Call our circulation department on 1850 123 456."])}
    return {"/redaktsiya.html": ("Редакція", ["Головний редактор — Василь Марченко.",
                                              "Адреса редакції: 01001, Київ, вул. Хрещатик, 10. Тел.: (044) 228-00-00."]),
            "/reklama.html": ("Реклама в газеті", ["Рекламний відділ: (044) 228-00-11.",
                                                   "Ціни на розміщення реклами дійсні з 1 січня 2002 р."]),
            "/pidpyska.html": ("Передплата", ["Передплатний індекс 61234 у каталозі «Укрпошти».",
                                              "Вартість передплати на місяць — 8 грн 40 коп."])}


def table_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    """The old paper's pages (as text; sent encoded by ``old_bytes``) and its root."""
    pages: dict[str, str] = {}

    def charset(path: str, n: int) -> str | None:
        if is_ie(lang):
            return "iso-8859-1"
        return "windows-1251" if n % 2 == 0 else None

    for n, a in enumerate(arts):
        others = [o for o in arts if o is not a][n % 3::3][:3]
        pages[a.path] = table_article(lang, a, others, charset(a.path, a.ident))
    for sec, name in lang.sections["table"]:
        mine = [a for a in arts if a.section[0] == sec]
        add_listing(pages, table_list_path(lang, sec), pages_of(mine),
                    partial(table_list, lang, name, charset=charset("", 0)),
                    partial(table_list_path, lang, sec))
    for path, (title, paras) in table_statics(lang).items():
        pages[path] = table_static(lang, title, paras, charset(path, 0))
    root = "/newspaper/index.html" if is_ie(lang) else "/archive/index.html"
    links = "".join(f'{a_href(table_list_path(lang, s), n)}<br>' for s, n in lang.sections["table"])
    pages[root] = table_frame(lang, lang.sites["table"], "Archive" if is_ie(lang) else "Архів", links, "",
                              charset(root, 0))
    return pages, root


# ---------------------------------------------------------------- daily: the national news site


def daily_section_path(lang: Lang, sec: str, k: int = 0) -> str:
    prefix = f"/irish-news/{sec}/" if is_ie(lang) else f"/news/{sec}/"
    return prefix if k == 0 else f"{prefix}?page={k + 1}"


def daily_root(lang: Lang) -> str:
    return "/irish-news/" if is_ie(lang) else "/news/"


def daily_author_path(lang: Lang, name: str) -> str:
    return f"/authors/{slug(name)}/" if is_ie(lang) else f"/author/{slug(name)}/"


def ie_clock(d: datetime) -> str:
    return f"{d.day} {IE.months[d.month - 1][:3]} {d.year} at {d:%H:%M}"


def daily_dates(lang: Lang, a: Article) -> str:
    """The printed stamp: Irish "Tue 14 May 2024 at 06:30" (or "Today at 06:30" with the time in
    its ``datetime``), Ukrainian "Вівторок, 14 травня 2024, 10:32"; an update stamp on odd stories."""
    d = a.when
    if is_ie(lang):
        shown = f"Today at {d:%H:%M}" if a.style == 1 else f"{IE.weekdays[d.weekday()][:3]} {ie_clock(d)}"
        text = f'<time datetime="{iso_local(lang, d)}">{shown}</time>'
        if a.updated:
            text += f' <span class="updated">Updated {ie_clock(a.updated)}</span>'
        return text
    text = (f'<span class="post_time">{lang.weekdays[d.weekday()].capitalize()}, {long_day(lang, d)}, '
            f'{d:%H:%M}</span>')
    if a.updated:
        text += f' <span class="post_updated">Оновлено {long_day(lang, a.updated)}, {a.updated:%H:%M}</span>'
    return text


def daily_byline(lang: Lang, a: Article) -> str:
    links = [a_href(daily_author_path(lang, p), p) for p in a.people]
    if is_ie(lang):
        if a.style == 0:
            return f'<div class="byline">{links[0]} <span class="role">{escape(a.jobs[0])}</span></div>'
        if a.style == 1:
            return f'<div class="byline">{links[0]} and {links[1]}</div>'
        if a.style == 2:
            return f'<div class="byline">{links[0]}, with {links[1]}</div>'
        return f'<div class="byline">{links[0]}</div>'
    if a.style == 0:
        return f'<span class="post_author">{links[0]}</span> — '
    if a.style == 1:
        return f'<span class="post_author">{links[0]}, {links[1]}</span> — '
    if a.style == 2:
        helper = a_href(daily_author_path(lang, a.people[1]), genitive(a.people[1]))
        return f'<span class="post_author">{links[0]} за участі {helper}</span> — '
    return ""


def daily_ld(lang: Lang, base: str, a: Article) -> str:
    """JSON-LD: the people (style 0), the publication as the author (1), none at all (2), the first person only (3)."""
    if a.style == 2:
        return ""
    org = {"@type": "Organization", "name": lang.sites["daily"]}
    author: object = org if a.style == 1 or not a.people else [{"@type": "Person", "name": a.people[0]}]
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
            "datePublished": iso_utc(lang, a.when), "author": author, "publisher": org,
            "mainEntityOfPage": base + a.path}
    if a.updated:
        data["dateModified"] = iso_utc(lang, a.updated)
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def daily_head(lang: Lang, base: str, a: Article, earlier: str) -> str:
    shown = earlier if a.style == 1 else a.title
    suffix = " - Herald.ie" if is_ie(lang) else " | Вісник.ua"
    return (f'<meta property="og:type" content="article"><meta property="og:title" content="{escape(shown)}">'
            f'<meta property="og:url" content="{base}{a.path}">'
            f'<meta property="og:site_name" content="{escape(lang.sites["daily"])}">'
            f'<meta property="article:published_time" content="{iso_utc(lang, a.when)}">'
            f'<meta name="description" content="{escape(a.paras[0][:150])}">'
            f'<link rel="canonical" href="{base}{a.path}">{daily_ld(lang, base, a)}'
            f'<!-- {escape(shown + suffix)} -->')


def daily_nav(lang: Lang) -> str:
    items = "".join(f"<li>{a_href(daily_section_path(lang, s), n)}</li>" for s, n in lang.sections["daily"])
    extra = (("/about-us/", "About us"), ("/contact-us/", "Contact us"), ("/newsletters/", "Newsletters")) \
        if is_ie(lang) else (("/pro-nas/", "Про нас"), ("/kontakty/", "Контакти"), ("/rozsylka/", "Розсилка"))
    items += "".join(f"<li>{a_href(h, t)}</li>" for h, t in extra)
    return f'<header class="site-header"><a class="logo" href="/">{escape(lang.sites["daily"])}</a><nav><ul>{items}</ul></nav></header>'


def daily_boxes(lang: Lang) -> tuple[str, str, str]:
    """The newsletter box, the share bar and an ad slot."""
    if is_ie(lang):
        return ('<div class="newsletter-signup"><h3>Morning Briefing</h3><p>Get the day\'s top stories from '
                'Herald.ie in your inbox every morning.</p><form><input type="email" placeholder="Email address">'
                '<button>Sign up</button></form><p class="small">This field is required</p></div>',
                '<div class="share-bar"><span>Share this article</span><a href="#">Facebook</a><a href="#">X</a>'
                '<a href="#">WhatsApp</a><a href="#">Email</a></div>',
                '<div class="ad-slot"><span>Advertisement</span><div id="ad-mpu-1"></div></div>')
    return ('<div class="subscribe-box"><p>Підписуйтеся на наш Telegram-канал, щоб першими дізнаватися '
            'головні новини.</p><a href="https://t.me/visnyk">Підписатися</a></div>',
            '<div class="share"><span>Поділитися:</span><a href="#">Facebook</a><a href="#">Telegram</a>'
            '<a href="#">Viber</a><a href="#">X</a></div>',
            '<div class="banner"><span>Реклама</span><div id="adriver-1"></div></div>')


def daily_article(lang: Lang, base: str, a: Article, others: list[Article], earlier: str) -> str:
    signup, share, ad = daily_boxes(lang)
    paras = [f"<p>{escape(p)}</p>" for p in a.paras]
    more = others[0]
    inline = (f'<p class="read-more"><strong>Read more</strong> {a_href(more.path, more.title)}</p>' if is_ie(lang)
              else f'<p class="read-also"><b>Читайте також:</b> {a_href(more.path, more.title)}</p>')
    paras.insert(2, inline)
    paras.insert(4, signup if a.number % 2 else ad)
    if is_ie(lang) and a.style == 3:
        paras.append("<p><em>Additional reporting: PA</em></p>")
    if not is_ie(lang) and a.style == 3:
        paras.append(f"<p><em>За матеріалами {'Укрінформу' if a.credit == 'Укрінформ' else 'УНІАН'}</em></p>")
    home, news = ("Home", "Irish News") if is_ie(lang) else ("Головна", "Новини")
    crumbs = (f'<nav class="breadcrumbs">{a_href("/", home)} › {a_href(daily_root(lang), news)}'
              f' › {a_href(daily_section_path(lang, a.section[0]), a.section[1])}</nav>')
    caption = (f'<figure><img src="/img/{a.ident}.jpg" alt=""><figcaption>{escape(a.paras[0][:60])} '
               + (f"Photo: {escape(a.photographer)}" if is_ie(lang) else f"Фото: {escape(a.photographer)}")
               + "</figcaption></figure>")
    if is_ie(lang):
        meta = f'{daily_byline(lang, a)}<div class="dates">{daily_dates(lang, a)}</div>'
    else:
        meta = f'<div class="post_byline">{daily_byline(lang, a)}{daily_dates(lang, a)}</div>'
    cards = "".join(f'<li><a href="{o.path}"><h3>{escape(o.title)}</h3></a><span>'
                    f'{escape(", ".join(o.people))}</span> <span>{long_day(lang, o.when)}</span></li>'
                    for o in others[1:])
    related = ("More in " + a.section[1]) if is_ie(lang) else "Більше новин"
    body = (f'{daily_nav(lang)}{crumbs}<main><article><h1 class="headline">{escape(a.title)}</h1>'
            f'<p class="standfirst">{escape(a.paras[0])}</p>{meta}{share}{caption}'
            f'<div class="article-body">{"".join(paras[1:])}</div>{share}</article>'
            f'<section class="related"><h2>{escape(related)}</h2><ul>{cards}</ul></section></main>'
            f'<aside class="most-read"><h2>{"Most Read" if is_ie(lang) else "Популярне"}</h2><ol>'
            + "".join(f"<li>{a_href(o.path, o.title)}</li>" for o in others) + "</ol></aside>")
    title = f"{earlier if a.style == 1 else a.title} - Herald.ie" if is_ie(lang) else f"{a.title} | Вісник.ua"
    return page(lang, title, body, daily_head(lang, base, a, earlier))


def daily_list(lang: Lang, title: str, items: list[Article], more: str | None) -> str:
    cards = "".join(f'<article class="card"><a href="{a.path}"><h2>{escape(a.title)}</h2></a>'
                    f'<p>{escape(a.paras[0][:140])}</p><span class="card-meta">{escape(", ".join(a.people))}</span>'
                    f'</article>' for a in items)
    nav = f'<nav class="pagination">{a_href(more, "Load more" if is_ie(lang) else "Наступна сторінка")}</nav>' \
        if more else ""
    return page(lang, f"{title} - {lang.sites['daily']}", f'{daily_nav(lang)}<main><h1>{escape(title)}</h1>{cards}{nav}</main>')


def daily_static(lang: Lang, title: str, paras: list[str]) -> str:
    text = "".join(f"<p>{escape(p)}</p>" for p in paras)
    return page(lang, f"{title} - {lang.sites['daily']}", f'{daily_nav(lang)}<main class="page"><h1>{escape(title)}</h1>{text}</main>')


def daily_statics(lang: Lang) -> dict[str, tuple[str, list[str]]]:
    if is_ie(lang):
        return {"/about-us/": ("About us", ["Herald.ie is Ireland's busiest news website, published by Liffey Media DAC.",
                                            "Our newsroom at Talbot Street, Dublin 1 publishes around the clock."]),
                "/contact-us/": ("Contact us", ["News desk: news@herald.ie, (01) 705 5333.",
                                                "Complaints: write to the Readers' Editor, Talbot Street, Dublin 1."]),
                "/newsletters/": ("Newsletters", ["Morning Briefing: the day's top stories at 7am.",
                                                  "The Week in Politics, every Friday from Hugh Brennan."])}
    return {"/pro-nas/": ("Про нас", ["«Вісник.ua» — онлайн-видання, яке продовжує традиції газети «Київський вісник».",
                                      "Головний редактор — Тетяна Левченко."]),
            "/kontakty/": ("Контакти", ["Редакція: news@visnyk.ua, +38 044 228 00 00.",
                                        "Адреса: Київ, вул. Хрещатик, 10, 5 поверх."]),
            "/rozsylka/": ("Розсилка", ["Щоранку о 8:00 — головні новини дня у вашій пошті.",
                                        "Відписатися можна будь-коли."])}


def daily_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages: dict[str, str] = {}
    for n, a in enumerate(arts):
        others = [o for o in arts if o is not a][n % 3::2][:4]
        earlier = arts[(n + 5) % len(arts)].title.split(" ")[0] + (" under fire as " if is_ie(lang) else " під тиском: ") \
            + a.title.split(" ", 1)[-1]
        pages[a.path] = daily_article(lang, base, a, others, earlier)
    for sec, name in lang.sections["daily"]:
        mine = [a for a in arts if a.section[0] == sec]
        add_listing(pages, daily_section_path(lang, sec), pages_of(mine),
                    partial(daily_list, lang, name),
                    partial(daily_section_path, lang, sec))
    for name in {p for a in arts for p in a.people}:
        mine = [a for a in arts if name in a.people]
        pages[daily_author_path(lang, name)] = daily_list(lang, name, pages_of(mine)[0], None)
    for path, (title, paras) in daily_statics(lang).items():
        pages[path] = daily_static(lang, title, paras)
    root = daily_root(lang)
    pages[root] = daily_list(lang, lang.sites["daily"], pages_of(arts)[0], daily_section_path(lang, lang.sections["daily"][0][0]))
    extra = "".join(f"<li>{a_href(daily_section_path(lang, s), n)}</li>" for s, n in lang.sections["daily"])
    pages[root] = pages[root].replace("</main>", f"<ul>{extra}</ul></main>")
    return pages, root


# ---------------------------------------------------------------- regional: a local paper's CMS


IE_LOCAL_JOBS = ("Court Reporter", "Farming Editor", "Chief Reporter", "News Editor")


def regional_section_path(lang: Lang, sec: str, k: int = 0) -> str:
    prefix = f"/category/{sec}/" if is_ie(lang) else f"/{sec}/"
    return prefix if k == 0 else f"{prefix}page/{k + 1}/"


def regional_tag_path(lang: Lang, tag: str) -> str:
    return f"/tag/{slug(tag)}/" if is_ie(lang) else f"/tags/{slug(tag)}/"


def regional_wp_author(a: Article) -> str:
    """The WordPress user the post is filed under: the desk, but the writer's own account on style 3."""
    return a.people[0] if a.style == 3 and not a.gaelic else "Newsroom"


def regional_ie_byline(a: Article) -> tuple[str, str]:
    """The Clare paper's byline as the first paragraph, or nothing (the WordPress author is right)."""
    name = a.people[0]
    if a.gaelic:
        return f"<p><strong>Le {escape(name)}</strong></p>", ""
    if a.style == 0:
        return f"<p><strong>By {escape(name.upper())}</strong></p>", ""
    if a.style == 1:
        return f"<p><em>Words: {escape(name)} | Pictures: {escape(a.photographer)}</em></p>", ""
    if a.style == 2:
        return f"<p><strong>By {escape(name)}, {IE_LOCAL_JOBS[a.ident % 4]}</strong></p>", ""
    return "", ""


def regional_uk_byline(a: Article) -> tuple[str, str]:
    name = a.people[0]
    woman = name.split()[0] in UK.women
    if a.style == 0:
        return f'<div class="author">Автор: {a_href(f"/avtor/{slug(name)}/", name)}</div>', ""
    if a.style == 1:
        return "", f"<p><em>Матеріал {'підготувала' if woman else 'підготував'} {escape(name)}</em></p>"
    if a.style == 2:
        return f'<div class="credits">Текст: {escape(name)}. Фото: {escape(a.photographer)}</div>', ""
    job = "кореспондентка" if woman else "кореспондент"
    return "", f"<p><b>{escape(name)}</b>, {job} «Вісника» у {UK.places[a.ident % 4]}</p>"


def regional_dates(lang: Lang, a: Article) -> str:
    d = a.when
    if is_ie(lang):
        shown = irish_day(d) if a.gaelic else f"{ordinal(d.day)} {lang.months[d.month - 1]} {d.year}"
        text = (f'<span class="posted-on">{"Foilsithe" if a.gaelic else "Posted on"} <a href="{a.path}" rel="bookmark">'
                f'<time class="entry-date published" datetime="{iso_utc(lang, d).replace("Z", "+00:00")}">{shown}</time>')
        if a.updated:
            u = a.updated
            text += (f'<time class="updated" datetime="{iso_utc(lang, u).replace("Z", "+00:00")}">'
                     f'{ordinal(u.day)} {lang.months[u.month - 1]} {u.year}</time>')
        author = regional_wp_author(a)
        return (text + f'</a></span><span class="byline"> by <span class="author vcard">'
                f'<a class="url fn n" href="/author/{slug(author)}/">{escape(author)}</a></span></span>')
    shown = f"Вчора о {d:%H:%M}" if a.number % 3 == 1 else f"{d:%d.%m.%Y %H:%M}"
    views = f'<span class="views">{a.ident % 5000} переглядів</span>'
    return f'<div class="meta"><span class="date">{shown}</span> | {views}</div>'


def regional_head(lang: Lang, base: str, a: Article) -> str:
    if not is_ie(lang):
        return (f'<meta property="og:title" content="{escape(a.title)}">'
                f'<meta property="article:published_time" content="{iso_local(lang, a.when)}">'
                f'<meta property="og:type" content="article">')
    author = regional_wp_author(a)
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "Article", "headline": a.title, "datePublished": iso_utc(lang, a.when).replace("Z", "+00:00"),
         "author": {"@type": "Person", "name": author}, "articleSection": [a.section[1]]},
        {"@type": "WebSite", "name": lang.sites["regional"], "url": base + "/"}]}
    return (f'<meta name="author" content="{escape(author)}"><meta property="og:title" content="{escape(a.title)} - '
            f'{escape(lang.sites["regional"])}"><meta property="og:type" content="article">'
            f'<script type="application/ld+json" class="yoast-schema-graph">{json.dumps(graph, ensure_ascii=False)}</script>')


def regional_nav(lang: Lang) -> str:
    items = "".join(f"<li>{a_href(regional_section_path(lang, s), n)}</li>" for s, n in lang.sections["regional"])
    extra = (("/about/", "About"), ("/contact/", "Contact"), ("/advertise/", "Advertise"),
             ("/death-notices/", "Death Notices")) if is_ie(lang) else (("/reklamodavtsiam/", "Рекламодавцям"),
                                                                        ("/zvorotnii-zviazok/", "Зворотний зв'язок"))
    items += "".join(f"<li>{a_href(h, t)}</li>" for h, t in extra)
    return f'<header id="masthead"><p class="site-title"><a href="/">{escape(lang.sites["regional"])}</a></p><ul class="menu">{items}</ul></header>'


def regional_side(lang: Lang, others: list[Article]) -> str:
    latest = "".join(f"<li>{a_href(o.path, o.title)}</li>" for o in others)
    if is_ie(lang):
        return (f'<aside id="secondary"><section class="widget"><h2>Latest News</h2><ul>{latest}</ul></section>'
                '<section class="widget"><h2>Get the Courier in your inbox</h2><form><input type="email">'
                '<button>Subscribe</button></form></section><section class="widget ad"><p>Advertisement</p>'
                '<img src="/wp-content/uploads/ads/mpu.gif" alt=""></section></aside>')
    return (f'<aside><h3>Останні новини</h3><ul>{latest}</ul><div class="partners"><h3>Новини партнерів</h3>'
            '<ul><li><a href="https://example.org/a">Як зекономити на комуналці взимку</a></li></ul></div>'
            '<div class="newsletter"><p>Підпишіться на розсилку «Вісника»</p><input type="email"></div></aside>')


def regional_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    top, end = regional_ie_byline(a) if is_ie(lang) else regional_uk_byline(a)
    paras = "".join(f"<p>{escape(p)}</p>" for p in a.paras)
    tags = ", ".join(a_href(regional_tag_path(lang, t), t, ' rel="tag"') for t in a.tags)
    kicker = a_href(regional_section_path(lang, a.section[0]), a.section[1],
                    ' rel="category tag"' if is_ie(lang) else ' class="rubric"')
    if is_ie(lang):
        head = (f'<header class="entry-header"><span class="cat-links">{kicker}</span>'
                f'<h1 class="entry-title">{escape(a.title)}</h1><div class="entry-meta">{regional_dates(lang, a)}'
                f'</div></header>')
        foot = (f'<footer class="entry-footer"><span class="tags-links">Tagged {tags}</span></footer>'
                f'<div class="sharedaddy"><h3>Share this:</h3><a href="#">Facebook</a><a href="#">X</a></div>')
    else:
        head = f'<div class="kicker">{kicker}</div><h1>{escape(a.title)}</h1>{regional_dates(lang, a)}'
        foot = f'<div class="tags">Теги: {tags}</div><div class="share">Поділитися: <a href="#">Facebook</a></div>'
    also = "".join(f'<li>{a_href(o.path, o.title)}</li>' for o in others[:2])
    also_h = "You may also like" if is_ie(lang) else "Вас може зацікавити"
    body = (f'{regional_nav(lang)}<div id="content"><main id="main"><article class="post">{head}'
            f'<div class="entry-content">{top}{paras}{end}</div>{foot}</article>'
            f'<div class="related-posts"><h3>{also_h}</h3><ul>{also}</ul></div></main>{regional_side(lang, others)}</div>')
    return page(lang, f"{a.title} - {lang.sites['regional']}", body, regional_head(lang, base, a),
                "ga" if a.gaelic else None)


def regional_list(lang: Lang, title: str, items: list[Article], more: str | None) -> str:
    posts = "".join(f'<article class="post"><h2 class="entry-title">{a_href(a.path, a.title)}</h2>'
                    f'<div class="entry-summary"><p>{escape(a.paras[0][:150])} [&hellip;]</p></div></article>'
                    for a in items)
    nav = f'<nav class="navigation pagination">{a_href(more, "Older posts" if is_ie(lang) else "Старіші новини")}</nav>' \
        if more else ""
    return page(lang, f"{title} - {lang.sites['regional']}",
                f'{regional_nav(lang)}<main><h1 class="page-title">{escape(title)}</h1>{posts}{nav}</main>')


def regional_statics(lang: Lang) -> dict[str, tuple[str, list[str]]]:
    if is_ie(lang):
        return {"/about/": ("About The Clare Courier", ["The Clare Courier has served Ennis and the county since 1898.",
                                                        "Published every Wednesday. Editor: Pat Brennan."]),
                "/contact/": ("Contact", ["Call the newsroom on 065 682 8000 or email news@clarecourier.ie.",
                                          "Our office: Mill Road, Ennis, Co Clare, V95 XK12."]),
                "/advertise/": ("Advertise", ["Reach 40,000 readers across Clare every week."]),
                "/death-notices/": ("Death Notices", ["Notices are published with the family's permission.",
                                                      "Reposing at Ryan's Funeral Home, Ennis, on Tuesday from 5pm."])}
    return {"/reklamodavtsiam/": ("Рекламодавцям", ["Розміщення реклами в регіональних випусках: ads@visnyk.ua."]),
            "/zvorotnii-zviazok/": ("Зворотний зв'язок", ["Маєте новину? Пишіть нам: regions@visnyk.ua.",
                                                          "Телефон редакції: +38 044 228 00 22."])}


def regional_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages: dict[str, str] = {}
    for n, a in enumerate(arts):
        pages[a.path] = regional_article(lang, base, a, [o for o in arts if o is not a][n % 4::3][:3])
    for sec, name in lang.sections["regional"]:
        mine = [a for a in arts if a.section[0] == sec]
        add_listing(pages, regional_section_path(lang, sec), pages_of(mine),
                    partial(regional_list, lang, name),
                    partial(regional_section_path, lang, sec))
    for tag in {t for a in arts for t in a.tags}:
        mine = [a for a in arts if tag in a.tags]
        pages[regional_tag_path(lang, tag)] = regional_list(lang, tag, pages_of(mine)[0], None)
    if is_ie(lang):
        for author in {regional_wp_author(a) for a in arts}:
            mine = [a for a in arts if regional_wp_author(a) == author]
            pages[f"/author/{slug(author)}/"] = regional_list(lang, f"Author: {author}", pages_of(mine)[0], None)
    for path, (title, paras) in regional_statics(lang).items():
        pages[path] = page(lang, f"{title} - {lang.sites['regional']}",
                           f'{regional_nav(lang)}<main><h1>{escape(title)}</h1>'
                           + "".join(f"<p>{escape(p)}</p>" for p in paras) + "</main>")
    root = "/local/" if is_ie(lang) else "/regions/"
    pages[root] = regional_list(lang, lang.sites["regional"], pages_of(arts)[0], None)
    return pages, root


# ---------------------------------------------------------------- magazine: the weekend features


def magazine_section_path(lang: Lang, sec: str, k: int = 0) -> str:
    prefix = f"/weekend/{sec}/" if is_ie(lang) else f"/articles/{sec}/"
    return prefix if k == 0 else f"{prefix}?page={k + 1}"


def ie_ampm(d: datetime) -> str:
    """"May 18 2024 02:30 AM"."""
    return f"{IE.months[d.month - 1]} {d.day} {d.year} {d:%I:%M %p}"


def magazine_byline(lang: Lang, a: Article) -> tuple[str, str]:
    """The byline above the text and any line at its foot."""
    names = a.people
    if is_ie(lang):
        if a.style == 0:
            return (f'<p class="credits">Words by {escape(names[0])}. Photography by {escape(a.photographer)}</p>', "")
        if a.style == 1:
            return (f'<div class="author-card"><img src="/img/columnists/{slug(names[0])}.jpg" alt="">'
                    f'<a href="/weekend/columnists/{slug(names[0])}/">{escape(names[0])}</a>'
                    f'<span class="author-role">Columnist</span></div>', "")
        if a.style == 2:
            return f'<div class="byline">By {escape(join_names(lang, names))}</div>', ""
        return (f'<div class="byline">By {escape(names[0])}</div>',
                f'<p><em>{escape(names[0])} travelled as a guest of Fáilte Ireland.</em></p>')
    woman = names[0].split()[0] in UK.women
    if a.style == 0:
        return ('<div class="genre">Інтерв\'ю</div>',
                f'<p class="author-end"><em>{"Розмовляла" if woman else "Розмовляв"} {escape(names[0])}</em></p>')
    if a.style == 1:
        return (f'<div class="author-box"><img src="/i/a/{slug(names[0])}.jpg" alt="{escape(names[0])}">'
                f'<b>{escape(names[0])}</b><span>економіст, доктор економічних наук</span></div>', "")
    if a.style == 2:
        return f'<div class="byline">{escape(join_names(lang, names, "та"))}</div>', ""
    return f'<div class="byline">{escape(names[0])}, спеціально для «Вісника Тижня»</div>', ""


def magazine_dates(lang: Lang, a: Article) -> str:
    d = a.when
    if is_ie(lang):
        text = f'<span class="published">{ie_ampm(d)}</span>'
        return text + (f' <span class="updated">Updated: {ie_ampm(a.updated)}</span>' if a.updated else "")
    return f'<span class="date">Опубліковано {long_day(lang, d)} о {d:%H:%M}</span>'


def magazine_ld(lang: Lang, base: str, a: Article) -> str:
    people = [] if a.style == 1 else [{"@type": "Person", "name": p} for p in a.people]
    data = {"@context": "https://schema.org", "@type": "Article", "headline": a.title,
            "datePublished": iso_local(lang, a.when), "author": people, "url": base + a.path,
            "publisher": {"@type": "Organization", "name": lang.sites["magazine"]}}
    if a.updated:
        data["dateModified"] = iso_local(lang, a.updated)
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def magazine_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    top, end = magazine_byline(lang, a)
    paras = [f"<p>{escape(p)}</p>" for p in a.paras[1:]]
    quote = a.paras[2].split(".")[0] + "."
    paras.insert(2, f'<blockquote class="pullquote">{escape(quote)}</blockquote>')
    photo = "Photo" if is_ie(lang) else "Фото"
    credit = a.photographer if a.style != 3 else "Getty Images"
    hero = f'<figure class="hero"><img src="/img/w/{a.ident}.jpg" alt=""><figcaption>{photo}: {escape(credit)}</figcaption></figure>'
    kicker = a_href(magazine_section_path(lang, a.section[0]), a.section[1])
    cards = "".join(f'<li><a href="{o.path}">{escape(o.title)}</a> <small>{escape(join_names(lang, o.people))}</small></li>'
                    for o in others)
    more_h, news_h = ("Read more from Weekend", "Weekend Reads newsletter") if is_ie(lang) \
        else ("Читайте також", "Лонгріди тижня — щосуботи на пошту")
    head = (f'<meta property="og:title" content="{escape(a.title)}"><meta property="og:type" content="article">'
            f'{magazine_ld(lang, base, a)}')
    body = (f'<header><a href="/">{escape(lang.sites["magazine"])}</a> <nav>'
            + " ".join(a_href(magazine_section_path(lang, s), n) for s, n in lang.sections["magazine"])
            + f'</nav></header><main><article><div class="kicker">{kicker}</div><h1>{escape(a.title)}</h1>'
            f'<p class="standfirst">{escape(a.paras[0])}</p>{top}<div class="meta">{magazine_dates(lang, a)}</div>'
            f'{hero}<div class="body">{"".join(paras)}{end}</div></article>'
            f'<div class="newsletter"><h3>{escape(news_h)}</h3><form><input type="email"></form></div>'
            f'<section class="more"><h2>{escape(more_h)}</h2><ul>{cards}</ul></section></main>'
            '<footer><a href="/weekend-about/">About</a> <a href="/weekend-terms/">Terms</a></footer>')
    return page(lang, f"{a.title} – {lang.sites['magazine']}", body, head)


def magazine_list(lang: Lang, title: str, items: list[Article], more: str | None) -> str:
    cards = "".join(f'<div class="teaser"><a href="{a.path}"><img src="/img/w/{a.ident}.jpg" alt="">'
                    f'<h3>{escape(a.title)}</h3></a><p>{escape(a.paras[0][:100])}</p></div>' for a in items)
    nav = f'<a class="next" href="{more}">{"More" if is_ie(lang) else "Більше"}</a>' if more else ""
    nav_links = " ".join(a_href(magazine_section_path(lang, s), n) for s, n in lang.sections["magazine"])
    return page(lang, f"{title} – {lang.sites['magazine']}",
                f'<header><nav>{nav_links}</nav></header><main><h1>{escape(title)}</h1>{cards}{nav}</main>'
                '<footer><a href="/weekend-about/">About</a> <a href="/weekend-terms/">Terms</a></footer>')


def magazine_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages: dict[str, str] = {}
    for n, a in enumerate(arts):
        pages[a.path] = magazine_article(lang, base, a, [o for o in arts if o is not a][n % 2::4][:3])
    for sec, name in lang.sections["magazine"]:
        mine = [a for a in arts if a.section[0] == sec]
        add_listing(pages, magazine_section_path(lang, sec), pages_of(mine),
                    partial(magazine_list, lang, name),
                    partial(magazine_section_path, lang, sec))
    about = (("About Herald Weekend", "Herald Weekend is the Saturday magazine of The Liffey Herald, edited by Orla Kavanagh.")
             if is_ie(lang) else ("Про «Вісник Тижня»", "«Вісник Тижня» — щотижневі лонгріди, інтерв'ю та колонки."))
    terms = ("Terms and conditions", "All content is copyright Liffey Media DAC 2024.") if is_ie(lang) \
        else ("Умови використання", "Використання матеріалів дозволяється за умови посилання на «Вісник Тижня».")
    for path, (title, text) in (("/weekend-about/", about), ("/weekend-terms/", terms)):
        pages[path] = page(lang, title, f"<main><h1>{escape(title)}</h1><p>{escape(text)}</p></main>")
    root = "/weekend/" if is_ie(lang) else "/articles/"
    pages[root] = magazine_list(lang, lang.sites["magazine"], pages_of(arts)[0], None)
    return pages, root


# ---------------------------------------------------------------- the site


def old_bytes(lang: Lang, html: str) -> bytes:
    """The old paper as sent: ISO-8859-1 (Irish), windows-1251 (Ukrainian)."""
    return html.encode("iso-8859-1" if is_ie(lang) else "cp1251", "xmlcharrefreplace")


def old_kind(lang: Lang, html: str) -> str:
    """The old server's Content-Type: the Ukrainian charset in the header where the page names none."""
    if not is_ie(lang) and "charset=" not in html:
        return "text/html; charset=windows-1251"
    return "text/html"


def raw_handler(pages: dict[str, str], raw: dict[str, bytes], kinds: dict[str, str]) -> type[BaseHTTPRequestHandler]:
    def body(path: str) -> tuple[bytes, str]:
        if path in raw:
            return raw[path], kinds.get(path, "text/html")
        return pages[path].encode("utf-8"), "text/html; charset=utf-8"

    return coded_handler(lambda path: path in pages or path in raw, body)


def home_page(lang: Lang, roots: dict[str, str]) -> str:
    items = "".join(f'<li><a href="{roots[t]}">{escape(lang.sites[t])}</a></li>' for t in TEMPLATES)
    name = lang.sites["daily"]
    return page(lang, name, f"<h1>{escape(name)}</h1><ul>{items}</ul>")


class Site(ArticlesSite):
    """A publication's site in the four templates, served while open."""

    def __enter__(self) -> Site:
        self.raw: dict[str, bytes] = {}
        self.kinds: dict[str, str] = {}
        by = self.start(raw_handler(self.pages, self.raw, self.kinds), make_articles, TEMPLATES)
        lang = self.lang
        old, root = table_pages(lang, self.base_url, by["table"])
        self.old_pages = old
        for path, html in old.items():
            self.raw[path] = old_bytes(lang, html)
            self.kinds[path] = old_kind(lang, html)
        roots = {"table": root}
        self.add_templates((("daily", daily_pages), ("regional", regional_pages), ("magazine", magazine_pages)),
                           by, roots, old)
        self.pages["/"] = home_page(lang, roots)
        return self


def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.splitlines()[0], Site, (IE, UK), 19, SEED_HELP, TEMPLATES, "blind19.db", same=loosely)


if __name__ == "__main__":
    main()
