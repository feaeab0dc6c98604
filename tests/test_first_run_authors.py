"""Author rules for a site no rule was written for (#8's first run), each by the class of
byline convention a blind site's miss belonged to, on a small page of that shape."""

from __future__ import annotations

import json

import pytest

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_byline, name_then_job

EN_TEXT = "".join(f"<p>The council will vote on the proposal at its next ordinary meeting, part {n}. Locals packed "
                  "the community hall on Thursday night to have their say about the plan and its cost. Growers say "
                  "the price of fertiliser has almost doubled in two years across the Tablelands.</p>" for n in range(6))


def _parsed(page: str | bytes, url: str) -> Article:
    article = parse_article(page, url)
    assert article is not None
    return article


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


# ------------------------------------------------------- "with X Y": a co-writer by the byline's shape


@pytest.mark.parametrize("byline, names", [
    # a given name no list holds: the comma, the place after the names and the title case say it
    ("By Duncan Nguyen and Nathan MacDonald, with Tahlia Kowalski",
     ["Duncan Nguyen", "Nathan MacDonald", "Tahlia Kowalski"]),
    ("By Tom Roe, with Tahlia O’Brien and Mark Lee", ["Tom Roe", "Tahlia O’Brien", "Mark Lee"]),
    # the help a story had, or a wire spelled out, is no co-writer
    ("By Jane Doe, with AAP", ["Jane Doe"]),
    ("By Jane Doe, with Australian Associated Press", ["Jane Doe"]),
    ("By Jane Doe, with Additional Reporting", ["Jane Doe"]),
    ("By Jane Doe, with Reuters Staff", ["Jane Doe"]),
    ("By Jane Doe, with Staff Writers", ["Jane Doe"]),
    # no comma: the person spoken with, not a writer
    ("Jane Doe speaks with Grace Tame", ["Jane Doe"]),
])
def test_with_coauthor_by_shape(byline: str, names: list[str]) -> None:
    assert clean_byline(byline) == names


@pytest.mark.parametrize("byline, names", [
    ("By Duncan Nguyen and Nathan MacDonald NQBN Far North", ["Duncan Nguyen", "Nathan MacDonald"]),
    ("By Jane Doe BBC Sport", ["Jane Doe"]),
    ("By Jane Doe and John Roe, with Tahlia Kowalski NQBN Far North", ["Jane Doe", "John Roe", "Tahlia Kowalski"]),
    ("By KATE MURPHY", ["KATE MURPHY"]),
    # a surname in capitals, then a job in title case: the name keeps its surname
    ("Par Jean DUPONT Envoyé Spécial", ["Jean DUPONT"]),
])
def test_station_after_the_names_is_cut(byline: str, names: list[str]) -> None:
    assert clean_byline(byline) == names


def test_with_coauthor_joins_the_structured_writers() -> None:
    # the JSON-LD names the two main writers; the byline's "with" names the third (no known given name)
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Growers count the cost",
              "datePublished": "2024-05-25T04:31:00Z",
              "author": [{"@type": "Person", "name": "Duncan Nguyen"}, {"@type": "Person", "name": "Nathan MacDonald"}]})
    byline = ('<div class="byline">By <a href="/author/duncan-nguyen">Duncan Nguyen</a> and '
              '<a href="/author/nathan-macdonald">Nathan MacDonald</a>, with '
              '<a href="/author/tahlia-kowalski">Tahlia Kowalski</a><span class="station">NQBN Far North</span></div>')
    page = (f'<html lang="en-AU"><head><title>Growers count the cost | NQBN</title>{ld}</head><body><main><article>'
            f'<h1>Growers count the cost</h1>{byline}<time datetime="2024-05-25T04:31:00Z">Sat 25 May 2024</time>'
            f'{EN_TEXT}</article></main></body></html>')
    assert _parsed(page, "https://example.net/news/2024-05-25/growers/187612").authors == [
        "Duncan Nguyen", "Nathan MacDonald", "Tahlia Kowalski"]


# ------------------------------------------- a Chinese dispatch whose sender the source line names


ZH_TEXT = "".join(f"<p>\u3000\u3000一位熟悉谈判进程的知情人士透露，委员会将于下周再次召开会议进行讨论。第{n}次会议上，"
                  "与会人员呼吁各有关部门加强协调配合，确保各项计划能够顺利落实到位。</p>" for n in range(5))


def _zh_page(source: str, opening: str) -> str:
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>北京市部署稳就业新举措'
            f'</title></head><body><table><tr><td><p align="center"><font size="5"><b>北京市部署稳就业新举措</b></font></p>'
            f'<p align="center"><font size="2">2004年07月26日11:23\u3000来源：{source}</font></p><hr>'
            f'<font size="3"><p>\u3000\u3000{opening}上海7月26日电 一位熟悉谈判进程的知情人士透露，委员会将于下周再次召开会议。'
            f'</p>{ZH_TEXT}</font></td></tr></table></body></html>')


def test_dispatch_of_the_sender_the_source_line_names() -> None:
    page = _zh_page("央视新闻", "央视新闻")
    assert _parsed(page, "http://example.cn/GB/guonei/14546/5668705.html").authors == ["央视新闻"]


def test_source_line_alone_names_no_writer() -> None:
    # a paper's source line without its dispatch dateline: the story reprinted, no credit read from it
    page = _zh_page("人民日报", "记者")
    assert _parsed(page, "http://example.cn/GB/guonei/14546/5668705.html").authors == []


# ----------------------------------------- a personal blog whose site name is its author's name


BLOG_TEXT = "<p>" + "Some words about baking sourdough in spring, with more detail on the starter here. " * 12 + "</p>"


@pytest.mark.parametrize("title", ["My first sourdough loaf | Jane Doe", "My first sourdough loaf – Jane Doe",
                                   "Sourdough, part 2 - the starter | Jane Doe"])
def test_blog_named_after_its_author(title: str) -> None:
    post = title.rsplit(" | ", 1)[0].rsplit(" – ", 1)[0]
    page = (f'<html><head><title>{title}</title><meta name="author" content="Jane Doe">'
            f'<meta property="og:site_name" content="Jane Doe"></head><body><header><a href="/">Jane Doe</a></header>'
            f'<article><h1>{post}</h1><p class="meta">May 3, 2024</p>{BLOG_TEXT}</article>'
            f'<footer>© 2024 Jane Doe</footer></body></html>')
    article = _parsed(page, "https://janedoe.example/2024/05/sourdough/")
    assert (article.title, article.authors) == (post, ["Jane Doe"])


# ------------------------------------------ an interview signed by the one who asked, verb first


@pytest.mark.parametrize("line, names", [
    ("Ptal se Petr Pospíšil", ["Petr Pospíšil"]),  # Czech "asked" (m.)
    ("Ptala se Jana Nováková", ["Jana Nováková"]),  # (f.)
    ("Pýtala sa Zuzana Kováčová", ["Zuzana Kováčová"]),  # Slovak
    ("Rozmawiała Anna Nowak", ["Anna Nowak"]),  # Polish "talked"
    ("Ptal se ministra, zda zákon podepíše.", []),  # a sentence: he asked the minister whether ...
])
def test_interviewer_credit_verb_first(line: str, names: list[str]) -> None:
    assert clean_byline(line) == names


# ----------------------------------- names signed in italics under an old paper's text


DE_LINES = "<br><br>".join(f"Im Vergleich zum Vorjahr stiegen die Kosten um knapp sieben Prozent, wie aus dem Bericht "
                           f"hervorgeht, Absatz {n}. Betroffen sind vor allem Familien mit kleinen Kindern sowie ältere "
                           "Menschen in ländlichen Regionen." for n in range(6))


def _old_paper(signature: str) -> str:
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            '<title>Wiener Tagblatt - Chronik</title></head><body><table><tr><td><font size="1">Montag, 14. Jänner 2002'
            '</font><br><font face="Times New Roman" size="5"><b>Stadtrat beschließt neues Budget</b></font><br><br>'
            f'<font face="Times New Roman" size="3">{DE_LINES}<br><br>{signature}</font></td></tr>'
            '<tr><td><font size="1">&copy; Wiener Tagblatt 2002</font></td></tr></table></body></html>')


@pytest.mark.parametrize("signature, names", [
    ("<i>Eva Hofer, Florian Brandstätter</i>", ["Eva Hofer", "Florian Brandstätter"]),
    ("<i>Eva Hofer</i>", ["Eva Hofer"]),
    ("<b>Claudia Pichler und Regula Huber</b>", ["Claudia Pichler", "Regula Huber"]),
    # a note in italics, a title of a work or a place, is no signature
    ("<i>Mit Material von Reuters</i>", []),
    ("<i>Wiener Staatsoper</i>", []),
])
def test_names_signed_under_an_old_papers_text(signature: str, names: list[str]) -> None:
    page = _old_paper(signature).encode("iso-8859-1")
    assert _parsed(page, "http://example.at/archiv/2002/0114/chronik/a_181004.htm").authors == names


# ------------------- a Czech, Slovak or Polish job in lower case after the name


@pytest.mark.parametrize("credit, names", [
    ("<b>Jana Hájková</b>, vedoucí rubriky Věda", ["Jana Hájková"]),
    ("<b>Vojtěch Černý</b>, spolupracovník redakce", ["Vojtěch Černý"]),
    ("<b>Eva Malá</b>, zpravodajka v Bruselu", ["Eva Malá"]),
])
def test_czech_job_after_a_bold_name_in_an_old_paper(credit: str, names: list[str]) -> None:
    text = "<br><br>".join(f"Podle vyjádření úřadu by měl být projekt dokončen do konce příštího roku, pokud nenastanou "
                           f"komplikace, bod {n}. Na dopolední schůzi se sešli zástupci všech krajů." for n in range(6))
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1250"><title>Střed - Domácí'
            '</title></head><body><table><tr><td><font size="1"><a href="/">Úvod</a> &gt; <a href="/archiv/domaci/">Domácí'
            '</a></font><br><font face="Times New Roman" size="5"><b>Hasičský záchranný sbor schvaluje nový rozpočet</b>'
            f'</font><br><font size="2">{credit}</font><br><br><font face="Times New Roman" size="3">{text}</font>'
            '</td></tr></table></body></html>')
    assert _parsed(page.encode("cp1250"), "http://example.cz/archiv/domaci/clanek.phtml?id=466785").authors == names


@pytest.mark.parametrize("line, name", [
    ("Jiří Horák spolupracovník redakce", "Jiří Horák"),  # the magazine's credit: no comma, the job in lower case
    ("Jan Svoboda ekonomický redaktor", "Jan Svoboda"),
    ("Anna Nowak, dziennikarka działu Kraj", "Anna Nowak"),
    ("Jean Martin, correspondant à Berlin", "Jean Martin"),
    ("Jan Novák, vedoucí odboru dopravy", ""),  # the head of a council's department: a quoted official
    ("Petr Fiala, předseda vlády", ""),
])
def test_name_then_a_slavic_newsroom_job(line: str, name: str) -> None:
    assert name_then_job(line) == name
