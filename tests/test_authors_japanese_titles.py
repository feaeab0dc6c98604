"""The Japanese papers' writer titles before the name (#8: author sets on pages no rule
was written for): "編集委員" (senior staff writer) and "論説委員" (editorial writer) read as
"記者" (reporter) is, a label before a name of two to four Han characters, also printed
inside the headline element under the title. Each case failed on the code before the rule."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_byline

_TEXT = "".join(f"<p>{'米朝首脳の直通電話をめぐり、各国の思惑が交錯している。' * 6}</p>" for _ in range(4))


@pytest.mark.parametrize(("line", "expected"), [
    ("編集委員\u3000中沢克二", ["中沢克二"]),
    ("編集委員 中沢克二", ["中沢克二"]),
    ("論説委員\u3000山田太郎", ["山田太郎"]),
])
def test_a_writers_title_before_the_name(line: str, expected: list[str]) -> None:
    assert clean_byline(line) == expected


@pytest.mark.parametrize("line", ["編集委員会は", "編集委員の中沢克二氏によると、"])
def test_the_title_in_running_text_is_no_credit(line: str) -> None:
    assert clean_byline(line) == [line]  # read as before: no label, so no cut


def test_the_writer_printed_inside_the_headline() -> None:
    """Nikkei prints the writer in the <h1> under the title ("<h1><span>title</span><br>
    <span>編集委員　中沢克二</span></h1>"): the publisher's name from the page's data was the
    credit."""
    page = ('<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>米朝首脳直通電話：日本経済新聞</title>'
            '<meta name="author" content="日本経済新聞社"></head><body><article>'
            '<h1 class="article_title"><span class="middle">米朝首脳直通電話\u3000習氏に挑むトランプ戦術の成否</span><br>'
            '<span class="small">編集委員\u3000中沢克二</span></h1>'
            f'<div class="body">{_TEXT}</div></article></body></html>')
    article = parse_article(page, "https://www.nikkei.example/article/DGXMZO1/")
    assert article is not None and article.authors == ["中沢克二"]
