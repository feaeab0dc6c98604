"""A twelfth blind check of #8 ("a crawl of a site in four templates"): two publications,
Japanese and Korean, each one site on 127.0.0.1 in four templates. Written without reading
the parsers or their tests; only ``template_harness.py``, ``served_pages.py``,
``template_sites_blind11.py`` (for the interface) and its test were read.

- ``table``: an early-2000s paper in nested tables and ``<font>``, no metadata. Japanese:
  Shift_JIS, declared in a ``<meta>`` on most pages and only in the HTTP header on every
  third, Mainichi-/Yomiuri-era URLs (``/news/20040516k0000m040123000c.html``,
  ``/shakai/news/20040516i101.htm``), "ホーム ＞ 社会" or a section picture's ``alt``
  above the story, "2004年5月16日(日) 10時30分", bylines "【記者：山田太郎】",
  "【記者：山田太郎、鈴木花子】", "文＝鈴木花子" at the foot, "写真＝佐藤健一" (no author),
  a ``<title>`` naming only the paper and section on some. Korean: EUC-KR the same way,
  Chosun-/Donga-era URLs (``/w21data/html/news/200405/200405160123.html``,
  ``/fbin/output?n=200405160123``), "현재위치 : 홈 > 사회" or a coloured section
  bar, "2004.05.16 (일) 오전 10:30" or "입력 : 2004.05.16 10:30", bylines "홍길동 기자
  (hong@example.co.kr)" at the foot, "[서울=연합뉴스] 홍길동 기자 =" opening the text,
  "/ 김민수 기자 minsu@donga.com", "이지은·박서준 기자" (two reporters).
- ``portal``: Japanese: a Yahoo!-News-like portal (``/articles/<hex>``, a category tab bar
  with the current tab marked, "5/16(木) 10:30配信" with the year only in JSON-LD and the
  ``<time datetime>``), the provider's name ("共同通信", "時事通信", or a paper naming
  its reporter "【山田太郎】" at the foot), "コメント 123件", アクセスランキング, a
  "関連記事" list. Korean: a Naver-News-like portal (``/mnews/article/001/0014612345``,
  the section tab ``aria-selected``), "입력 2024.05.16. 오전 10:30 수정 ...", the press logo
  ``alt`` ("연합뉴스"), "홍길동 기자" in the byline box (or none for a wire story), "(서울=
  연합뉴스) 홍길동 기자 =" in the text, "댓글 12", "많이 본 뉴스", a reporter's page.
- ``news``: a modern news site whose JSON-LD is partly wrong: the author as one string
  with the title ("山田太郎 編集委員", "홍길동 기자"), the site as an Organization author
  (no person printed: no authors), ``dateModified`` only (days after), ``datePublished``
  with no timezone or in UTC (stories just after midnight are the previous day in UTC),
  ``<title>``/``og:title`` with the site ("｜日本経済新聞", " - 조선일보"), breadcrumbs,
  author pages and tag pages.
- ``mobile``: Japanese: a news site's AMP pages (``/amp/articles/ASR5J...``) linked from
  the mobile list, naming the plain page canonical (both served), the date printed
  "3時間前" in a ``<time datetime>``. Korean: a Tistory-like blog (``/entry/<slug>``,
  ``/category/여행``, ``/tag/...``), the owner's name in the profile and the entry,
  "3시간 전" with the absolute time in a ``title`` tooltip (and ``article:published_time``
  on half).

The truth per article: title (whitespace-normalised, without the site's name), authors
(people as a set, without titles such as 記者/기자/編集委員; an agency only when no person
is printed; editors, photographers, the publication itself are no authors), day (the local
day as printed) and section (the one the site names for the story, case aside).

The first run (2026-12-07, main at 149d2c71, before any rule was written from this site;
found / title / authors / day / section; seeds 23, 31 and 47 gave the same table):

| publication | template | seeds 23, 31, 47 |
|---|---|---|
| ja | table | 1.00 / 0.00 / 0.00 / 1.00 / 0.00 |
| ja | portal | 1.00 / 1.00 / 0.30 / 1.00 / 0.00 |
| ja | news | 1.00 / 1.00 / 0.00 / 1.00 / 1.00 |
| ja | mobile | 1.00 / 1.00 / 1.00 / 1.00 / 1.00 |
| ko | table | 1.00 / 0.80 / 0.00 / 0.80 / 0.80 |
| ko | portal | 1.00 / 1.00 / 0.50 / 1.00 / 0.00 |
| ko | news | 1.00 / 1.00 / 0.70 / 1.00 / 1.00 |
| ko | mobile | 1.00 / 1.00 / 1.00 / 0.30 / 0.80 |

Nothing was stored twice and no non-article was stored (after a generator bug was fixed: two
templates served one path, "/business/"). The misses: the old Japanese paper's "毎朝新聞：見出し"
``<title>`` and site-only ``<title>`` (the ``<font size=4>`` headline in a table row over the
text's row not found), its bracketed and "文＝" bylines, its "ホーム ＞ 社会" trail and picture
banner; the Korean old paper's ``<br>``-lined bylines; the portals' ``aria-current`` (on the
``<li>``) and ``aria-selected`` tabs; "編集委員" kept with the name; the paper's Organization
kept over the reporter closing a portal story; the news site's own Organization kept where no
person is printed; the Korean blog's day taken from a list of other posts (its ~150-character
paragraphs never counted as the story's text).

    PYTHONPATH=. .venv/bin/python benchmarks/template_sites_blind12.py [--misses] [--seed 23]
"""

from __future__ import annotations

import json
import random
import sys
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
    Publication,
    add_listing,
    blind_main,
    coded_handler,
    filler_paragraphs,
    loosely,
    newest_first_pages,
    page_query,
    story_slots,
    story_time,
    unseen_title,
)

TEMPLATES = ("table", "portal", "news", "mobile")
PER_TEMPLATE = 10
PAGE_SIZE = 4
JST = timezone(timedelta(hours=9))


@dataclass(frozen=True)
class Lang(Publication):
    """A publication's language: its words, names, sections and printed forms."""

    roman: dict[str, str]
    agencies: tuple[str, ...]
    papers: tuple[str, ...]
    old_codec: str
    old_declared: str
    words: dict[str, str] = field(default_factory=dict)


JA = Lang(
    code="ja", sites={"table": "毎朝新聞", "portal": "Yahoo!ニュース", "news": "日本経済新聞", "mobile": "東都新聞デジタル"},
    sections={
        "table": (("shakai", "社会"), ("seiji", "政治"), ("keizai", "経済"), ("sports", "スポーツ"),
                  ("bunka", "文化")),
        "portal": (("domestic", "国内"), ("world", "国際"), ("business", "経済"), ("entertainment", "エンタメ"),
                   ("it", "IT")),
        "news": (("economy", "経済"), ("politics", "政治"), ("business", "ビジネス"), ("markets", "マーケット")),
        "mobile": (("national", "社会"), ("life", "くらし"), ("science", "科学"), ("sports", "スポーツ")),
    },
    subjects=("政府", "日銀", "東京都", "文部科学省", "トヨタ自動車", "気象庁", "大阪府", "厚生労働省", "サッカー日本代表",
              "京都大学", "JR東日本", "経団連"),
    predicates=("、少子化対策の新方針を決定", "、追加利上げを見送り", "、新たな防災計画を発表", "が海外企業と提携へ",
                "、来年度予算案の概要を公表", "が新型電池の量産を開始", "、猛暑日の予報を発表", "で入試改革の議論進む",
                "、最終予選で快勝", "が新薬の治験を開始", "、新幹線の増便を決定", "、賃上げへの協力を要請"),
    fillers=("関係者によると、計画は予定通り進んでおり、第一段階は年内にも完了する見通しだという。",
             "専門家は、今回の措置によって今後数か月で住民サービスが大きく改善されると指摘している。",
             "発表によると、前年同期と比べて関連の指標は六・五パーセント増加し、伸び率は拡大した。",
             "会合には経済界や市民団体の代表も出席し、今後の取り組みについて具体的な提案を行った。",
             "全国で数万世帯が恩恵を受ける見込みで、特に地方の低所得層への効果が期待されている。",
             "出席者からは、関係機関の連携を強化し、計画を確実に実行すべきだとの声が相次いだ。",
             "交渉に詳しい関係者は、委員会が来週にも改めて会合を開いて議論する予定だと明らかにした。",
             "調査では、近年デジタル化された行政サービスへの需要が大幅に高まっていることが分かった。"),
    last=("山田", "鈴木", "佐藤", "高橋", "田中", "伊藤", "渡辺", "中村", "小林", "加藤", "吉田", "山本", "松本", "井上",
          "木村", "清水"),
    first=("太郎", "花子", "健一", "美咲", "大輔", "由美", "翔太", "恵子", "直樹", "陽子", "拓也", "明美", "誠", "真由美",
           "和也", "裕子"),
    roman={"山田": "yamada", "鈴木": "suzuki", "佐藤": "sato", "高橋": "takahashi", "田中": "tanaka", "伊藤": "ito",
           "渡辺": "watanabe", "中村": "nakamura", "小林": "kobayashi", "加藤": "kato", "吉田": "yoshida",
           "山本": "yamamoto", "松本": "matsumoto", "井上": "inoue", "木村": "kimura", "清水": "shimizu"},
    agencies=("共同通信", "時事通信"), papers=("毎日新聞", "読売新聞オンライン", "産経新聞"),
    old_codec="shift_jis", old_declared="Shift_JIS",
    words={"home": "ホーム", "reporter": "記者：", "text_by": "文＝", "photo_by": "写真＝", "related": "関連記事",
           "ranking": "アクセスランキング", "share": "シェア", "ad": "広告", "comments": "コメント", "count": "件",
           "delivered": "配信", "next": "次へ", "latest": "新着ニュース", "about": "会社案内", "print": "印刷する",
           "close": "閉じる", "top": "トップ", "updated": "更新", "hours_ago": "時間前", "tag": "タグ",
           "follow": "フォロー", "rights": "無断転載を禁じます", "more": "もっと見る", "author_page": "記者一覧"},
)

KO = Lang(
    code="ko", sites={"table": "동아일보", "portal": "네이버 뉴스", "news": "조선일보", "mobile": "티스토리"},
    sections={
        "table": (("society", "사회"), ("politics", "정치"), ("economy", "경제"), ("sports", "스포츠"),
                  ("culture", "문화")),
        "portal": (("100", "정치"), ("101", "경제"), ("102", "사회"), ("103", "생활/문화"), ("105", "IT/과학")),
        "news": (("national", "사회"), ("politics", "정치"), ("economy", "경제"), ("international", "국제")),
        "mobile": (("travel", "여행"), ("food", "맛집"), ("it", "IT"), ("book", "책")),
    },
    subjects=("정부", "한국은행", "서울시", "교육부", "삼성전자", "기상청", "부산시", "보건복지부", "축구 국가대표팀",
              "서울대", "코레일", "대한상의"),
    predicates=("저출산 대책 새 방안 발표", "기준금리 동결 결정", "새 재난 대비 계획 공개", "해외 기업과 협력 추진",
                "내년 예산안 윤곽 공개", "차세대 배터리 양산 돌입", "폭염 특보 발령", "입시 개편 논의 본격화",
                "최종 예선서 완승", "신약 임상시험 착수", "KTX 증편 결정", "임금 인상 협조 요청"),
    fillers=("관계자에 따르면 사업은 예정대로 진행되고 있으며 1단계는 연내 마무리될 전망이다.",
             "전문가들은 이번 조치로 향후 몇 달 안에 주민 서비스가 크게 개선될 것이라고 내다봤다.",
             "발표에 따르면 관련 지표는 지난해 같은 기간보다 6.5% 늘어 증가 폭이 커졌다.",
             "회의에는 경제계와 시민단체 대표들도 참석해 향후 과제에 대한 구체적인 제안을 내놓았다.",
             "전국 수만 가구가 혜택을 볼 것으로 예상되며 특히 지방 저소득층에 효과가 클 것으로 보인다.",
             "참석자들은 관계 기관의 협력을 강화해 계획을 차질 없이 추진해야 한다고 입을 모았다.",
             "협상 사정에 밝은 한 관계자는 위원회가 다음 주 다시 회의를 열어 논의할 예정이라고 전했다.",
             "조사 결과 최근 몇 년 사이 디지털 행정 서비스에 대한 수요가 크게 늘어난 것으로 나타났다."),
    last=("김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황"),
    first=("민수", "지은", "서준", "유리", "하늘", "동원", "수빈", "재호", "미란", "영호", "은지", "성민", "혜진", "준호",
           "소연", "태윤"),
    roman={"김": "kim", "이": "lee", "박": "park", "최": "choi", "정": "jung", "강": "kang", "조": "cho", "윤": "yoon",
           "장": "jang", "임": "lim", "한": "han", "오": "oh", "서": "seo", "신": "shin", "권": "kwon", "황": "hwang"},
    agencies=("연합뉴스", "뉴시스"), papers=("한국경제", "서울신문", "매일경제"),
    old_codec="euc_kr", old_declared="euc-kr",
    words={"home": "홈", "here": "현재위치 : ", "reporter": "기자", "related": "관련기사", "ranking": "많이 본 뉴스",
           "share": "공유", "ad": "광고", "comments": "댓글", "entered": "입력", "modified": "수정", "next": "다음",
           "latest": "최신 뉴스", "about": "회사소개", "print": "인쇄하기", "email": "이메일", "top": "홈",
           "hours_ago": "시간 전", "tag": "태그", "subscribe": "구독", "category": "카테고리", "like": "공감",
           "rights": "무단전재 및 재배포 금지", "more": "더보기", "view": "기사보기", "updated": "업데이트"},
)

WEEKDAYS = {"ja": "月火水木金土日", "ko": "월화수목금토일"}


@dataclass
class Article(CreditedStory):
    """One story: what a reader sees and what the crawl should store."""

    style: int
    photographer: str
    provider: str = ""
    path: str = ""
    tags: list[str] = field(default_factory=list)


def is_ja(lang: Lang) -> bool:
    return lang.code == "ja"


def weekday(lang: Lang, d: datetime) -> str:
    return WEEKDAYS[lang.code][d.weekday()]


def ko_clock(d: datetime, pad: bool = True) -> str:
    half = "오전" if d.hour < 12 else "오후"
    hour = d.hour % 12 or 12
    return f"{half} {hour:02d}:{d.minute:02d}" if pad else f"{half} {hour}:{d.minute:02d}"


def romanise(lang: Lang, name: str) -> str:
    for last, roman in lang.roman.items():
        if name.startswith(last):
            return f"{roman}{sum(map(ord, name)) % 97:02d}"
    return "writer"


def pages_of(items: list[Article]) -> list[list[Article]]:
    return newest_first_pages(items, PAGE_SIZE)


# ---------------------------------------------------------------- the stories


def _title(lang: Lang, rng: random.Random, seen: set[str]) -> str:
    return unseen_title(rng, lang.subjects, lang.predicates, seen, "" if is_ja(lang) else " ")


def _other_day(lang: Lang, rng: random.Random, when: datetime) -> str:
    d = when - timedelta(days=rng.randint(40, 400))
    if is_ja(lang):
        return f"この計画は{d.year}年{d.month}月{d.day}日に初めて公表された。"
    return f"이 계획은 {d.year}년 {d.month}월 {d.day}일 처음 공개됐다."


def _paragraphs(lang: Lang, rng: random.Random, when: datetime) -> list[str]:
    return filler_paragraphs(rng, lang.fillers, lambda: _other_day(lang, rng, when), "" if is_ja(lang) else " ")


def _people(lang: Lang, rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = rng.choice(lang.last) + rng.choice(lang.first)
        if all(name[:1] != n[:1] for n in names):
            names.append(name)
    return names


def _when(template: str, number: int, rng: random.Random) -> datetime:
    year = {"table": 2004, "portal": 2024, "news": 2024, "mobile": 2023}[template]
    return story_time(rng, year, template in ("news", "mobile") and number % 3 == 1)


def _byline(lang: Lang, template: str, style: int, rng: random.Random) -> tuple[list[str], str | None]:
    """Who wrote it, by template and style (the generators below print each style)."""
    if template == "portal" and style == 0:
        return [], rng.choice(lang.agencies)
    if template == "news" and style == 1:
        return [], None
    if template == "mobile" and style == 3 and is_ja(lang):
        return [], lang.agencies[0]
    two = (template == "table" and style == 2) or (template in ("portal", "news") and style == 3)
    return _people(lang, rng, 2 if two else 1), None


def make_articles(lang: Lang, rng: random.Random) -> list[Article]:
    seen: set[str] = set()
    articles = []
    owner = _people(lang, rng, 1)
    for template, number, style in story_slots(rng, TEMPLATES, PER_TEMPLATE):
        sections = lang.sections[template]
        when = _when(template, number, rng)
        people, credit = _byline(lang, template, style, rng)
        if template == "mobile" and not is_ja(lang):
            people = owner
        a = Article(template, number, rng.randint(100000, 999999), sections[number % len(sections)],
                    _title(lang, rng, seen), _paragraphs(lang, rng, when), people, credit, when, style,
                    _people(lang, rng, 1)[0], provider=rng.choice(lang.papers), tags=rng.sample(lang.subjects, 2))
        a.path = _path(lang, a)
        articles.append(a)
    return articles


def _path(lang: Lang, a: Article) -> str:
    d, sec, n = a.when, a.section[0], a.ident
    if a.template == "table":
        if is_ja(lang):
            if a.style % 2:
                return f"/{sec}/news/{d:%Y%m%d}i{n % 1000:03d}.htm"
            return f"/news/{d:%Y%m%d}k0000m040{n:06d}c.html"
        if a.style % 2:
            return f"/fbin/output?n={d:%Y%m%d}{n % 10000:04d}&sec={sec}"
        return f"/w21data/html/news/{d:%Y%m}/{d:%Y%m%d}{n % 10000:04d}.html"
    if a.template == "portal":
        if is_ja(lang):
            return f"/articles/{random.Random(n).getrandbits(160):040x}"
        return f"/mnews/article/001/{n:010d}?sid={sec}"
    if a.template == "news":
        if is_ja(lang):
            return f"/article/DGXZQO{sec.upper()[:3]}{d:%y%m%d}{n:06d}/"
        return f"/{sec}/{d:%Y/%m/%d}/{random.Random(n).getrandbits(104):026X}/"
    if is_ja(lang):
        return f"/articles/{d:%Y%m%d}/k00/00m/0{n % 10}0/{n:06d}000c"
    return f"/entry/{quote(a.title.replace(' ', '-'))}"


# ---------------------------------------------------------------- table


def table_head(lang: Lang, title: str, meta: bool) -> str:
    declared = f'<meta http-equiv="Content-Type" content="text/html; charset={lang.old_declared}">' if meta else ""
    return f'<html><head>{declared}<title>{escape(title)}</title></head>'


def ja_table_story(lang: Lang, a: Article) -> tuple[str, str]:
    """The Japanese old page's dateline and text (bylines as printed)."""
    d = a.when
    stamp = f"{d.year}年{d.month}月{d.day}日({weekday(lang, d)}) {d.hour}時{d.minute:02d}分"
    paras = [f"　{p}" for p in a.paras]
    if a.style in (0, 2):
        top = f'<font size="2">【{lang.words["reporter"]}{"、".join(a.people)}】</font><br>'
    else:
        top = ""
        paras.append(f'{lang.words["text_by"]}{a.people[0]}')
    if a.style == 3:
        paras.append(f'{lang.words["photo_by"]}{a.photographer}')
    text = "<br><br>\n".join(escape(p) for p in paras)
    return f'<font size="2" color="#666666">{stamp}</font><br>{top}', text


def ko_table_story(lang: Lang, a: Article) -> tuple[str, str]:
    """The Korean old page's dateline and text (bylines as printed)."""
    d = a.when
    if a.style % 2:
        stamp = f'{lang.words["entered"]} : {d:%Y.%m.%d %H:%M}'
    else:
        stamp = f"{d:%Y.%m.%d} ({weekday(lang, d)}) {ko_clock(d)}"
    paras = list(a.paras)
    name = a.people[0]
    mail = f"{romanise(lang, name)}@donga.com"
    if a.style == 0:
        paras.append(f"{name} {lang.words['reporter']} ({mail})")
    elif a.style == 1:
        paras[0] = f"[서울=연합뉴스] {name} {lang.words['reporter']} = {paras[0]}"
    elif a.style == 2:
        paras.append(f"{'·'.join(a.people)} {lang.words['reporter']}")
    else:
        paras.append(f"/ {name} {lang.words['reporter']} {mail}")
    text = "<br><br>\n".join(escape(p) for p in paras)
    return f'<font size="2" color="#888888">{stamp}</font><br>', text


def table_where(lang: Lang, a: Article, list_path: str) -> str:
    """Where the story is: a crumb line on half the pages, a section picture or bar on the others."""
    sec = a.section[1]
    if a.style in (0, 1):
        here = lang.words.get("here", "")
        tail = f' &gt; {lang.words["view"]}' if not is_ja(lang) else ""
        gt = " ＞ " if is_ja(lang) else " &gt; "
        return (f'<font size="2">{here}<a href="/">{lang.words["home"]}</a>{gt}<a href="{list_path}">{sec}</a>'
                f'{tail}</font>')
    if is_ja(lang):
        return f'<a href="{list_path}"><img src="/img/h_{a.section[0]}.gif" alt="{sec}" border="0"></a>'
    return f'<table width="100%" bgcolor="#336699"><tr><td><font color="#ffffff"><b>{sec}</b></font></td></tr></table>'


def table_menu(lang: Lang) -> str:
    items = "".join(f'<tr><td><a href="{table_list_path(lang, s)}"><font size="2">{n}</font></a></td></tr>'
                    for s, n in lang.sections["table"])
    return f'<table width="140" bgcolor="#eeeeee">{items}</table>'


def table_list_path(lang: Lang, sec: str, page: int = 0) -> str:
    if is_ja(lang):
        return f"/{sec}/" + (f"index{page + 1}.html" if page else "")
    return f"/w21data/html/{sec}.html" + (f"?page={page + 1}" if page else "")


def table_article(lang: Lang, a: Article, others: list[Article]) -> str:
    paper = lang.sites["table"]
    if a.style == 2:
        title = f"{paper} {a.section[1]}" if is_ja(lang) else f"{paper} - {a.section[1]}"
    else:
        title = f"{a.title} - {paper}" if not is_ja(lang) else f"{paper}：{a.title}"
    head, text = (ja_table_story if is_ja(lang) else ko_table_story)(lang, a)
    rel = "".join(f'<tr><td><font size="2">・<a href="{o.path}">{escape(o.title)}</a> ({o.when:%m/%d})</font></td></tr>'
                  for o in others[:4])
    where = table_where(lang, a, table_list_path(lang, a.section[0]))
    bottom = (f'<font size="2">[<a href="javascript:window.print()">{lang.words["print"]}</a>] '
              f'[<a href="javascript:window.close()">{lang.words.get("close", "닫기")}</a>]</font>')
    return (f'{table_head(lang, title, a.number % 3 != 0)}<body bgcolor="#ffffff" topmargin="0">'
            f'<table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2">'
            f'<a href="/"><img src="/img/logo.gif" alt="{paper}" border="0"></a> '
            f'<img src="/img/banner_ad.gif" alt="{lang.words["ad"]}" width="468" height="60"></td></tr>'
            f'<tr><td valign="top" width="140">{table_menu(lang)}</td><td valign="top" width="620">{where}<br>'
            f'<table width="100%" cellpadding="4"><tr><td><font size="4" color="#003366"><b>{escape(a.title)}</b>'
            f'</font><br>{head}</td></tr><tr><td><font size="3">{text}</font></td></tr></table><br>{bottom}<br><br>'
            f'<table width="100%"><tr><td bgcolor="#cccccc"><font size="2"><b>{lang.words["related"]}</b></font>'
            f'</td></tr>{rel}</table></td></tr><tr><td colspan="2" align="center"><font size="1">Copyright (C) '
            f'{a.when.year} {paper}. {lang.words["rights"]}</font></td></tr></table></body></html>')


def table_list(lang: Lang, title: str, items: list[Article], more: str | None) -> str:
    rows = "".join(f'<tr><td><font size="2">・<a href="{a.path}">{escape(a.title)}</a></font></td>'
                   f'<td><font size="1">({a.when:%m/%d %H:%M})</font></td></tr>' for a in items)
    link = f'<a href="{more}">{lang.words["next"]} &gt;&gt;</a>' if more else ""
    paper = lang.sites["table"]
    return (f'{table_head(lang, paper + " " + title, True)}<body><table width="760"><tr><td>'
            f'<img src="/img/logo.gif" alt="{lang.sites["table"]}"></td></tr><tr><td><font size="3"><b>{title}</b>'
            f'</font><table>{rows}</table>{link}</td></tr></table></body></html>')


def table_pages(lang: Lang, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages = {a.path: table_article(lang, a, [o for o in arts if o is not a]) for a in arts}
    root = "/news/" if is_ja(lang) else "/w21data/"
    groups = [(root, lang.words["latest"], arts, lambda k: f"{root}?p={k + 1}")]
    for sec, name in lang.sections["table"]:
        mine = [a for a in arts if a.section[0] == sec]
        groups.append((table_list_path(lang, sec), name, mine, lambda k, s=sec: table_list_path(lang, s, k)))
    for first, title, items, name_of in groups:
        add_listing(pages, first, pages_of(items), partial(table_list, lang, title), name_of)
    return pages, root


# ---------------------------------------------------------------- portal


def portal_tabs(lang: Lang, current: str | None) -> str:
    items = []
    for sec, name in lang.sections["portal"]:
        href = f"/categories/{sec}" if is_ja(lang) else f"/section/{sec}"
        if is_ja(lang):
            mark = ' class="current" aria-current="page"' if sec == current else ""
            items.append(f'<li{mark}><a href="{href}">{name}</a></li>')
        else:
            mark = ' is_active" aria-selected="true' if sec == current else ""
            items.append(f'<li class="Nlnb_menu_list"><a class="Nlnb_menu_item{mark}" href="{href}">{name}</a></li>')
    first = "主要" if is_ja(lang) else "홈"
    return f'<nav class="tabs"><ul><li><a href="/">{first}</a></li>{"".join(items)}</ul></nav>'


def portal_ranking(lang: Lang, others: list[Article]) -> str:
    rows = "".join(f'<li><span class="rank">{k + 1}</span><a href="{o.path}">{escape(o.title)}</a>'
                   f'<span class="comments">{lang.words["comments"]} {17 * (k + 3)}</span></li>'
                   for k, o in enumerate(others[:5]))
    return f'<aside class="ranking"><h2>{lang.words["ranking"]}</h2><ol>{rows}</ol></aside>'


def yahoo_body(lang: Lang, a: Article) -> tuple[str, str, str]:
    """Provider, the date line and the text of a Yahoo!-like story."""
    d = a.when
    source = a.credit if a.credit else a.provider
    paras = [escape(p) for p in a.paras]
    if a.style in (1, 3):
        paras.append(f'【{"、".join(a.people)}】')
    elif a.style == 2:
        paras.insert(0, f'{a.people[0]}（{a.provider}記者）')
    stamp = (f'<time datetime="{d:%Y-%m-%dT%H:%M}:00+09:00">{d.month}/{d.day}({weekday(lang, d)}) '
             f'{d:%H:%M}</time>{lang.words["delivered"]}')
    return source, stamp, "".join(f"<p>{p}</p>" for p in paras)


def yahoo_ld(a: Article, base: str, source: str) -> str:
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": f"{a.when:%Y-%m-%dT%H:%M:%S}+09:00",
          "author": {"@type": "Organization", "name": source},
          "publisher": {"@type": "Organization", "name": "Yahoo!ニュース"}, "mainEntityOfPage": base + a.path}
    return f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'


def yahoo_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    source, stamp, text = yahoo_body(lang, a)
    rel = "".join(f'<li><a href="{o.path}">{escape(o.title)}</a><span>{o.when.month}/{o.when.day}</span></li>'
                  for o in others[5:9])
    return (f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><title>{escape(a.title)}（{source}）'
            f' - Yahoo!ニュース</title><meta property="og:title" content="{escape(a.title)}（{source}） - Yahoo!ニュース">'
            f'<meta property="og:type" content="article"><meta property="og:site_name" content="Yahoo!ニュース">'
            f'<link rel="canonical" href="{base}{a.path}">{yahoo_ld(a, base, source)}</head><body>'
            f'<header><a href="/">Yahoo!ニュース</a><form><input name="p"></form></header>{portal_tabs(lang, a.section[0])}'
            f'<main><article><header><h1>{escape(a.title)}</h1><div class="info"><p class="date">{stamp}</p>'
            f'<a class="source" href="/media/{sum(map(ord, source)) % 900}">{escape(source)}</a></div></header>'
            f'<div class="article_body">{text}</div><p class="source_foot">{escape(source)}</p>'
            f'<div class="share"><button>X</button><button>Facebook</button><button>LINE</button>'
            f'<button>{lang.words["share"]}</button></div><a class="comment" href="{a.path}/comments">'
            f'{lang.words["comments"]}{a.ident % 900}{lang.words["count"]}</a></article>'
            f'<section class="related"><h2>{lang.words["related"]}</h2><ul>{rel}</ul></section>'
            f'<div class="ad">{lang.words["ad"]}</div></main>{portal_ranking(lang, others)}'
            f'<footer>© LY Corporation</footer></body></html>')


def naver_body(lang: Lang, a: Article) -> tuple[str, str]:
    """The byline box and text of a Naver-like story."""
    press = a.credit or lang.agencies[0]
    paras = [escape(p) for p in a.paras]
    word = lang.words["reporter"]
    if a.people:
        first = a.people[0]
        paras[0] = f"(서울={press}) {first} {word} = {paras[0]}"
        paras.append(f"{romanise(lang, first)}@yna.co.kr")
        box = "".join(f'<div class="byline"><a href="/journalist/{romanise(lang, p)}"><span class="byline_s">'
                      f'{p} {word}</span></a><button>{lang.words["subscribe"]}</button></div>' for p in a.people)
    else:
        paras[0] = f"(서울={press}) = {paras[0]}"
        box = ""
    return box, "<br><br>".join(paras)


def naver_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    d = a.when
    press = a.credit or lang.agencies[0]
    box, text = naver_body(lang, a)
    later = d + timedelta(hours=3, minutes=12)
    rel = "".join(f'<li><a href="{o.path}">{escape(o.title)}</a></li>' for o in others[5:9])
    return (f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{escape(a.title)} : 네이버 뉴스</title>'
            f'<meta property="og:title" content="{escape(a.title)}"><meta property="og:type" content="article">'
            f'<meta property="og:article:author" content="{press} | 네이버"><link rel="canonical" href="{base}{a.path}">'
            f'</head><body><header><a href="/">NAVER 뉴스</a></header>{portal_tabs(lang, a.section[0])}'
            f'<div id="ct"><div class="media_end_head"><a class="press_logo" href="/press/001"><img src="/img/001.png" '
            f'alt="{press}"></a><h2 id="title_area"><span>{escape(a.title)}</span></h2><div class="info">'
            f'<span class="date" data-date-time="{d:%Y-%m-%d %H:%M:%S}">{lang.words["entered"]} '
            f'{d:%Y.%m.%d}. {ko_clock(d, False)}</span> <span class="date" data-modify-date-time="'
            f'{later:%Y-%m-%d %H:%M:%S}">{lang.words["modified"]} {later:%Y.%m.%d}. {ko_clock(later, False)}</span>'
            f'</div><span class="comment">{lang.words["comments"]} {a.ident % 90}</span></div>'
            f'<article id="dic_area">{text}</article>{box}<div class="copyright">&lt;저작권자(c) {press}, '
            f'{lang.words["rights"]}&gt;</div><div class="reaction">{lang.words["like"]} 12 '
            f'<button>{lang.words["share"]}</button></div><section><h3>{lang.words["related"]}</h3><ul>{rel}</ul>'
            f'</section></div>{portal_ranking(lang, others)}<footer>© NAVER Corp.</footer></body></html>')


def portal_list(lang: Lang, title: str, items: list[Article], more: str | None, current: str | None) -> str:
    rows = "".join(f'<li><a href="{a.path}"><strong>{escape(a.title)}</strong></a><span>{escape(a.credit or a.provider)}'
                   f'</span><span>{a.when.month}/{a.when.day} {a.when:%H:%M}</span></li>' for a in items)
    link = f'<a class="more" href="{more}">{lang.words["more"]}</a>' if more else ""
    name = lang.sites["portal"]
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{escape(title)} - {name}'
            f'</title></head><body><header><a href="/">{name}</a></header>{portal_tabs(lang, current)}'
            f'<main><h1>{escape(title)}</h1><ul class="news_list">{rows}</ul>{link}</main></body></html>')


def portal_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages = {}
    for a in arts:
        others = [o for o in arts if o is not a]
        make = yahoo_article if is_ja(lang) else naver_article
        pages[a.path] = make(lang, base, a, others)
    root = "/topics/top-picks" if is_ja(lang) else "/main/home"
    groups = [(root, lang.words["latest"], arts, None)]
    for sec, name in lang.sections["portal"]:
        prefix = f"/categories/{sec}" if is_ja(lang) else f"/section/{sec}"
        groups.append((prefix, name, [a for a in arts if a.section[0] == sec], sec))
    for prefix, title, items, current in groups:
        add_listing(pages, prefix, pages_of(items), partial(portal_list, lang, title, current=current),
                    partial(page_query, prefix))
    if not is_ja(lang):
        for a in arts:
            for p in a.people:
                pages.setdefault(f"/journalist/{romanise(lang, p)}", journalist_page(lang, p, arts))
    return pages, root


def journalist_page(lang: Lang, name: str, arts: list[Article]) -> str:
    mine = [a for a in arts if name in a.people]
    rows = "".join(f'<li><a href="{a.path}">{escape(a.title)}</a></li>' for a in mine)
    return (f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{name} {lang.words["reporter"]} : '
            f'네이버 뉴스</title></head><body><h1>{name} {lang.words["reporter"]}</h1><p>{lang.agencies[0]} '
            f'{lang.words["reporter"]}입니다. 정확하고 빠른 소식을 전하겠습니다.</p><button>{lang.words["subscribe"]}'
            f'</button><ul>{rows}</ul></body></html>')


# ---------------------------------------------------------------- news


def news_ld(lang: Lang, base: str, a: Article) -> str:
    """The story's JSON-LD, partly wrong by style."""
    d = a.when
    title_word = "編集委員" if is_ja(lang) else lang.words["reporter"]
    ld: dict = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                "mainEntityOfPage": base + a.path, "image": [f"{base}/img/{a.ident}.jpg"],
                "publisher": {"@type": "Organization", "name": lang.sites["news"]}}
    if a.style == 0:
        ld["datePublished"] = f"{d:%Y-%m-%dT%H:%M:%S}"
        ld["author"] = f"{a.people[0]} {title_word}"
    elif a.style == 1:
        ld["dateModified"] = f"{d + timedelta(days=2, hours=5):%Y-%m-%dT%H:%M:%S}+09:00"
        ld["author"] = {"@type": "Organization", "name": lang.sites["news"]}
    elif a.style == 2:
        utc = (d.replace(tzinfo=JST)).astimezone(timezone.utc)
        ld["datePublished"] = f"{utc:%Y-%m-%dT%H:%M:%S}Z"
        ld["author"] = {"@type": "Person", "name": f"{a.people[0]} {title_word}"}
    else:
        ld["datePublished"] = f"{d:%Y-%m-%dT%H:%M:%S}+09:00"
        ld["author"] = {"@type": "Organization", "name": lang.sites["news"]}
    return f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'


def news_byline(lang: Lang, a: Article) -> str:
    if not a.people:
        return ""
    if is_ja(lang):
        links = "、".join(f'<a href="/author/{romanise(lang, p)}/">{p}</a>' for p in a.people)
        role = "編集委員 " if a.style in (0, 2) else ""
        return f'<div class="author">{role}{links}</div>'
    links = " ".join(f'<a href="/people/{romanise(lang, p)}/">{p} {lang.words["reporter"]}</a>' for p in a.people)
    return f'<div class="article-byline">{links}</div>'


def news_dates(lang: Lang, a: Article) -> str:
    d = a.when
    later = d + timedelta(days=1, hours=9)
    if is_ja(lang):
        return (f'<div class="timestamp"><time datetime="{d:%Y-%m-%dT%H:%M}">{d.year}年{d.month}月{d.day}日 '
                f'{d.hour}:{d.minute:02d}</time>（{later.year}年{later.month}月{later.day}日 {later.hour}:'
                f'{later.minute:02d}{lang.words["updated"]}）</div>')
    return (f'<div class="dates"><span>{lang.words["entered"]} {d:%Y.%m.%d. %H:%M}</span> | <span>'
            f'{lang.words["updated"]} {later:%Y.%m.%d. %H:%M}</span></div>')


def caption_credit(lang: Lang, a: Article) -> str:
    return f"（{a.photographer}撮影）" if is_ja(lang) else f" 사진={a.photographer} {lang.words['reporter']}"


def news_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    site = lang.sites["news"]
    suffix = f"｜{site}" if is_ja(lang) else f" - {site}"
    sec_href = f"/{a.section[0]}/"
    crumbs = (f'<nav class="breadcrumb"><ol><li><a href="/news-top/">{lang.words["top"]}</a></li><li><a '
              f'href="{sec_href}">{a.section[1]}</a></li></ol></nav>')
    tags = "".join(f'<a class="tag" href="/tag/{quote(t)}/">#{escape(t)}</a>' for t in a.tags)
    rel = "".join(f'<li><a href="{o.path}">{escape(o.title)}</a></li>' for o in others[:4])
    text = "".join(f"<p>{escape(p)}</p>" for p in a.paras)
    share = "".join(f"<button>{n}</button>" for n in ("X", "Facebook", "LINE" if is_ja(lang) else "카카오톡"))
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{escape(a.title)}{suffix}'
            f'</title><meta property="og:title" content="{escape(a.title)}{suffix}"><meta property="og:type" '
            f'content="article"><meta property="og:site_name" content="{site}"><link rel="canonical" '
            f'href="{base}{a.path}">{news_ld(lang, base, a)}</head><body><header><a href="/news-top/">{site}</a>'
            f'<nav>{"".join(f"<a href=/{s}/>{n}</a>" for s, n in lang.sections["news"])}</nav></header><main>'
            f'{crumbs}<article><h1>{escape(a.title)}</h1>{news_byline(lang, a)}{news_dates(lang, a)}'
            f'<figure><img src="/img/{a.ident}.jpg"><figcaption>{escape(a.tags[0])}{caption_credit(lang, a)}'
            f'</figcaption></figure><div class="body">{text}</div><div class="tags">{tags}</div>'
            f'<div class="share">{share}</div></article><aside><h2>{lang.words["related"]}</h2><ul>{rel}</ul></aside>'
            f'<div class="ad">{lang.words["ad"]}</div></main>{portal_ranking(lang, others)}'
            f'<footer>© {site}</footer></body></html>')


def news_list(lang: Lang, title: str, items: list[Article], more: str | None, intro: str = "") -> str:
    rows = "".join(f'<li><a href="{a.path}"><h3>{escape(a.title)}</h3></a><p>{escape(a.paras[0][:60])}…</p>'
                   f'<time>{a.when:%Y/%m/%d}</time></li>' for a in items)
    link = f'<a class="next" href="{more}">{lang.words["next"]}</a>' if more else ""
    site = lang.sites["news"]
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{escape(title)} - {site}'
            f'</title></head><body><header><a href="/news-top/">{site}</a></header><main><h1>{escape(title)}</h1>'
            f'{intro}<ul>{rows}</ul>{link}</main></body></html>')


def news_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages = {a.path: news_article(lang, base, a, [o for o in arts if o is not a]) for a in arts}
    groups = [("/news-top/", lang.words["latest"], arts, "")]
    groups += [(f"/{s}/", n, [a for a in arts if a.section[0] == s], "") for s, n in lang.sections["news"]]
    bio = ("経済部、ニューヨーク支局などを経て現職。金融政策や財政を担当している。" if is_ja(lang)
           else "사회부, 경제부를 거쳐 현재 정책 분야를 취재하고 있습니다.")
    for a in arts:
        for p in a.people:
            path = f"/author/{romanise(lang, p)}/" if is_ja(lang) else f"/people/{romanise(lang, p)}/"
            groups.append((path, p, [o for o in arts if p in o.people], f"<p class='bio'>{bio}</p>"))
        for t in a.tags:
            groups.append((f"/tag/{quote(t)}/", f"#{t}", [o for o in arts if t in o.tags], ""))
    done: set[str] = set()
    for prefix, title, items, intro in groups:
        if prefix in done:
            continue
        done.add(prefix)
        add_listing(pages, prefix, pages_of(items), partial(news_list, lang, title, intro=intro),
                    partial(page_query, prefix))
    return pages, "/news-top/"


# ---------------------------------------------------------------- mobile


def amp_path(a: Article) -> str:
    return f"/amp{a.path}"


def ja_mobile_page(lang: Lang, base: str, a: Article, others: list[Article], amp: bool) -> str:
    d = a.when
    site = lang.sites["mobile"]
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
          "datePublished": f"{d:%Y-%m-%dT%H:%M:%S}+09:00", "publisher": {"@type": "Organization", "name": site}}
    head = (f'<link rel="canonical" href="{base}{a.path}"><meta property="og:title" content="{escape(a.title)}">'
            + (f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>' if a.style != 2 else ""))
    top = ('<!DOCTYPE html><html ⚡ lang="ja"><head><meta charset="utf-8"><script async '
           'src="https://cdn.ampproject.org/v0.js"></script>' if amp else
           f'<!DOCTYPE html><html lang="ja"><head><meta charset="utf-8"><link rel="amphtml" href="{base}{amp_path(a)}">')
    by = a.credit if a.credit else a.people[0]
    ago = 3 + a.number % 20
    text = "".join(f"<p>{escape(p)}</p>" for p in a.paras)
    rel = "".join(f'<li><a href="{amp_path(o)}">{escape(o.title)}</a></li>' for o in others[:4])
    return (f'{top}<title>{escape(a.title)} | {site}</title><meta name="viewport" content="width=device-width">'
            f'{head}</head><body><header><a href="/m/">{site}</a></header><main><article><a class="category" '
            f'href="/m/{a.section[0]}/">{a.section[1]}</a><h1>{escape(a.title)}</h1><div class="meta"><span '
            f'class="author">{escape(by)}</span><time datetime="{d:%Y-%m-%dT%H:%M}+09:00" title="{d.year}年{d.month}月'
            f'{d.day}日 {d.hour}時{d.minute:02d}分">{ago}{lang.words["hours_ago"]}</time></div><div class="body">{text}'
            f'</div><div class="share"><a>X</a><a>LINE</a><a>{lang.words["share"]}</a></div></article><section>'
            f'<h2>{lang.words["related"]}</h2><ul>{rel}</ul></section><div class="ad">{lang.words["ad"]}</div></main>'
            f'<footer>© {site}</footer></body></html>')


def ko_blog_page(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    d = a.when
    owner = a.people[0]
    cat = a.section[1]
    meta = f'<meta property="article:published_time" content="{d:%Y-%m-%dT%H:%M:%S}+09:00">' if a.style < 2 else ""
    tags = "".join(f'<a rel="tag" href="/tag/{quote(t)}">{escape(t)}</a>' for t in a.tags)
    rel = "".join(f'<li><a href="{o.path}">{escape(o.title)}</a><span>{o.when:%Y.%m.%d}</span></li>'
                  for o in others[:4] if o.section == a.section) or "<li>-</li>"
    text = "".join(f"<p>{escape(p)}</p>" for p in a.paras)
    clock = f"{d.year}. {d.month}. {d.day}. {d:%H:%M}"
    return (f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>{escape(a.title)}</title>'
            f'<meta property="og:title" content="{escape(a.title)}"><meta property="og:site_name" '
            f'content="{owner}의 여행 노트"><link rel="canonical" href="{base}{a.path}">{meta}</head><body>'
            f'<div id="header"><h1><a href="/">{owner}의 여행 노트</a></h1></div><div id="content"><div class="hgroup">'
            f'<span class="category"><a href="/category/{quote(cat)}">{cat}</a></span><h2 class="title-article">'
            f'{escape(a.title)}</h2><span class="writer">{owner}</span> <span class="date" title="{clock}">'
            f'{1 + a.number % 9}{lang.words["hours_ago"]}</span></div><div class="entry-content">{text}</div>'
            f'<div class="tags">{lang.words["tag"]} {tags}</div><div class="container_postbtn"><button>'
            f'{lang.words["like"]} {a.ident % 50}</button><button>{lang.words["share"]}</button></div>'
            f'<div class="another_category"><h4>\'{cat}\' {lang.words["category"]}의 다른 글</h4><ul>{rel}</ul></div>'
            f'<div class="comments">{lang.words["comments"]} {a.ident % 7}</div></div><div id="sidebar"><div class="profile">'
            f'<img src="/img/profile.png" alt="{owner}"><p>{owner}</p></div><ul class="category_list">'
            f'{"".join(f"<li><a href=/category/{quote(n)}>{n}</a></li>" for _, n in lang.sections["mobile"])}</ul></div>'
            f'<div id="footer">Powered by Tistory</div></body></html>')


def mobile_list(lang: Lang, title: str, items: list[Article], more: str | None) -> str:
    def href(a: Article) -> str:
        return amp_path(a) if is_ja(lang) else a.path

    rows = "".join(f'<li><a href="{href(a)}">{escape(a.title)}</a><span>{a.when:%m/%d}</span></li>' for a in items)
    link = f'<a class="more" href="{more}">{lang.words["more"]}</a>' if more else ""
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{escape(title)}</title></head>'
            f'<body><header><a href="/m/">{lang.sites["mobile"]}</a></header><h1>{escape(title)}</h1>'
            f'<ul class="list">{rows}</ul>{link}</body></html>')


def mobile_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages: dict[str, str] = {}
    for a in arts:
        others = [o for o in arts if o is not a]
        if is_ja(lang):
            pages[a.path] = ja_mobile_page(lang, base, a, others, False)
            pages[amp_path(a)] = ja_mobile_page(lang, base, a, others, True)
        else:
            pages[a.path] = ko_blog_page(lang, base, a, others)
    root = "/m/" if is_ja(lang) else "/blog/"
    groups = [(root, lang.words["latest"], arts)]
    for sec, name in lang.sections["mobile"]:
        prefix = f"/m/{sec}/" if is_ja(lang) else f"/category/{name}"
        groups.append((prefix, name, [a for a in arts if a.section[0] == sec]))
    if not is_ja(lang):
        for t in {t for a in arts for t in a.tags}:
            groups.append((f"/tag/{t}", t, [a for a in arts if t in a.tags]))
    for prefix, title, items in groups:
        add_listing(pages, prefix, pages_of(items), partial(mobile_list, lang, title), partial(page_query, prefix))
    return pages, root


# ---------------------------------------------------------------- the site


def charset_handler(pages: dict[str, str], codecs: dict[str, str],
                    header_only: set[str]) -> type[BaseHTTPRequestHandler]:
    """A handler answering ``pages``; a path in ``codecs`` is sent in its codec, with no
    charset in the header (its ``<meta>`` names it) or, for ``header_only`` paths, the
    charset only in the header."""

    def body(path: str) -> tuple[bytes, str]:
        if path in codecs:
            kind = f"text/html; charset={codecs[path]}" if path in header_only else "text/html"
            return pages[path].encode(codecs[path], "xmlcharrefreplace"), kind
        return pages[path].encode("utf-8"), "text/html; charset=utf-8"

    return coded_handler(pages.__contains__, body)


def home_page(lang: Lang, roots: dict[str, str]) -> str:
    items = "".join(f'<li><a href="{roots[t]}">{escape(lang.sites[t])}</a></li>' for t in TEMPLATES)
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{lang.sites["table"]}</title>'
            f'</head><body><h1>{lang.sites["table"]}</h1><ul>{items}</ul><p><a href="/about/">{lang.words["about"]}</a>'
            f'</p></body></html>')


class Site(ArticlesSite):
    """A publication's site in the four templates, served while open."""

    def __enter__(self) -> Site:
        self.header_only: set[str] = set()
        by = self.start(charset_handler(self.pages, self.codecs, self.header_only), make_articles, TEMPLATES)
        lang = self.lang
        old, root = table_pages(lang, by["table"])
        self.pages.update(old)
        self.codecs.update(dict.fromkeys(old, lang.old_declared))
        self.header_only.update(a.path for a in by["table"] if a.number % 3 == 0)
        roots = {"table": root}
        self.add_templates((("portal", portal_pages), ("news", news_pages), ("mobile", mobile_pages)), by, roots)
        self.pages["/"] = home_page(lang, roots)
        self.pages["/about/"] = (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>'
                                 f'{lang.words["about"]}</title></head><body><h1>{lang.words["about"]}</h1><p>'
                                 f'{escape(" ".join(lang.fillers[:4]))}</p></body></html>')
        return self


def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.splitlines()[0], Site, (JA, KO), 23, SEED_HELP, TEMPLATES, "blind12.db", same=loosely)


if __name__ == "__main__":
    main()
