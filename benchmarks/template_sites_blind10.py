"""A tenth blind check of #8 ("a crawl of a site in four templates"): two publications,
Brazilian Portuguese and Russian, each one site on 127.0.0.1 in four templates.
Written without reading the parsers or their tests; only ``template_harness.py``,
``template_sites_blind9.py`` (for the interface) and ``served_pages.py`` were read.

- ``table``: an early-2000s daily behind a ``<frameset>`` (the articles are reached only
  through the frames' ``src``; ``<noframes>`` says the browser cannot show frames),
  nested tables, ``<font>``, ``<br><br>`` paragraphs, no metadata, sent with no charset
  in the HTTP header (the ``<meta>`` names it). Portuguese: ISO-8859-1, Folha-era URLs
  (``/jornal/brasil/fc1605200203.htm``), the masthead "São Paulo, quinta-feira, 16 de
  maio de 2002", the section in capitals in a coloured cell, a kicker over the headline,
  the byline in capitals under it ("JOÃO DA SILVA" / "da Sucursal de Brasília", or "DA
  REUTERS"), "Texto Anterior | Próximo Texto | Índice", a printable copy behind a CGI
  (``/jornal/imprimir.cgi?url=...``). Russian: windows-1251, issue-numbered URLs
  (``/gazeta/2003/117/polit3.htm``, no day in them), "№ 117 (2345) от 17 мая 2003 г.",
  the rubric in capitals, the byline at the end right-aligned with the surname in
  capitals ("Иван ПЕТРОВ"), "По материалам ТАСС", a KOI8-R printable copy
  (``/gazeta/print.php?...``), a KOI8-R copy of the contents page, counters.
- ``blog``: a Ghost-like blog under ``/blog/``: ``/blog/slug/``, the primary tag as
  section, several authors ("Ana Souza e Pedro Lima" / "Иван Петров, Анна Смирнова")
  while the JSON-LD names only the first, ``datePublished`` and
  ``article:published_time`` in UTC (a late-evening post is the next day there; the
  truth is the day printed, ``<time datetime="YYYY-MM-DD">``), the date as moment's
  locale prints it ("5 mai 2024", "12 февр. 2024"), "Leia mais" / "Читайте также" cards
  with other posts' authors and dates, tag, author and paged lists, a static page.
- ``portal``: Portuguese: a g1-like portal (``/politica/noticia/2024/05/05/slug.ghtml``),
  "Por Ana Souza, g1 SP — São Paulo" (the office is no author), "Por Ana Souza e Pedro
  Lima, g1 SP e TV Globo", "Por Agência Brasil", "05/05/2024 14h30 Atualizado há 2
  anos", share links with ``utm_`` queries, ``/tudo-sobre/x/`` tag pages,
  ``/politica/index/feed/pagina-2.ghtml``. Russian: a 1C-Bitrix-like news CMS
  (``/news/politika/12345/``, no canonical), breadcrumbs, "5 мая 2024, 14:30" or
  "05.05.2024 14:30", "Автор: Иван Петров", "Текст: Иван Петров. Фото: Сергей Иванов"
  (the photographer is no author), "Источник: ТАСС", views, a print version at
  ``?print=Y`` on the same path, ``/search/?tags=...``, ``?PAGEN_1=2``.
- ``amp``: a mobile news site whose every story is a plain page and an AMP page
  (``<html ⚡>``, ``amp-img``, JSON-LD with a local offset) naming it canonical;
  the lists link to either. Portuguese: "Por Ana Souza", "Publicado em 5 de maio de
  2024 às 14:30", "Atualizado em ...". Russian: RIA-like "14:30 05.05.2024", a
  dateline "МОСКВА, 5 мая" opening the text, the author under the text.

The truth per article: title (whitespace-normalised), authors (people as a set, case
aside, academic titles kept as printed; an agency only when no person is printed; the
office, the photographer, the CMS account are no authors), day (the local day as
printed) and section (case aside).

    PYTHONPATH=. .venv/bin/python benchmarks/template_sites_blind10.py [--misses] [--seed 17]
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from functools import partial
from html import escape
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.template_harness import (
    SEED_HELP,
    ArticlesSite,
    CreditedStory,
    add_listing,
    blind_main,
    coded_handler,
    filler_paragraphs,
    loosely,
    newest_first_pages,
    page_query,
    unseen_title,
)

TEMPLATES = ("table", "blog", "portal", "amp")
PER_TEMPLATE = 10
PAGE_SIZE = 4


@dataclass(frozen=True)
class Lang:
    """A publication's language: its words, names, sections and printed forms."""

    code: str
    html_lang: str
    paper: str
    blog: str
    portal: str
    mobile: str
    months: tuple[str, ...]
    months_short: tuple[str, ...]
    weekdays: tuple[str, ...]
    sections: dict[str, tuple[tuple[str, str], ...]]
    subjects: tuple[str, ...]
    predicates: tuple[str, ...]
    fillers: tuple[str, ...]
    first: tuple[tuple[str, str], ...]
    last: tuple[tuple[str, str], ...]
    agencies: tuple[str, ...]
    places: tuple[str, ...]
    old_codec: str
    old_declared: str
    offset: int
    words: dict[str, str] = field(default_factory=dict)


PT = Lang(
    code="pt-BR", html_lang="pt-BR", paper="Folha do Planalto", blog="Caderno Digital", portal="Portal Cerrado",
    mobile="Agora Notícias",
    months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
            "novembro", "dezembro"),
    months_short=("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
    weekdays=("segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"),
    sections={
        "table": (("brasil", "Brasil"), ("dinheiro", "Dinheiro"), ("mundo", "Mundo"), ("esporte", "Esporte"),
                  ("ilustrada", "Ilustrada")),
        "blog": (("tecnologia", "Tecnologia"), ("viagem", "Viagem"), ("livros", "Livros"), ("cidade", "Cidade")),
        "portal": (("politica", "Política"), ("economia", "Economia"), ("educacao", "Educação"),
                   ("esportes", "Esportes"), ("saude", "Saúde")),
        "amp": (("mundo", "Mundo"), ("ciencia", "Ciência"), ("saude", "Saúde"), ("carros", "Carros")),
    },
    subjects=("Governo federal", "Câmara dos Deputados", "Banco Central", "Prefeitura de Goiânia", "Senado",
              "Ministério da Educação", "Petrobras", "Seleção brasileira", "STF", "Ibama", "Anvisa", "USP"),
    predicates=("anuncia plano para pequenas empresas", "discute orçamento do próximo ano",
                "lança campanha nacional de vacinação", "assina acordo de cooperação científica",
                "inaugura novo centro de pesquisa", "eleva a taxa de juros", "prepara reforma tributária",
                "premia vencedores de concurso cultural", "estuda ampliar rede de metrô",
                "abre inscrições para programa de estágio", "divulga resultado do Enem",
                "inicia restauração de prédios históricos"),
    fillers=("Segundo os responsáveis, as obras seguem o cronograma previsto e a primeira etapa termina em breve.",
             "Especialistas afirmam que a medida deve melhorar o atendimento à população nos próximos meses.",
             "O relatório aponta crescimento de 6,5% em relação ao mesmo período do ano passado.",
             "Participaram da reunião representantes do setor privado e de organizações da sociedade civil.",
             "A expectativa é que dezenas de milhares de famílias sejam beneficiadas em todo o país.",
             "Os participantes pediram mais cooperação entre os órgãos envolvidos para garantir o sucesso do plano.",
             "Uma fonte próxima às negociações disse que a comissão voltará a se reunir na próxima semana.",
             "O estudo mostra que a procura por serviços digitais aumentou muito nos últimos anos."),
    first=(("Ana", "f"), ("João", "m"), ("Maria Fernanda", "f"), ("Pedro", "m"), ("Luiz Carlos", "m"),
           ("Juliana", "f"), ("Rafael", "m"), ("Beatriz", "f"), ("Thiago", "m"), ("Camila", "f"), ("Gustavo", "m"),
           ("Larissa", "f"), ("Felipe", "m"), ("Patrícia", "f"), ("Rodrigo", "m"), ("Letícia", "f")),
    last=tuple((n, n) for n in ("Souza", "da Silva", "Oliveira", "dos Santos", "Pereira", "Lima", "de Almeida",
                                "Carvalho", "Ribeiro", "Gomes", "Martins", "Rocha", "Barbosa", "Nascimento",
                                "Araújo", "Cavalcanti")),
    agencies=("Reuters", "Agência Brasil", "Estadão Conteúdo"),
    places=("Brasília", "Rio de Janeiro", "Belo Horizonte", "Recife", "Porto Alegre", "Salvador"),
    old_codec="iso-8859-1", old_declared="iso-8859-1", offset=-3,
    words={"home": "Início", "read_more": "Leia mais", "tags": "Tags", "print": "Versão para impressão",
           "next": "Próxima página", "prev": "Página anterior", "about": "Sobre", "contact": "Fale conosco",
           "by": "Por", "and": "e", "published": "Publicado em", "updated": "Atualizado em", "at": "às",
           "archive": "Edições anteriores", "minutes": "min de leitura", "subscribe": "Assine a newsletter",
           "related": "Veja também", "most_read": "Mais lidas", "latest": "Últimas notícias", "ad": "Publicidade",
           "all": "Todas as notícias", "noframes": "Seu navegador não suporta frames.", "index": "Índice",
           "previous_text": "Texto Anterior", "next_text": "Próximo Texto", "newsroom": "Redação",
           "rights": "Todos os direitos reservados.", "static": "Sobre o Caderno Digital",
           "share": "Compartilhe no WhatsApp", "dr": "Profa. Dra.", "prof": "Prof. Dr."},
)

RU = Lang(
    code="ru", html_lang="ru", paper="Вечерний Северск", blog="Заметки на полях", portal="Северск-Информ",
    mobile="Лента Приволжья",
    months=("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
            "ноября", "декабря"),
    months_short=("янв.", "февр.", "мар.", "апр.", "мая", "июня", "июля", "авг.", "сент.", "окт.", "нояб.", "дек."),
    weekdays=("понедельник", "вторник", "среда", "четверг", "пятница", "суббота", "воскресенье"),
    sections={
        "table": (("polit", "Политика"), ("econ", "Экономика"), ("obsh", "Общество"), ("sport", "Спорт"),
                  ("kult", "Культура")),
        "blog": (("tehnologii", "Технологии"), ("puteshestviya", "Путешествия"), ("knigi", "Книги"),
                 ("gorod", "Город")),
        "portal": (("politika", "Политика"), ("ekonomika", "Экономика"), ("proisshestviya", "Происшествия"),
                   ("sport", "Спорт"), ("kultura", "Культура")),
        "amp": (("world", "В мире"), ("science", "Наука"), ("health", "Здоровье"), ("auto", "Авто")),
    },
    subjects=("Правительство области", "Городская дума", "Центробанк", "Мэрия Северска", "Госдума",
              "Министерство образования", "Сбербанк", "Сборная России", "Роспотребнадзор", "Северский университет",
              "Областная больница", "РЖД"),
    predicates=("объявило о поддержке малого бизнеса", "обсуждает бюджет на следующий год",
                "начинает кампанию по вакцинации", "подписало соглашение о научном сотрудничестве",
                "открывает новый исследовательский центр", "повысил ключевую ставку",
                "готовит налоговую реформу", "наградило победителей конкурса",
                "планирует продлить линию трамвая", "объявляет набор на стажировку",
                "подвело итоги экзаменов", "начинает реставрацию исторических зданий"),
    fillers=("По словам представителей ведомства, работы идут по графику и первый этап завершится в ближайшее время.",
             "Эксперты считают, что решение позволит улучшить качество услуг для жителей в ближайшие месяцы.",
             "В отчете отмечается рост на 6,5 процента по сравнению с тем же периодом прошлого года.",
             "В совещании приняли участие представители бизнеса и общественных организаций.",
             "Ожидается, что программа охватит десятки тысяч семей во всех районах области.",
             "Участники встречи призвали ведомства теснее сотрудничать для успешного выполнения плана.",
             "Источник, знакомый с ходом переговоров, сообщил, что комиссия снова соберется на следующей неделе.",
             "Исследование показывает, что спрос на электронные услуги заметно вырос за последние годы."),
    first=(("Иван", "m"), ("Анна", "f"), ("Сергей", "m"), ("Мария", "f"), ("Дмитрий", "m"), ("Ольга", "f"),
           ("Алексей", "m"), ("Елена", "f"), ("Николай", "m"), ("Татьяна", "f"), ("Андрей", "m"), ("Наталья", "f"),
           ("Михаил", "m"), ("Юлия", "f"), ("Павел", "m"), ("Ирина", "f")),
    last=(("Петров", "Петрова"), ("Смирнов", "Смирнова"), ("Кузнецов", "Кузнецова"), ("Соколов", "Соколова"),
          ("Волков", "Волкова"), ("Лебедев", "Лебедева"), ("Морозов", "Морозова"), ("Новиков", "Новикова"),
          ("Козлов", "Козлова"), ("Орлов", "Орлова"), ("Белых", "Белых"), ("Черных", "Черных"),
          ("Шевчук", "Шевчук"), ("Ким", "Ким"), ("Зайцев", "Зайцева"), ("Григорьев", "Григорьева")),
    agencies=("ТАСС", "Интерфакс", "РИА Новости"),
    places=("МОСКВА", "САНКТ-ПЕТЕРБУРГ", "КАЗАНЬ", "САМАРА", "ЕКАТЕРИНБУРГ", "НОВОСИБИРСК"),
    old_codec="cp1251", old_declared="windows-1251", offset=3,
    words={"home": "Главная", "read_more": "Читайте также", "tags": "Теги", "print": "Версия для печати",
           "next": "Следующая", "prev": "Предыдущая", "about": "О нас", "contact": "Контакты", "by": "Автор:",
           "and": ",", "archive": "Архив номеров", "minutes": "мин чтения", "subscribe": "Подписаться на рассылку",
           "related": "Читайте также", "most_read": "Самое читаемое", "latest": "Лента новостей", "ad": "Реклама",
           "all": "Все новости", "noframes": "Ваш браузер не поддерживает фреймы.", "index": "Содержание номера",
           "newsroom": "Редакция", "rights": "Перепечатка материалов только с разрешения редакции.",
           "static": "О блоге", "news": "Новости", "views": "Просмотров", "source": "Источник:", "text": "Текст:",
           "photo": "Фото:", "others": "Другие материалы рубрики", "updated": "обновлено",
           "dr": "", "prof": ""},
)


@dataclass
class Article(CreditedStory):
    """One story: what a reader sees and what the crawl should store."""

    updated: datetime | None
    honorific: str
    tags: list[str]
    style: int
    photographer: str
    path: str = ""

    @property
    def authors(self) -> list[str]:
        if self.honorific and self.people:  # an academic title as printed (the project keeps "Dr. Eva Kramer")
            return [f"{self.honorific} {self.people[0]}", *self.people[1:]]
        return super().authors

    def utc(self, lang: Lang) -> datetime:
        return self.when - timedelta(hours=lang.offset)


def slug(text: str) -> str:
    cyr = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                   ("a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                    "t", "u", "f", "kh", "ts", "ch", "sh", "shch", "", "y", "", "e", "yu", "ya"), strict=True))
    table = str.maketrans("áàâãéêíóôõúüçÁÀÂÃÉÊÍÓÔÕÚÜÇ", "aaaaeeiooouucAAAAEEIOOOUUC")
    text = "".join(cyr.get(c, c) for c in text.lower().translate(table))
    kept = "".join(c if c.isalnum() and c.isascii() else "-" for c in text)
    return "-".join(w for w in kept.split("-") if w)


def is_ru(lang: Lang) -> bool:
    return lang.code == "ru"


def long_date(lang: Lang, d: datetime, weekday: bool = False) -> str:
    if is_ru(lang):
        text = f"{d.day} {lang.months[d.month - 1]} {d.year}"
        return f"{lang.weekdays[d.weekday()]}, {text}" if weekday else text
    text = f"{d.day} de {lang.months[d.month - 1]} de {d.year}"
    return f"{lang.weekdays[d.weekday()]}, {text}" if weekday else text


def short_date(lang: Lang, d: datetime) -> str:
    """moment.js's ``D MMM YYYY`` in the locale, as a Ghost theme prints it."""
    return f"{d.day} {lang.months_short[d.month - 1]} {d.year}"


def joined(lang: Lang, names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    if is_ru(lang):
        return ", ".join(names)
    return ", ".join(names[:-1]) + " e " + names[-1]


def caps_surname(name: str) -> str:
    """"Иван ПЕТРОВ", as Russian papers printed a byline."""
    first, _, last = name.rpartition(" ")
    return f"{first} {last.upper()}"


def pages_of(items: list[Article]) -> list[list[Article]]:
    return newest_first_pages(items, PAGE_SIZE)


# ---------------------------------------------------------------- the stories


def _title(lang: Lang, rng: random.Random, seen: set[str]) -> str:
    return unseen_title(rng, lang.subjects, lang.predicates, seen, " ")


def _other_day(lang: Lang, rng: random.Random, when: datetime) -> str:
    d = when - timedelta(days=rng.randint(40, 400))
    if is_ru(lang):
        return f"Впервые о плане было объявлено {long_date(lang, d)} года."
    return f"O plano foi anunciado pela primeira vez em {long_date(lang, d)}."


def _paragraphs(lang: Lang, rng: random.Random, when: datetime) -> list[str]:
    return filler_paragraphs(rng, lang.fillers, lambda: _other_day(lang, rng, when), " ")


def _person(lang: Lang, rng: random.Random) -> str:
    first, gender = rng.choice(lang.first)
    male, female = rng.choice(lang.last)
    return f"{first} {male if gender == 'm' else female}"


def _people(lang: Lang, rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = _person(lang, rng)
        if name.split()[0] not in {n.split()[0] for n in names}:
            names.append(name)
    return names


def _when(template: str, rng: random.Random, offset: int) -> datetime:
    """A story's local time; a blog's posts are often written late, on another day in UTC."""
    years = {"table": (2000, 2004), "blog": (2016, 2024), "portal": (2019, 2024), "amp": (2017, 2023)}
    lo, hi = years[template]
    day = datetime(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    late = template == "blog" and rng.random() < 0.3
    hour = (rng.randint(21, 23) if offset < 0 else rng.randint(0, 2)) if late else rng.randint(7, 20)
    return day + timedelta(hours=hour, minutes=rng.randint(0, 59))


def _byline(template: str, lang: Lang, rng: random.Random) -> tuple[list[str], str | None]:
    """The people and the credit (an agency) of one story."""
    roll = rng.random()
    if template == "blog":
        return _people(lang, rng, 2 if roll < 0.3 else 1), None
    if template == "amp":
        return (_people(lang, rng, 1), None) if roll < 0.7 else ([], rng.choice(lang.agencies))
    if roll < 0.15:
        return [], rng.choice(lang.agencies)
    if roll < 0.22:
        return [], None
    return _people(lang, rng, 2 if roll > 0.8 else 1), None


def make_articles(lang: Lang, rng: random.Random) -> list[Article]:
    seen: set[str] = set()
    articles = []
    for template in TEMPLATES:
        sections = lang.sections[template]
        for number in range(PER_TEMPLATE):
            when = _when(template, rng, lang.offset)
            people, credit = _byline(template, lang, rng)
            updated = when + timedelta(days=rng.randint(1, 20), hours=rng.randint(0, 5)) if rng.random() < 0.4 else None
            titled = template == "blog" and lang.words["dr"] and people and rng.random() < 0.3
            honorific = lang.words[rng.choice(("dr", "prof"))] if titled else ""
            tags = rng.sample(list(lang.subjects), 2)
            a = Article(template, number, rng.randint(10000, 99999), sections[number % len(sections)],
                        _title(lang, rng, seen), _paragraphs(lang, rng, when), people, credit, when, updated,
                        honorific, tags, rng.randint(0, 3), _person(lang, rng))
            a.path = _path(lang, a)
            articles.append(a)
    return articles


def issue(d: datetime) -> int:
    return d.timetuple().tm_yday - d.timetuple().tm_yday // 7


def _path(lang: Lang, a: Article) -> str:
    d, sec = a.when, a.section[0]
    if a.template == "table":
        if is_ru(lang):
            return f"/gazeta/{d.year}/{issue(d)}/{sec}{a.number + 1}.htm"
        return f"/jornal/{sec}/fc{d:%d%m%Y}{a.number + 1:02d}.htm"
    if a.template == "blog":
        return f"/blog/{slug(a.title)}/"
    if a.template == "portal":
        if is_ru(lang):
            return f"/news/{sec}/{a.ident}/"
        return f"/{sec}/noticia/{d:%Y/%m/%d}/{slug(a.title)}.ghtml"
    if is_ru(lang):
        return f"/{sec}/{d:%Y%m%d}/{a.ident}.html"
    return f"/noticias/{sec}/{slug(a.title)}-{a.ident}"


def amp_path(lang: Lang, a: Article) -> str:
    return f"/amp{a.path}" if is_ru(lang) else f"{a.path}/amp"


# ---------------------------------------------------------------- table


def table_print_path(lang: Lang, a: Article) -> str:
    if is_ru(lang):
        return f"/gazeta/print.php?y={a.when.year}&n={issue(a.when)}&f={a.section[0]}{a.number + 1}"
    return f"/jornal/imprimir.cgi?url={a.path.removeprefix('/jornal/')}"


def table_head(lang: Lang, title: str, declared: str) -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={declared}">'
            f'<title>{escape(title)}</title></head>')


def pt_table_story(a: Article, rng: random.Random) -> str:
    if a.people:
        where = rng.choice(("da Sucursal de Brasília", "da Reportagem Local", f"enviado especial a {rng.choice(PT.places)}",
                            "colaboração para a Folha"))
        names = " E ".join(n.upper() for n in a.people)
        byline = f'<font face="Arial" size="2"><b>{escape(names)}</b><br><i>{where}</i></font><br><br>'
    elif a.credit:
        byline = f'<font face="Arial" size="2"><b>DA {a.credit.upper()}</b>, EM {rng.choice(PT.places).upper()}</font><br><br>'
    else:
        byline = ""
    text = "<br><br>".join(escape(p) for p in a.paras)
    kicker = f'<font face="Arial" size="2" color="#666666"><b>{escape(a.tags[0].upper())}</b></font><br>'
    return (f'{kicker}<font face="Times New Roman" size="5"><b>{escape(a.title)}</b></font><br><br>'
            f'{byline}<font face="Times New Roman" size="3">{text}</font>')


def ru_table_story(a: Article, rng: random.Random) -> str:
    text = "<br><br>".join("&nbsp;&nbsp;&nbsp;" + escape(p) for p in a.paras)
    if a.people:
        sign = ", ".join(caps_surname(n) for n in a.people)
    elif a.credit:
        sign = f"По материалам {a.credit}"
    else:
        sign = ""
    signed = f'<div align="right"><b><i>{escape(sign)}</i></b></div>' if sign else ""
    return (f'<font face="Times New Roman" size="5"><b>{escape(a.title)}</b></font><br><br>'
            f'<font face="Times New Roman" size="3">{text}{signed}</font>')


def table_article(lang: Lang, a: Article, others: list[Article], printable: bool) -> str:
    rng = random.Random(a.ident)
    ru = is_ru(lang)
    story = (ru_table_story if ru else pt_table_story)(a, rng)
    if ru:
        stamp = f"№ {issue(a.when)} ({2000 + issue(a.when) + 365 * (a.when.year - 2000)}) от {long_date(lang, a.when)} г."
    else:
        stamp = f"São Paulo, {long_date(lang, a.when, weekday=True)}"
    if printable:
        declared = "koi8-r" if ru else lang.old_declared
        return (f'{table_head(lang, lang.paper, declared)}<body onload="window.print()"><font size="1">{lang.paper} :: '
                f'{stamp}</font><hr>{story}<hr><font size="1">{lang.words["rights"]}</font></body></html>')
    prefix = "/gazeta" if ru else "/jornal"
    same = [o for o in others if o.section == a.section]
    nav = (f'<font size="1" face="Arial"><a href="{same[0].path if same else prefix + "/capa.htm"}">'
           f'{lang.words.get("previous_text", lang.words["prev"])}</a> | '
           f'<a href="{same[-1].path if same else prefix + "/capa.htm"}">{lang.words.get("next_text", lang.words["next"])}</a> | '
           f'<a href="{prefix}/{a.section[0]}/index.htm">{lang.words["index"]}</a></font>')
    tools = f'<font size="1" face="Arial"><a href="{escape(table_print_path(lang, a))}" target="_blank">{lang.words["print"]}</a></font>'
    others_list = "".join(f'<br>&#149; <a href="{o.path}">{escape(o.title)}</a>' for o in same[:4])
    counters = ('<!--LiveInternet counter--><a href="http://www.liveinternet.ru/click"><img src="/img/li.gif" '
                'width="88" height="31" border="0"></a><!--/LiveInternet-->' if ru else "")
    title = (f"{lang.paper} :: {a.section[1]} :: {a.title}" if ru
             else f"{lang.paper} - {a.section[1]} - {a.title} - {a.when:%d/%m/%Y}")
    if a.style == 3 and not ru:
        title = f"{lang.paper} - {a.section[1]}"
    return (f'{table_head(lang, title, lang.old_declared)}<body bgcolor="#FFFFFF" text="#000000" link="#003399">'
            f'<table width="600" border="0" cellpadding="4" cellspacing="0"><tr><td bgcolor="#E0E0E0">'
            f'<font face="Arial" size="1">{stamp}</font></td><td bgcolor="#E0E0E0" align="right">{tools}</td></tr>'
            f'<tr><td colspan="2">{nav}</td></tr>'
            f'<tr><td colspan="2" bgcolor="#003366"><font face="Arial" size="2" color="#FFFFFF"><b>{a.section[1].upper()}</b>'
            f'</font></td></tr><tr><td colspan="2">{story}</td></tr>'
            f'<tr><td colspan="2"><hr size="1" noshade>{nav}</td></tr>'
            f'<tr><td colspan="2" bgcolor="#F0F0F0"><font size="2"><b>{lang.words.get("others", lang.words["related"])}</b>'
            f'{others_list}</font></td></tr></table>'
            f'<table width="600"><tr><td align="center"><font size="1" face="Arial">&copy; {lang.paper}, 1999-2004. '
            f'{lang.words["rights"]}</font><br>{counters}</td></tr></table></body></html>')


def table_list(lang: Lang, title: str, items: list[Article], links: str, declared: str | None = None) -> str:
    rows = "".join(f'<tr><td><font face="Arial" size="2"><b><a href="{a.path}" target="main">{escape(a.title)}</a></b>'
                   f'<br><font size="1">{a.when:%d.%m.%Y}</font></font></td></tr>' for a in items)
    return (f'{table_head(lang, f"{lang.paper} - {title}", declared or lang.old_declared)}<body bgcolor="#FFFFFF">'
            f'<table width="100%" cellpadding="3"><tr><td bgcolor="#003366"><font face="Arial" color="#FFFFFF" size="3">'
            f'<b>{escape(title)}</b></font></td></tr>{rows}<tr><td><font size="2">{links}</font></td></tr></table>'
            f'</body></html>')


def table_pages(lang: Lang, arts: list[Article]) -> tuple[dict[str, str], dict[str, str]]:
    """The pages and, for each, its codec."""
    ru = is_ru(lang)
    prefix = "/gazeta" if ru else "/jornal"
    pages: dict[str, str] = {}
    codecs: dict[str, str] = {}
    for a in arts:
        others = [o for o in arts if o is not a]
        pages[a.path] = table_article(lang, a, others, False)
        pages[table_print_path(lang, a)] = table_article(lang, a, others, True)
        codecs[table_print_path(lang, a)] = "koi8-r" if ru else lang.old_codec
    menu_rows = ""
    for sec, name in lang.sections["table"]:
        chunks = pages_of([a for a in arts if a.section[0] == sec])
        names = [f"{prefix}/{sec}/index.htm" if k == 0 else f"{prefix}/{sec}/index{k + 1}.htm" for k in range(len(chunks))]
        links = " | ".join(f'<a href="{h}">{k + 1}</a>' for k, h in enumerate(names))
        for n, chunk in enumerate(chunks):
            pages[names[n]] = table_list(lang, name, chunk, links)
        menu_rows += (f'<tr><td bgcolor="#EFEFEF"><font face="Arial" size="2"><a href="{names[0]}" target="main">'
                      f'{name}</a></font></td></tr>')
    latest = pages_of(arts)[0]
    pages[f"{prefix}/capa.htm"] = table_list(lang, lang.words["index"], latest,
                                             f'<a href="{prefix}/arquivo.htm">{lang.words["archive"]}</a>')
    everything = sorted(arts, key=lambda a: a.when)
    pages[f"{prefix}/arquivo.htm"] = table_list(lang, lang.words["archive"], everything, "")
    pages[f"{prefix}/menu.htm"] = (f'{table_head(lang, lang.paper, lang.old_declared)}<body bgcolor="#003366">'
                                   f'<table width="150" cellpadding="3" cellspacing="1">{menu_rows}'
                                   f'<tr><td><font size="1"><a href="{prefix}/arquivo.htm" target="main">'
                                   f'{lang.words["archive"]}</a></font></td></tr></table></body></html>')
    top = ""
    if ru:
        top = (f'<frame src="{prefix}/top.htm" name="top" scrolling="no" noresize>')
        pages[f"{prefix}/top.htm"] = (f'{table_head(lang, lang.paper, lang.old_declared)}<body bgcolor="#FFFFFF">'
                                      f'<table width="100%"><tr><td><img src="/img/logo.gif" alt="{lang.paper}"></td>'
                                      f'<td align="right"><font size="1"><a href="/koi{prefix}/capa.htm" target="main">KOI8-R</a>'
                                      f' | <a href="{prefix}/capa.htm" target="main">Windows</a></font></td></tr></table></body></html>')
        pages[f"/koi{prefix}/capa.htm"] = table_list(lang, lang.words["index"], latest, "", "koi8-r")
        codecs[f"/koi{prefix}/capa.htm"] = "koi8-r"
    frames = (f'<frameset cols="160,*" frameborder="0"><frame src="{prefix}/menu.htm" name="menu">'
              f'<frame src="{prefix}/capa.htm" name="main"></frameset>')
    if ru:
        frames = f'<frameset rows="80,*" frameborder="0">{top}{frames}</frameset>'
    pages[f"{prefix}/index.htm"] = (f'{table_head(lang, lang.paper, lang.old_declared)}{frames}'
                                    f'<noframes><body>{lang.words["noframes"]}</body></noframes></html>')
    for path in pages:
        codecs.setdefault(path, lang.old_codec)
    # what the old codec lacks as character references, as editors wrote it
    return ({k: v.encode(codecs[k], "xmlcharrefreplace").decode(codecs[k]) for k, v in pages.items()}, codecs)


# ---------------------------------------------------------------- blog (Ghost-like)


def author_slug(name: str) -> str:
    return slug(name)


def blog_authors(lang: Lang, a: Article) -> list[str]:
    return a.authors


def blog_shell(lang: Lang, title: str, head: str, body_class: str, main: str) -> str:
    nav = "".join(f'<li class="nav-{s}"><a href="/blog/tag/{s}/">{n}</a></li>' for s, n in lang.sections["blog"])
    return f"""<!DOCTYPE html><html lang="{lang.html_lang}"><head><meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge"><title>{escape(title)}</title>
<meta name="HandheldFriendly" content="True"><meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="/blog/assets/built/screen.css?v=8f2a1c">{head}
<meta name="generator" content="Ghost 5.82"><link rel="alternate" type="application/rss+xml" title="{lang.blog}" href="/blog/rss/">
<script defer src="https://cdn.jsdelivr.net/ghost/portal@~2.37/umd/portal.min.js" data-ghost="/blog/"></script></head>
<body class="{body_class} is-head-left-logo has-cover"><div class="viewport">
<header id="gh-head" class="gh-head outer"><div class="gh-head-inner inner"><div class="gh-head-brand">
<a class="gh-head-logo" href="/blog/">{lang.blog}</a></div><nav class="gh-head-menu"><ul class="nav">
<li class="nav-home"><a href="/blog/">{lang.words['home']}</a></li>{nav}<li class="nav-sobre"><a href="/blog/{slug(lang.words['static'])}/">{lang.words['about']}</a></li></ul></nav>
<div class="gh-head-actions"><a class="gh-head-button" href="#/portal/signup" data-portal="signup">{lang.words['subscribe']}</a></div></div></header>
<div class="site-content">{main}</div>
<footer class="site-footer outer"><div class="inner"><section class="copyright"><a href="/blog/">{lang.blog}</a> &copy; 2024</section>
<div class="gh-powered-by"><a href="https://ghost.org/" target="_blank" rel="noopener">Powered by Ghost</a></div></div></footer></div></body></html>"""


def blog_card(lang: Lang, a: Article) -> str:
    names = ", ".join(blog_authors(lang, a))
    return (f'<article class="post-card post tag-{a.section[0]}"><a class="post-card-image-link" href="{a.path}">'
            f'<img class="post-card-image" src="/blog/content/images/{a.ident}.jpg" alt="{escape(a.title)}" loading="lazy"></a>'
            f'<div class="post-card-content"><a class="post-card-content-link" href="{a.path}"><header class="post-card-header">'
            f'<div class="post-card-tags"><span class="post-card-primary-tag">{a.section[1]}</span></div>'
            f'<h2 class="post-card-title">{escape(a.title)}</h2></header><div class="post-card-excerpt">{escape(a.paras[0][:140])}</div></a>'
            f'<footer class="post-card-meta"><span class="post-card-author">{escape(names)}</span>'
            f'<time class="post-card-meta-date" datetime="{a.when:%Y-%m-%d}">{short_date(lang, a.when)}</time>'
            f'<span class="post-card-meta-length">{len(a.paras) - 1} {lang.words["minutes"]}</span></footer></div></article>')


def blog_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    names = blog_authors(lang, a)
    utc = a.utc(lang).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    first = {"@type": "Person", "name": names[0], "url": f"{base}/blog/author/{author_slug(names[0])}/",
             "sameAs": []}
    ld = {"@context": "https://schema.org", "@type": "Article",
          "publisher": {"@type": "Organization", "name": lang.blog, "url": f"{base}/blog/",
                        "logo": {"@type": "ImageObject", "url": f"{base}/blog/content/images/logo.png"}},
          "author": first, "headline": a.title, "url": f"{base}{a.path}", "datePublished": utc,
          "dateModified": (a.updated or a.when).strftime("%Y-%m-%dT%H:%M:%S.000Z"),
          "image": {"@type": "ImageObject", "url": f"{base}/blog/content/images/{a.ident}.jpg"},
          "keywords": ", ".join([a.section[1], *a.tags]), "description": a.paras[0][:150],
          "mainEntityOfPage": f"{base}{a.path}"}
    tags = "".join(f'<meta property="article:tag" content="{escape(t)}">' for t in [a.section[1], *a.tags])
    head = (f'<meta name="description" content="{escape(a.paras[0][:150])}"><link rel="canonical" href="{base}{a.path}">'
            f'<meta name="referrer" content="no-referrer-when-downgrade"><meta property="og:site_name" content="{lang.blog}">'
            f'<meta property="og:type" content="article"><meta property="og:title" content="{escape(a.title)}">'
            f'<meta property="og:url" content="{base}{a.path}"><meta property="article:published_time" content="{utc}">'
            f'{tags}<meta name="twitter:card" content="summary_large_image">'
            f'<meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="{escape(names[0])}">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False, indent=4)}</script>')
    avatars = "".join(f'<li class="author-list-item"><a href="/blog/author/{author_slug(n)}/" class="author-avatar">'
                      f'<img class="author-profile-image" src="/blog/content/images/a{k}.jpg" alt="{escape(n)}"></a></li>'
                      for k, n in enumerate(names))
    name_links = ", ".join(f'<a href="/blog/author/{author_slug(n)}/">{escape(n)}</a>' for n in names)
    body = "".join(f"<p>{escape(p)}</p>" for p in a.paras)
    related = "".join(blog_card(lang, o) for o in others[:3])
    main = (f'<main id="site-main" class="site-main"><article class="article post tag-{a.section[0]}">'
            f'<header class="article-header gh-canvas"><section class="article-tag post-card-tags">'
            f'<span class="post-card-primary-tag"><a href="/blog/tag/{a.section[0]}/">{a.section[1]}</a></span></section>'
            f'<h1 class="article-title">{escape(a.title)}</h1><p class="article-excerpt">{escape(a.paras[0][:120])}</p>'
            f'<div class="article-byline"><section class="article-byline-content"><ul class="author-list">{avatars}</ul>'
            f'<div class="article-byline-meta"><h4 class="author-name">{name_links}</h4><div class="byline-meta-content">'
            f'<time class="byline-meta-date" datetime="{a.when:%Y-%m-%d}">{short_date(lang, a.when)}</time>'
            f'<span class="byline-reading-time"><span class="bull">&bull;</span> {len(a.paras)} {lang.words["minutes"]}</span>'
            f'</div></div></section></div><figure class="article-image"><img src="/blog/content/images/{a.ident}.jpg" alt=""></figure>'
            f'</header><section class="gh-content gh-canvas">{body}</section></article>'
            f'<section class="footer-cta outer"><div class="inner"><h2 class="footer-cta-title">{lang.words["subscribe"]}</h2>'
            f'<a class="footer-cta-button" href="#/portal" data-portal>email@exemplo.com</a></div></section></main>'
            f'<aside class="read-more-wrap outer"><div class="read-more inner"><h2>{lang.words["read_more"]}</h2>'
            f'<div class="post-feed">{related}</div></div></aside>')
    return blog_shell(lang, a.title, head, f"post-template tag-{a.section[0]}", main)


def blog_list(lang: Lang, title: str, items: list[Article], older: str | None, newer: str | None) -> str:
    cards = "".join(blog_card(lang, a) for a in items)
    nav = ""
    if older or newer:
        nav = ('<nav class="pagination">' + (f'<a class="newer-posts" href="{newer}">&larr; {lang.words["prev"]}</a>' if newer else "")
               + (f'<a class="older-posts" href="{older}">{lang.words["next"]} &rarr;</a>' if older else "") + "</nav>")
    main = (f'<main id="site-main" class="site-main outer"><div class="inner posts"><header class="tag-template-header">'
            f'<h1>{escape(title)}</h1></header><div class="post-feed">{cards}</div>{nav}</div></main>')
    return blog_shell(lang, f"{title} - {lang.blog}", f'<link rel="next" href="{older}">' if older else "", "home-template", main)


def paged(prefix: str, items: list[Article], lang: Lang, title: str) -> dict[str, str]:
    chunks = pages_of(items)
    names = [prefix if k == 0 else f"{prefix}page/{k + 1}/" for k in range(len(chunks))]
    return {names[n]: blog_list(lang, title, chunk, names[n + 1] if n + 1 < len(chunks) else None,
                                names[n - 1] if n else None) for n, chunk in enumerate(chunks)}


def blog_pages(lang: Lang, base: str, arts: list[Article]) -> dict[str, str]:
    pages = {}
    for a in arts:
        pages[a.path] = blog_article(lang, base, a, [o for o in arts if o is not a])
    pages.update(paged("/blog/", arts, lang, lang.blog))
    for sec, name in lang.sections["blog"]:
        pages.update(paged(f"/blog/tag/{sec}/", [a for a in arts if a.section[0] == sec], lang, name))
    for person in {n for a in arts for n in blog_authors(lang, a)}:
        pages.update(paged(f"/blog/author/{author_slug(person)}/", [a for a in arts if person in blog_authors(lang, a)],
                           lang, person))
    static = (f'<main id="site-main" class="site-main"><article class="article page"><header class="article-header gh-canvas">'
              f'<h1 class="article-title">{lang.words["static"]}</h1></header><section class="gh-content gh-canvas">'
              + "".join(f"<p>{escape(p)}</p>" for p in lang.fillers) + "</section></article></main>")
    pages[f"/blog/{slug(lang.words['static'])}/"] = blog_shell(lang, lang.words["static"], "", "page-template", static)
    return pages


# ---------------------------------------------------------------- portal (g1-like / Bitrix-like)


UTM = "?utm_source=whatsapp&utm_medium=share-bar-desktop&utm_campaign=materias"


def g1_byline(a: Article, rng: random.Random) -> str:
    if a.people:
        offices = ["g1 SP", "g1 GO", "TV Globo", "g1 DF"]
        where = offices[0] if len(a.people) == 1 else f"{offices[1]} e {offices[2]}"
        names = " e ".join(a.people)
        return (f'<p class="content-publication-data__from" title="{escape(names)}, {where}">Por <strong>{escape(names)}</strong>, '
                f'{where} — {rng.choice(PT.places)}</p>')
    if a.credit:
        return f'<p class="content-publication-data__from" title="{a.credit}">Por {a.credit}</p>'
    return ""


def g1_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    rng = random.Random(a.ident)
    utc = a.utc(lang).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    when = f"{a.when:%d/%m/%Y %Hh%M}"
    updated = (f'Atualizado <time datetime="{(a.updated - timedelta(hours=lang.offset)).strftime("%Y-%m-%dT%H:%M:%S.000Z")}">'
               f'{a.updated:%d/%m/%Y %Hh%M}</time>' if a.updated else f"Atualizado há {2024 - a.when.year + 1} anos")
    ld: dict[str, object] = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": utc, "dateModified": utc, "publisher": {"@type": "Organization", "name": lang.portal},
          "mainEntityOfPage": {"@type": "WebPage", "@id": f"{base}{a.path}"}, "description": a.paras[0][:150]}
    if a.people:
        ld["author"] = [{"@type": "Person", "name": n} for n in a.people]
    elif a.credit:
        ld["author"] = {"@type": "Organization", "name": a.credit}
    body = "".join(f'<div class="mc-column content-text active-extra-styles"><p class="content-text__container">{escape(p)}</p></div>'
                   + (f'<div class="mc-column content-ads"><span>{lang.words["ad"]}</span></div>' if k == 2 else "")
                   for k, p in enumerate(a.paras))
    see_also = "".join(f'<li class="bstn-relatedtext"><a href="{o.path}">{escape(o.title)}</a></li>' for o in others[:3])
    most = "".join(f'<li><a href="{o.path}"><span class="mais-lidas__title">{escape(o.title)}</span></a></li>' for o in others[3:8])
    tags = "".join(f'<li class="entities__list-item"><a href="/tudo-sobre/{slug(t)}/">{escape(t)}</a></li>' for t in a.tags)
    head = (f'<link rel="canonical" href="{base}{a.path}"><meta property="og:title" content="{escape(a.title)}">'
            f'<meta property="og:type" content="article"><meta property="article:section" content="{a.section[1]}">'
            f'<meta property="og:site_name" content="{lang.portal}">'
            f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
    main = (f'<main class="mc-body theme"><div class="mc-article-header"><div class="title"><meta itemprop="name" content="{escape(a.title)}">'
            f'<h1 class="content-head__title" itemprop="headline">{escape(a.title)}</h1></div>'
            f'<div class="medium-centered subtitle"><h2 class="content-head__subtitle" itemprop="alternativeHeadline">'
            f'{escape(a.paras[1][:110])}</h2></div><div class="content-publication-data"><div class="content-publication-data__text">'
            f'{g1_byline(a, rng)}<p class="content-publication-data__updated"><time itemprop="datePublished" datetime="{utc}">'
            f'{when}</time> {updated}</p></div></div><div class="content-share"><a href="https://api.whatsapp.com/send?text={quote(base + a.path + UTM)}">'
            f'{lang.words["share"]}</a> <a class="share-link" href="{a.path}{UTM}">Link</a></div></div>'
            f'<article itemprop="articleBody" class="mc-article-body">{body}</article>'
            f'<div class="entities"><h4>Veja tudo sobre</h4><ul class="entities__list">{tags}</ul></div>'
            f'<div class="mc-column"><h3>{lang.words["related"]}</h3><ul>{see_also}</ul></div></main>'
            f'<aside class="mais-lidas"><h2>{lang.words["most_read"]}</h2><ol>{most}</ol></aside>')
    return g1_shell(lang, f"{a.title} | {a.section[1]} | {lang.portal}", head, main, a.section)


def g1_shell(lang: Lang, title: str, head: str, main: str, section: tuple[str, str] | None) -> str:
    nav = "".join(f'<li class="menu-item"><a href="/{s}/">{n}</a></li>' for s, n in lang.sections["portal"])
    editoria = (f'<div class="header-editoria"><a class="header-editoria--link" href="/{section[0]}/">{section[1]}</a></div>'
                if section else "")
    return f"""<!DOCTYPE html><html lang="pt-br"><head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{head}</head><body class="glb-skin">
<header class="header-bar"><a class="header-title" href="/">{lang.portal}</a>{editoria}
<nav class="menu-root"><ul>{nav}<li><a href="/ultimas-noticias/">{lang.words['latest']}</a></li></ul></nav></header>
<div class="glb-grid">{main}</div><footer class="footer"><a href="/sobre/">{lang.words['about']}</a> ·
<a href="/fale-conosco/">{lang.words['contact']}</a> · © Copyright 2000-2024 {lang.portal}. {lang.words['rights']}</footer></body></html>"""


def g1_list(lang: Lang, title: str, items: list[Article], more: str | None, section: tuple[str, str] | None) -> str:
    rows = "".join(f'<div class="feed-post bstn-item-shape"><div class="feed-post-body"><div class="feed-post-body-title">'
                   f'<a class="feed-post-link" href="{a.path}">{escape(a.title)}</a></div><div class="feed-post-body-resumo">'
                   f'{escape(a.paras[0][:120])}</div><div class="feed-post-metadata"><span class="feed-post-datetime">'
                   f'{a.when:%d/%m/%Y}</span> <span class="feed-post-metadata-section">{a.section[1]}</span></div></div></div>'
                   for a in items)
    more_link = f'<div class="load-more"><a href="{more}">Veja mais</a></div>' if more else ""
    return g1_shell(lang, f"{title} | {lang.portal}", "", f'<h1 class="section-title">{escape(title)}</h1>'
                    f'<div class="bastian-feed">{rows}</div>{more_link}', section)


def bitrix_date(lang: Lang, a: Article) -> str:
    d = a.when
    if a.style == 0:
        return f"{d:%d.%m.%Y %H:%M}"
    if a.style == 1:
        return f"{d:%H:%M}, {long_date(lang, d)}"
    return f"{long_date(lang, d)}, {d:%H:%M}"


def bitrix_author(lang: Lang, a: Article) -> str:
    w = lang.words
    if a.people:
        names = ", ".join(a.people)
        if a.style % 2:
            return f'{w["text"]} {escape(names)}. {w["photo"]} {escape(a.photographer)}'
        return f'{w["by"]} {escape(names)}'
    if a.credit:
        return f'{w["source"]} {a.credit}'
    return ""


def bitrix_shell(lang: Lang, title: str, main: str, crumbs: str, printable: bool = False) -> str:
    nav = "".join(f'<li><a href="/news/{s}/">{n}</a></li>' for s, n in lang.sections["portal"])
    head = (f'<!DOCTYPE html><html lang="ru"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">'
            f'<title>{escape(title)}</title><meta name="keywords" content="новости, Северск, {escape(title)}">'
            f'<link href="/bitrix/cache/css/s1/news/template_styles.css?1714912345" rel="stylesheet">'
            f'<script src="/bitrix/js/main/core/core.min.js?1714912345"></script></head>')
    if printable:
        return f'{head}<body class="print" onload="window.print()"><div class="print-logo">{lang.portal}</div>{main}</body></html>'
    return (f'{head}<body><div id="panel"></div><div class="wrapper"><header class="header"><a class="logo" href="/">'
            f'{lang.portal}</a><ul class="top-menu">{nav}</ul><form action="/search/"><input name="q"></form></header>'
            f'<div class="bx-breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">{crumbs}</div>'
            f'<div class="content">{main}</div><footer class="footer"><a href="/about/">{lang.words["about"]}</a> | '
            f'<a href="/contacts/">{lang.words["contact"]}</a><br>© 2008-2024 {lang.portal}. {lang.words["rights"]} '
            f'18+</footer></div></body></html>')


def crumbs(lang: Lang, section: tuple[str, str] | None) -> str:
    parts = [("/", lang.words["home"]), ("/news/", lang.words["news"])]
    if section:
        parts.append((f"/news/{section[0]}/", section[1]))
    return " / ".join(f'<div class="bx-breadcrumb-item" itemprop="itemListElement"><a href="{h}" itemprop="item">'
                      f'<span itemprop="name">{n}</span></a></div>' for h, n in parts)


def bitrix_article(lang: Lang, a: Article, others: list[Article], printable: bool) -> str:
    rng = random.Random(a.ident)
    w = lang.words
    body = "".join(f"<p>{escape(p)}</p>" for p in a.paras)
    author = bitrix_author(lang, a)
    author_div = f'<div class="news-detail-author">{author}</div>' if author else ""
    tags = ", ".join(f'<a href="/search/?tags={quote(t)}">{escape(t)}</a>' for t in a.tags)
    detail = (f'<div class="news-detail"><h1 class="news-detail-title">{escape(a.title)}</h1>'
              f'<span class="news-date-time">{bitrix_date(lang, a)}</span>'
              f'<img class="detail_picture" src="/upload/iblock/{a.ident % 1000:03d}/{a.ident}.jpg" alt="{escape(a.title)}">'
              f'<div class="news-detail-text">{body}</div>{author_div}')
    if printable:
        return bitrix_shell(lang, a.title, detail + "</div>", "", True)
    detail += (f'<div class="news-detail-views">{w["views"]}: {rng.randint(50, 9000)}</div>'
               f'<div class="news-detail-tags">{w["tags"]}: {tags}</div>'
               f'<div class="news-detail-share"><a href="{a.path}?print=Y" rel="nofollow" target="_blank">{w["print"]}</a></div>'
               f'<div class="back-link"><a href="/news/{a.section[0]}/">&larr; {w["all"]}</a></div></div>')
    rows = "".join(f'<div class="news-item"><span class="news-date-time">{o.when:%d.%m.%Y}</span> '
                   f'<a href="{o.path}">{escape(o.title)}</a></div>' for o in others[:4])
    detail += f'<div class="news-list-side"><h3>{w["related"]}</h3>{rows}</div>'
    return bitrix_shell(lang, f"{a.title} - {w['news']} - {lang.portal}", detail, crumbs(lang, a.section))


def bitrix_list(lang: Lang, title: str, items: list[Article], pager: str, section: tuple[str, str] | None) -> str:
    rows = "".join(f'<p class="news-item" id="bx_{a.ident}"><span class="news-date-time">{bitrix_date(lang, a)}</span>'
                   f'<a href="{a.path}"><b>{escape(a.title)}</b></a><br>{escape(a.paras[0][:130])}</p>' for a in items)
    main = f'<h1>{escape(title)}</h1><div class="news-list">{rows}<br>{pager}</div>'
    return bitrix_shell(lang, f"{title} - {lang.portal}", main, crumbs(lang, section))


def portal_pages(lang: Lang, base: str, arts: list[Article]) -> dict[str, str]:
    pages: dict[str, str] = {}
    ru = is_ru(lang)
    for a in arts:
        others = [o for o in arts if o is not a]
        if ru:
            pages[a.path] = bitrix_article(lang, a, others, False)
            pages[f"{a.path}?print=Y"] = bitrix_article(lang, a, others, True)
        else:
            pages[a.path] = g1_article(lang, base, a, others)
            pages[a.path + UTM] = pages[a.path]
    groups: list[tuple[str, str, tuple[str, str] | None, list[Article]]] = [
        ("/news/" if ru else "/ultimas-noticias/", lang.words["latest"], None, arts)]
    groups += [(f"/news/{s}/" if ru else f"/{s}/", n, (s, n), [a for a in arts if a.section[0] == s])
               for s, n in lang.sections["portal"]]
    for prefix, title, section, items in groups:
        chunks = pages_of(items)
        if ru:
            names = [prefix if k == 0 else f"{prefix}?PAGEN_1={k + 1}" for k in range(len(chunks))]
            pager = ('<div class="bx-pagination"><ul>' + "".join(f'<li><a href="{h}"><span>{k + 1}</span></a></li>'
                                                               for k, h in enumerate(names)) + "</ul></div>")
            for n, chunk in enumerate(chunks):
                pages[names[n]] = bitrix_list(lang, title, chunk, pager, section)
        else:
            add_listing(pages, prefix, chunks, partial(g1_list, lang, title, section=section),
                        lambda k, p=prefix: f"{p}index/feed/pagina-{k + 1}.ghtml")
    for tag in {t for a in arts for t in a.tags}:
        mine = [a for a in arts if tag in a.tags]
        if ru:
            pages[f"/search/?tags={quote(tag)}"] = bitrix_list(lang, f"{lang.words['tags']}: {tag}", mine, "", None)
        else:
            pages[f"/tudo-sobre/{slug(tag)}/"] = g1_list(lang, tag, mine, None, None)
    return pages


# ---------------------------------------------------------------- amp


def amp_when(lang: Lang, d: datetime) -> str:
    if is_ru(lang):
        return f"{d:%H:%M %d.%m.%Y}"
    return f"{long_date(lang, d)} {lang.words['at']} {d:%H:%M}"


def amp_story(lang: Lang, a: Article) -> tuple[str, str]:
    """The byline block and the text."""
    w = lang.words
    paras = list(a.paras)
    if is_ru(lang):
        place = random.Random(a.ident).choice(lang.places)
        credit = f" — {a.credit}" if a.credit else ""
        paras[0] = f"{place}, {a.when.day} {lang.months[a.when.month - 1]}{credit}. {paras[0]}"
        upd = f' <span class="article__info-date-modified">({w["updated"]}: {amp_when(lang, a.updated)})</span>' if a.updated else ""
        info = f'<div class="article__info"><div class="article__info-date"><a href="/{a.when:%Y%m%d}/">{amp_when(lang, a.when)}</a>{upd}</div></div>'
        author = (f'<div class="article__author"><div class="article__author-name">{escape(a.people[0])}</div>'
                  f'<div class="article__author-role">корреспондент</div></div>' if a.people else "")
        text = "".join(f'<div class="article__text">{escape(p)}</div>' for p in paras)
        return info, text + author
    by = (f'<span class="author-name">{w["by"]} <a href="/autor/{slug(a.people[0])}">{escape(a.people[0])}</a></span>'
          if a.people else f'<span class="author-name">{w["by"]} {a.credit}</span>')
    upd = f'<div class="updated">{w["updated"]} {amp_when(lang, a.updated)}</div>' if a.updated else ""
    info = f'<div class="post-meta">{by}<div class="published">{w["published"]} {amp_when(lang, a.when)}</div>{upd}</div>'
    return info, "".join(f"<p>{escape(p)}</p>" for p in paras)


def amp_ld(lang: Lang, base: str, a: Article) -> str:
    iso = a.when.replace(tzinfo=timezone(timedelta(hours=lang.offset))).isoformat()
    ld: dict[str, object] = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": a.title,
                             "mainEntityOfPage": f"{base}{a.path}", "datePublished": iso,
                             "image": [f"{base}/img/{a.ident}.jpg"],
                             "publisher": {"@type": "Organization", "name": lang.mobile,
                                           "logo": {"@type": "ImageObject", "url": f"{base}/img/logo.png"}}}
    if a.people:
        ld["author"] = {"@type": "Person", "name": a.people[0]}
    else:
        ld["author"] = {"@type": "Organization", "name": a.credit or lang.mobile}
    return f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'


def amp_article(lang: Lang, base: str, a: Article, others: list[Article], amp: bool) -> str:
    info, text = amp_story(lang, a)
    nav = "".join(f'<li><a href="/{s}/">{n}</a></li>' if is_ru(lang) else f'<li><a href="/noticias/{s}/">{n}</a></li>'
                  for s, n in lang.sections["amp"])
    related = "".join(f'<li><a href="{amp_path(lang, o) if amp else o.path}">{escape(o.title)}</a> '
                      f'<span>{amp_when(lang, o.when)}</span></li>' for o in others[:4])
    rubric = (f'<a class="article__rubric" href="/{a.section[0]}/">{a.section[1]}</a>' if is_ru(lang)
              else f'<a class="category" href="/noticias/{a.section[0]}/">{a.section[1]}</a>')
    img = (f'<amp-img src="/img/{a.ident}.jpg" width="1200" height="675" layout="responsive" alt="{escape(a.title)}"></amp-img>'
           if amp else f'<img src="/img/{a.ident}.jpg" width="1200" height="675" alt="{escape(a.title)}">')
    head = (f'<link rel="canonical" href="{base}{a.path}"><meta property="og:title" content="{escape(a.title)}">'
            f'<meta property="og:type" content="article">{amp_ld(lang, base, a)}')
    if amp:
        top = (f'<!doctype html><html ⚡ lang="{lang.html_lang}"><head><meta charset="utf-8">'
               f'<script async src="https://cdn.ampproject.org/v0.js"></script>'
               f'<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>'
               f'<script async custom-element="amp-analytics" src="https://cdn.ampproject.org/v0/amp-analytics-0.1.js"></script>'
               f'<title>{escape(a.title)}</title><meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">'
               f'{head}<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style>'
               f'<style amp-custom>.article__title{{font-size:24px}}</style></head><body>'
               f'<amp-sidebar id="sidebar" layout="nodisplay" side="left"><ul>{nav}</ul></amp-sidebar>'
               f'<amp-analytics type="googleanalytics"><script type="application/json">{{"vars": {{"account": "UA-1"}}}}</script></amp-analytics>')
    else:
        top = (f'<!DOCTYPE html><html lang="{lang.html_lang}"><head><meta charset="utf-8"><title>{escape(a.title)} - {lang.mobile}</title>'
               f'<meta name="viewport" content="width=device-width, initial-scale=1">{head}'
               f'<link rel="amphtml" href="{base}{amp_path(lang, a)}"></head><body><nav class="menu"><ul>{nav}</ul></nav>')
    return (f'{top}<header class="header"><a href="/" class="logo">{lang.mobile}</a></header><main>'
            f'<article class="article">{rubric}<h1 class="article__title">{escape(a.title)}</h1>{info}'
            f'<figure>{img}<figcaption>{escape(a.photographer)}</figcaption></figure>'
            f'<div class="article__body">{text}</div></article><section class="more"><h3>{lang.words["latest"]}</h3>'
            f'<ul>{related}</ul></section></main><footer>© {lang.mobile}</footer></body></html>')


def amp_list(lang: Lang, title: str, items: list[Article], more: str | None) -> str:
    rows = "".join(f'<li class="list-item"><a href="{amp_path(lang, a) if n % 2 else a.path}">{escape(a.title)}</a>'
                   f'<div class="list-item__date">{amp_when(lang, a.when)}</div></li>' for n, a in enumerate(items))
    more_link = f'<a class="list-more" href="{more}">{lang.words["next"]}</a>' if more else ""
    return (f'<!DOCTYPE html><html lang="{lang.html_lang}"><head><meta charset="utf-8"><title>{escape(title)} - {lang.mobile}</title>'
            f'</head><body><header><a href="/" class="logo">{lang.mobile}</a></header><main><h1>{escape(title)}</h1>'
            f'<ul class="list">{rows}</ul>{more_link}</main></body></html>')


def amp_pages(lang: Lang, base: str, arts: list[Article]) -> dict[str, str]:
    pages = {}
    ru = is_ru(lang)
    for a in arts:
        others = [o for o in arts if o is not a]
        pages[a.path] = amp_article(lang, base, a, others, False)
        pages[amp_path(lang, a)] = amp_article(lang, base, a, others, True)
    root = "/lenta/" if ru else "/ultimas/"
    groups = [(root, lang.words["latest"], arts)]
    groups += [(f"/{s}/" if ru else f"/noticias/{s}/", n, [a for a in arts if a.section[0] == s]) for s, n in lang.sections["amp"]]
    for prefix, title, items in groups:
        add_listing(pages, prefix, pages_of(items), partial(amp_list, lang, title), partial(page_query, prefix))
    if ru:
        for day in {a.when.strftime("%Y%m%d") for a in arts}:
            pages[f"/{day}/"] = amp_list(lang, day, [a for a in arts if a.when.strftime("%Y%m%d") == day], None)
    return pages


# ---------------------------------------------------------------- the site


def charset_handler(pages: dict[str, str], codecs: dict[str, str]) -> type[BaseHTTPRequestHandler]:
    """A handler answering ``pages``; a path in ``codecs`` is sent in its codec with no
    charset in the header (the page's ``<meta>`` names it), as old servers did."""

    def body(path: str) -> tuple[bytes, str]:
        if path in codecs:
            return pages[path].encode(codecs[path]), "text/html"
        return pages[path].encode("utf-8"), "text/html; charset=utf-8"

    return coded_handler(pages.__contains__, body)


def home_page(lang: Lang) -> str:
    ru = is_ru(lang)
    links = [("/gazeta/index.htm" if ru else "/jornal/index.htm", lang.paper), ("/blog/", lang.blog),
             ("/news/" if ru else "/ultimas-noticias/", lang.portal), ("/lenta/" if ru else "/ultimas/", lang.mobile)]
    items = "".join(f'<li><a href="{h}">{escape(n)}</a></li>' for h, n in links)
    return (f'<!DOCTYPE html><html lang="{lang.html_lang}"><head><meta charset="utf-8"><title>{lang.paper}</title></head>'
            f'<body><h1>{lang.paper}</h1><ul>{items}</ul><p><a href="/about/">{lang.words["about"]}</a></p></body></html>')


class Site(ArticlesSite):
    """A publication's site in the four templates, served while open."""

    def __enter__(self) -> Site:
        by = self.start(charset_handler(self.pages, self.codecs), make_articles, TEMPLATES)
        lang, base = self.lang, self.base_url
        old, codecs = table_pages(lang, by["table"])
        self.pages.update(old)
        self.codecs.update(codecs)
        build: tuple[Callable[[Lang, str, list[Article]], dict[str, str]], ...] = (blog_pages, portal_pages, amp_pages)
        for template, make in zip(("blog", "portal", "amp"), build, strict=True):
            self.pages.update(make(lang, base, by[template]))
        self.pages["/"] = home_page(lang)
        about = (f'<!DOCTYPE html><html lang="{lang.html_lang}"><head><meta charset="utf-8"><title>{lang.words["about"]}</title>'
                 f'</head><body><h1>{lang.words["about"]}</h1><p>{escape(" ".join(lang.fillers[:4]))}</p></body></html>')
        for path in ("/about/", "/sobre/", "/fale-conosco/", "/contacts/"):
            self.pages[path] = about
        return self



def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.splitlines()[0], Site, (PT, RU), 17,
               SEED_HELP, TEMPLATES, "blind10.db", same=loosely)


if __name__ == "__main__":
    main()
