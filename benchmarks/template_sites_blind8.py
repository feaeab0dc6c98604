"""An eighth blind check of #8 ("a crawl of a site in four templates"): two publications,
Simplified Chinese and Turkish, each one site on 127.0.0.1 in four templates no earlier
blind site used. Written without reading the parsers, their tests or the earlier
generators beyond their docstrings; only ``template_harness.py``, ``served_pages.py``
and how ``template_sites_blind7.py`` runs were read.

- ``table``: an early-2000s archive in nested tables and ``<font>``, no metadata at all.
  Chinese: a GBK-encoded ``.shtml`` portal (``<meta>`` declaring gb2312, no charset in
  the header), "您现在的位置：首页 >> 国内新闻 >> 正文", the headline in ``<font
  size=5><b>``, the date and source on one line under it ("2004年05月16日 09:12　来源：
  新华社" or "2004-05-16 09:12:33　来源：人民日报　作者：张三 李四"), the byline in the
  text's wire dateline ("新华社北京5月16日电（记者 张三 李四）"), "责任编辑：" under the
  text, "【打印本页】【关闭窗口】" and a printable copy. Turkish: a Milliyet-like daily
  archive in windows-1254 (declared ISO-8859-9), ``/2004/05/16/ekonomi/eko03.html``,
  ``<title>`` "Paper İnternet - Ekonomi" (no headline), a left menu with the section
  highlighted, the masthead's "16 Mayıs 2004, Pazar", "Ahmet Yılmaz / ANKARA", "(AA)"
  datelines, "Haber Merkezi", a "Yazdır" printable copy.
- ``aspnet``: an ASP.NET WebForms news site: ``__VIEWSTATE``, ``ctl00_ContentPlaceHolder1_*``
  spans for title, date, author and text, ``.aspx?id=`` URLs. Chinese as many
  Chinese news centres, government and university sites print it ("发布时间：2016-05-16
  09:12:00　来源：…　作者：文/张三 图/王五　浏览次数：1234", "当前位置：首页 > 综合新闻",
  no canonical, a print page); Turkish ("16.05.2016 09:12 | Güncelleme: 17.05.2016
  10:30", category link above the ``<h1>``, paged comments ``&yorumSayfa=2`` and a
  mobile copy ``/m/…``, both naming their canonical).
- ``fusion``: a news app on an Arc/Fusion-like platform: server-rendered HTML with the
  story also in ``Fusion.globalContent`` JSON (times in UTC; some stories just after
  local midnight, so the UTC day is the day before), kicker link, byline links to
  ``/yazar/ad-soyad``, "16 Mayıs 2024 Perşembe 09:12" then "Güncelleme: …", a
  photographer's credit, AMP copies, tag and author pages, a most-read rail.
- ``square``: a Squarespace-like blog: ``BlogItem`` markup, ``itemprop`` metas,
  ``<time class="blog-date" datetime="2022-05-16">``, the category in the meta row,
  ``/blog?offset=<ms>`` paging, category, tag and author listings, comment counts.

The truth per article: title (whitespace-normalised), authors (people as a set; an
agency or desk only when no person is printed; an editor or photographer is no
author), day (the local day as printed) and section (case aside).

    PYTHONPATH=. .venv/bin/python benchmarks/template_sites_blind8.py [--misses] [--seed 17]
"""

from __future__ import annotations

import json
import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import escape
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import quote, unquote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.served_pages import NOT_FOUND, ROBOTS, send_body, start_server
from benchmarks.template_harness import (
    ArticlesSite,
    CreditedStory,
    blind_main,
    filler_paragraphs,
    loosely,
    newest_first_pages,
)

TEMPLATES = ("table", "aspnet", "fusion", "square")
PER_TEMPLATE = 10
PAGE_SIZE = 4


@dataclass(frozen=True)
class Lang:
    """A publication's language: its words, names, sections and printed forms."""

    code: str
    paper: str
    blog: str
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    sections: tuple[tuple[str, str], ...]
    subjects: tuple[str, ...]
    predicates: tuple[str, ...]
    places: tuple[str, ...]
    fillers: tuple[str, ...]
    first: tuple[str, ...]
    last: tuple[str, ...]
    agencies: tuple[str, ...]
    desk: str
    utc_offset: int
    old_codec: str
    old_declared: str
    words: dict[str, str] = field(default_factory=dict)


ZH = Lang(
    code="zh-CN", paper="华夏在线", blog="山海手记",
    months=tuple(f"{m}月" for m in range(1, 13)),
    weekdays=("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日"),
    sections=(("guonei", "国内新闻"), ("guoji", "国际新闻"), ("caijing", "财经新闻"),
              ("tiyu", "体育新闻"), ("keji", "科技新闻")),
    subjects=("国务院", "北京市", "上海市", "教育部", "财政部", "广东省", "国家统计局", "中国科学院",
              "交通运输部", "深圳市", "浙江省", "四川省"),
    predicates=("出台新措施支持中小企业发展", "发布一季度经济运行数据", "启动城市更新试点工作",
                "部署农村公路建设规划", "推进高校毕业生就业服务行动", "公布生态保护补偿办法",
                "召开科技创新专项工作会议", "加快老旧小区改造进度", "部署粮食安全保障工作",
                "落实冬季供暖保障措施", "发布新能源汽车推广方案", "举行防汛抗旱工作会议"),
    places=("北京", "上海", "广州", "武汉", "成都", "杭州"),
    fillers=("记者从有关部门获悉，相关工作已经全面展开，各项准备基本就绪。",
             "据介绍，今年以来各地积极落实各项政策措施，取得了明显成效，群众满意度不断提高。",
             "专家表示，下一步将进一步加强统筹协调，确保各项任务落到实处，不走过场。",
             "有关负责人指出，要坚持问题导向，切实解决群众关心的实际问题，提高服务水平。",
             "数据显示，相关指标同比增长百分之六点五，增速比上年同期有所加快，结构继续优化。",
             "会议强调，各级各部门要提高认识，压实责任，扎实推进各项工作，确保取得实效。",
             "目前，首批试点项目已经完成前期准备，预计年底前全部投入使用，惠及数十万居民。",
             "业内人士认为，这一举措将为行业发展注入新的活力，也将带动相关产业加快转型升级。"),
    first=("伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰",
           "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "建华", "晓东", "海燕", "志强"),
    last=("张", "王", "李", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高",
          "林", "何", "郭", "马", "罗"),
    agencies=("新华社", "中新社"), desk="", utc_offset=8, old_codec="gbk", old_declared="gb2312",
    words={"home": "首页", "more": "更多", "most_read": "热点排行", "related": "相关新闻",
           "tags": "标签", "comments": "评论", "share": "分享到", "updated": "更新时间",
           "about": "关于我们", "contact": "联系我们", "blog": "博客", "archive": "旧版存档",
           "news_centre": "新闻中心", "next": "下一页", "prev": "上一页", "newsletter": "订阅我们的周报",
           "reporter": "记者", "editor": "责任编辑", "photo": "摄影", "source": "来源", "author": "作者"},
)

TR = Lang(
    code="tr", paper="Ege Postası", blog="Kahve Molası Notları",
    months=("Ocak", "Şubat", "Mart", "Nisan", "Mayıs", "Haziran", "Temmuz", "Ağustos", "Eylül",
            "Ekim", "Kasım", "Aralık"),
    weekdays=("Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma", "Cumartesi", "Pazar"),
    sections=(("gundem", "Gündem"), ("ekonomi", "Ekonomi"), ("dunya", "Dünya"), ("spor", "Spor"),
              ("kultur-sanat", "Kültür Sanat")),
    subjects=("Belediye", "Merkez Bankası", "Bakanlık", "Valilik", "Üniversite", "Milli Takım",
              "Sanayi Odası", "Liman İşletmesi", "Tabip Odası", "Esnaf Odası"),
    predicates=("yeni bütçeyi açıkladı", "faiz kararını duyurdu", "kış tedbirlerini genişletti",
                "ihracat rakamlarını paylaştı", "deprem hazırlıklarını hızlandırdı",
                "yeni stadyum projesini onayladı", "festival programını tanıttı",
                "ulaşım zammını erteledi", "su kesintisi için uyardı", "yatırım planını güncelledi"),
    places=("İzmir'de", "Ankara'da", "İstanbul'da", "Bursa'da", "Antalya'da", "Trabzon'da", "Manisa'da"),
    fillers=("Konuyla ilgili açıklama yapan yetkililer, çalışmaların planlandığı şekilde sürdüğünü belirtti.",
             "Uzmanlar, alınan kararın önümüzdeki aylarda etkisini göstereceğini ifade etti.",
             "Yapılan açıklamada, vatandaşların herhangi bir şekilde mağdur edilmeyeceği vurgulandı.",
             "Verilere göre geçen yılın aynı dönemine kıyasla yüzde 6,5 oranında artış kaydedildi.",
             "Toplantıya il protokolü, meslek odalarının başkanları ve sektör temsilcileri katıldı.",
             "Yetkililer, sürecin şeffaf bir şekilde yürütüleceğini ve kamuoyunun bilgilendirileceğini söyledi.",
             "Projenin yıl sonuna kadar tamamlanması ve bölge ekonomisine önemli katkı sağlaması bekleniyor.",
             "Vatandaşlar da yeni uygulamadan memnun olduklarını dile getirerek desteklerini sürdüreceklerini söyledi."),
    first=("Ahmet", "Mehmet", "Ayşe", "Fatma", "Mustafa", "Zeynep", "Emre", "Elif", "Burak", "Selin",
           "Gökhan", "Derya", "Hakan", "Özlem", "Murat", "Çağla", "Oğuz", "Seda", "Tolga", "Büşra"),
    last=("Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Yıldız", "Yıldırım", "Öztürk", "Aydın",
          "Özdemir", "Arslan", "Doğan", "Kılıç", "Aslan", "Çetin", "Kara", "Koç", "Kurt", "Özkan", "Şimşek"),
    agencies=("AA", "DHA", "İHA"), desk="Haber Merkezi", utc_offset=3,
    old_codec="cp1254", old_declared="iso-8859-9",
    words={"home": "Anasayfa", "more": "Devamı", "most_read": "Çok Okunanlar", "related": "İlgili Haberler",
           "tags": "Etiketler", "comments": "Yorumlar", "share": "Paylaş", "updated": "Güncelleme",
           "about": "Hakkımızda", "contact": "İletişim", "blog": "Blog", "archive": "Arşiv",
           "news_centre": "Haberler", "next": "Sonraki", "prev": "Önceki", "newsletter": "Bültenimize abone olun",
           "reporter": "Muhabir", "editor": "Editör", "photo": "Fotoğraf", "source": "Kaynak", "author": "Yazar"},
)


@dataclass
class Article(CreditedStory):
    """One story: what a reader sees and what the crawl should store."""

    updated: datetime | None
    photographer: str | None
    editor: str
    tags: list[str]
    path: str = ""


def _ascii(text: str) -> str:
    table = str.maketrans("şçğıöüŞÇĞİÖÜâ", "scgiouSCGIOUa")
    return text.translate(table)


def lower(text: str) -> str:
    """Lower case as Turkish writes it (İ to i, I to ı)."""
    return text.replace("İ", "i").replace("I", "ı").lower()


def upper(text: str) -> str:
    """Capitals as Turkish writes them (i to İ, ı to I)."""
    return text.replace("i", "İ").replace("ı", "I").upper()


def slug(text: str) -> str:
    kept = "".join(c if c.isalnum() else "-" for c in _ascii(text).lower() if c.isascii())
    return "-".join(w for w in kept.split("-") if w)


def _title(lang: Lang, rng: random.Random, seen: set[str]) -> str:
    while True:
        if lang.code == "zh-CN":
            title = rng.choice(lang.subjects) + rng.choice(lang.predicates)
        else:
            title = f"{rng.choice(lang.places)} {lower(rng.choice(lang.subjects))} {rng.choice(lang.predicates)}"
            title = title[0].upper() + title[1:]
        if title not in seen:
            seen.add(title)
            return title


def _other_day(lang: Lang, rng: random.Random, when: datetime) -> str:
    d = when - timedelta(days=rng.randint(40, 400))
    if lang.code == "zh-CN":
        return f"该计划最早于{d.year}年{d.month}月{d.day}日公布，此后经过多轮征求意见。"
    return f"Plan ilk kez {d.day} {lang.months[d.month - 1]} {d.year} tarihinde kamuoyuna duyurulmuştu."


def _paragraphs(lang: Lang, rng: random.Random, title: str, when: datetime) -> list[str]:
    return filler_paragraphs(rng, lang.fillers, lambda: _other_day(lang, rng, when), "" if lang.code == "zh-CN" else " ")


def _person(lang: Lang, rng: random.Random) -> str:
    if lang.code == "zh-CN":
        return rng.choice(lang.last) + rng.choice(lang.first)
    return f"{rng.choice(lang.first)} {rng.choice(lang.last)}"


def _people(lang: Lang, rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = _person(lang, rng)
        if name not in names:
            names.append(name)
    return names


def _when(template: str, lang: Lang, rng: random.Random) -> datetime:
    years = {"table": (2003, 2006), "aspnet": (2014, 2018), "fusion": (2024, 2024), "square": (2021, 2023)}
    lo, hi = years[template]
    day = datetime(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    if template == "fusion" and rng.random() < 0.3:
        return day + timedelta(minutes=rng.randint(5, lang.utc_offset * 60 - 10))
    return day + timedelta(hours=rng.randint(7, 21), minutes=rng.randint(0, 59))


def _byline(template: str, lang: Lang, rng: random.Random) -> tuple[list[str], str | None]:
    """The people and the credit (agency or desk) of one story."""
    roll = rng.random()
    if template == "square":
        return _people(lang, rng, 1), None
    if template == "aspnet" and lang.code == "zh-CN":
        return _people(lang, rng, rng.choice((1, 1, 2, 3))), rng.choice(("宣传部", "办公室", "本网"))
    if roll < 0.2:
        return [], rng.choice(lang.agencies)
    if roll < 0.3 and lang.desk:
        return [], lang.desk
    credit = rng.choice(lang.agencies) if rng.random() < 0.5 else None
    return _people(lang, rng, rng.choice((1, 1, 2, 2, 3))), credit


def make_articles(lang: Lang, rng: random.Random) -> list[Article]:
    seen: set[str] = set()
    articles = []
    for template in TEMPLATES:
        for number in range(PER_TEMPLATE):
            when = _when(template, lang, rng)
            people, credit = _byline(template, lang, rng)
            title = _title(lang, rng, seen)
            updated = when + timedelta(hours=rng.randint(1, 30)) if rng.random() < 0.5 else None
            photographer = _person(lang, rng) if rng.random() < 0.4 else None
            tags = rng.sample(list(lang.subjects), 3)
            a = Article(template, number, rng.randint(100000, 999999), lang.sections[number % len(lang.sections)],
                        title, _paragraphs(lang, rng, title, when), people, credit, when, updated,
                        photographer, _person(lang, rng), tags)
            a.path = _path(lang, a)
            articles.append(a)
    return articles


def _path(lang: Lang, a: Article) -> str:
    d, sec = a.when, a.section[0]
    if a.template == "table":
        if lang.code == "zh-CN":
            return f"/old/{sec}/{d:%Y-%m}/{d:%d}/content_{a.ident}.shtml"
        return f"/{d:%Y/%m/%d}/{sec}/{sec[:3]}{a.number + 1:02d}.html"
    if a.template == "aspnet":
        return f"/news/NewsDetail.aspx?id={a.ident}" if lang.code == "zh-CN" else f"/HaberDetay.aspx?HaberID={a.ident}"
    if a.template == "fusion":
        arc = f"{a.ident:X}QZ{a.number}KTW7"
        tail = arc if lang.code == "zh-CN" else f"{slug(a.title)}-{arc}"
        return f"/{sec}/{d:%Y/%m/%d}/{tail}/"
    return f"/blog/{d.year}/{d.month}/{d.day}/post-{a.ident}" if lang.code == "zh-CN" else f"/blog/{slug(a.title)}"


# ---------------------------------------------------------------- printed forms


def joined(lang: Lang, names: list[str], sep: str = " ") -> str:
    if lang.code == "zh-CN":
        return sep.join(names)
    if len(names) == 1:
        return names[0]
    return ", ".join(names[:-1]) + " ve " + names[-1]


def zh_date(d: datetime, style: int) -> str:
    if style == 0:
        return f"{d.year}年{d.month:02d}月{d.day:02d}日 {d:%H:%M}"
    if style == 1:
        return f"{d:%Y-%m-%d %H:%M:%S}"
    return f"{d:%Y-%m-%d %H:%M}"


def tr_long(lang: Lang, d: datetime, time: bool = True) -> str:
    text = f"{d.day} {lang.months[d.month - 1]} {d.year} {lang.weekdays[d.weekday()]}"
    return f"{text} {d:%H:%M}" if time else text


def utc(lang: Lang, d: datetime) -> datetime:
    return d - timedelta(hours=lang.utc_offset)


def author_slug(lang: Lang, name: str) -> str:
    if lang.code == "zh-CN":
        return f"/author/{sum(ord(c) for c in name)}/"
    return f"/yazar/{slug(name)}"


def pager(links: list[tuple[str, str]]) -> str:
    return " ".join(f'<a href="{escape(h)}">{escape(t)}</a>' for h, t in links)


def pages_of(items: list[Article]) -> list[list[Article]]:
    return newest_first_pages(items, PAGE_SIZE)


# ---------------------------------------------------------------- table: Chinese


def zh_table_shell(lang: Lang, title: str, crumb: str, main: str, side: str) -> str:
    menu = " | ".join(f'<a href="/old/{s}/index.shtml"><font color="#FFFFFF">{n[:2]}</font></a>'
                      for s, n in lang.sections)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={lang.old_declared}">
<title>{escape(title)}</title><link href="/css/style.css" rel="stylesheet" type="text/css">
<script language="JavaScript" src="/js/ad.js"></script></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">
<table width="778" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td width="200"><a href="/old/index.shtml"><img src="/images/logo.gif" width="200" height="60" border="0" alt="{lang.paper}"></a></td>
<td><img src="/ad/banner468.gif" width="468" height="60"></td></tr></table>
<table width="778" border="0" cellspacing="0" cellpadding="3" align="center" bgcolor="#003399"><tr>
<td align="center"><font color="#FFFFFF" size="2"><a href="/old/index.shtml"><font color="#FFFFFF">首页</font></a> | {menu} | <a href="/bbs/index.asp"><font color="#FFFFFF">论坛</font></a></font></td></tr></table>
<table width="778" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td width="570" valign="top">
<table width="100%" border="0" cellpadding="4"><tr><td><font size="2">{crumb}</font></td></tr></table>
{main}</td><td width="8"></td><td width="200" valign="top" bgcolor="#F5F5F5">{side}</td></tr></table>
<table width="778" border="0" align="center"><tr><td align="center"><hr size="1" color="#CCCCCC"><font size="2">
<a href="/about.html">{lang.words['about']}</a> | <a href="/contact.html">{lang.words['contact']}</a> | 广告服务 | 网站地图<br>
Copyright &copy; 2000-2006 {lang.paper} All Rights Reserved<br>京ICP证030000号</font></td></tr></table>
</body></html>"""


def zh_side(lang: Lang, others: list[Article]) -> str:
    rows = "".join(f'<tr><td><font size="2">{i}. <a href="{o.path}" target="_blank">{escape(o.title[:14])}</a></font></td></tr>'
                   for i, o in enumerate(others[:6], 1))
    tags = " ".join(f'<a href="/old/zhuanti/{slug(t) or i}.shtml"><font size="{2 + i % 2}">{t}</font></a>'
                    for i, t in enumerate(lang.subjects[:8]))
    return (f'<table width="100%" cellpadding="3"><tr><td bgcolor="#CC0000"><font color="#FFFFFF" size="2"><b>'
            f'{lang.words["most_read"]}</b></font></td></tr>{rows}</table>'
            f'<table width="100%" cellpadding="3"><tr><td bgcolor="#CC0000"><font color="#FFFFFF" size="2"><b>'
            f'热门专题</b></font></td></tr><tr><td>{tags}</td></tr></table>')


def zh_table_story(lang: Lang, a: Article, rng: random.Random) -> tuple[str, str, str]:
    """The line under the headline, the first paragraph's opening and the text's close."""
    place = rng.choice(lang.places)
    names = " ".join(a.people)
    source = a.credit or lang.paper[:2] + "日报"
    if rng.random() < 0.5:
        line = f"{zh_date(a.when, 0)}　{lang.words['source']}：{source}"
        if a.credit and a.people:
            lead = f"{a.credit}{place}{a.when.month}月{a.when.day}日电（记者 {names}）"
        elif a.credit:
            lead = f"{a.credit}{place}{a.when.month}月{a.when.day}日电　"
        else:
            lead = f"本报讯（记者 {names}）"
    else:
        line = f"{zh_date(a.when, 1)}　{lang.words['source']}：{source}"
        line += f"　{lang.words['author']}：{names}" if a.people else ""
        lead = ""
    close = f"（{lang.words['editor']}：{a.editor}）"
    return line, lead, close


def zh_table_article(lang: Lang, a: Article, others: list[Article], rng: random.Random, printable: bool) -> str:
    line, lead, close = zh_table_story(lang, a, rng)
    text = "<br><br>".join("　　" + escape(p) for p in [lead + a.paras[0], *a.paras[1:]])
    head = (f'<tr><td align="center"><font size="5" color="#000000"><b>{escape(a.title)}</b></font></td></tr>'
            f'<tr><td align="center"><font size="2" color="#666666">{line}　【字号 <a href="javascript:doZoom(16)">大</a>'
            f' <a href="javascript:doZoom(14)">中</a> <a href="javascript:doZoom(12)">小</a>】</font></td></tr>')
    body = (f'<tr><td><hr size="1" color="#CCCCCC"></td></tr><tr><td><font style="font-size:14px">{text}</font></td></tr>'
            f'<tr><td align="right"><font size="2">{close}</font></td></tr>')
    if printable:
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={lang.old_declared}">'
                f'<title>{escape(a.title)}</title></head><body onload="window.print()"><table width="600" align="center">'
                f'{head}{body}<tr><td align="center"><a href="javascript:window.close()">关闭窗口</a></td></tr></table></body></html>')
    tools = (f'<tr><td align="center"><font size="2">【<a href="/bbs/post.asp?id={a.ident}">发表评论</a>】'
             f'【<a href="mailto:?subject={quote(a.title)}">推荐给朋友</a>】'
             f'【<a href="{a.path.replace(".shtml", "_print.shtml")}" target="_blank">打印本页</a>】'
             f'【<a href="javascript:window.close()">关闭窗口</a>】</font></td></tr>')
    related = "".join(f'<tr><td><font size="2">·<a href="{o.path}">{escape(o.title)}</a> '
                      f'<font color="#999999">({o.when:%Y-%m-%d})</font></font></td></tr>' for o in others[:4])
    main = (f'<table width="96%" align="center" border="0" cellpadding="4">{head}{body}{tools}</table>'
            f'<table width="96%" align="center"><tr><td bgcolor="#EEEEEE"><font size="2"><b>{lang.words["related"]}</b>'
            f'</font></td></tr>{related}</table>')
    crumb = (f'您现在的位置：<a href="/old/index.shtml">{lang.paper}首页</a> &gt;&gt; '
             f'<a href="/old/{a.section[0]}/index.shtml">{a.section[1]}</a> &gt;&gt; 正文')
    return zh_table_shell(lang, f"{a.title}_{lang.paper}", crumb, main, zh_side(lang, others))


def zh_table_listing(lang: Lang, items: list[Article], heading: str, links: str, others: list[Article]) -> str:
    rows = "".join(f'<tr><td><font size="2">·<a href="{a.path}" target="_blank">{escape(a.title)}</a></font></td>'
                   f'<td align="right"><font size="2" color="#999999">{a.when:%Y-%m-%d %H:%M}</font></td></tr>' for a in items)
    main = (f'<table width="96%" align="center"><tr><td colspan="2" bgcolor="#EEEEEE"><b>{heading}</b></td></tr>{rows}'
            f'<tr><td colspan="2" align="center"><font size="2">{links}</font></td></tr></table>')
    crumb = f'您现在的位置：<a href="/old/index.shtml">{lang.paper}首页</a> &gt;&gt; {heading}'
    return zh_table_shell(lang, f"{heading}_{lang.paper}", crumb, main, zh_side(lang, others))


def zh_table_pages(lang: Lang, arts: list[Article], rng: random.Random) -> dict[str, str]:
    pages = {}
    for a in arts:
        others = [o for o in arts if o is not a]
        pages[a.path] = zh_table_article(lang, a, others, random.Random(a.ident), False)
        pages[a.path.replace(".shtml", "_print.shtml")] = zh_table_article(lang, a, others, random.Random(a.ident), True)
    for sec, name in lang.sections:
        chunks = pages_of([a for a in arts if a.section[0] == sec])
        for n, chunk in enumerate(chunks):
            names = [f"/old/{sec}/index.shtml" if k == 0 else f"/old/{sec}/index_{k}.shtml" for k in range(len(chunks))]
            links = pager([(h, f"[{k + 1}]") for k, h in enumerate(names)])
            pages[names[n]] = zh_table_listing(lang, chunk, name, links, arts)
    top = sorted(arts, key=lambda x: x.when, reverse=True)[:6]
    pages["/old/index.shtml"] = zh_table_listing(lang, top, "今日要闻", "", arts)
    return pages


# ---------------------------------------------------------------- table: Turkish


def tr_table_shell(lang: Lang, title: str, masthead: datetime, current: str, main: str) -> str:
    menu = "".join(f'<tr><td bgcolor="#FFCC00"><font face="Verdana" size="1"><b>{upper(n)}</b></font></td></tr>'
                   if s == current else
                   f'<tr><td><font face="Verdana" size="1"><a href="/{masthead:%Y/%m/%d}/{s}/index.html">{n}</a></font></td></tr>'
                   for s, n in lang.sections)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset={lang.old_declared}">
<title>{escape(title)}</title><meta name="keywords" content="haber, gazete, {lang.paper}"></head>
<body bgcolor="#FFFFFF" link="#000066" vlink="#000066" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="160"><a href="/arsiv/index.html"><img src="/i/logo.gif" width="160" height="50" border="0" alt="{lang.paper}"></a></td>
<td align="right"><font face="Verdana" size="1"><b>{tr_long(lang, masthead, False).replace(' ' + str(masthead.year) + ' ', ' ' + str(masthead.year) + ', ')}</b><br>
<a href="/arsiv/index.html">Arşiv</a> | <a href="/{masthead:%Y/%m/%d}/index.html">Bugünkü sayı</a> | <a href="/iletisim">İletişim</a></font></td></tr></table>
<table width="760" border="0" cellspacing="0" cellpadding="0"><tr>
<td width="130" valign="top" bgcolor="#EEEEEE"><table width="130" border="0" cellpadding="3">{menu}
<tr><td><font face="Verdana" size="1"><a href="/yazarlar/index.html">YAZARLAR</a></font></td></tr></table></td>
<td width="10"></td><td valign="top">{main}</td></tr></table>
<table width="760"><tr><td align="center"><font face="Verdana" size="1">&copy; {lang.paper} 2004. Tüm hakları saklıdır.
 <a href="/kunye">Künye</a> | <a href="/reklam">Reklam</a></font></td></tr></table></body></html>"""


def tr_table_story(lang: Lang, a: Article, rng: random.Random) -> tuple[str, str]:
    """The line over the text and the first paragraph's opening."""
    place = rng.choice(("ANKARA", "İSTANBUL", "İZMİR", "BURSA"))
    if a.people:
        line = f'<b>{escape(joined(lang, a.people))}</b> / {place}'
        return line, ""
    if a.credit == lang.desk:
        return f"<b>{lang.desk}</b>", ""
    return "", f"{place} ({a.credit}) - "


def tr_table_article(lang: Lang, a: Article, others: list[Article], rng: random.Random, printable: bool) -> str:
    line, lead = tr_table_story(lang, a, rng)
    text = "<br><br>".join(escape(p) for p in [lead + a.paras[0], *a.paras[1:]])
    story = (f'<font face="Arial" size="4" color="#990000"><b>{escape(a.title)}</b></font><br><br>'
             + (f'<font face="Arial" size="2">{line}</font><br><br>' if line else "")
             + f'<font face="Arial" size="2">{text}</font>')
    if printable:
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={lang.old_declared}">'
                f'<title>{lang.paper} - Yazdır</title></head><body><font face="Arial" size="1">{lang.paper} | '
                f'{a.when:%d.%m.%Y}</font><hr>{story}<hr><a href="javascript:window.print()">Yazdır</a></body></html>')
    same = [o for o in others if o.when.date() == a.when.date() or o.section == a.section][:5]
    rest = "".join(f'<br>&#149; <a href="{o.path}">{escape(o.title)}</a>' for o in same)
    tools = (f'<p><font face="Verdana" size="1"><a href="{a.path.replace(".html", "_yazdir.html")}" target="_blank">Yazdır</a>'
             f' | <a href="/gonder.asp?url={quote(a.path)}">Arkadaşına gönder</a> | <a href="/forum/yorum.asp?id={a.ident}">'
             f'Yorum yaz</a></font></p>')
    main = (f'<table width="100%" cellpadding="6"><tr><td><img src="/i/{a.section[0]}_baslik.gif" alt="{upper(a.section[1])}">'
            f'</td></tr><tr><td>{story}{tools}</td></tr><tr><td bgcolor="#EEEEEE"><font face="Verdana" size="1">'
            f'<b>{upper(a.section[1])} SAYFASINDAKİ DİĞER HABERLER</b>{rest}</font></td></tr></table>')
    return tr_table_shell(lang, f"{lang.paper} İnternet - {a.section[1]}", a.when, a.section[0], main)


def tr_table_listing(lang: Lang, day: datetime, items: list[Article], heading: str, current: str, links: str) -> str:
    rows = "".join(f'<tr><td><font face="Arial" size="2"><b><a href="{a.path}">{escape(a.title)}</a></b><br>'
                   f'{escape(a.paras[1][:90])}...</font></td></tr>' for a in items)
    main = (f'<table width="100%" cellpadding="4"><tr><td bgcolor="#990000"><font color="#FFFFFF" face="Verdana" size="2">'
            f'<b>{escape(heading)}</b></font></td></tr>{rows}<tr><td><font size="1">{links}</font></td></tr></table>')
    return tr_table_shell(lang, f"{lang.paper} İnternet - {heading}", day, current, main)


def tr_table_pages(lang: Lang, arts: list[Article], rng: random.Random) -> dict[str, str]:
    pages = {}
    for a in arts:
        others = [o for o in arts if o is not a]
        pages[a.path] = tr_table_article(lang, a, others, random.Random(a.ident), False)
        pages[a.path.replace(".html", "_yazdir.html")] = tr_table_article(lang, a, others, random.Random(a.ident), True)
        day = [o for o in arts if o.when.date() == a.when.date()]
        pages[f"/{a.when:%Y/%m/%d}/index.html"] = tr_table_listing(lang, a.when, day, tr_long(lang, a.when, False), "", "")
        for sec, name in lang.sections:
            mine = [o for o in day if o.section[0] == sec]
            pages[f"/{a.when:%Y/%m/%d}/{sec}/index.html"] = tr_table_listing(lang, a.when, mine, name, sec, "")
    chunks = pages_of(arts)
    names = ["/arsiv/index.html" if k == 0 else f"/arsiv/index{k + 1}.html" for k in range(len(chunks))]
    links = pager([(h, str(k + 1)) for k, h in enumerate(names)])
    for n, chunk in enumerate(chunks):
        pages[names[n]] = tr_table_listing(lang, chunks[0][0].when, chunk, "Arşiv", "", links)
    return pages


# ---------------------------------------------------------------- aspnet


def viewstate(rng: random.Random, size: int) -> str:
    alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
    return "/wEPDwUK" + "".join(rng.choice(alphabet) for _ in range(size))


def aspnet_shell(lang: Lang, action: str, title: str, head: str, main: str, side: str, rng: random.Random) -> str:
    p = "ctl00_ContentPlaceHolder1_" if lang.code == "zh-CN" else "ctl00_cphIcerik_"
    home = "/news/Default.aspx" if lang.code == "zh-CN" else "/Default.aspx"
    nav = "".join(f'<li><a id="ctl00_ucMenu_rptMenu_ctl0{i}_hlMenu" href="{aspnet_list(lang, s)}">{n}</a></li>'
                  for i, (s, n) in enumerate(lang.sections))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{escape(title)}</title>{head}<link href="/App_Themes/Default/style.css" type="text/css" rel="stylesheet" />
<script src="/WebResource.axd?d=pynGkmcFUV13He1Qd6_TZA2&amp;t=634604425351482412" type="text/javascript"></script></head>
<body><form name="aspnetForm" method="post" action="{escape(action)}" id="aspnetForm">
<div><input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(rng, 600)}" /></div>
<script type="text/javascript">var theForm = document.forms['aspnetForm'];
function __doPostBack(eventTarget, eventArgument) {{ theForm.__EVENTTARGET.value = eventTarget; theForm.submit(); }}</script>
<div id="wrapper"><div id="header"><a id="ctl00_hlLogo" href="{home}"><img src="/images/logo.png" alt="{lang.paper}" /></a>
<div id="ctl00_pnlSearch" class="search"><input name="ctl00$txtAra" type="text" id="ctl00_txtAra" />
<input type="submit" name="ctl00$btnAra" value="{'搜索' if lang.code == 'zh-CN' else 'Ara'}" id="ctl00_btnAra" /></div></div>
<div id="menu"><ul><li><a id="ctl00_hlAnasayfa" href="{home}">{lang.words['home']}</a></li>{nav}</ul></div>
<div id="content"><div id="{p}pnlMain" class="main">{main}</div><div id="sidebar">{side}</div></div>
<div id="footer"><a href="/about.html" id="ctl00_hlAbout">{lang.words['about']}</a> | <a href="/contact.html">{lang.words['contact']}</a><br />
&copy; 2016 {lang.paper}</div></div>
<div><input type="hidden" name="__VIEWSTATEGENERATOR" id="__VIEWSTATEGENERATOR" value="CA0B0334" />
<input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(rng, 120)}" /></div>
</form></body></html>"""


def aspnet_list(lang: Lang, sec: str, page: int = 1) -> str:
    cid = [s for s, _ in lang.sections].index(sec) + 1
    if lang.code == "zh-CN":
        return f"/news/NewsList.aspx?cid={cid}" + (f"&page={page}" if page > 1 else "")
    return f"/Kategori.aspx?KatID={cid}" + (f"&Sayfa={page}" if page > 1 else "")


def aspnet_side(lang: Lang, others: list[Article]) -> str:
    rows = "".join(f'<li><a id="ctl00_ucCokOkunan_rpt_ctl0{i}_hl" href="{o.path}">{escape(o.title)}</a>'
                   f' <span class="hit">{1000 + 37 * i}</span></li>' for i, o in enumerate(others[:5]))
    return f'<div class="box"><h3>{lang.words["most_read"]}</h3><ul>{rows}</ul></div>'


def zh_aspnet_main(lang: Lang, a: Article, others: list[Article], rng: random.Random) -> str:
    p = "ctl00_ContentPlaceHolder1_"
    names = "　".join(a.people)
    author = f"文/{names}　图/{a.photographer}" if a.photographer else names
    info = (f'发布时间：<span id="{p}lblTime">{zh_date(a.when, 1)}</span>&nbsp;&nbsp;{lang.words["source"]}：'
            f'<span id="{p}lblSource">{a.credit}</span>&nbsp;&nbsp;{lang.words["author"]}：<span id="{p}lblAuthor">{author}</span>'
            f'&nbsp;&nbsp;浏览次数：<span id="{p}lblHits">{rng.randint(200, 9000)}</span>')
    text = "".join(f'<p style="text-indent:2em;">{escape(t)}</p>' for t in a.paras)
    prev, nxt = others[0], others[1]
    return (f'<div id="{p}divPosition" class="position">当前位置：<a href="/news/Default.aspx">{lang.words["home"]}</a>'
            f' &gt; <a href="{aspnet_list(lang, a.section[0])}">{a.section[1]}</a></div>'
            f'<div class="news_title"><span id="{p}lblTitle">{escape(a.title)}</span></div>'
            f'<div class="news_info">{info}</div><div class="news_content" id="{p}divContent">{text}</div>'
            f'<div class="news_editor">（{lang.words["editor"]}：{a.editor}　审核：{_person(lang, rng)}）</div>'
            f'<div class="prevnext">上一篇：<a id="{p}hlPrev" href="{prev.path}">{escape(prev.title)}</a><br />'
            f'下一篇：<a id="{p}hlNext" href="{nxt.path}">{escape(nxt.title)}</a></div>'
            f'<div class="tools"><a href="/news/PrintNews.aspx?id={a.ident}" target="_blank">【打印】</a>'
            f'<a href="javascript:window.close()">【关闭】</a></div>')


def tr_aspnet_main(lang: Lang, a: Article, others: list[Article], rng: random.Random) -> str:
    p = "ctl00_cphIcerik_"
    writer = escape(joined(lang, a.people)) if a.people else a.credit
    stamp = f'<span id="{p}lblTarih">{a.when:%d.%m.%Y %H:%M}</span>'
    if a.updated:
        stamp += f' | {lang.words["updated"]}: <span id="{p}lblGuncelleme">{a.updated:%d.%m.%Y %H:%M}</span>'
    text = "".join(f"<p>{escape(t)}</p>" for t in a.paras)
    tags = " ".join(f'<a href="/Etiket.aspx?e={quote(slug(t))}">{escape(lower(t))}</a>' for t in a.tags)
    comments = "".join(f'<div class="yorum"><b>{_person(lang, rng)}</b> <span>{(a.when + timedelta(days=k + 1)):%d.%m.%Y %H:%M}'
                       f'</span><p>{escape(rng.choice(lang.fillers))}</p></div>' for k in range(3))
    return (f'<div class="kategori"><a id="{p}hlKategori" href="{aspnet_list(lang, a.section[0])}">{a.section[1]}</a></div>'
            f'<h1><span id="{p}lblBaslik">{escape(a.title)}</span></h1>'
            f'<h2 id="{p}lblSpot" class="spot">{escape(a.paras[1][:120].rsplit(" ", 1)[0])}...</h2>'
            f'<div class="tarih">{stamp}</div><div class="muhabir"><span id="{p}lblMuhabir">{writer}</span></div>'
            f'<div class="paylas"><a href="https://www.facebook.com/sharer.php?u={quote(a.path)}">Facebook</a>'
            f' <a href="https://twitter.com/intent/tweet?url={quote(a.path)}">Twitter</a> <a href="javascript:window.print()">Yazdır</a></div>'
            f'<div id="{p}divIcerik" class="haberMetni">{text}</div>'
            f'<div class="etiketler">{lang.words["tags"]}: {tags}</div>'
            f'<div id="{p}pnlYorumlar" class="yorumlar"><h3>{lang.words["comments"]} (23)</h3>{comments}'
            f'<div class="sayfalama"><a href="{a.path}&amp;yorumSayfa=2">2</a> <a href="{a.path}&amp;yorumSayfa=3">3</a></div></div>')


def aspnet_article(lang: Lang, base: str, a: Article, others: list[Article], rng: random.Random, variant: str) -> str:
    if lang.code == "zh-CN":
        main = zh_aspnet_main(lang, a, others, rng)
        return aspnet_shell(lang, a.path.rsplit("/", 1)[1], f"{a.title}-{lang.paper}{lang.words['news_centre']}",
                            '<meta name="keywords" content="新闻" />', main, aspnet_side(lang, others), rng)
    head = (f'<link rel="canonical" href="{base}{a.path}" /><meta property="og:title" content="{escape(a.title)}" />'
            f'<meta name="description" content="{escape(a.paras[1][:150])}" />'
            f'<link rel="alternate" media="only screen and (max-width: 640px)" href="{base}/m{a.path}" />')
    main = tr_aspnet_main(lang, a, others, rng)
    action = "." + (a.path if not variant else f"{a.path}&yorumSayfa={variant}")
    return aspnet_shell(lang, action, f"{a.title} - {lang.paper}", head, main, aspnet_side(lang, others), rng)


def aspnet_listing(lang: Lang, items: list[Article], heading: str, links: str, others: list[Article], rng: random.Random) -> str:
    rows = "".join(f'<li><a href="{a.path}" title="{escape(a.title)}">{escape(a.title)}</a>'
                   f'<span class="date">{a.when:%Y-%m-%d}</span></li>' for a in items)
    main = (f'<h2 class="list_title">{escape(heading)}</h2><ul class="news_list">{rows}</ul>'
            f'<div class="pager">{links}</div>')
    title = f"{heading} - {lang.paper}"
    return aspnet_shell(lang, "#", title, "", main, aspnet_side(lang, others), rng)


def aspnet_pages(lang: Lang, base: str, arts: list[Article], rng: random.Random) -> dict[str, str]:
    pages = {}
    for a in arts:
        others = [o for o in arts if o is not a]
        pages[a.path] = aspnet_article(lang, base, a, others, random.Random(a.ident), "")
        if lang.code == "zh-CN":
            pages[f"/news/PrintNews.aspx?id={a.ident}"] = (
                f'<html><head><title>{escape(a.title)}</title></head><body onload="window.print()"><h3>{escape(a.title)}</h3>'
                f'<p>{zh_date(a.when, 1)}</p>' + "".join(f"<p>{escape(t)}</p>" for t in a.paras) + "</body></html>")
        else:
            for k in ("2", "3"):
                pages[f"{a.path}&yorumSayfa={k}"] = aspnet_article(lang, base, a, others, random.Random(a.ident), k)
            pages["/m" + a.path] = (f'<html><head><link rel="canonical" href="{base}{a.path}" /><title>{escape(a.title)}</title></head>'
                                    f'<body><h1>{escape(a.title)}</h1><p>{a.when:%d.%m.%Y %H:%M}</p>'
                                    + "".join(f"<p>{escape(t)}</p>" for t in a.paras) + "</body></html>")
    for sec, name in lang.sections:
        chunks = pages_of([a for a in arts if a.section[0] == sec])
        for n, chunk in enumerate(chunks):
            links = pager([(aspnet_list(lang, sec, k + 1), str(k + 1)) for k in range(len(chunks))])
            links += ' <a href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$gvList\',\'Page$Last\')">»</a>'
            pages[aspnet_list(lang, sec, n + 1)] = aspnet_listing(lang, chunk, name, links, arts, rng)
    home = "/news/Default.aspx" if lang.code == "zh-CN" else "/Default.aspx"
    pages[home] = aspnet_listing(lang, sorted(arts, key=lambda x: x.when, reverse=True)[:5], lang.words["news_centre"], "", arts, rng)
    return pages


# ---------------------------------------------------------------- fusion


def fusion_content(lang: Lang, a: Article) -> dict:
    by = [{"type": "author", "name": n, "url": author_slug(lang, n), "_id": slug(n) or str(len(n))} for n in a.people]
    if not a.people:
        by = [{"type": "reference", "name": a.credit, "org": a.credit}]
    content = {"_id": a.path.rstrip("/").rsplit("-", 1)[-1], "type": "story", "version": "0.10.9",
               "canonical_url": a.path, "website_url": a.path,
               "headlines": {"basic": a.title, "meta_title": f"{a.title} | {lang.paper}"},
               "subheadlines": {"basic": a.paras[1][:80]},
               "credits": {"by": by}, "display_date": f"{utc(lang, a.when):%Y-%m-%dT%H:%M:%S.000Z}",
               "first_publish_date": f"{utc(lang, a.when):%Y-%m-%dT%H:%M:%S.000Z}",
               "taxonomy": {"primary_section": {"_id": f"/{a.section[0]}", "name": a.section[1]},
                            "tags": [{"text": t, "slug": slug(t)} for t in a.tags]},
               "content_elements": [{"type": "text", "_id": f"P{k}", "content": t} for k, t in enumerate(a.paras)]}
    if a.updated:
        content["last_updated_date"] = f"{utc(lang, a.updated):%Y-%m-%dT%H:%M:%S.000Z}"
    return content


def fusion_shell(lang: Lang, base: str, title: str, head: str, main: str, content: dict, rail: str) -> str:
    nav = "".join(f'<li class="nav-item"><a href="/{s}/">{n}</a></li>' for s, n in lang.sections)
    glob = json.dumps(content, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/><title>{escape(title)}</title>{head}
<link rel="stylesheet" href="/pf/resources/dist/ege/css/style.css?d=412"/></head>
<body><div id="fusion-app" class="fusion-app"><div class="b-header"><a class="b-header__logo" href="/"><img alt="{lang.paper}" src="/pf/resources/images/logo.svg"/></a>
<nav class="b-header__nav" aria-label="sections"><ul>{nav}<li><a href="/blog">{lang.words['blog']}</a></li></ul></nav></div>
<div class="b-main layout-section wrap-bottom"><main class="b-main__content">{main}</main>
<aside class="b-main__rail right-rail">{rail}</aside></div>
<footer class="b-footer"><a href="/hakkimizda">{lang.words['about']}</a> · <a href="/iletisim">{lang.words['contact']}</a>
<p>© 2024 {lang.paper}</p></footer></div>
<script id="fusion-metadata" type="application/javascript">window.Fusion=window.Fusion||{{}};Fusion.arcSite="ege";Fusion.contextPath="/pf";Fusion.mxId="00000000";Fusion.deployment="412";Fusion.globalContent={glob};Fusion.globalContentConfig={{"source":"content-api","query":{{"website_url":"{content.get('website_url', '/')}"}}}};Fusion.lastModified=1715850000000;Fusion.contentCache={{}};Fusion.layout="article-right-rail";Fusion.metas={{"title":{{"value":"{lang.paper}"}}}};</script>
<script defer="" src="/pf/dist/engine/react.js?d=412"></script></body></html>"""


def fusion_dates(lang: Lang, a: Article) -> str:
    when = tr_long(lang, a.when) if lang.code == "tr" else zh_date(a.when, 2)
    out = f'<time class="primary-date" datetime="{utc(lang, a.when):%Y-%m-%dT%H:%M:%SZ}">{when}</time>'
    if a.updated:
        later = tr_long(lang, a.updated) if lang.code == "tr" else zh_date(a.updated, 2)
        out += f' <span class="b-date--updated">{lang.words["updated"]}{":" if lang.code == "tr" else "："} {later}</span>'
    return f'<div class="b-article-dates">{out}</div>'


def fusion_byline(lang: Lang, a: Article) -> str:
    links = [f'<a class="ts-byline__name" href="{author_slug(lang, n)}">{escape(n)}</a>' for n in a.people]
    if lang.code == "zh-CN":
        who = ("记者 " + " ".join(links)) if links else ""
        src = f'<span class="b-source">{lang.words["source"]}：{a.credit or lang.paper}</span>'
        return f'<div class="b-byline">{who} {src}</div>'
    if not links:
        return f'<div class="b-byline"><span class="ts-byline__names">{a.credit}</span></div>'
    names = links[0] if len(links) == 1 else ", ".join(links[:-1]) + " ve " + links[-1]
    agency = f' <span class="b-source">/ {a.credit}</span>' if a.credit else ""
    return f'<div class="b-byline"><span class="ts-byline__names">{names}</span>{agency}</div>'


def fusion_article(lang: Lang, base: str, a: Article, others: list[Article], amp: bool) -> str:
    related = "".join(f'<li><a href="{o.path}">{escape(o.title)}</a></li>' for o in others[:3])
    text = [f'<p class="c-paragraph">{escape(t)}</p>' for t in a.paras]
    text.insert(3, f'<div class="b-related-inline"><h4>{lang.words["related"]}</h4><ul>{related}</ul></div>')
    photo = (f'<figure class="c-media"><img src="/img/{a.ident}.jpg" alt=""/><figcaption>{escape(a.paras[2][:50])} '
             f'<span class="c-credits">{lang.words["photo"]}: {a.photographer}</span></figcaption></figure>') if a.photographer else ""
    tags = "".join(f'<a class="c-tag" href="/etiket/{slug(t) or k}/">{escape(t)}</a>' for k, t in enumerate(a.tags))
    share = (f'<div class="b-share"><span>{lang.words["share"]}</span><a href="https://wa.me/?text={quote(a.path)}">WhatsApp</a>'
             f'<a href="https://www.facebook.com/sharer/sharer.php?u={quote(a.path)}">Facebook</a><a href="#comments">'
             f'{lang.words["comments"]} (12)</a></div>')
    main = (f'<article class="b-article"><div class="b-overline"><a class="c-overline" href="/{a.section[0]}/">{a.section[1]}</a></div>'
            f'<h1 class="b-headline c-heading">{escape(a.title)}</h1><h2 class="b-subheadline">{escape(a.paras[1][:80])}</h2>'
            f'{fusion_byline(lang, a)}{fusion_dates(lang, a)}{share}{photo}<div class="b-article-body">{"".join(text)}</div>'
            f'<div class="b-tags">{tags}</div></article>')
    head = (f'<link rel="canonical" href="{base}{a.path}"/><meta property="og:title" content="{escape(a.title)}"/>'
            f'<meta property="og:type" content="article"/><meta name="twitter:card" content="summary_large_image"/>')
    if amp:
        return (f'<!doctype html><html amp lang="{lang.code}"><head><meta charset="utf-8"/><title>{escape(a.title)} | {lang.paper}</title>'
                f'{head}<style amp-boilerplate>body{{visibility:hidden}}</style></head><body>{main}</body></html>')
    head += f'<link rel="amphtml" href="{base}/amp{a.path}"/>'
    return fusion_shell(lang, base, f"{a.title} | {lang.paper}", head, main, fusion_content(lang, a), fusion_rail(lang, others))


def fusion_rail(lang: Lang, others: list[Article]) -> str:
    ago = "saat önce" if lang.code == "tr" else "小时前"
    rows = "".join(f'<li><a href="/amp{o.path}">{escape(o.title)}</a><span class="c-time">{k + 2} {ago}</span></li>'
                   for k, o in enumerate(others[:5]))
    return f'<div class="b-most-read"><h3>{lang.words["most_read"]}</h3><ol>{rows}</ol></div>'


def fusion_listing(lang: Lang, base: str, items: list[Article], heading: str, links: str, others: list[Article]) -> str:
    cards = "".join(f'<div class="b-card"><a class="b-card__link" href="{a.path}"><h2 class="c-heading">{escape(a.title)}</h2></a>'
                    f'<p class="c-description">{escape(a.paras[1][:90])}</p>'
                    f'<span class="c-byline">{escape(joined(lang, a.people) if a.people else (a.credit or ""))}</span>'
                    f'<time>{tr_long(lang, a.when) if lang.code == "tr" else zh_date(a.when, 2)}</time></div>' for a in items)
    main = f'<h1 class="b-section-title">{escape(heading)}</h1><div class="b-results-list">{cards}</div><div class="b-pagination">{links}</div>'
    return fusion_shell(lang, base, f"{heading} | {lang.paper}", "", main, {"type": "section", "name": heading},
                        fusion_rail(lang, others))


def fusion_pages(lang: Lang, base: str, arts: list[Article], rng: random.Random) -> dict[str, str]:
    pages = {}
    for a in arts:
        others = [o for o in arts if o is not a]
        pages[a.path] = fusion_article(lang, base, a, others, False)
        pages["/amp" + a.path] = fusion_article(lang, base, a, others, True)
    for sec, name in lang.sections:
        chunks = pages_of([a for a in arts if a.section[0] == sec])
        names = [f"/{sec}/" if k == 0 else f"/{sec}/?page={k + 1}" for k in range(len(chunks))]
        for n, chunk in enumerate(chunks):
            links = pager([(h, str(k + 1)) for k, h in enumerate(names)])
            pages[names[n]] = fusion_listing(lang, base, chunk, name, links, arts)
    for person in {n for a in arts for n in a.people}:
        mine = [a for a in arts if person in a.people]
        pages[author_slug(lang, person)] = fusion_listing(lang, base, mine, person, "", arts)
    for tag in {t for a in arts for t in a.tags}:
        mine = [a for a in arts if tag in a.tags]
        pages[f"/etiket/{slug(tag) or list(lang.subjects).index(tag)}/"] = fusion_listing(lang, base, mine, tag, "", arts)
    return pages


# ---------------------------------------------------------------- square


def square_date(lang: Lang, d: datetime) -> str:
    if lang.code == "zh-CN":
        return f"{d.year}年{d.month}月{d.day}日"
    return f"{d.day} {lang.months[d.month - 1]} {d.year}"


def square_shell(lang: Lang, title: str, head: str, main: str, body_class: str) -> str:
    return f"""<!doctype html><html lang="{'zh-CN' if lang.code == 'zh-CN' else 'tr-TR'}"><head>
<meta http-equiv="X-UA-Compatible" content="IE=edge,chrome=1"><meta name="viewport" content="initial-scale=1">
<!-- This is Squarespace. --><!-- kahve-notlari -->
<base href=""><meta charset="utf-8" /><title>{escape(title)}</title>{head}
<script>Static.SQUARESPACE_CONTEXT = {{"website":{{"siteTitle":"{lang.blog}","language":"{lang.code}"}},"templateId":"5c5a519771c10ba3470d8101"}};</script>
</head><body id="collection-5f2a1c9e" class="{body_class} tweak-blog-meta-primary-author tweak-blog-meta-secondary-category">
<header id="header" class="header theme-col--primary"><div class="header-title"><a href="/" class="header-title-text">{lang.blog}</a></div>
<nav class="header-nav-list"><div class="header-nav-item"><a href="/blog">{lang.words['blog']}</a></div>
<div class="header-nav-item"><a href="/hakkimda">{lang.words['about']}</a></div></nav></header>
<main id="page" class="container" role="main"><section class="page-section">{main}</section></main>
<footer class="sections" id="footer-sections"><div class="sqs-block newsletter-block"><h2>{lang.words['newsletter']}</h2>
<form><input type="email" name="email"><button>OK</button></form></div><p>Powered by Squarespace</p></footer>
<script type="text/javascript" data-sqs-type="imageloader-bootstrapper">(function() {{}})();</script></body></html>"""


def square_meta(lang: Lang, a: Article, both: bool) -> str:
    cats = [a.section] + ([s for s in lang.sections if s != a.section][:1] if both else [])
    cat_links = ", ".join(f'<a href="/blog/category/{quote(n)}" class="blog-categories">{n}</a>' for _, n in cats)
    return (f'<div class="blog-item-meta-wrapper"><span class="blog-author"><a href="/blog?author=5f2a{a.ident:x}">'
            f'{escape(a.people[0])}</a></span> <time class="blog-date" pubdate datetime="{a.when:%Y-%m-%d}">{square_date(lang, a.when)}</time>'
            f' <span class="blog-categories-list">{cat_links}</span></div>')


def square_article(lang: Lang, base: str, a: Article, prev: Article | None, nxt: Article | None, rng: random.Random) -> str:
    text = "".join(f'<p class="" style="white-space:pre-wrap;">{escape(t)}</p>' for t in a.paras)
    tags = ", ".join(f'<a href="/blog/tag/{quote(slug(t) or t)}">{escape(t)}</a>' for t in a.tags)
    nav = "".join(f'<a href="{o.path}" class="item-pagination-link item-pagination-link--{k}"><div class="item-pagination-prev-next">'
                  f'{lang.words["prev" if k == "prev" else "next"]}</div><h2 class="item-pagination-title">{escape(o.title)}</h2></a>'
                  for k, o in (("prev", prev), ("next", nxt)) if o)
    main = (f'<article class="blog-item hentry category-{a.section[0]} author-{slug(a.people[0]) or a.ident} post-type-text" id="article-{a.ident:x}">'
            f'<div class="blog-item-top-wrapper">{square_meta(lang, a, rng.random() < 0.4)}'
            f'<h1 class="entry-title entry-title--large p-name" data-content-field="title">{escape(a.title)}</h1></div>'
            f'<div class="blog-item-content e-content"><div class="sqs-layout sqs-grid-12 columns-12" data-type="item">'
            f'<div class="sqs-block html-block sqs-block-html"><div class="sqs-block-content">{text}</div></div></div></div>'
            f'<div class="blog-item-comments"><a href="#comments-{a.ident:x}">{rng.randint(0, 9)} {lang.words["comments"]}</a></div>'
            f'<div class="blog-meta-item blog-meta-item--tags">{tags}</div>'
            f'<div class="blog-share-actions"><a class="ss-social-button" href="#">Facebook0</a><a class="ss-social-button" href="#">Twitter</a>'
            f'<a class="ss-social-button" href="#">LinkedIn0</a></div><section class="item-pagination">{nav}</section></article>')
    offset = "+0800" if lang.code == "zh-CN" else "+0300"
    head = (f'<link rel="canonical" href="{base}{a.path}"/><meta property="og:site_name" content="{lang.blog}"/>'
            f'<meta property="og:title" content="{escape(a.title)} — {lang.blog}"/><meta property="og:type" content="article"/>'
            f'<meta itemprop="name" content="{escape(a.title)} — {lang.blog}"/><meta itemprop="author" content="{escape(a.people[0])}"/>'
            f'<meta itemprop="datePublished" content="{a.when:%Y-%m-%dT%H:%M:%S}{offset}"/><meta itemprop="headline" content="{escape(a.title)}"/>')
    return square_shell(lang, f"{a.title} — {lang.blog}", head, main, "collection-type-blog-basic-grid view-item")


def square_listing(lang: Lang, items: list[Article], heading: str, older: str | None) -> str:
    cards = "".join(f'<article class="blog-basic-grid--container entry blog-item"><a href="{a.path}" class="image-wrapper">'
                    f'<img src="/s/{a.ident}.jpg" alt=""></a><div class="blog-basic-grid--text"><div class="blog-meta-section">'
                    f'<time class="blog-date">{square_date(lang, a.when)}</time><span class="blog-categories-list">'
                    f'<a href="/blog/category/{quote(a.section[1])}">{a.section[1]}</a></span></div>'
                    f'<h1 class="blog-title"><a href="{a.path}">{escape(a.title)}</a></h1><div class="blog-excerpt">'
                    f'<p>{escape(a.paras[1][:100])}</p></div><a class="blog-more-link" href="{a.path}">{lang.words["more"]}</a>'
                    f'</div></article>' for a in items)
    more = f'<nav class="blog-list-pagination"><a href="{older}">{lang.words["next"]} →</a></nav>' if older else ""
    main = f'<div class="blog-basic-grid collection-content-wrapper"><h1 class="page-title">{escape(heading)}</h1>{cards}</div>{more}'
    return square_shell(lang, f"{heading} — {lang.blog}", "", main, "collection-type-blog-basic-grid view-list")


def square_listings(lang: Lang, prefix: str, heading: str, items: list[Article]) -> dict[str, str]:
    pages = {}
    chunks = pages_of(items)
    join = "&" if "?" in prefix else "?"
    href = prefix
    for n, chunk in enumerate(chunks):
        older = None
        if n + 1 < len(chunks):
            older = f"{prefix}{join}offset={int((chunk[-1].when - datetime(1970, 1, 1)).total_seconds() * 1000)}"
        pages[href] = square_listing(lang, chunk, heading, older)
        href = older or href
    return pages


def square_pages(lang: Lang, base: str, arts: list[Article], rng: random.Random) -> dict[str, str]:
    pages = {}
    ordered = sorted(arts, key=lambda x: x.when)
    for k, a in enumerate(ordered):
        prev = ordered[k - 1] if k else None
        nxt = ordered[k + 1] if k + 1 < len(ordered) else None
        pages[a.path] = square_article(lang, base, a, prev, nxt, random.Random(a.ident))
        pages[f"/blog?author=5f2a{a.ident:x}"] = square_listing(lang, [a], a.people[0], None)
    pages.update(square_listings(lang, "/blog", lang.blog, arts))
    for _, name in lang.sections:
        pages.update(square_listings(lang, f"/blog/category/{quote(name)}", name, [a for a in arts if a.section[1] == name]))
    for tag in {t for a in arts for t in a.tags}:
        pages[f"/blog/tag/{quote(slug(tag) or tag)}"] = square_listing(lang, [a for a in arts if tag in a.tags], tag, None)
    return pages


# ---------------------------------------------------------------- the site


def home_page(lang: Lang, arts: list[Article]) -> str:
    top = sorted((a for a in arts if a.template == "fusion"), key=lambda x: x.when, reverse=True)
    cards = "".join(f'<div class="b-card"><a href="{a.path}"><h2 class="c-heading">{escape(a.title)}</h2></a></div>' for a in top[:5])
    old = "/old/index.shtml" if lang.code == "zh-CN" else "/arsiv/index.html"
    news = "/news/Default.aspx" if lang.code == "zh-CN" else "/Default.aspx"
    main = (f'<div class="b-top-table">{cards}</div><section class="b-links"><a href="/blog">{lang.words["blog"]}</a> · '
            f'<a href="{news}">{lang.words["news_centre"]}</a> · <a href="{old}">{lang.words["archive"]}</a></section>')
    return fusion_shell(lang, "", lang.paper, '<meta property="og:type" content="website"/>', main,
                        {"type": "section", "website_url": "/"}, "")


def charset_handler(pages: dict[str, str], codecs: dict[str, str]) -> type[BaseHTTPRequestHandler]:
    """A handler answering ``pages``; a path in ``codecs`` is sent in its codec with no
    charset in the header (the page's ``<meta>`` names it), as old servers did."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = self.path if self.path in pages else unquote(self.path)
            if self.path == "/robots.txt":
                send_body(self, 200, ROBOTS, "text/plain")
            elif path not in pages:
                send_body(self, 404, NOT_FOUND)
            elif path in codecs:
                send_body(self, 200, pages[path].encode(codecs[path]), "text/html")
            else:
                send_body(self, 200, pages[path].encode("utf-8"))

    return Handler


class Site(ArticlesSite):
    """A publication's site in the four templates, served while open."""

    def __enter__(self) -> Site:
        self.server, self.base_url = start_server(charset_handler(self.pages, self.codecs))
        rng = random.Random(self.seed)
        lang, base = self.lang, self.base_url
        self.articles = make_articles(lang, rng)
        by = {t: [a for a in self.articles if a.template == t] for t in TEMPLATES}
        table: Callable[[Lang, list[Article], random.Random], dict[str, str]] = (
            zh_table_pages if lang.code == "zh-CN" else tr_table_pages)
        old = table(lang, by["table"], rng)
        self.pages.update(old)
        self.codecs.update(dict.fromkeys(old, lang.old_codec))
        self.pages.update(aspnet_pages(lang, base, by["aspnet"], rng))
        self.pages.update(fusion_pages(lang, base, by["fusion"], rng))
        self.pages.update(square_pages(lang, base, by["square"], rng))
        self.pages["/"] = home_page(lang, self.articles)
        about = f'<h1>{lang.words["about"]}</h1><p>{escape(" ".join(lang.fillers[:4]))}</p>'
        for path in ("/about.html", "/contact.html", "/hakkimizda", "/iletisim", "/hakkimda", "/kunye"):
            self.pages[path] = fusion_shell(lang, base, lang.words["about"], "", about, {"type": "page"}, "")
        return self



def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.splitlines()[0], Site, (ZH, TR), 17,
               "the first publication's seed (the n-th publication uses seed + n)",
               TEMPLATES, "blind8.db", same=loosely)


if __name__ == "__main__":
    main()
