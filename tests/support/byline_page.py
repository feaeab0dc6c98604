"""A small article page in one of six languages, with the markup a test puts
in its head, above and below its prose: the page the author tests read a byline
from (reviews 21 to 23's cases)."""

from __future__ import annotations

from crawler.parsers import parse_article

PROSE = {
    "de": "Der Stadtrat hat am Dienstag über den neuen Haushalt beraten und viele Fragen offen gelassen. Die "
          "Verwaltung legte dazu einen ausführlichen Bericht vor, der am Abend lange diskutiert wurde. ",
    "en": "The city council met on Tuesday to debate the new budget and left many questions open. The "
          "administration presented a detailed report that was discussed late into the evening. ",
    "fr": "Le conseil municipal s'est réuni mardi pour débattre du nouveau budget et a laissé de nombreuses "
          "questions ouvertes. L'administration a présenté un rapport détaillé discuté tard dans la soirée. ",
    "es": "El ayuntamiento se reunió el martes para debatir el nuevo presupuesto y dejó muchas preguntas "
          "abiertas. La administración presentó un informe detallado que se discutió hasta bien entrada la noche. ",
    "it": "Il consiglio comunale si è riunito martedì per discutere il nuovo bilancio e ha lasciato molte "
          "domande aperte. L'amministrazione ha presentato una relazione dettagliata discussa fino a tarda sera. ",
    "nl": "De gemeenteraad kwam dinsdag bijeen om de nieuwe begroting te bespreken en liet veel vragen open. "
          "Het bestuur legde een uitgebreid rapport voor dat tot laat in de avond werd besproken. ",
}


def authors_of(lang: str = "de", head: str = "", top: str = "", bottom: str = "",
               title: str = "Neuer Haushalt beschlossen") -> list[str]:
    """The authors Clippings reads from the page (``head`` in its ``<head>``, ``top``
    under the headline, ``bottom`` after the prose, all in the article)."""
    body = "".join(f"<p>{PROSE[lang] * 3}</p>" for _ in range(3))
    page = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>{title} - Stadtblatt</title>'
            f'{head}</head><body><header><a href="/">Stadtblatt</a> <nav><a href="/politik">Politik</a></nav>'
            f'</header><main><article><h1>{title}</h1>{top}{body}{bottom}</article></main>'
            f'<footer><p>© 2025 Stadtblatt</p></footer></body></html>')
    article = parse_article(page, "https://example.org/2025/03/story", fetched_at="2026-01-20T00:00:00Z")
    assert article is not None
    return article.authors


_COUNCIL_PROSE = "<p>" + ("The council met on Tuesday to discuss the new budget for the coming year, and members "
                          "argued at length about the schools. ") * 4 + "</p>"


def byline_authors(line: str, lang: str = "en") -> list[str]:
    """The authors Clippings reads from a page whose byline box (``<p class="byline">``)
    says ``line``, dated in the line under it, the text in English."""
    page = (f'<html lang="{lang}"><head><title>Council argues over school budget</title></head><body><article>'
            f'<h1>Council argues over school budget</h1><p class="byline">{line}</p><p>May 3, 2024</p>'
            f'{_COUNCIL_PROSE}</article></body></html>')
    record = parse_article(page, "https://example.com/news/story", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None
    return record.authors
