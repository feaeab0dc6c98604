"""A structured author naming the writer and then the site's own name after a comma
("<span itemprop=name>Doug Stanglin, USA TODAY</span>" on usatoday.com; #8: author sets
on pages no rule was written for): the writer alone, as the visible byline's reading
already drops the site's credit. Failed on the code before the rule."""

from __future__ import annotations

from crawler.parsers import parse_article

_TEXT = "".join(f"<p>Paragraph {i} of the story tells how the council argued over the budget for the coming "
                "year, and how members spent the evening on the schools and the roads.</p>" for i in range(5))


def _authors(name: str, host: str = "www.citypaper.example") -> list[str]:
    page = ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Council argues over budget</title>'
            '</head><body><article><h1>Council argues over budget</h1>'
            '<div class="metabar" itemprop="author" itemscope itemtype="http://schema.org/Person">'
            f'<span itemprop="name" class="metabar-author">{name}</span></div>{_TEXT}</article></body></html>')
    article = parse_article(page, f"https://{host}/story/news/2014/10/02/council-budget/16591753/")
    assert article is not None
    return article.authors


def test_the_sites_own_name_after_a_microdata_writer_is_no_coauthor() -> None:
    assert _authors('<a href="/staff/781/jane-doe">Jane Doe</a>, CITY PAPER') == ["Jane Doe"]


def test_another_name_after_a_microdata_writer_stays() -> None:
    assert _authors('<a href="/staff/781/jane-doe">Jane Doe</a>, <a href="/staff/9/john-roe">John Roe</a>') \
        == ["Jane Doe", "John Roe"]
