"""Printed-date markup of common CMSs and site kinds in neutral class names (no
metadata, no date classes): WordPress themes (Twenty Twenty, a classic theme's
published/updated pair, Genesis), TYPO3 news, Drupal, Joomla, Blogger, Ghost, Hugo,
Jekyll, German association and government pages, French, Polish, Chinese and Arabic
forms; sidebars of other posts and comments with their own dates. The page's own day,
or none where it prints none (an event page, a copyright year)."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

P_DE = "<p>" + "Der Vorstand hat am Dienstag lange über den Haushalt beraten, und die Mitglieder stimmten zu. " * 4 + "</p>"
P_EN = "<p>" + "The council met on Tuesday and discussed the budget in great detail, and the mayor said more. " * 4 + "</p>"
SIDE_DE = ('<aside><h3>Neueste Beiträge</h3><ul><li><a href="/2019/01/02/alt/">Alter Beitrag</a> <span>02.01.2019</span></li>'
           '<li><a href="/2019/02/05/anderer/">Anderer Beitrag</a> <span>5. Februar 2019</span></li></ul></aside>')
SIDE_EN = ('<aside><h3>Recent Posts</h3><ul><li><a href="/older-post/">Older post</a> <span>January 2, 2019</span></li>'
           '<li><a href="/other-post/">Other post</a> <span>February 5, 2019</span></li></ul></aside>')
COMM_EN = ('<div><h3>2 Comments</h3><ol><li><div><b>Sam</b> <a href="{url}#comment-3">April 20, 2024 at 9:12 am</a></div><p>Great post, thanks a lot!</p></li>'
           '<li><div><b>Kim</b> <a href="{url}#comment-4">April 21, 2024 at 10:00 am</a></div><p>I agree with this.</p></li></ol></div>')
T = "Ein Titel der Seite über den Haushalt"
TE = "A title of the page about the budget"


def page(lang, title, header, body, side="", after="", head=""):
    return (f'<!doctype html><html lang="{lang}"><head><title>{title} – Verein</title>{head}</head><body>'
            f'<div class="k0"><div class="k01"><a href="/">Verein e.V.</a></div><nav><a href="/a">Start</a> <a href="/b">News</a></nav></div>'
            f'<div class="k1">{header}<div class="k4">{body}</div>{after}</div>{side}<div class="k9">© 2024 Verein e.V. · Impressum</div></body></html>')
C: list[tuple[str, str, str, str, str]] = []


def case(name, lang, url, html, want):
    C.append((name, lang, url, html, want))


U = "https://www.verein.example.de/aktuelles/haushalt-beschlossen/"
UE = "https://blog.example.com/budget-talks/"
# WordPress twentytwenty-ish
case("wp-2020", "en", UE, page("en", TE, f'<div class="k2"><h1>{TE}</h1><div class="k3"><ul><li><span>By</span> <a href="/author/jane/">Jane Doe</a></li><li><span>Post date</span> <a href="{UE}">March 14, 2023</a></li><li><a href="{UE}#respond">No Comments</a></li></ul></div></div>', P_EN*3, SIDE_EN, COMM_EN.format(url=UE)), "2023-03-14")
# WordPress classic: published + updated time pair, updated later
case("wp-pair", "de", U, page("de", T, f'<div class="k2"><h1>{T}</h1><div class="k3"><span>Veröffentlicht am <a href="{U}" rel="bookmark"><time datetime="2023-03-14T09:12:00+01:00">14. März 2023</time><time datetime="2023-05-02T10:00:00+02:00">2. Mai 2023</time></a></span> <span>von <a href="/author/anna/">Anna Müller</a></span></div></div>', P_DE*3, SIDE_DE), "2023-03-14")
# Genesis: "March 14, 2023 by Jane Doe Leave a Comment"
case("genesis", "en", UE, page("en", TE, f'<div class="k2"><h1>{TE}</h1><p class="k3"><time>March 14, 2023</time> by <span><a href="/author/jane/">Jane Doe</a></span> <span><a href="{UE}#respond">Leave a Comment</a></span></p></div>', P_EN*3, SIDE_EN, COMM_EN.format(url=UE)), "2023-03-14")
# TYPO3 news: date above headline, in a span with time element
case("typo3-news", "de", U, page("de", T, f'<div class="k2"><div class="k3"><span><time datetime="2023-03-14">14.03.2023</time></span> <span>Pressemitteilung</span></div><h1>{T}</h1></div>', P_DE*3, SIDE_DE), "2023-03-14")
# TYPO3 news with date at end of text only
case("typo3-end", "de", U, page("de", T, f'<div class="k2"><h1>{T}</h1></div>', P_DE*3 + '<p class="k5"><time datetime="2023-03-14T11:59:00+01:00">14.03.2023</time></p><p><a href="/aktuelles/">Zurück zur Übersicht</a></p>', SIDE_DE), "2023-03-14")
# Drupal: "Submitted by admin on Tue, 03/14/2023 - 09:12"
case("drupal-submitted", "en", UE, page("en", TE, f'<div class="k2"><h1>{TE}</h1><div class="k3">Submitted by <span>admin</span> on <span>Tue, 03/14/2023 - 09:12</span></div></div>', P_EN*3, SIDE_EN), "2023-03-14")
# Drupal German: "Erstellt am 14.03.2023" after body
case("drupal-de-after", "de", U, page("de", T, f'<div class="k2"><h1>{T}</h1></div>', P_DE*3 + '<div class="k6">Erstellt am 14.03.2023 - 09:12</div>', SIDE_DE), "2023-03-14")
# Joomla: "Details / Geschrieben von X / Kategorie / Veröffentlicht: 14. März 2023 / Zugriffe: 123"
case("joomla", "de", U, page("de", T, f'<div class="k2"><h1>{T}</h1><dl class="k3"><dt>Details</dt><dd>Geschrieben von Anna Müller</dd><dd>Kategorie: <a href="/news">News</a></dd><dd><time datetime="2023-03-14T09:12:00+00:00">Veröffentlicht: 14. März 2023</time></dd><dd>Zugriffe: 1234</dd></dl></div>', P_DE*3, SIDE_DE), "2023-03-14")
# Joomla with Erstellt + Aktualisiert, Aktualisiert first
case("joomla-upd", "de", U, page("de", T, f'<div class="k2"><h1>{T}</h1><dl class="k3"><dd>Zuletzt aktualisiert: 02. Mai 2023</dd><dd>Erstellt: 14. März 2023</dd><dd>Zugriffe: 1234</dd></dl></div>', P_DE*3, SIDE_DE), "2023-03-14")
# Blogger: date header above post title
case("blogger", "en", "https://someone.blogspot.com/2023/03/budget-talks.html", page("en", TE, f'<h2 class="k2"><span>Tuesday, March 14, 2023</span></h2><div class="k3"><h3><a href="https://someone.blogspot.com/2023/03/budget-talks.html">{TE}</a></h3></div>', P_EN*3 + '<div>Posted by <span>Jane Doe</span> at <a href="https://someone.blogspot.com/2023/03/budget-talks.html"><abbr title="2023-03-14T09:12:00-07:00">9:12 AM</abbr></a></div>', SIDE_EN), "2023-03-14")
# Ghost: "Jane Doe · Mar 14, 2023 · 4 min read"
case("ghost", "en", UE, page("en", TE, f'<div class="k2"><h1>{TE}</h1><div class="k3"><a href="/author/jane/">Jane Doe</a> <time datetime="2023-03-14">Mar 14, 2023</time> <span>• 4 min read</span></div></div>', P_EN*3, SIDE_EN), "2023-03-14")
# Hugo: "Posted on March 14, 2023 | 4 minutes | Jane Doe"
case("hugo-papermod", "en", UE, page("en", TE, f'<div class="k2"><h1>{TE}</h1><div class="k3"><span title="2023-03-14 09:12:00 +0000 UTC">March 14, 2023</span>&nbsp;·&nbsp;4 min&nbsp;·&nbsp;Jane Doe</div></div>', P_EN*3), "2023-03-14")
# Jekyll minima: "Mar 14, 2023"
case("jekyll", "en", UE, page("en", TE, f'<div class="k2"><h1>{TE}</h1><p class="k3"><time datetime="2023-03-14T09:12:00+00:00">Mar 14, 2023</time></p></div>', P_EN*3), "2023-03-14")
# German association: "Pressemitteilung vom 14.03.2023"
case("verband-pm", "de", U, page("de", T, f'<div class="k2"><p>Pressemitteilung vom 14.03.2023</p><h1>{T}</h1></div>', P_DE*3, SIDE_DE), "2023-03-14")
# Government: "Datum 14.03.2023" in a dl below text
case("gov-dl", "de", U, page("de", T, f'<div class="k2"><h1>{T}</h1></div>', P_DE*3 + '<dl><dt>Datum</dt><dd>14.03.2023</dd><dt>Ort</dt><dd>Berlin</dd></dl>', SIDE_DE), "2023-03-14")
# Government: "Ausgabejahr 2023 Erscheinungsdatum 14.03.2023"
case("gov-erscheinung", "de", U, page("de", T, f'<div class="k2"><h1>{T}</h1><p>Erscheinungsdatum 14. März 2023</p></div>', P_DE*3, SIDE_DE), "2023-03-14")
# Event page: event date in text and page date
case("event-text", "de", U, page("de", T, f'<div class="k2"><h1>{T}</h1><p>14.03.2023</p></div>', '<p>Das Sommerfest findet am 12. Mai 2024 im Park statt, alle Mitglieder sind herzlich eingeladen. Der Vorstand freut sich.</p>' + P_DE*2, SIDE_DE), "2023-03-14")
# Event page no own date: should not take event date? (truth none)
case("event-only", "de", U, page("de", "Sommerfest 2024", '<div class="k2"><h1>Sommerfest 2024</h1></div>', '<p>Termin: Sa., 12. Mai 2024, 14:00 – 18:00 Uhr</p><p>Das Sommerfest findet am 12. Mai 2024 im Park statt, alle Mitglieder sind herzlich eingeladen. Der Vorstand freut sich.</p>' + P_DE*2), "")
# French: "Publié le 14/03/2023 à 09h12 | Mis à jour le 15/03/2023"
case("fr-pub", "fr", U, page("fr", T, f'<div class="k2"><h1>{T}</h1><p><span>Mis à jour le 15/03/2023 à 10h00</span> <span>Publié le 14/03/2023 à 09h12</span></p></div>', P_DE*3), "2023-03-14")
# Polish: "14 marca 2023, 09:12"
case("pl", "pl", U, page("pl", T, f'<div class="k2"><h1>{T}</h1><p><span>Jan Kowalski</span> <span>14 marca 2023, 09:12</span></p></div>', P_DE*3), "2023-03-14")
# Chinese: "2023-03-14 09:12 来源：新华社"
case("zh", "zh", U, page("zh", T, f'<div class="k2"><h1>{T}</h1><div><span>2023-03-14 09:12</span> <span>来源：新华社</span></div></div>', P_DE*3), "2023-03-14")
case("zh-cn", "zh", U, page("zh", T, f'<div class="k2"><h1>{T}</h1><div>发布时间：2023年03月14日 09:12 来源：人民网</div></div>', P_DE*3), "2023-03-14")
# Arabic: "الثلاثاء 14 مارس 2023"
case("ar", "ar", U, page("ar", T, f'<div class="k2"><h1>{T}</h1><div><span>الثلاثاء 14 مارس 2023 - 09:12</span></div></div>', P_DE*3), "2023-03-14")
# Copyright year only
case("copyright-only", "de", U, page("de", T, f'<div class="k2"><h1>{T}</h1></div>', P_DE*3), "")
# URL date with updated line
case("url-date-updated", "en", "https://example.org/2023/03/14/budget-talks/", page("en", TE, f'<div class="k2"><h1>{TE}</h1><p>Updated March 20, 2023</p></div>', P_EN*3), "2023-03-14")
# teaser card with own link + other cards, header without date
case("own-card", "de", U, page("de", T, f'<div class="k2"><h1>{T}</h1></div>', P_DE*3, '<div><h3>Aktuelles</h3>' + ''.join(f'<div><a href="{h}"><span>{d}</span><h4>{t}</h4></a></div>' for h,d,t in [("/aktuelles/andere/","10.03.2023","Andere"),("/aktuelles/haushalt-beschlossen/","14.03.2023",T),("/aktuelles/dritte/","02.03.2023","Dritte")]) + '</div>'), "2023-03-14")


@pytest.mark.parametrize(("name", "url", "html", "want"), [(c[0], c[2], c[3], c[4]) for c in C], ids=[c[0] for c in C])
def test_the_page_s_own_printed_day(name, url, html, want):
    article = parse_article(html, url, fetched_at="2026-01-10T12:00:00+00:00")
    assert article is not None
    assert (article.published or "")[:10] == want
