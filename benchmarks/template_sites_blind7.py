"""A seventh blind check of #8 ("a crawl of a site in four templates"): two publications,
Brazilian Portuguese and Polish, each one site on 127.0.0.1 in four templates: an
early-2000s table archive (nested tables, ``<font>``, ``<br>`` paragraphs, ``.php?id=``
URLs, printable copies, no metadata at all), a Hugo/Jekyll-like static blog, a Next.js
news site (server-rendered HTML with hashed class names, the article also in the
``__NEXT_DATA__`` JSON, times there in UTC) and a Substack-like newsletter archive.
Written without reading the parsers, their tests or the earlier generators; only
``template_harness.py`` and ``served_pages.py`` were read.

Each site is crawled with the real ``clippings crawl`` and scored per template and
field: title (whitespace-normalised), authors (people, as a set, case aside; the agency
only where no person is printed), day (the local day as printed) and section (case
aside).

    PYTHONPATH=. .venv/bin/python benchmarks/template_sites_blind7.py [--misses] [--seed 17]
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from html import escape
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.template_harness import ArticlesSite, blind_main, loosely

TEMPLATES = ("table", "hugo", "nextjs", "substack")
PER_TEMPLATE = 10
PAGE_SIZE = 4


@dataclass(frozen=True)
class Lang:
    """A publication's language: its words, names, sections and printed forms."""

    code: str
    paper: str
    months: tuple[str, ...]
    short_months: tuple[str, ...]
    weekdays: tuple[str, ...]
    sections: tuple[tuple[str, str], ...]
    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    tails: tuple[str, ...]
    fillers: tuple[str, ...]
    first: tuple[str, ...]
    last: tuple[str, ...]
    agencies: tuple[str, ...]
    words: dict[str, str] = field(default_factory=dict)
    utc_offset: int = 0


PT = Lang(
    code="pt-BR", paper="Gazeta do Vale",
    months=("janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
            "setembro", "outubro", "novembro", "dezembro"),
    short_months=("jan", "fev", "mar", "abr", "mai", "jun", "jul", "ago", "set", "out", "nov", "dez"),
    weekdays=("Segunda-feira", "Terça-feira", "Quarta-feira", "Quinta-feira", "Sexta-feira",
              "Sábado", "Domingo"),
    sections=(("politica", "Política"), ("economia", "Economia"), ("esportes", "Esportes"),
              ("cultura", "Cultura"), ("cidades", "Cidades")),
    subjects=("Prefeitura", "Governo estadual", "Câmara Municipal", "Seleção brasileira",
              "Banco Central", "Universidade federal", "Sindicato dos professores",
              "Moradores do centro", "Empresa de ônibus", "Hospital regional"),
    verbs=("anuncia", "adia", "aprova", "critica", "suspende", "amplia", "discute", "revisa"),
    objects=("novo plano de obras", "reajuste das tarifas", "projeto de lei sobre o lixo",
             "calendário de vacinação", "reforma da praça central", "programa de bolsas",
             "contrato com a concessionária"),
    tails=("para o próximo ano", "após protestos", "em votação apertada", "sem consulta pública",
           "na zona norte", "depois de três meses"),
    fillers=("A medida deve afetar cerca de 40 mil pessoas, segundo estimativas da própria administração.",
             "Procurada pela reportagem, a assessoria não respondeu até o fechamento desta edição.",
             "Especialistas ouvidos pelo jornal afirmam que o impacto só será conhecido no segundo semestre.",
             "O tema volta a ser discutido em audiência pública marcada para a semana que vem.",
             "Nos bairros mais afastados, a avaliação dos moradores é de desconfiança.",
             "Ainda não há prazo para a conclusão dos trabalhos, que dependem de verbas federais.",
             "A oposição promete recorrer à Justiça caso o texto seja mantido como está.",
             "Em nota, o órgão informou que todas as exigências legais foram cumpridas."),
    first=("João", "Maria", "Ana Paula", "Carlos", "Fernanda", "Luiz Otávio", "Beatriz", "Rafael",
           "Juliana", "Marcelo", "Patrícia", "Thiago"),
    last=("da Silva", "Souza", "dos Santos", "Oliveira", "de Almeida", "Ferreira", "Rodrigues",
          "Carvalho", "Nascimento", "Barbosa", "Gonçalves", "de Araújo Lima"),
    agencies=("Agência Brasil", "Folhapress", "Estadão Conteúdo"),
    words={"by": "Por", "and": "e", "home": "Início", "news": "Notícias", "archive": "Arquivo",
           "blog": "Blog", "newsletter": "Newsletter", "comments": "Comentários", "share": "Compartilhe",
           "related": "Leia também", "next": "Próxima", "prev": "Anterior", "tags": "Tags",
           "subscribe": "Assine a nossa newsletter", "email": "Seu e-mail", "send": "Enviar",
           "cookies": "Usamos cookies para melhorar sua experiência. Ao continuar navegando, você concorda com a nossa Política de Privacidade.",
           "accept": "Aceitar", "print": "Versão para impressão", "mail": "Enviar por e-mail",
           "updated": "Atualizado", "published": "Publicado em", "read": "min de leitura",
           "about": "Quem somos", "contact": "Fale conosco", "privacy": "Privacidade",
           "comment": "Comente esta notícia", "name": "Nome", "authors": "Autores",
           "section": "Editoria", "most_read": "Mais lidas", "like": "Curtir", "reply": "Responder",
           "desk": "Da redação", "special": "Especial para a Gazeta", "subscribers": "assinantes",
           "archive_title": "Arquivo de notícias", "all_posts": "Todos os posts", "at": "às",
           "weather": "Tempo: 27°C, parcialmente nublado", "visits": "Você é o visitante nº"},
    utc_offset=-3,
)

PL = Lang(
    code="pl", paper="Kurier Nadwiślański",
    months=("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia",
            "września", "października", "listopada", "grudnia"),
    short_months=("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"),
    weekdays=("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    sections=(("polityka", "Polityka"), ("gospodarka", "Gospodarka"), ("sport", "Sport"),
              ("kultura", "Kultura"), ("region", "Region")),
    subjects=("Rada miasta", "Urząd marszałkowski", "Prezydent Torunia", "Szpital wojewódzki",
              "Związek nauczycieli", "Mieszkańcy Śródmieścia", "Zarząd dróg", "Politechnika",
              "Wojewoda", "Spółdzielnia mieszkaniowa"),
    verbs=("zapowiada", "odkłada", "przyjmuje", "krytykuje", "zawiesza", "rozszerza", "omawia",
           "analizuje"),
    objects=("nowy plan inwestycji", "podwyżkę cen biletów", "projekt uchwały o śmieciach",
             "remont rynku", "program stypendialny", "umowę z przewoźnikiem", "budowę obwodnicy"),
    tails=("na przyszły rok", "po protestach", "w ostatniej chwili", "bez konsultacji",
           "na Podgórzu", "po trzech miesiącach"),
    fillers=("Decyzja ma dotyczyć około 40 tysięcy mieszkańców, wynika z szacunków urzędu.",
             "Do chwili zamknięcia tego wydania rzecznik nie odpowiedział na nasze pytania.",
             "Eksperci, z którymi rozmawialiśmy, twierdzą, że skutki poznamy dopiero jesienią.",
             "Sprawa wróci na sesję nadzwyczajną zwołaną na przyszły tydzień.",
             "W dzielnicach peryferyjnych mieszkańcy podchodzą do zapowiedzi z nieufnością.",
             "Termin zakończenia prac wciąż nie jest znany, bo zależy od środków unijnych.",
             "Opozycja zapowiada skargę do sądu administracyjnego, jeśli projekt nie zostanie zmieniony.",
             "W komunikacie urząd zapewnił, że wszystkie wymogi prawne zostały spełnione."),
    first=("Jan", "Anna", "Łukasz", "Małgorzata", "Grzegorz", "Katarzyna", "Piotr", "Agnieszka",
           "Tomasz", "Joanna", "Michał", "Ewa"),
    last=("Kowalczyk", "Wróbel", "Dąbrowski", "Zielińska", "Żuławski", "Szymańska", "Nowak",
          "Wiśniewska", "Krawczyk", "Lewandowska", "Grabowski", "Pietrzak"),
    agencies=("PAP", "IAR"),
    words={"by": "Autor:", "and": "i", "home": "Strona główna", "news": "Wiadomości", "archive": "Archiwum",
           "blog": "Blog", "newsletter": "Newsletter", "comments": "Komentarze", "share": "Udostępnij",
           "related": "Czytaj także", "next": "Następna", "prev": "Poprzednia", "tags": "Tagi",
           "subscribe": "Zapisz się na newsletter", "email": "Twój e-mail", "send": "Wyślij",
           "cookies": "Ta strona używa plików cookies. Korzystając z niej, wyrażasz zgodę na ich użycie zgodnie z polityką prywatności.",
           "accept": "Akceptuję", "print": "Wersja do druku", "mail": "Wyślij znajomemu",
           "updated": "Aktualizacja", "published": "Opublikowano", "read": "min czytania",
           "about": "O nas", "contact": "Kontakt", "privacy": "Polityka prywatności",
           "comment": "Skomentuj artykuł", "name": "Podpis", "authors": "Autorzy",
           "section": "Dział", "most_read": "Najczęściej czytane", "like": "Lubię to", "reply": "Odpowiedz",
           "desk": "Redakcja", "special": "Specjalnie dla Kuriera", "subscribers": "subskrybentów",
           "archive_title": "Archiwum artykułów", "all_posts": "Wszystkie wpisy", "at": "",
           "weather": "Pogoda: 12°C, zachmurzenie umiarkowane", "visits": "Jesteś gościem nr"},
    utc_offset=1,
)


@dataclass
class Article:
    template: str
    path: str
    title: str
    authors: list[str]
    printed_authors: list[str]
    agency: str | None
    when: datetime  # local time as printed
    section: tuple[str, str]
    tags: list[str]
    paragraphs: list[str]
    number: int


def _title(lang: Lang, rng: random.Random, seen: set[str]) -> str:
    while True:
        t = f"{rng.choice(lang.subjects)} {rng.choice(lang.verbs)} {rng.choice(lang.objects)} {rng.choice(lang.tails)}"
        if t not in seen:
            seen.add(t)
            return t


def _paragraphs(lang: Lang, rng: random.Random, title: str) -> list[str]:
    out = [f"{title[0].upper()}{title[1:]}. " + " ".join(rng.sample(lang.fillers, 2))]
    for _ in range(rng.randint(4, 7)):
        sentence = f"{rng.choice(lang.subjects)} {rng.choice(lang.verbs)} {rng.choice(lang.objects)} {rng.choice(lang.tails)}."
        out.append(" ".join([sentence, *rng.sample(lang.fillers, rng.randint(2, 3))]))
    return out


def _people(lang: Lang, rng: random.Random) -> list[str]:
    k = rng.choice((1, 1, 1, 2, 2, 3))
    names: list[str] = []
    while len(names) < k:
        n = f"{rng.choice(lang.first)} {rng.choice(lang.last)}"
        if n not in names:
            names.append(n)
    return names


YEARS = {"table": (2001, 2004), "hugo": (2015, 2019), "nextjs": (2020, 2023), "substack": (2021, 2024)}


def _when(template: str, rng: random.Random) -> datetime:
    lo, hi = YEARS[template]
    start = datetime(lo, 1, 1)
    days = (datetime(hi, 12, 31) - start).days
    hour = rng.choice((0, 1, 7, 9, 11, 14, 16, 19, 22, 23))
    return start + timedelta(days=rng.randrange(days), hours=hour, minutes=rng.randrange(60))


def _slug(text: str) -> str:
    table = str.maketrans("ąćęłńóśźżãâáàçéêíõôóúü", "acelnoszzaaaaceeiooouu")
    return "-".join("".join(c for c in w.lower().translate(table) if c.isalnum()) for w in text.split())


def _path(template: str, lang: Lang, a_when: datetime, sec: str, title: str, number: int) -> str:
    slug = _slug(title)
    if template == "table":
        return (f"/arquivo/noticia.php?id={number}" if lang.code == "pt-BR" else f"/archiwum/artykul.php?id={number}")
    if template == "hugo":
        return f"/blog/{a_when:%Y}/{a_when:%m}/{slug}/"
    if template == "nextjs":
        return f"/{sec}/{a_when:%Y}/{a_when:%m}/{a_when:%d}/{slug}"
    return f"/newsletter/p/{slug}"


def make_articles(lang: Lang, rng: random.Random) -> list[Article]:
    """Each template's articles, with their truth."""
    seen: set[str] = set()
    out = []
    number = rng.randrange(1000, 9000)
    for template in TEMPLATES:
        for _ in range(PER_TEMPLATE):
            number += rng.randint(1, 40)
            title = _title(lang, rng, seen)
            when = _when(template, rng)
            section = rng.choice(lang.sections)
            people = _people(lang, rng)
            agency = rng.choice(lang.agencies) if rng.random() < 0.25 else None
            if agency and rng.random() < 0.5:
                people = []
            authors = people if people else [agency]  # type: ignore[list-item]
            tags = rng.sample([w for w in " ".join(lang.objects).split() if len(w) > 5], 3)
            out.append(Article(template, _path(template, lang, when, section[0], title, number), title,
                               authors, people, agency, when, section, tags,
                               _paragraphs(lang, rng, title), number))
    return out


# --- printed forms ------------------------------------------------------------------

def long_date(lang: Lang, d: datetime) -> str:
    if lang.code == "pt-BR":
        return f"{d.day} de {lang.months[d.month - 1]} de {d.year}"
    return f"{d.day} {lang.months[d.month - 1]} {d.year}"


def table_date(lang: Lang, d: datetime, rng: random.Random) -> str:
    if lang.code == "pt-BR":
        return rng.choice((f"{d:%d/%m/%Y} - {d.hour}h{d:%M}",
                           f"{lang.weekdays[d.weekday()]}, {long_date(lang, d)}",
                           f"{lang.words['published']} {d:%d.%m.%Y}"))
    return rng.choice((f"{d:%d.%m.%Y}", f"{lang.weekdays[d.weekday()]}, {long_date(lang, d)} r.",
                       f"{d:%Y-%m-%d %H:%M}"))


def joined(lang: Lang, names: list[str]) -> str:
    if len(names) < 2:
        return "".join(names)
    return ", ".join(names[:-1]) + f" {lang.words['and']} " + names[-1]


def table_byline(lang: Lang, a: Article, rng: random.Random) -> str:
    if not a.printed_authors:
        return f"({a.agency})" if lang.code == "pl" else f"Da {a.agency}" if a.agency == "Agência Brasil" else f"{a.agency}"
    names = a.printed_authors
    if lang.code == "pt-BR":
        who = joined(lang, names)
        form = rng.choice(("upper", "plain", "special"))
        if form == "upper":
            text = f"Por {who.upper()}"
        elif form == "special":
            text = f"{who}<br>{lang.words['special']}"
        else:
            text = f"Por {who}"
    else:
        text = rng.choice((f"Autor: {', '.join(names)}", ", ".join(names), f"{joined(lang, names)}"))
    return text + (f" / {a.agency}" if a.agency else "")


def paras_br(a: Article) -> str:
    return "<br><br>\n".join(escape(p) for p in a.paragraphs)


# --- shared furniture ---------------------------------------------------------------

def cookie_banner(lang: Lang) -> str:
    return (f'<div class="cookie-consent" id="cookie-banner"><p>{lang.words["cookies"]}</p>'
            f'<button>{lang.words["accept"]}</button> <a href="/privacidade">{lang.words["privacy"]}</a></div>')


def share_bar(lang: Lang, url: str) -> str:
    return (f'<div class="share"><span>{lang.words["share"]}:</span> '
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={url}">Facebook</a> '
            f'<a href="https://twitter.com/intent/tweet?url={url}">Twitter</a> '
            f'<a href="https://api.whatsapp.com/send?text={url}">WhatsApp</a></div>')


def newsletter_box(lang: Lang) -> str:
    return (f'<aside class="newsletter-box"><h3>{lang.words["subscribe"]}</h3><form action="/newsletter/subscribe">'
            f'<input type="email" placeholder="{lang.words["email"]}"><button>{lang.words["send"]}</button></form></aside>')


def comments_block(lang: Lang, a: Article, rng: random.Random) -> str:
    items = []
    for k in range(rng.randint(1, 3)):
        who = f"{rng.choice(lang.first)} {rng.choice(lang.last)[0]}."
        when = a.when + timedelta(days=k + 1, hours=3)
        items.append(f'<li class="comment"><b class="comment-author">{who}</b> '
                     f'<span class="comment-date">{long_date(lang, when)} {when:%H:%M}</span>'
                     f'<p>{escape(rng.choice(lang.fillers))}</p><a href="#">{lang.words["reply"]}</a></li>')
    return (f'<section class="comments"><h3>{lang.words["comments"]} ({len(items)})</h3>'
            f'<ol>{"".join(items)}</ol></section>')


# --- the early-2000s table archive ----------------------------------------------------

def table_root(lang: Lang) -> str:
    return "/arquivo" if lang.code == "pt-BR" else "/archiwum"


def table_shell(lang: Lang, inner: str, title: str) -> str:
    root = table_root(lang)
    menu = "".join(f'<tr><td><font face="Verdana" size="1">&raquo; <a href="{root}/secao.php?s={s}">{escape(n)}</a>'
                   f'</font></td></tr>' for s, n in lang.sections)
    return f"""<html><head><title>{escape(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center">
<tr><td colspan="3" bgcolor="#003366"><table width="100%" border="0"><tr>
<td><a href="{root}/index.php"><img src="/img/logo.gif" width="300" height="60" border="0" alt="{escape(lang.paper)}"></a></td>
<td align="right"><font face="Verdana" size="1" color="#FFFFFF">{lang.words['weather']}</font></td></tr></table></td></tr>
<tr><td width="150" valign="top" bgcolor="#EEEEEE">
<table width="100%" border="0" cellspacing="2" cellpadding="2">
<tr><td><font face="Verdana" size="2"><b>{lang.words['section']}</b></font></td></tr>{menu}
<tr><td><font face="Verdana" size="1"><a href="/">{lang.words['home']}</a><br><a href="{root}/index.php">{lang.words['archive']}</a><br>
<a href="/sobre">{lang.words['about']}</a><br><a href="/contato">{lang.words['contact']}</a></font></td></tr>
</table></td>
<td width="10"><img src="/img/spacer.gif" width="10" height="1"></td>
<td width="600" valign="top">{inner}</td></tr>
<tr><td colspan="3" align="center"><font face="Verdana" size="1" color="#666666">&copy; 2003 {escape(lang.paper)} -
{lang.words['visits']} 0012345</font></td></tr></table></body></html>"""


def table_article(lang: Lang, a: Article, others: list[Article], rng: random.Random, printable: bool) -> str:
    root = table_root(lang)
    related = "".join(f'<font face="Verdana" size="1">&raquo; <a href="{o.path}">{escape(o.title)}</a> '
                      f'({o.when:%d/%m/%Y})</font><br>' for o in others)
    tools = ("" if printable else
             f'<font face="Verdana" size="1"><a href="{a.path}&amp;imprimir=1">{lang.words["print"]}</a> | '
             f'<a href="{root}/enviar.php?id={a.number}">{lang.words["mail"]}</a></font><br><br>')
    inner = f"""<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr><td>
<font face="Verdana" size="1" color="#990000"><b>{escape(a.section[1].upper())}</b></font><br>
<font face="Arial, Helvetica" size="4" color="#003366"><b>{escape(a.title)}</b></font><br>
<font face="Verdana" size="1" color="#666666">{table_byline(lang, a, rng)}<br>{table_date(lang, a.when, rng)}</font><br><br>
{tools}<font face="Verdana" size="2">{paras_br(a)}</font><br><br>
<table width="100%" border="0" cellpadding="3" bgcolor="#F0F0F0"><tr><td>
<font face="Verdana" size="2"><b>{lang.words['related']}</b></font><br>{related}</td></tr></table>
<br><form action="{root}/comentar.php" method="post"><font face="Verdana" size="1"><b>{lang.words['comment']}</b><br>
{lang.words['name']}: <input name="nome"><br><textarea name="texto"></textarea><br><input type="submit"></font></form>
</td></tr></table>"""
    return table_shell(lang, inner, f"{lang.paper} - {lang.words['news']}")


def table_listing(lang: Lang, items: list[Article], heading: str, pager: str) -> str:
    rows = "".join(f'<tr><td><font face="Verdana" size="1">{a.when:%d/%m/%Y}</font></td>'
                   f'<td><font face="Verdana" size="2"><a href="{a.path}"><b>{escape(a.title)}</b></a></font><br>'
                   f'<font face="Verdana" size="1">{escape(a.paragraphs[1][:140])}...</font></td></tr>' for a in items)
    inner = (f'<font face="Arial" size="4"><b>{escape(heading)}</b></font><br><br>'
             f'<table width="100%" border="0" cellpadding="3">{rows}</table><br>'
             f'<font face="Verdana" size="1">{pager}</font>')
    return table_shell(lang, inner, f"{lang.paper} - {heading}")


def table_pages(lang: Lang, arts: list[Article], rng: random.Random) -> dict[str, str]:
    root = table_root(lang)
    pages = {}
    for a in arts:
        others = rng.sample([o for o in arts if o is not a], 3)
        pages[a.path] = table_article(lang, a, others, rng, False)
        pages[a.path + "&imprimir=1"] = table_article(lang, a, [], rng, True)
        pages[f"{root}/enviar.php?id={a.number}"] = table_shell(
            lang, f'<form><font face="Verdana" size="2">{lang.words["mail"]}: {escape(a.title)}<br>'
                  f'<input name="para"><input type="submit"></font></form>', lang.paper)
    chunks = [arts[i:i + PAGE_SIZE] for i in range(0, len(arts), PAGE_SIZE)]
    for n, chunk in enumerate(chunks, 1):
        pager = " ".join(f'<a href="{root}/index.php?pag={k}">{k}</a>' if k != n else f"<b>{k}</b>"
                         for k in range(1, len(chunks) + 1))
        key = f"{root}/index.php" if n == 1 else f"{root}/index.php?pag={n}"
        pages[key] = table_listing(lang, chunk, lang.words["archive_title"], pager)
    for slug, name in lang.sections:
        mine = [a for a in arts if a.section[0] == slug]
        pages[f"{root}/secao.php?s={slug}"] = table_listing(lang, mine, name, "")
    return pages


# --- the Hugo/Jekyll-like static blog ----------------------------------------------------

def iso_local(lang: Lang, d: datetime) -> str:
    sign = "-" if lang.utc_offset < 0 else "+"
    return f"{d:%Y-%m-%dT%H:%M:%S}{sign}{abs(lang.utc_offset):02d}:00"


def hugo_shell(lang: Lang, base: str, title: str, head: str, main: str) -> str:
    nav = "".join(f'<li><a href="/blog/categorias/{s}/">{escape(n)}</a></li>' for s, n in lang.sections)
    return f"""<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8">
<meta name="generator" content="Hugo 0.101.0"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{escape(title)}</title>{head}<link rel="stylesheet" href="/blog/css/main.min.css">
<link rel="alternate" type="application/rss+xml" href="{base}/blog/index.xml"></head>
<body class="theme-papermod"><header class="site-header"><a class="logo" href="/blog/">{escape(lang.paper)} · {lang.words['blog']}</a>
<nav><ul class="menu">{nav}<li><a href="/blog/tags/">{lang.words['tags']}</a></li><li><a href="/blog/sobre/">{lang.words['about']}</a></li></ul></nav></header>
<main class="main">{main}</main>
<footer class="footer"><span>&copy; {escape(lang.paper)}</span> · <span>Powered by <a href="https://gohugo.io/">Hugo</a> &amp; PaperMod</span></footer>
{cookie_banner(lang)}</body></html>"""


def hugo_byline(lang: Lang, a: Article) -> str:
    people = a.printed_authors
    if not people:
        return f'<span class="author">{escape(a.agency or "")}</span>'
    links = [f'<a href="/blog/autores/{_slug(p)}/">{escape(p)}</a>' for p in people]
    if lang.code == "pt-BR":
        text = f"{lang.words['by']} " + (", ".join(links[:-1]) + f" {lang.words['and']} " + links[-1] if len(links) > 1 else links[0])
    else:
        text = f"{lang.words['by']} " + ", ".join(links)
    return f'<span class="author">{text}</span>' + (f" · {escape(a.agency)}" if a.agency else "")


def hugo_article(lang: Lang, base: str, a: Article, others: list[Article], rng: random.Random) -> str:
    head = (f'<meta name="description" content="{escape(a.paragraphs[0][:150])}">'
            f'<meta property="og:title" content="{escape(a.title)}"><meta property="og:type" content="article">'
            f'<meta property="og:url" content="{base}{a.path}">'
            f'<meta property="article:published_time" content="{iso_local(lang, a.when)}">'
            f'<link rel="canonical" href="{base}{a.path}">')
    minutes = max(2, sum(len(p.split()) for p in a.paragraphs) // 200)
    tags = " ".join(f'<a href="/blog/tags/{_slug(t)}/">#{escape(t)}</a>' for t in a.tags)
    related = "".join(f'<li><a href="{o.path}">{escape(o.title)}</a> <time>{long_date(lang, o.when)}</time></li>' for o in others)
    body = "".join(f"<p>{escape(p)}</p>" for p in a.paragraphs)
    main = f"""<article class="post-single"><header class="post-header">
<div class="breadcrumbs"><a href="/blog/">{lang.words['home']}</a>&nbsp;»&nbsp;<a href="/blog/categorias/{a.section[0]}/">{escape(a.section[1])}</a></div>
<h1 class="post-title">{escape(a.title)}</h1>
<div class="post-meta"><time datetime="{iso_local(lang, a.when)}">{long_date(lang, a.when)}</time>&nbsp;·&nbsp;{minutes} {lang.words['read']}&nbsp;·&nbsp;{hugo_byline(lang, a)}</div>
</header>
<div class="post-content">{body}</div>
<footer class="post-footer"><ul class="post-tags"><li>{tags}</li></ul>
<nav class="paginav"><a class="prev" href="{others[0].path}"><span class="title">« {lang.words['prev']}</span><br><span>{escape(others[0].title)}</span></a>
<a class="next" href="{others[1].path}"><span class="title">{lang.words['next']} »</span><br><span>{escape(others[1].title)}</span></a></nav>
{share_bar(lang, base + a.path)}</footer></article>
<aside class="related"><h2>{lang.words['related']}</h2><ul>{related}</ul></aside>
{newsletter_box(lang)}{comments_block(lang, a, rng)}"""
    return hugo_shell(lang, base, f"{a.title} | {lang.paper}", head, main)


def hugo_list(lang: Lang, base: str, items: list[Article], heading: str, pager: str) -> str:
    entries = "".join(f'<article class="post-entry"><header class="entry-header"><h2>{escape(a.title)}</h2></header>'
                      f'<div class="entry-content"><p>{escape(a.paragraphs[1][:160])}…</p></div>'
                      f'<footer class="entry-footer">{long_date(lang, a.when)}</footer>'
                      f'<a class="entry-link" aria-label="post link to {escape(a.title)}" href="{a.path}"></a></article>'
                      for a in items)
    return hugo_shell(lang, base, f"{heading} | {lang.paper}", "",
                      f'<header class="page-header"><h1>{escape(heading)}</h1></header>{entries}'
                      f'<footer class="page-footer"><nav class="pagination">{pager}</nav></footer>')


def hugo_pages(lang: Lang, base: str, arts: list[Article], rng: random.Random) -> dict[str, str]:
    pages = {}
    for a in arts:
        pages[a.path] = hugo_article(lang, base, a, rng.sample([o for o in arts if o is not a], 3), rng)
    ordered = sorted(arts, key=lambda x: x.when, reverse=True)
    chunks = [ordered[i:i + PAGE_SIZE] for i in range(0, len(ordered), PAGE_SIZE)]
    for n, chunk in enumerate(chunks, 1):
        pager = (f'<a class="prev" href="/blog/page/{n - 1}/">« {lang.words["prev"]}</a>' if n > 1 else "") + \
                (f'<a class="next" href="/blog/page/{n + 1}/">{lang.words["next"]} »</a>' if n < len(chunks) else "")
        pages["/blog/" if n == 1 else f"/blog/page/{n}/"] = hugo_list(lang, base, chunk, lang.words["blog"], pager)
    for slug, name in lang.sections:
        pages[f"/blog/categorias/{slug}/"] = hugo_list(lang, base, [a for a in ordered if a.section[0] == slug], name, "")
    names = {p for a in arts for p in a.printed_authors}
    for p in names:
        pages[f"/blog/autores/{_slug(p)}/"] = hugo_list(lang, base, [a for a in ordered if p in a.printed_authors], p, "")
    for t in {t for a in arts for t in a.tags}:
        pages[f"/blog/tags/{_slug(t)}/"] = hugo_list(lang, base, [a for a in ordered if t in a.tags], f"#{t}", "")
    pages["/blog/sobre/"] = hugo_shell(lang, base, lang.words["about"], "",
                                       f'<article class="post-single"><h1>{lang.words["about"]}</h1>'
                                       f'<p>{escape(" ".join(lang.fillers[:4]))}</p></article>')
    return pages


# --- the Next.js news site ---------------------------------------------------------------

def utc_iso(lang: Lang, d: datetime) -> str:
    return (d - timedelta(hours=lang.utc_offset)).replace(tzinfo=timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.000Z")


def next_date(lang: Lang, d: datetime) -> str:
    if lang.code == "pt-BR":
        return f"{d.day}.{lang.short_months[d.month - 1]}.{d.year} {lang.words['at']} {d.hour}h{d:%M}"
    return f"{d:%d.%m.%Y}, {d:%H:%M}"


def next_shell(lang: Lang, base: str, title: str, head: str, body: str, data: dict) -> str:
    nav = "".join(f'<a class="Nav_link__q8Z1x" href="/{s}">{escape(n)}</a>' for s, n in lang.sections)
    blob = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html><html lang="{lang.code}"><head><meta charSet="utf-8"/>
<meta name="viewport" content="width=device-width"/><title>{escape(title)}</title>{head}
<link rel="preload" href="/_next/static/css/4b1c0e9a.css" as="style"/><noscript data-n-css=""></noscript></head>
<body><div id="__next"><div class="Layout_wrapper__Kx7pQ"><header class="Header_header__2bLr9">
<a class="Header_logo__Tn3cd" href="/">{escape(lang.paper)}</a><nav class="Nav_nav__yQw2s">{nav}
<a class="Nav_link__q8Z1x" href="/newsletter/">{lang.words['newsletter']}</a><a class="Nav_link__q8Z1x" href="/blog/">{lang.words['blog']}</a>
<a class="Nav_link__q8Z1x" href="{table_root(lang)}/index.php">{lang.words['archive']}</a></nav></header>
{body}
<footer class="Footer_footer__a1B2c"><a href="/sobre">{lang.words['about']}</a> <a href="/contato">{lang.words['contact']}</a>
<a href="/privacidade">{lang.words['privacy']}</a><p>&copy; 2023 {escape(lang.paper)}</p></footer>
<div class="CookieBar_bar__9zXy1">{cookie_banner(lang)}</div></div></div>
<script id="__NEXT_DATA__" type="application/json">{blob}</script>
<script src="/_next/static/chunks/main-3c1f2a.js" async=""></script></body></html>"""


def next_byline(lang: Lang, a: Article) -> str:
    if not a.printed_authors:
        return f'<span class="Byline_agency__h3Jk2">{escape(a.agency or "")}</span>'
    links = [f'<a class="Byline_name__7hTr2" href="/autor/{_slug(p)}">{escape(p)}</a>' for p in a.printed_authors]
    who = (", ".join(links[:-1]) + f" {lang.words['and']} " + links[-1]) if len(links) > 1 else links[0]
    prefix = f"{lang.words['by']} " if lang.code == "pt-BR" else ""
    return f'<div class="Byline_byline__Qp0sd">{prefix}{who}' + (f', <span>{escape(a.agency)}</span>' if a.agency else "") + "</div>"


def next_article(lang: Lang, base: str, a: Article, others: list[Article], rng: random.Random) -> str:
    head = (f'<meta property="og:title" content="{escape(a.title)} | {escape(lang.paper)}"/>'
            f'<meta property="og:type" content="article"/><meta property="og:site_name" content="{escape(lang.paper)}"/>'
            f'<link rel="canonical" href="{base}{a.path}"/>')
    updated = a.when + timedelta(hours=rng.randint(1, 30))
    body = "".join(f'<p class="ArticleBody_paragraph__x2Lm9">{escape(p)}</p>' for p in a.paragraphs)
    related = "".join(f'<li><a href="{o.path}?ref=relacionadas">{escape(o.title)}</a></li>' for o in others)
    most = "".join(f'<li><span>{k}</span><a href="{o.path}">{escape(o.title)}</a></li>' for k, o in enumerate(others[::-1], 1))
    main = f"""<main class="Article_main__3nQ2w"><div class="Article_header__Zx81L">
<a class="Kicker_kicker__pL0s2" href="/{a.section[0]}">{escape(a.section[1])}</a>
<h1 class="Headline_headline__Ab3dE">{escape(a.title)}</h1>
<h2 class="Standfirst_standfirst__y7Kk1">{escape(a.paragraphs[1].split('.')[0])}.</h2>
{next_byline(lang, a)}
<div class="Dateline_dateline__w9Rt4"><time dateTime="{utc_iso(lang, a.when)}">{next_date(lang, a.when)}</time>
<span class="Dateline_updated__mM3s1">{lang.words['updated']}: {next_date(lang, updated)}</span></div>
{share_bar(lang, base + a.path)}</div>
<div class="ArticleBody_body__Lr8yT">{body}</div>
<section class="Related_related__7Yh0a"><h3>{lang.words['related']}</h3><ul>{related}</ul></section>
{newsletter_box(lang)}{comments_block(lang, a, rng)}</main>
<aside class="MostRead_box__f2Ww0"><h3>{lang.words['most_read']}</h3><ol>{most}</ol></aside>"""
    data = {"props": {"pageProps": {"article": {
        "id": a.number, "headline": a.title, "slug": a.path.rsplit("/", 1)[-1],
        "authors": [{"name": p, "slug": _slug(p)} for p in a.printed_authors],
        "source": a.agency, "publishedAt": utc_iso(lang, a.when), "updatedAt": utc_iso(lang, updated),
        "section": {"slug": a.section[0], "name": a.section[1]},
        "body": [{"type": "paragraph", "text": p} for p in a.paragraphs]}}, "__N_SSP": True},
        "page": "/[section]/[year]/[month]/[day]/[slug]", "query": {"section": a.section[0]},
        "buildId": "k2Jx8sQ0aP", "isFallback": False, "gssp": True}
    return next_shell(lang, base, f"{a.title} | {lang.paper}", head, main, data)


def next_list(lang: Lang, base: str, items: list[Article], heading: str, pager: str, page: str) -> str:
    cards = "".join(f'<article class="Card_card__u3Gq1"><a class="Card_link__c0Rd2" href="{a.path}">'
                    f'<h3 class="Card_title__vV5nb">{escape(a.title)}</h3></a>'
                    f'<p class="Card_summary__P2sZ1">{escape(a.paragraphs[1][:120])}…</p>'
                    f'<span class="Card_meta__Jk3s9">{escape(a.section[1])} · {next_date(lang, a.when)}</span></article>'
                    for a in items)
    data = {"props": {"pageProps": {"items": [{"headline": a.title, "href": a.path} for a in items]}},
            "page": page, "buildId": "k2Jx8sQ0aP"}
    body = f'<main class="Home_main__b7Nn2"><h1 class="Home_heading__Zp3x1">{escape(heading)}</h1>{cards}{pager}</main>'
    return next_shell(lang, base, f"{heading} | {lang.paper}", '<meta property="og:type" content="website"/>', body, data)


def next_pages(lang: Lang, base: str, arts: list[Article], rng: random.Random) -> dict[str, str]:
    pages = {}
    for a in arts:
        pages[a.path] = next_article(lang, base, a, rng.sample([o for o in arts if o is not a], 3), rng)
        pages[a.path + "?ref=relacionadas"] = pages[a.path]
    ordered = sorted(arts, key=lambda x: x.when, reverse=True)
    for slug, name in lang.sections:
        mine = [a for a in ordered if a.section[0] == slug]
        chunks = [mine[i:i + 2] for i in range(0, len(mine), 2)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            pager = (f'<a class="Pager_more__r2D1q" href="/{slug}?page={n + 1}">{lang.words["next"]}</a>'
                     if n < len(chunks) else "")
            pages[f"/{slug}" if n == 1 else f"/{slug}?page={n}"] = next_list(lang, base, chunk, name, pager, "/[section]")
    names = {p for a in arts for p in a.printed_authors}
    for p in names:
        pages[f"/autor/{_slug(p)}"] = next_list(lang, base, [a for a in ordered if p in a.printed_authors], p, "", "/autor/[slug]")
    return pages


# --- the Substack-like newsletter -------------------------------------------------------

def stack_date(lang: Lang, d: datetime) -> str:
    if lang.code == "pt-BR":
        return f"{d.day} de {lang.short_months[d.month - 1]}. de {d.year}"
    return f"{d.day} {lang.short_months[d.month - 1]} {d.year}"


def stack_shell(lang: Lang, title: str, head: str, main: str, preload: dict) -> str:
    blob = json.dumps(json.dumps(preload, ensure_ascii=False), ensure_ascii=False).replace("</", "<\\/")
    name = f"{lang.paper} {lang.words['newsletter']}"
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{escape(title)}</title>{head}
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><div id="entry"><div class="main-menu"><div class="topbar-content">
<a class="navbar-title-link" href="/newsletter/">{escape(name)}</a>
<div class="navbar-buttons"><a class="button primary subscribe-btn" href="/newsletter/subscribe">{lang.words['subscribe']}</a>
<a href="/newsletter/archive">{lang.words['archive']}</a> <a href="/newsletter/about">{lang.words['about']}</a></div></div></div>
<div class="container">{main}</div>
<div class="footer-wrap"><div class="footer">&copy; 2024 {escape(lang.paper)} · <a href="/newsletter/privacy">{lang.words['privacy']}</a>
· <a href="https://substack.com/signup">Start Writing</a> · <a href="https://substack.com/app">Get the app</a></div></div></div>
<script>window._preloads = JSON.parse({blob})</script></body></html>"""


def stack_byline(lang: Lang, a: Article) -> str:
    if not a.printed_authors:
        return f'<div class="byline-names">{escape(a.agency or "")}</div>'
    links = [f'<a href="/newsletter/@{_slug(p).replace("-", "")}" class="pencraft frontend-pencraft-Text-module__decoration-hover-underline">{escape(p)}</a>'
             for p in a.printed_authors]
    who = (", ".join(links[:-1]) + f" {lang.words['and']} " + links[-1]) if len(links) > 1 else links[0]
    return f'<div class="byline-names"><div class="profile-hover-card-target">{who}</div></div>'


def stack_article(lang: Lang, base: str, a: Article, others: list[Article], rng: random.Random) -> str:
    head = (f'<meta property="og:title" content="{escape(a.title)}"><meta property="og:type" content="article">'
            f'<meta property="og:description" content="{escape(a.paragraphs[1][:120])}">'
            f'<link rel="canonical" href="{base}{a.path}">')
    body = "".join(f"<p>{escape(p)}</p>" for p in a.paragraphs)
    likes = rng.randint(3, 90)
    more = "".join(f'<div class="post-preview"><a class="post-preview-title" href="{o.path}">{escape(o.title)}</a>'
                   f'<div class="post-preview-meta">{stack_date(lang, o.when)}</div></div>' for o in others)
    main = f"""<article class="typography newsletter-post post"><div class="post-header">
<a class="post-section-label" href="/newsletter/s/{a.section[0]}">{escape(a.section[1])}</a>
<h1 class="post-title published">{escape(a.title)}</h1>
<h3 class="subtitle">{escape(a.paragraphs[1].split('.')[0])}</h3>
<div class="post-meta"><div class="post-meta-avatars"><img src="/img/avatar.png" alt=""></div>{stack_byline(lang, a)}
<div class="post-date">{stack_date(lang, a.when)}</div></div>
<div class="post-ufi"><a class="like-button">{likes}</a><a class="comment-button" href="{a.path}/comments">{rng.randint(1, 9)}</a>
<a class="share-button">{lang.words['share']}</a></div></div>
<div class="available-content"><div class="body markup" dir="auto">{body}</div></div>
<div class="subscription-widget-wrap"><p>{lang.words['subscribe']} — {rng.randint(800, 9000)} {lang.words['subscribers']}</p>
<form><input type="email" placeholder="{lang.words['email']}"><button>{lang.words['send']}</button></form></div>
{comments_block(lang, a, rng)}</article>
<div class="post-footer-more">{more}</div>"""
    preload = {"post": {"title": a.title, "slug": a.path.rsplit("/", 1)[-1], "post_date": utc_iso(lang, a.when),
                        "publishedBylines": [{"name": p} for p in a.printed_authors],
                        "section_name": a.section[1], "type": "newsletter"}}
    return stack_shell(lang, a.title, head, main, preload)


def stack_list(lang: Lang, items: list[Article], heading: str) -> str:
    rows = "".join(f'<div class="post-preview"><a class="post-preview-title" href="{a.path}">{escape(a.title)}</a>'
                   f'<div class="post-preview-description">{escape(a.paragraphs[1][:120])}</div>'
                   f'<div class="post-preview-meta">{stack_date(lang, a.when)} · {escape(", ".join(a.printed_authors) or (a.agency or ""))}</div></div>'
                   for a in items)
    return stack_shell(lang, heading, "", f'<h1 class="archive-title">{escape(heading)}</h1><div class="portable-archive-list">{rows}</div>',
                       {"posts": [a.title for a in items]})


def stack_pages(lang: Lang, base: str, arts: list[Article], rng: random.Random) -> dict[str, str]:
    pages = {}
    for a in arts:
        pages[a.path] = stack_article(lang, base, a, rng.sample([o for o in arts if o is not a], 3), rng)
        pages[a.path + "/comments"] = stack_shell(lang, f"{lang.words['comments']} - {a.title}", "",
                                                  comments_block(lang, a, rng), {})
    ordered = sorted(arts, key=lambda x: x.when, reverse=True)
    pages["/newsletter/"] = stack_list(lang, ordered[:5], f"{lang.paper} {lang.words['newsletter']}")
    pages["/newsletter/archive"] = stack_list(lang, ordered, lang.words["all_posts"])
    for slug, name in lang.sections:
        pages[f"/newsletter/s/{slug}"] = stack_list(lang, [a for a in ordered if a.section[0] == slug], name)
    pages["/newsletter/about"] = stack_shell(lang, lang.words["about"], "", f'<p>{escape(" ".join(lang.fillers[:3]))}</p>', {})
    return pages


# --- the site ------------------------------------------------------------------------------

def home_page(lang: Lang, arts: list[Article]) -> str:
    top = sorted((a for a in arts if a.template == "nextjs"), key=lambda x: x.when, reverse=True)
    data = {"page": "/"}
    body = ('<main class="Home_main__b7Nn2">'
            + "".join(f'<article class="Card_card__u3Gq1"><a href="{a.path}"><h3>{escape(a.title)}</h3></a></article>' for a in top[:6])
            + f'<section><a href="/blog/">{lang.words["blog"]}</a> · <a href="/newsletter/">{lang.words["newsletter"]}</a>'
            f' · <a href="{table_root(lang)}/index.php">{lang.words["archive"]}</a></section></main>')
    return next_shell(lang, "", lang.paper, '<meta property="og:type" content="website"/>', body, data)


class Site(ArticlesSite):
    """A publication's site in the four templates, served while open."""

    def __enter__(self) -> Site:
        super().__enter__()
        rng = random.Random(self.seed)
        self.articles = make_articles(self.lang, rng)
        by = {t: [a for a in self.articles if a.template == t] for t in TEMPLATES}
        base = self.base_url
        self.pages.update(table_pages(self.lang, by["table"], rng))
        self.pages.update(hugo_pages(self.lang, base, by["hugo"], rng))
        self.pages.update(next_pages(self.lang, base, by["nextjs"], rng))
        self.pages.update(stack_pages(self.lang, base, by["substack"], rng))
        self.pages["/"] = home_page(self.lang, self.articles)
        about = f'<main><h1>{self.lang.words["about"]}</h1><p>{escape(" ".join(self.lang.fillers))}</p></main>'
        for path in ("/sobre", "/contato", "/privacidade"):
            self.pages[path] = next_shell(self.lang, base, self.lang.words["about"], "", about, {"page": path})
        return self



def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.splitlines()[0], Site, (PT, PL), 17,
               "the first publication's seed (the n-th publication uses seed + n)",
               TEMPLATES, "blind7.db", same=loosely)


if __name__ == "__main__":
    main()
