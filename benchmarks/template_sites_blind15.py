"""A fifteenth blind check of #8 ("a crawl of a site in four templates"): two publications,
French (a Paris daily) and Greek (an Athens news portal), each one site on 127.0.0.1 in four
templates. Written without reading the parsers or their tests; only ``template_harness.py``,
``served_pages.py`` and ``template_sites_blind14.py``'s site plumbing (for the interface) were read.

- ``table``: an early-2000s paper in nested tables with ``<font>``, ``<b>`` and ``<br>``, no
  metadata, sent as ``text/html`` with no charset in the header: French in ISO-8859-1, Greek in
  windows-1253 or ISO-8859-7 (each declared in a ``<meta>``). Le Monde-era URLs
  (``/web/article/0,1-0@2-3200,36-613405,0.html``) / ASP query URLs
  (``/news/article.asp?catid=11&subid=2&pubid=613405``). The section as a breadcrumb
  ("Accueil > France") or as an upper-case bar ("ECONOMIE", "ΟΙΚΟΝΟΜΙΑ": accents dropped, as
  capitals are written) over the title; the header's date is the day the page was served, not
  the story's. French: "LE QUOTIDIEN | 16.05.03 | 10h30 • MIS A JOUR LE 17.05.03 | 08h12" with
  the author in bold at the end, "Mis en ligne le vendredi 16 mai 2003, à 10h30" with
  "Bruxelles, de notre correspondant" over the name, "Par X et Y", an AFP wire ("PARIS (AFP) -",
  "© AFP"). Greek: "Παρασκευή, 16 Μαΐου 2003" (the month in the genitive), bylines in the
  genitive ("Του Γιώργου Παπαδόπουλου", "Της Μαρίας Οικονόμου", "Των Μιχάλη Νικολαΐδη και
  Δημήτρη Παππά"), "Δημοσίευση: ... | Τελευταία ενημέρωση: ...", an ΑΠΕ-ΜΠΕ wire ("Πηγή: ΑΠΕ-ΜΠΕ").
- ``daily``: a modern daily's CMS (Le Monde-like ``/<section>/article/2024/05/16/<slug>_<id>_3200.html``;
  Kathimerini-like ``/<section>/<id>/<transliterated-slug>/``): breadcrumb, a topic kicker
  over the title ("Crise du logement", "Ακρίβεια") that is not the section, standfirst,
  "Publié le 16 mai 2024 à 10h30, modifié le ..." / "Σάββατο, 28 Σεπτεμβρίου 2024 17:39",
  bylines "Par X (Bruxelles, correspondance)", "Par X, avec Y à Lyon", "Par X et Y", "Le
  Quotidien avec AFP" / "Του X", "Της X, με τη συνεργασία του Y", "Των X και Y" (genitive, the
  names linked to author pages), "Newsroom" with "(Με πληροφορίες από ΑΠΕ-ΜΠΕ)". Photo caption
  with the credit under the byline, share bars, an in-text ad, a newsletter box, "Lire aussi"
  link, a related box with other stories' authors and days. Metadata partly wrong: the
  ``og:title``/``<title>`` prefixed with the kicker on a quarter, JSON-LD on three quarters (in
  UTC and naming only the first author on a quarter, the publication as author on the wire
  stories), ``article:section`` on half. Author pages (a bio, a list) and about/contact/legal pages.
- ``portal``: a free news portal (20 Minutes-like ``/<section>/<id>-20240516-<slug>``; a Greek
  portal with Greek-script section and slug, percent-encoded on the wire): section label, the
  date as "Il y a 5 h" / "πριν από 5 ώρες" in a ``<time datetime>`` (UTC) on a quarter, "Publié
  le 16/05/24 à 10h30 — Mis à jour le ..." (two-digit years), "16.05.2024, 10:30"; bylines "X
  avec AFP", "Propos recueillis par X", "X et Y", "La rédaction avec AFP" / "Γράφει ο X", "X"
  under a photo credit ("Φωτογραφία : Νίκος Κ. / EUROKINISSI"), "X και Y", "Newsroom" with
  "Πηγή: ΑΠΕ-ΜΠΕ"; comment counts, tags, a "most read" box with relative times,
  ``article:published_time`` on half (in UTC on a quarter). Tag, author, about and contact pages.
- ``opinion``: a debate/opinion section (``/idees/<section>/<slug>-<id>``,
  ``/opinions/<section>/<slug>-<id>``): a genre label ("Tribune", "Chronique", "Άποψη") over
  the title, bylines with job titles ("Par X, professeur d'économie à Sciences Po", "X,
  ancienne ministre, et Y, économiste", "Γράφει ο X, ιστορικός"), "Par X*" / "Του X*" with a
  footnote ("* X est avocate au barreau de Paris.", "* Ο X είναι δικηγόρος."), an author card,
  readers' comments with names and days, ``<meta name="author">`` on half, JSON-LD
  (``OpinionNewsArticle``) on the other half.

The truth per article: title (the headline as printed, whitespace-normalised), authors (people
as a set, in the nominative as their author pages and metadata write them, though the byline
prints them in the genitive; an agency only when no person is printed; photographers and
commenters are no authors), day (the local day of publication as printed: not the update, not
the day the page was served) and section (the one the site files it under, as its breadcrumb,
section label or menu names it, case aside).

The first run (2026-12-07, main at 3b687bfc, before any rule was written from this site;
found / title / authors / day / section):

| publication | template | seed 15 | seed 29 | seed 43 |
|---|---|---|---|---|
| fr | table | 1.00 / 1.00 / 0.20 / 1.00 / 0.00 | same | same |
| fr | daily | 1.00 / 1.00 / 0.50 / 1.00 / 0.50 | same | same |
| fr | portal | 1.00 / 1.00 / 0.80 / 1.00 / 1.00 | same | same |
| fr | opinion | 1.00 / 1.00 / 1.00 / 1.00 / 1.00 | same | same |
| fr | all | 1.00 / 1.00 / 0.62 / 1.00 / 0.62 | same | same |
| el | table | 1.00 / 1.00 / 0.00 / 1.00 / 0.50 | same | same |
| el | daily | 1.00 / 1.00 / 0.30 / 1.00 / 0.50 | same | same |
| el | portal | 1.00 / 1.00 / 0.80 / 1.00 / 1.00 | same | same |
| el | opinion | 1.00 / 1.00 / 0.60 / 1.00 / 1.00 | 1.00 / 1.00 / 0.70 / 1.00 / 1.00 | 1.00 / 1.00 / 0.50 / 1.00 / 1.00 |
| el | all | 1.00 / 1.00 / 0.42 / 1.00 / 0.75 | 1.00 / 1.00 / 0.45 / 1.00 / 0.75 | 1.00 / 1.00 / 0.40 / 1.00 / 0.75 |

Nothing stored twice; non-articles stored on every seed: the old French paper's front page and
section listings, the French daily's author pages ("signataires"), the old Greek paper's front
page. The misses: the old French paper's authors (bold name at the end after the text, "Par
<b>X</b>" over a correspondent line, the AFP wire) and its sections (breadcrumb and upper-case
bar alike); the old Greek paper's authors (genitive bylines, never found) and its upper-case
section bar; the daily's topic kicker stored as the section (French and Greek); the second
author of "Par X, avec Y" and of "Της X, με τη συνεργασία του Y" dropped, or only the JSON-LD's
first author kept; "Le Quotidien avec AFP" stored as "Le Quotidien", "La rédaction avec AFP"
as nobody, "Newsroom" kept as an author over ΑΠΕ-ΜΠΕ; Greek genitive bylines stored as printed
("Των Γιώργου Αλεξίου", "Του Μιχάλη Μακρή") and "Γράφει ο X, ιστορικός" stored as "ιστορικός".
Titles and days were right everywhere.

After the rules written from it (``tests/test_blind15_rules.py``; CHANGELOG), seeds 15, 29 and 43
alike: every template 1.00 on found, title, authors, day and section, nothing stored twice, no
non-article stored.

    PYTHONPATH=. .venv/bin/python benchmarks/template_sites_blind15.py [--misses] [--seed 15]
"""

from __future__ import annotations

import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
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

TEMPLATES = ("table", "daily", "portal", "opinion")
PER_TEMPLATE = 10
PAGE_SIZE = 4


@dataclass(frozen=True)
class Lang(Publication):
    """A publication's language: its words, names, sections and printed forms."""

    agency: str
    photo_agencies: tuple[str, ...]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    jobs: tuple[str, ...]
    places: tuple[str, ...]
    kickers: tuple[str, ...]
    words: dict[str, str] = field(default_factory=dict)


def is_fr(lang: Lang) -> bool:
    return lang.code == "fr"


FR = Lang(
    code="fr",
    sites={"table": "Le Quotidien de Paris", "daily": "Le Quotidien de Paris", "portal": "Paris Direct",
           "opinion": "Le Quotidien - Idées"},
    sections={
        "table": (("france", "France"), ("international", "International"), ("economie", "Économie"),
                  ("culture", "Culture")),
        "daily": (("politique", "Politique"), ("international", "International"), ("societe", "Société"),
                  ("economie", "Économie"), ("sport", "Sport")),
        "portal": (("paris", "Paris"), ("ile-de-france", "Île-de-France"), ("faits_divers", "Faits divers"),
                   ("sports", "Sports")),
        "opinion": (("idees", "Idées"), ("tribunes", "Tribunes"), ("chroniques", "Chroniques")),
    },
    subjects=("Le gouvernement", "La maire de Paris", "Le Conseil constitutionnel", "La SNCF", "Le Sénat",
              "L'Assemblée nationale", "La préfecture de police", "La Banque de France", "Le Conseil d'État",
              "La RATP", "Le ministre de l'économie", "La Cour des comptes", "L'Élysée", "Le PSG",
              "La région Île-de-France", "Le Louvre"),
    predicates=("annonce un plan d'économies de 10\u00a0milliards d'euros", "recule sur la réforme de l'assurance-chômage",
                "valide l'essentiel du texte", "prépare un nouveau tour de vis budgétaire",
                "face à la colère des usagers", "lance une consultation sur les transports",
                "dans la tourmente après la publication d'un rapport", ": «\u00a0Nous irons jusqu'au bout\u00a0»",
                "promet des annonces avant l'été", "suspend le projet jusqu'à nouvel ordre",
                "dénonce un «\u00a0manque de transparence\u00a0»", "s'inquiète de la hausse des prix de l'énergie",
                "mise sur le numérique pour réduire les délais", ", un bilan en demi-teinte"),
    fillers=("Le texte doit être examiné en séance publique la semaine prochaine.",
             "Plusieurs élus de l'opposition ont dénoncé une méthode « brutale ».",
             "Selon nos informations, le calendrier pourrait encore évoluer.",
             "Les services de l'État n'ont pas souhaité commenter ces chiffres.",
             "Sur le terrain, les habitants disent attendre des mesures concrètes.",
             "Le dossier empoisonne la majorité depuis plusieurs mois.",
             "Un rapport d'inspection pointe des dysfonctionnements répétés.",
             "Les syndicats ont appelé à une nouvelle journée de mobilisation.",
             "La facture pourrait dépasser les prévisions initiales de 20 %.",
             "À Bercy, on assure que la trajectoire budgétaire sera tenue.",
             "Des associations ont saisi la justice en référé.",
             "Le sujet devrait revenir sur la table lors du prochain Conseil des ministres.",
             "Interrogé par nos soins, l'entourage du ministre se veut rassurant.",
             "Les premiers effets ne sont pas attendus avant la rentrée.",
             "Une réunion de concertation est prévue à l'Hôtel de Ville."),
    first=("Camille", "Thomas", "Julie", "Nicolas", "Claire", "Antoine", "Sophie", "Julien", "Élise", "Mathieu",
           "Hélène", "François", "Anne-Laure", "Pierre-Yves", "Léa", "Benoît", "Cécile", "Raphaël"),
    last=("Dubois", "Lefèvre", "Moreau", "Girard", "Fournier", "Lambert", "Bonnet", "Mercier", "Rousseau",
          "Chevalier", "Garnier", "Faure", "Lemaire", "Perrin", "Le Goff", "de La Roche", "Da Silva", "N'Diaye",
          "Benali", "Nguyen"),
    agency="AFP",
    photo_agencies=("AFP", "Reuters", "Hans Lucas", "MAXPPP", "Sipa"),
    months=("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
            "novembre", "décembre"),
    weekdays=("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    jobs=("professeur d'économie à Sciences Po", "ancienne ministre de la santé", "directeur de recherche au CNRS",
          "avocate au barreau de Paris", "maire (divers gauche) de Montreuil", "historienne, spécialiste de l'Europe",
          "économiste à l'OFCE", "sénateur (LR) des Hauts-de-Seine"),
    places=("Bruxelles", "Marseille", "Lyon", "Berlin", "Washington", "Lille", "Rome"),
    kickers=("Réforme des retraites", "Budget 2025", "Jeux olympiques", "Crise du logement", "Guerre en Ukraine",
             "Pouvoir d'achat"),
    words={"home": "Accueil", "by": "Par", "and": "et", "with": "avec", "published": "Publié le",
           "updated": "Mis à jour le", "modified": "modifié le", "at": "à", "read_also": "Lire aussi",
           "share": "Partager", "newsletter": "Recevez chaque matin l'essentiel de l'actualité",
           "subscribe": "S'inscrire", "related": "Sur le même sujet", "ad": "Publicité", "tags": "Mots-clés",
           "photo": "Photo", "more": "Page suivante", "latest": "Les plus lus", "reading": "Temps de lecture",
           "about": "Qui sommes-nous ?", "contact": "Nous contacter", "legal": "Mentions légales",
           "comments": "commentaires", "interview": "Propos recueillis par", "desk": "La rédaction"},
)

# Greek given names: (nominative, genitive, gender); surnames: (male, male genitive, female).
EL_FIRST = (("Γιώργος", "Γιώργου", "m"), ("Νίκος", "Νίκου", "m"), ("Κώστας", "Κώστα", "m"),
            ("Γιάννης", "Γιάννη", "m"), ("Δημήτρης", "Δημήτρη", "m"), ("Παναγιώτης", "Παναγιώτη", "m"),
            ("Αλέξανδρος", "Αλέξανδρου", "m"), ("Θανάσης", "Θανάση", "m"), ("Μιχάλης", "Μιχάλη", "m"),
            ("Σταύρος", "Σταύρου", "m"), ("Μαρία", "Μαρίας", "f"), ("Ελένη", "Ελένης", "f"),
            ("Κατερίνα", "Κατερίνας", "f"), ("Σοφία", "Σοφίας", "f"), ("Δήμητρα", "Δήμητρας", "f"),
            ("Αναστασία", "Αναστασίας", "f"), ("Χριστίνα", "Χριστίνας", "f"), ("Βασιλική", "Βασιλικής", "f"),
            ("Ιωάννα", "Ιωάννας", "f"), ("Φωτεινή", "Φωτεινής", "f"))
EL_LAST = (("Παπαδόπουλος", "Παπαδόπουλου", "Παπαδοπούλου"), ("Γεωργίου", "Γεωργίου", "Γεωργίου"),
           ("Οικονόμου", "Οικονόμου", "Οικονόμου"), ("Παππάς", "Παππά", "Παππά"),
           ("Καραγιάννης", "Καραγιάννη", "Καραγιάννη"), ("Βασιλείου", "Βασιλείου", "Βασιλείου"),
           ("Μακρής", "Μακρή", "Μακρή"), ("Κωνσταντινίδης", "Κωνσταντινίδη", "Κωνσταντινίδου"),
           ("Σταματόπουλος", "Σταματόπουλου", "Σταματοπούλου"), ("Χατζηδάκης", "Χατζηδάκη", "Χατζηδάκη"),
           ("Μαυρίδης", "Μαυρίδη", "Μαυρίδου"), ("Λαμπράκης", "Λαμπράκη", "Λαμπράκη"),
           ("Τσακίρης", "Τσακίρη", "Τσακίρη"), ("Ζαφειρόπουλος", "Ζαφειρόπουλου", "Ζαφειροπούλου"),
           ("Αλεξίου", "Αλεξίου", "Αλεξίου"), ("Νικολαΐδης", "Νικολαΐδη", "Νικολαΐδου"))

EL = Lang(
    code="el",
    sites={"table": "Η Ενημέρωση", "daily": "Η Ενημέρωση", "portal": "enimerosi.gr", "opinion": "Η Ενημέρωση - Απόψεις"},
    sections={
        "table": (("ellada", "Ελλάδα"), ("kosmos", "Κόσμος"), ("oikonomia", "Οικονομία"), ("politismos", "Πολιτισμός")),
        "daily": (("politiki", "Πολιτική"), ("kosmos", "Κόσμος"), ("koinonia", "Κοινωνία"), ("oikonomia", "Οικονομία"),
                  ("athlitismos", "Αθλητισμός")),
        "portal": (("ελλάδα", "Ελλάδα"), ("αθήνα", "Αθήνα"), ("αστυνομικό", "Αστυνομικό"), ("αθλητικά", "Αθλητικά")),
        "opinion": (("apopseis", "Απόψεις"), ("analyseis", "Αναλύσεις"), ("epifyllides", "Επιφυλλίδες")),
    },
    subjects=("Ο πρωθυπουργός", "Η κυβέρνηση", "Ο δήμαρχος Αθηναίων", "Το υπουργείο Οικονομικών", "Η Βουλή",
              "Η ΔΕΗ", "Ο ΟΑΣΑ", "Η Τράπεζα της Ελλάδος", "Το ΣτΕ", "Η ΕΛΑΣ", "Η αντιπολίτευση",
              "Ο υπουργός Υγείας", "Η Περιφέρεια Αττικής", "Ο Ολυμπιακός", "Το Μετρό της Αθήνας", "Η ΑΑΔΕ"),
    predicates=("ανακοίνωσε νέα μέτρα στήριξης για τα νοικοκυριά", "εξετάζει αλλαγές στο φορολογικό σύστημα",
                "ζητά διευκρινίσεις για το νέο νομοσχέδιο", "στο επίκεντρο της κριτικής για τις καθυστερήσεις",
                ": «Δεν θα κάνουμε βήμα πίσω»", "προαναγγέλλει παρεμβάσεις έως το καλοκαίρι",
                "παγώνει το σχέδιο μέχρι νεωτέρας", "καταγγέλλει «έλλειμμα διαφάνειας»",
                "ανησυχεί για την άνοδο των τιμών της ενέργειας", "ποντάρει στην ψηφιοποίηση των υπηρεσιών",
                "απαντά στις αιτιάσεις για το πόρισμα", "σε αναζήτηση λύσεων για τα ενοίκια",
                "ανοίγει διάλογο με τους φορείς", "ενισχύει τους ελέγχους σε όλη την Αττική"),
    fillers=("Το νομοσχέδιο αναμένεται να κατατεθεί στη Βουλή την επόμενη εβδομάδα.",
             "Βουλευτές της αντιπολίτευσης έκαναν λόγο για «αιφνιδιασμό».",
             "Σύμφωνα με πληροφορίες, το χρονοδιάγραμμα ενδέχεται να αλλάξει.",
             "Οι αρμόδιες υπηρεσίες δεν σχολίασαν τα στοιχεία.",
             "Οι κάτοικοι της περιοχής ζητούν άμεσα μέτρα.",
             "Το ζήτημα απασχολεί την κυβέρνηση εδώ και αρκετούς μήνες.",
             "Έκθεση ελεγκτών εντοπίζει σοβαρές αδυναμίες στη διαδικασία.",
             "Τα συνδικάτα προκήρυξαν νέα απεργία για την ερχόμενη Πέμπτη.",
             "Το κόστος ενδέχεται να ξεπεράσει τις αρχικές εκτιμήσεις κατά 20%.",
             "Στο οικονομικό επιτελείο εμφανίζονται βέβαιοι ότι οι στόχοι θα επιτευχθούν.",
             "Φορείς της αγοράς προσέφυγαν στη Δικαιοσύνη.",
             "Το θέμα αναμένεται να συζητηθεί στο επόμενο υπουργικό συμβούλιο.",
             "Κύκλοι του υπουργείου εμφανίζονται καθησυχαστικοί.",
             "Τα πρώτα αποτελέσματα δεν αναμένονται πριν από το φθινόπωρο.",
             "Σύσκεψη των εμπλεκόμενων φορέων έχει προγραμματιστεί στο Δημαρχείο."),
    first=tuple(f[0] for f in EL_FIRST),
    last=tuple(s[0] for s in EL_LAST),
    agency="ΑΠΕ-ΜΠΕ",
    photo_agencies=("EUROKINISSI", "INTIME NEWS", "ΑΠΕ-ΜΠΕ", "Reuters", "SOOC"),
    months=("Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
            "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"),
    weekdays=("Δευτέρα", "Τρίτη", "Τετάρτη", "Πέμπτη", "Παρασκευή", "Σάββατο", "Κυριακή"),
    jobs=("καθηγητής Οικονομικών στο Πανεπιστήμιο Αθηνών", "πρώην υπουργός", "δικηγόρος",
          "διευθυντής ερευνών στο ΕΚΠΑ", "οικονομολόγος", "βουλευτής Β' Αθηνών", "ιστορικός", "πολιτικός επιστήμονας"),
    places=("Βρυξέλλες", "Θεσσαλονίκη", "Πάτρα", "Λευκωσία", "Ηράκλειο"),
    kickers=("Ακρίβεια", "Προϋπολογισμός 2025", "Στεγαστικό", "Ουκρανία", "Κυκλοφοριακό", "Εκλογές"),
    words={"home": "Αρχική", "and": "και", "published": "Δημοσίευση:", "updated": "Ενημέρωση:",
           "read_also": "Διαβάστε επίσης", "share": "Μοιραστείτε", "newsletter": "Εγγραφείτε στο newsletter μας",
           "subscribe": "Εγγραφή", "related": "Σχετικά άρθρα", "ad": "Διαφήμιση", "tags": "Ετικέτες",
           "photo": "Φωτογραφία", "more": "Επόμενη σελίδα", "latest": "Δημοφιλή", "reading": "Χρόνος ανάγνωσης",
           "about": "Ταυτότητα", "contact": "Επικοινωνία", "legal": "Όροι χρήσης", "comments": "σχόλια",
           "desk": "Newsroom"},
)

# A Greek person's genitive and article ("Του"/"Της"), by the nominative name, as made.
GREEK_FORMS: dict[str, tuple[str, str]] = {}


@dataclass
class Article(CreditedStory):
    """One story: what a reader sees and what the crawl should store."""

    style: int
    photographer: str
    updated: datetime
    lead: str
    kicker: str
    jobs: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    place: str = ""
    path: str = ""


def offset(lang: Lang, d: datetime) -> timedelta:
    """The publication's UTC offset on ``d`` (summer time from April to October)."""
    summer = 4 <= d.month <= 10
    return timedelta(hours=(2 if summer else 1) if is_fr(lang) else (3 if summer else 2))


def iso_local(lang: Lang, d: datetime) -> str:
    hours = int(offset(lang, d).total_seconds() // 3600)
    return f"{d:%Y-%m-%dT%H:%M:%S}+{hours:02d}:00"


def iso_utc(lang: Lang, d: datetime) -> str:
    return f"{d - offset(lang, d):%Y-%m-%dT%H:%M:%SZ}"


def day_month_year(lang: Lang, d: datetime) -> str:
    """``1er mai 2024`` / ``16 mai 2024``; ``16 Μαΐου 2024`` (the month in the genitive)."""
    day = "1er" if is_fr(lang) and d.day == 1 else str(d.day)
    return f"{day} {lang.months[d.month - 1]} {d.year}"


def clock(lang: Lang, d: datetime) -> str:
    return f"{d:%H}h{d:%M}" if is_fr(lang) else f"{d:%H:%M}"


def weekday(lang: Lang, d: datetime) -> str:
    return lang.weekdays[d.weekday()]


LATIN = dict(zip("αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊΐϋΰς",
                 ["a", "v", "g", "d", "e", "z", "i", "th", "i", "k", "l", "m", "n", "x", "o", "p", "r", "s", "t",
                  "y", "f", "ch", "ps", "o", "a", "e", "i", "i", "o", "y", "o", "i", "i", "y", "y", "s"], strict=True))


def slug(text: str) -> str:
    """A Latin slug: French accents dropped, Greek transliterated."""
    lower = text.lower().replace("ου", "ou").replace("ού", "ou").replace("αυ", "av").replace("ευ", "ev")
    plain = "".join(LATIN.get(c, c) for c in lower)
    plain = unicodedata.normalize("NFKD", plain).encode("ascii", "ignore").decode()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())[:70]


def greek_slug(text: str) -> str:
    """A Greek-script slug, as Greek portals print them (lower case, accents kept)."""
    return "-".join("".join(c if c.isalnum() else " " for c in text.lower()).split())[:80]


def greek_genitive(name: str) -> str:
    return GREEK_FORMS[name][0]


def greek_article(name: str, case: str = "gen") -> str:
    """``Του``/``Της`` (genitive) or ``ο``/``η`` (nominative) for the person."""
    male = GREEK_FORMS[name][1] == "m"
    return ("Του" if male else "Της") if case == "gen" else ("ο" if male else "η")


def by_genitive(names: list[str]) -> str:
    """``Του Γιώργου Παπαδόπουλου``, ``Των Γιώργου Παπαδόπουλου και Μαρίας Οικονόμου``."""
    if len(names) == 1:
        return f"{greek_article(names[0])} {greek_genitive(names[0])}"
    return "Των " + " και ".join(greek_genitive(n) for n in names)


def join_names(lang: Lang, names: list[str]) -> str:
    word = " et " if is_fr(lang) else " και "
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + word + names[-1]


def person_slug(name: str) -> str:
    return slug(name)


# ---------------------------------------------------------------- the stories


def _other_day(lang: Lang, rng: random.Random, when: datetime) -> str:
    d = when - timedelta(days=rng.randint(40, 400))
    if is_fr(lang):
        return f"Le projet avait été présenté une première fois le {day_month_year(lang, d)}."
    return f"Το σχέδιο είχε παρουσιαστεί για πρώτη φορά στις {day_month_year(lang, d)}."


def _person(lang: Lang, rng: random.Random) -> str:
    if is_fr(lang):
        return f"{rng.choice(lang.first)} {rng.choice(lang.last)}"
    first, first_gen, gender = rng.choice(EL_FIRST)
    male, male_gen, female = rng.choice(EL_LAST)
    name = f"{first} {male if gender == 'm' else female}"
    GREEK_FORMS[name] = (f"{first_gen} {male_gen if gender == 'm' else female}", gender)
    return name


def _people(lang: Lang, rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = _person(lang, rng)
        if all(name.split()[-1][:5] != n.split()[-1][:5] for n in names):
            names.append(name)
    return names


def _when(template: str, number: int, rng: random.Random) -> datetime:
    return story_time(rng, 2003 if template == "table" else 2024, template != "table" and number % 3 == 1)


TWO = {("table", 2), ("daily", 1), ("daily", 2), ("portal", 2), ("opinion", 1)}


def _byline(lang: Lang, template: str, style: int, rng: random.Random) -> tuple[list[str], str | None]:
    """Who wrote it, by template and style (the generators below print each style)."""
    if style == 3 and template in ("table", "daily", "portal"):
        return [], lang.agency
    return _people(lang, rng, 2 if (template, style) in TWO else 1), None


def make_articles(lang: Lang, rng: random.Random) -> list[Article]:
    seen: set[str] = set()
    articles = []
    for template, number, style in story_slots(rng, TEMPLATES, PER_TEMPLATE):
        sections = lang.sections[template]
        when = _when(template, number, rng)
        people, credit = _byline(lang, template, style, rng)
        paras = filler_paragraphs(rng, lang.fillers, partial(_other_day, lang, rng, when))
        a = Article(template, number, rng.randint(100000, 999999), sections[number % len(sections)],
                    unseen_title(rng, lang.subjects, lang.predicates, seen).replace(" :", "\u00a0:").replace(" ,", ","),
                    paras[1:], people, credit, when, style,
                    f"{_person(lang, rng)} / {rng.choice(lang.photo_agencies)}",
                    when + timedelta(hours=rng.randint(1, 30), minutes=rng.randint(0, 59)), paras[0],
                    rng.choice(lang.kickers), rng.sample(lang.jobs, len(people)), rng.sample(lang.kickers, 2),
                    rng.choice(lang.places))
        if not is_fr(lang):
            a.title = a.title.replace("\u00a0:", ":")
        a.path = _path(lang, a)
        articles.append(a)
    return articles


def _path(lang: Lang, a: Article) -> str:
    sec = a.section[0]
    if a.template == "table":
        if is_fr(lang):
            return f"/web/article/0,1-0@2-{3200 + a.number % 4},36-{a.ident},0.html"
        return f"/news/article.asp?catid={11 + a.number % 4}&subid=2&pubid={a.ident}"
    if a.template == "daily":
        if is_fr(lang):
            return f"/{sec}/article/{a.when:%Y/%m/%d}/{slug(a.title)}_{a.ident}_{3200 + a.number % 5}.html"
        return f"/{sec}/{a.ident}/{slug(a.title)}/"
    if a.template == "portal":
        if is_fr(lang):
            return f"/{sec}/{a.ident}-{a.when:%Y%m%d}-{slug(a.title)}"
        return f"/{sec}/{a.ident}/{greek_slug(a.title)}"
    return f"/idees/{sec}/{slug(a.title)}-{a.ident}" if is_fr(lang) else f"/opinions/{sec}/{slug(a.title)}-{a.ident}"


SAFE = "/?=&,@-_.%"


def href(path: str) -> str:
    """A path as a link prints it: percent-encoded (Greek-script slugs), the query's ``&`` escaped."""
    return escape(quote(path, safe=SAFE))


# ---------------------------------------------------------------- the old paper (table)


def table_list_path(lang: Lang, n: int, page: int = 0) -> str:
    if is_fr(lang):
        return f"/web/rubrique/0,2-{3200 + n},1-{page},0.html"
    return f"/news/category.asp?catid={11 + n}" + (f"&page={page + 1}" if page else "")


def table_root(lang: Lang) -> str:
    return "/web/accueil.html" if is_fr(lang) else "/news/default.asp"


def table_menu(lang: Lang) -> str:
    links = "".join(f'<tr><td><font face="Verdana" size="1"><a href="{href(table_list_path(lang, n))}">'
                    f'{escape(name)}</a></font></td></tr>' for n, (_s, name) in enumerate(lang.sections["table"]))
    statics = table_statics_paths(lang)
    return (f'<table width="100%" cellpadding="3" cellspacing="0" border="0">'
            f'<tr><td><font face="Verdana" size="1"><a href="{href(table_root(lang))}">{lang.words["home"]}</a>'
            f'</font></td></tr>{links}'
            f'<tr><td><font face="Verdana" size="1"><a href="{href(statics[0])}">{lang.words["about"]}</a><br>'
            f'<a href="{href(statics[1])}">{lang.words["contact"]}</a></font></td></tr></table>')


def table_statics_paths(lang: Lang) -> tuple[str, str]:
    if is_fr(lang):
        return "/web/info/quisommesnous.html", "/web/info/contact.html"
    return "/news/about.asp", "/news/contact.asp"


def table_frame(lang: Lang, title: str, top_day: datetime, inner: str) -> str:
    charset = "iso-8859-1" if is_fr(lang) else ("windows-1253" if top_day.day % 2 else "iso-8859-7")
    name = lang.sites["table"]
    return (f'<html>\n<head>\n<title>{escape(name)} - {escape(title)}</title>\n'
            f'<meta http-equiv="Content-Type" content="text/html; charset={charset}">\n'
            '<script language="JavaScript">\n<!--\nfunction popup(u){window.open(u,"pop","width=400,height=300");}\n'
            '//-->\n</script>\n</head>\n'
            '<body bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">\n'
            '<table width="770" border="0" cellpadding="0" cellspacing="0">\n'
            f'<tr><td colspan="3" bgcolor="#003366"><a href="/"><img src="/img/logo.gif" width="220" height="48" '
            f'border="0" alt="{escape(name)}"></a>&nbsp;<font face="Verdana" size="1" color="#FFFFFF">'
            f'{weekday(lang, top_day).capitalize()} {day_month_year(lang, top_day)}</font></td></tr>\n'
            '<tr><td colspan="3" align="center"><img src="/pub/bandeau_468x60.gif" width="468" height="60"></td></tr>\n'
            f'<tr><td width="140" valign="top" bgcolor="#E6E6E6">{table_menu(lang)}</td><td width="10">&nbsp;</td>\n'
            f'<td width="620" valign="top">\n{inner}\n</td></tr>\n'
            f'<tr><td colspan="3" align="center"><font face="Verdana" size="1">&copy; {escape(name)} '
            f'{top_day.year}</font></td></tr>\n</table>\n</body>\n</html>\n')


def table_where(lang: Lang, a: Article) -> str:
    """The section: a breadcrumb (styles 1 and 3) or an upper-case bar (0 and 2), as the old paper printed it."""
    n = a.number % 4
    link = href(table_list_path(lang, n))
    if a.style in (1, 3):
        return (f'<font face="Verdana" size="1" color="#666666"><a href="{href(table_root(lang))}">'
                f'{lang.words["home"]}</a> &gt; <a href="{link}">{escape(a.section[1])}</a></font><br>\n')
    upper = unicodedata.normalize("NFD", a.section[1].upper())
    upper = "".join(c for c in upper if not unicodedata.combining(c))
    return (f'<table width="100%" cellpadding="2" cellspacing="0"><tr><td bgcolor="#CC0000">'
            f'<font face="Arial" size="2" color="#FFFFFF"><b><a href="{link}"><font color="#FFFFFF">{upper}'
            f'</font></a></b></font></td></tr></table>\n')


def fr_table_head(lang: Lang, a: Article) -> tuple[str, str]:
    """The French old paper's date and byline lines: (under the title, at the end)."""
    w, u = a.when, a.updated
    if a.style == 0:
        stamp = (f'LE QUOTIDIEN | {w:%d.%m.%y} | {clock(lang, w)} &#149; MIS A JOUR LE {u:%d.%m.%y} | '
                 f'{clock(lang, u)}')
        return f'<font face="Arial" size="1" color="#999999">{stamp}</font><br><br>\n', f'<br><b>{a.people[0]}</b>\n'
    if a.style == 1:
        return (f'<font face="Arial" size="1">Mis en ligne le {weekday(lang, w)} {day_month_year(lang, w)}, '
                f'à {clock(lang, w)}</font><br>\n<font face="Arial" size="2"><i>{escape(a.place)}, de notre '
                f'correspondant</i><br><b>{a.people[0]}</b></font><br><br>\n'), ""
    if a.style == 2:
        return (f'<font face="Arial" size="2">Par <b>{a.people[0]}</b> et <b>{a.people[1]}</b></font><br>\n'
                f'<font face="Arial" size="1" color="#999999">{w:%d/%m/%Y} - {w:%H:%M}</font><br><br>\n'), ""
    return (f'<font face="Arial" size="1" color="#999999">{w:%d/%m/%Y} {clock(lang, w)}</font><br><br>\n',
            '<br><font size="1">&copy; AFP</font>\n')


def el_table_head(lang: Lang, a: Article) -> tuple[str, str]:
    """The Greek old paper's date and byline lines: (under the title, at the end)."""
    w, u = a.when, a.updated
    if a.style == 0:
        return (f'<font face="Arial" size="1" color="#999999">{weekday(lang, w)}, {day_month_year(lang, w)}</font>'
                f'<br>\n<font face="Arial" size="2">{greek_article(a.people[0])} <b>{greek_genitive(a.people[0])}'
                f'</b></font><br><br>\n'), ""
    if a.style == 1:
        return (f'<font face="Arial" size="2">{greek_article(a.people[0])} <b>{greek_genitive(a.people[0])}</b>'
                f'</font><br>\n<font face="Arial" size="1">Δημοσίευση: {w:%d/%m/%Y %H:%M} | Τελευταία ενημέρωση: '
                f'{u:%d/%m/%Y %H:%M}</font><br><br>\n'), ""
    if a.style == 2:
        names = " και ".join(f"<b>{greek_genitive(n)}</b>" for n in a.people)
        return (f'<font face="Arial" size="1" color="#999999">{w:%d-%m-%Y}</font><br>\n'
                f'<font face="Arial" size="2">Των {names}</font><br><br>\n'), ""
    return (f'<font face="Arial" size="1" color="#999999">{w.day}/{w.month}/{w.year}</font><br><br>\n',
            '<br><font size="1">Πηγή: ΑΠΕ-ΜΠΕ</font>\n')


def table_article(lang: Lang, a: Article, others: list[Article]) -> str:
    head, foot = (fr_table_head if is_fr(lang) else el_table_head)(lang, a)
    paras = list(a.paras)
    if a.style == 3:
        city = "PARIS" if is_fr(lang) else "ΑΘΗΝΑ"
        paras[0] = f"{city} (AFP) - {paras[0]}" if is_fr(lang) else f"{paras[0]} (ΑΠΕ-ΜΠΕ)"
    related = "".join(f'<a href="{href(o.path)}">{escape(o.title)}</a> <font color="#999999">({o.when:%d.%m.%y})'
                      f'</font><br>' for o in others)
    same = "DANS LA MEME RUBRIQUE" if is_fr(lang) else "ΣΧΕΤΙΚΑ ΘΕΜΑΤΑ"
    inner = (f'{table_where(lang, a)}<font face="Georgia" size="5"><b>{escape(a.title)}</b></font><br>\n{head}'
             f'<font face="Arial" size="2"><b>{escape(a.lead)}</b></font><br><br>\n'
             f'<font face="Times New Roman" size="3">{"<br><br>".join(escape(p) for p in paras)}</font><br>\n'
             f'{foot}<br><a href="javascript:popup(\'/envoyer.asp\')"><font size="1">'
             f'{"Envoyer cet article" if is_fr(lang) else "Αποστολή σε φίλο"}</font></a> | '
             f'<a href="javascript:window.print()"><font size="1">{"Imprimer" if is_fr(lang) else "Εκτύπωση"}'
             f'</font></a><br><br>\n<table width="100%" bgcolor="#EEEEEE" cellpadding="4"><tr><td>'
             f'<font face="Verdana" size="1"><b>{same}</b><br>{related}</font></td></tr></table>')
    return table_frame(lang, a.title, a.when + timedelta(days=a.ident % 4), inner)


def table_list(lang: Lang, title: str, items: list[Article], more: str | None) -> str:
    rows = "".join(f'<tr><td><font face="Arial" size="1" color="#999999">{a.when:%d/%m/%Y}</font><br>'
                   f'<font face="Georgia" size="3"><b><a href="{href(a.path)}">{escape(a.title)}</a></b></font><br>'
                   f'<font face="Arial" size="2">{escape(a.lead[:140])}...</font></td></tr>' for a in items)
    nxt = f'<a href="{href(more)}">{"Suite &gt;&gt;" if is_fr(lang) else "Επόμενα &gt;&gt;"}</a>' if more else ""
    top = items[0].when if items else datetime(2003, 6, 1)
    return table_frame(lang, title, top, f'<font face="Arial" size="4"><b>{escape(title)}</b></font><br>'
                       f'<table width="100%" cellpadding="4">{rows}</table>{nxt}')


def table_static(lang: Lang, title: str, paras: list[str]) -> str:
    return table_frame(lang, title, datetime(2003, 6, 2), f'<font face="Arial" size="4"><b>{escape(title)}</b>'
                       f'</font><br><br><font face="Arial" size="2">{"<br><br>".join(paras)}</font>')


def table_statics(lang: Lang) -> dict[str, str]:
    about, contact = table_statics_paths(lang)
    if is_fr(lang):
        return {about: table_static(lang, "Qui sommes-nous ?", [
                    "Le Quotidien de Paris est édité par la SA Le Quotidien, au capital de 1 200 000 euros.",
                    "Directeur de la publication : Antoine Mercier. Rédactrice en chef : Claire Bonnet.",
                    "Site mis à jour le 2 juin 2003."]),
                contact: table_static(lang, "Nous contacter", [
                    "Rédaction : 12, rue du Croissant, 75002 Paris. Tél. : 01 40 00 00 00.",
                    "Pour toute question sur le site, écrivez au webmestre, Julien Faure."])}
    return {about: table_static(lang, "Ταυτότητα", [
                "Η Ενημέρωση - Ημερήσια πολιτική εφημερίδα. Ιδρύθηκε το 1998.",
                "Εκδότης: Νίκος Παππάς. Διευθυντής σύνταξης: Μαρία Οικονόμου.", "Τελευταία ενημέρωση: 2 Ιουνίου 2003."]),
            contact: table_static(lang, "Επικοινωνία", [
                "Σόλωνος 42, 106 72 Αθήνα. Τηλ.: 210 0000000.", "Για θέματα του δικτυακού τόπου: Γιάννης Μακρής."])}


def table_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages = table_statics(lang)
    for n, (_slug, name) in enumerate(lang.sections["table"]):
        mine = [a for a in arts if a.number % 4 == n]
        add_listing(pages, table_list_path(lang, n), newest_first_pages(mine, PAGE_SIZE),
                    partial(table_list, lang, name), partial(table_list_path, lang, n))
    for a in arts:
        others = [o for o in arts if o is not a and o.number % 4 == a.number % 4][:3]
        pages[a.path] = table_article(lang, a, others)
    front = newest_first_pages(arts, 6)[0]
    pages[table_root(lang)] = table_list(lang, lang.sites["table"], front, None)
    return pages, table_root(lang)


# ---------------------------------------------------------------- the modern daily (daily)


def daily_root(lang: Lang) -> str:
    return "/la-une/" if is_fr(lang) else "/eidiseis/"


def daily_section_path(lang: Lang, sec: str) -> str:
    return f"/{sec}/"


def author_path(lang: Lang, name: str) -> str:
    return f"/signataires/{person_slug(name)}/" if is_fr(lang) else f"/author/{person_slug(name)}/"


def author_link(lang: Lang, name: str, shown: str | None = None) -> str:
    return f'<a class="author" href="{href(author_path(lang, name))}">{escape(shown or name)}</a>'


def fr_daily_byline(lang: Lang, a: Article) -> str:
    p = [author_link(lang, n) for n in a.people]
    if a.style == 0:
        return f"Par {p[0]} ({escape(a.place)}, correspondance)"
    if a.style == 1:
        return f"Par {p[0]}, avec {p[1]} à {escape(a.place)}"
    if a.style == 2:
        return f"Par {p[0]} et {p[1]}"
    return "Le Quotidien avec AFP"


def el_daily_byline(lang: Lang, a: Article) -> str:
    if a.style == 3:
        return "Newsroom"
    gen = [author_link(lang, n, greek_genitive(n)) for n in a.people]
    if a.style == 0:
        return f"{greek_article(a.people[0])} {gen[0]}"
    if a.style == 1:
        return f"{greek_article(a.people[0])} {gen[0]}, με τη συνεργασία {greek_article(a.people[1]).lower()} {gen[1]}"
    return f"Των {gen[0]} και {gen[1]}"


def daily_dates(lang: Lang, a: Article) -> str:
    w, u = a.when, a.updated
    if is_fr(lang):
        forms = (f"Publié le {day_month_year(lang, w)} à {clock(lang, w)}, modifié le {day_month_year(lang, u)} à "
                 f"{clock(lang, u)}",
                 f"Publié le {w:%d/%m/%Y} à {w:%H:%M}, mis à jour le {u:%d/%m/%Y} à {u:%H:%M}",
                 f"Publié le {w:%d/%m/%Y} à {w:%H:%M} · Mis à jour le {u:%d/%m/%Y} à {u:%H:%M}",
                 f"Publié le {day_month_year(lang, w)} à {clock(lang, w)}")
    else:
        forms = (f"{w:%d.%m.%Y} • {w:%H:%M}",
                 f"{weekday(lang, w)}, {day_month_year(lang, w)} {w:%H:%M} <br>Τελευταία ενημέρωση: {u:%d.%m.%Y %H:%M}",
                 f"{day_month_year(lang, w)}, {w:%H:%M} | Ενημερώθηκε: {day_month_year(lang, u)}, {u:%H:%M}",
                 f"{w:%d/%m/%Y} - {w:%H:%M}")
    return f'<time datetime="{iso_local(lang, w)}">{forms[a.style]}</time>' if a.style == 0 else forms[a.style]


def daily_ld(lang: Lang, base: str, a: Article) -> str:
    """JSON-LD on styles 0, 1 and 3: in UTC on style 1, naming only the first author (style 1)
    or the publication (style 3)."""
    if a.style == 2:
        return ""
    if a.style == 3:
        author = f'{{"@type": "Organization", "name": "{lang.sites["daily"]}"}}'
    else:
        names = a.people[:1] if a.style == 1 else a.people
        author = "[" + ", ".join(f'{{"@type": "Person", "name": "{n}"}}' for n in names) + "]"
    published = iso_utc(lang, a.when) if a.style == 1 else iso_local(lang, a.when)
    return ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{escape(a.title)}", "datePublished": "{published}", '
            f'"dateModified": "{iso_utc(lang, a.updated)}", "author": {author}, '
            f'"publisher": {{"@type": "Organization", "name": "{lang.sites["daily"]}"}}, '
            f'"mainEntityOfPage": "{base}{a.path}"}}</script>')


def daily_head(lang: Lang, base: str, a: Article) -> str:
    site = lang.sites["daily"]
    seo = f"{a.kicker}{' :' if is_fr(lang) else ':'} {a.title}" if a.style == 1 else a.title
    meta = (f'<meta property="article:published_time" content="{iso_local(lang, a.when)}">'
            f'<meta property="article:section" content="{escape(a.section[1])}">') if a.style in (0, 2) else ""
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8">'
            f'<title>{escape(seo)} - {escape(site)}</title><meta property="og:title" content="{escape(seo)}">'
            f'<meta property="og:type" content="article"><meta property="og:site_name" content="{escape(site)}">'
            f'<meta name="description" content="{escape(a.lead)}">{meta}'
            f'<link rel="canonical" href="{base}{href(a.path)}">{daily_ld(lang, base, a)}</head>')


def daily_nav(lang: Lang) -> str:
    links = "".join(f'<li><a href="{href(daily_section_path(lang, s))}">{escape(n)}</a></li>'
                    for s, n in lang.sections["daily"])
    join = "S'abonner" if is_fr(lang) else "Συνδρομή"
    join_path = "/abonnement/" if is_fr(lang) else "/syndromi/"
    return (f'<header class="site-header"><a class="logo" href="{href(daily_root(lang))}">{escape(lang.sites["daily"])}'
            f'</a><nav class="menu"><ul>{links}</ul></nav><a class="btn-subscribe" href="{join_path}">{join}</a>'
            f'</header><div class="ad ad--banner"><span>{lang.words["ad"]}</span></div>')


def daily_footer(lang: Lang) -> str:
    w, (about, contact, legal) = lang.words, daily_statics_paths(lang)
    return (f'<footer class="site-footer"><ul><li><a href="{about}">{w["about"]}</a></li>'
            f'<li><a href="{contact}">{w["contact"]}</a></li><li><a href="{legal}">{w["legal"]}</a></li>'
            f'</ul><p>© {escape(lang.sites["daily"])} 2024</p></footer></body></html>')


def reading(lang: Lang, minutes: int) -> str:
    return f"Temps de lecture : {minutes} min." if is_fr(lang) else f"Χρόνος ανάγνωσης: {minutes}'"


def daily_statics_paths(lang: Lang) -> tuple[str, str, str]:
    if is_fr(lang):
        return "/qui-sommes-nous/", "/contact/", "/mentions-legales/"
    return "/taytotita/", "/epikoinonia/", "/oroi-chrisis/"


def share_bar(lang: Lang) -> str:
    return (f'<div class="share"><span>{lang.words["share"]}</span><a href="#">Facebook</a><a href="#">X</a>'
            '<a href="#">LinkedIn</a><a href="#">WhatsApp</a><a href="#">E-mail</a></div>')


def newsletter_box(lang: Lang) -> str:
    return (f'<aside class="newsletter"><p class="newsletter__title">{lang.words["newsletter"]}</p>'
            f'<form><input type="email" placeholder="E-mail"><button>{lang.words["subscribe"]}</button></form></aside>')


def caption(lang: Lang, a: Article) -> str:
    photographer = a.photographer.upper() if is_fr(lang) and a.style % 2 == 0 else a.photographer
    what = (f"À {a.place}, le {day_month_year(lang, a.when - timedelta(days=1))}." if is_fr(lang)
            else f"{a.place}, {day_month_year(lang, a.when - timedelta(days=1))}.")
    return (f'<figure class="article__media"><img src="/img/{a.ident}.jpg" alt=""><figcaption>{escape(what)} '
            f'<span class="credit">{escape(photographer)}</span></figcaption></figure>')


def body_with_boxes(lang: Lang, a: Article, other: Article | None) -> str:
    """The story's paragraphs with a "read also" link, an ad and the newsletter box among them."""
    out = []
    for n, p in enumerate(a.paras):
        out.append(f"<p>{escape(p)}</p>")
        if n == 0 and other is not None:
            out.append(f'<p class="read-also">{lang.words["read_also"]} | <a href="{href(other.path)}">'
                       f'{escape(other.title)}</a></p>')
        if n == 1:
            out.append(f'<div class="ad ad--inread"><span>{lang.words["ad"]}</span></div>')
        if n == 2:
            out.append(newsletter_box(lang))
    if a.style == 3 and not is_fr(lang):
        out.append("<p><em>(Με πληροφορίες από ΑΠΕ-ΜΠΕ)</em></p>")
    return "".join(out)


def related_box(lang: Lang, others: list[Article]) -> str:
    items = "".join(f'<li><a href="{href(o.path)}">{escape(o.title)}</a><span class="by">'
                    f'{escape(join_names(lang, o.people) if o.people else lang.agency)}</span>'
                    f'<span class="date">{o.when:%d/%m/%Y}</span></li>' for o in others)
    return f'<aside class="related"><h2>{lang.words["related"]}</h2><ul>{items}</ul></aside>'


def daily_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    byline = (fr_daily_byline if is_fr(lang) else el_daily_byline)(lang, a)
    crumbs = (f'<nav class="breadcrumb"><a href="/">{lang.words["home"]}</a> › '
              f'<a href="{href(daily_section_path(lang, a.section[0]))}">{escape(a.section[1])}</a></nav>')
    return (f'{daily_head(lang, base, a)}<body>{daily_nav(lang)}<main><article class="article">{crumbs}'
            f'<p class="article__kicker">{escape(a.kicker)}</p><h1 class="article__title">{escape(a.title)}</h1>'
            f'<p class="article__desc">{escape(a.lead)}</p><div class="meta"><span class="meta__author">{byline}'
            f'</span><span class="meta__date">{daily_dates(lang, a)}</span><span class="meta__reading">'
            f'{reading(lang, 4)}</span></div>{share_bar(lang)}{caption(lang, a)}'
            f'<section class="article__content">{body_with_boxes(lang, a, others[0] if others else None)}</section>'
            f'{share_bar(lang)}</article>{related_box(lang, others)}</main>{daily_footer(lang)}')


def daily_list(lang: Lang, title: str, items: list[Article], more: str | None, intro: str = "") -> str:
    cards = "".join(f'<article class="teaser"><p class="teaser__kicker">{escape(a.kicker)}</p>'
                    f'<h3><a href="{href(a.path)}">{escape(a.title)}</a></h3><p>{escape(a.lead)}</p>'
                    f'<span class="teaser__date">{a.when:%d/%m/%Y}</span></article>' for a in items)
    nxt = f'<a class="pagination__next" href="{href(more)}">{lang.words["more"]}</a>' if more else ""
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{escape(title)} - '
            f'{escape(lang.sites["daily"])}</title></head><body>{daily_nav(lang)}<main><h1>{escape(title)}</h1>'
            f'{intro}<div class="river">{cards}</div><nav class="pagination">{nxt}</nav></main>{daily_footer(lang)}')


def daily_static(lang: Lang, title: str, paras: list[str]) -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'</head><body>{daily_nav(lang)}<main><h1>{escape(title)}</h1>{body}</main>{daily_footer(lang)}')


def daily_statics(lang: Lang) -> dict[str, str]:
    if is_fr(lang):
        return {"/qui-sommes-nous/": daily_static(lang, "Qui sommes-nous ?", [
                    "Fondé en 1944, Le Quotidien de Paris est un journal indépendant.",
                    "Directrice de la publication : Hélène Perrin. Directeur des rédactions : Benoît Lambert.",
                    "Mis à jour le 3 janvier 2024."]),
                "/contact/": daily_static(lang, "Nous contacter", [
                    "Par courrier : 80, boulevard Auguste-Blanqui, 75013 Paris.", "Service abonnés : du lundi au "
                    "vendredi de 9 heures à 18 heures."]),
                "/mentions-legales/": daily_static(lang, "Mentions légales", [
                    "Le site est édité par la Société éditrice du Quotidien, SA au capital de 94 000 euros.",
                    "Hébergeur : OVH, 2 rue Kellermann, 59100 Roubaix."])}
    return {"/taytotita/": daily_static(lang, "Ταυτότητα", [
                "Η Ενημέρωση είναι ανεξάρτητη ενημερωτική ιστοσελίδα.", "Διευθυντής: Σταύρος Λαμπράκης. "
                "Αρχισυντάκτρια: Ελένη Γεωργίου.", "Αριθμός μητρώου ΜΗΤ: 232123."]),
            "/epikoinonia/": daily_static(lang, "Επικοινωνία", ["Λεωφόρος Συγγρού 100, 117 41 Αθήνα.",
                                                           "Email: info@enimerosi.gr"]),
            "/oroi-chrisis/": daily_static(lang, "Όροι χρήσης", [
                "Η χρήση του ιστότοπου προϋποθέτει την αποδοχή των παρόντων όρων.",
                "Τελευταία ενημέρωση: 10 Ιανουαρίου 2024."])}


def daily_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages = daily_statics(lang)
    for sec, name in lang.sections["daily"]:
        mine = [a for a in arts if a.section[0] == sec]
        add_listing(pages, daily_section_path(lang, sec), newest_first_pages(mine, PAGE_SIZE),
                    partial(daily_list, lang, name), partial(page_query, daily_section_path(lang, sec)))
    people = sorted({n for a in arts for n in a.people})
    for name in people:
        mine = [a for a in arts if name in a.people]
        bio = (f"<p>{escape(name)} est journaliste au Quotidien depuis 2015.</p>" if is_fr(lang)
               else f"<p>{'Ο' if greek_article(name) == 'Του' else 'Η'} {escape(name)} είναι δημοσιογράφος.</p>")
        pages[author_path(lang, name)] = daily_list(lang, name, newest_first_pages(mine, 50)[0], None, bio)
    for a in arts:
        others = [o for o in arts if o is not a and o.section == a.section][:3]
        pages[a.path] = daily_article(lang, base, a, others)
    add_listing(pages, daily_root(lang), newest_first_pages(arts, PAGE_SIZE),
                partial(daily_list, lang, lang.words["home"]), partial(page_query, daily_root(lang)))
    return pages, daily_root(lang)


# ---------------------------------------------------------------- the news portal (portal)


def portal_root(lang: Lang) -> str:
    return "/actu/" if is_fr(lang) else "/ροή-ειδήσεων/"


def portal_section_path(lang: Lang, sec: str) -> str:
    return f"/{sec}/"


def portal_tag_path(lang: Lang, tag: str) -> str:
    return f"/tag/{slug(tag)}/" if is_fr(lang) else f"/tag/{greek_slug(tag)}/"


def portal_author_path(lang: Lang, name: str) -> str:
    return f"/journaliste/{person_slug(name)}/" if is_fr(lang) else f"/συντάκτες/{person_slug(name)}/"


def portal_link(lang: Lang, name: str) -> str:
    return f'<a rel="author" href="{href(portal_author_path(lang, name))}">{escape(name)}</a>'


def relative(lang: Lang, hours: int) -> str:
    return f"Il y a {hours} h" if is_fr(lang) else f"πριν από {hours} ώρες"


def portal_byline(lang: Lang, a: Article) -> str:
    p = [portal_link(lang, n) for n in a.people]
    credit = f'<span class="photo-credit">{lang.words["photo"]} : {escape(a.photographer)}</span>'
    if a.style == 3:
        text = "La rédaction avec AFP" if is_fr(lang) else "Newsroom"
    elif a.style == 2:
        text = f"{p[0]} {'et' if is_fr(lang) else 'και'} {p[1]}"
    elif a.style == 1:
        text = f"Propos recueillis par {p[0]}" if is_fr(lang) else p[0]
    else:
        text = f"{p[0]} avec AFP" if is_fr(lang) else f"Γράφει {greek_article(a.people[0], 'nom')} {p[0]}"
    line = f'<div class="byline">{text}</div>'
    return line + credit if a.style == 1 else credit + line


def portal_dates(lang: Lang, a: Article) -> str:
    w, u = a.when, a.updated
    if a.style == 0:
        return f'<time datetime="{iso_utc(lang, w)}">{relative(lang, 3 + a.ident % 9)}</time>'
    if is_fr(lang):
        forms = ("", f"Publié le {w:%d/%m/%y} à {clock(lang, w)} — Mis à jour le {u:%d/%m/%y} à {clock(lang, u)}",
                 f"Publié le {w:%d/%m/%y} à {clock(lang, w)}", f"{w:%d/%m/%Y %H:%M}")
    else:
        forms = ("", f"{w:%d.%m.%Y, %H:%M} <span>Τελευταία ενημέρωση: {u:%d.%m.%Y, %H:%M}</span>",
                 f"{w:%d.%m.%Y | %H:%M}", f"{w:%d/%m/%Y • %H:%M}")
    return f'<span class="date">{forms[a.style]}</span>'


def portal_head(lang: Lang, base: str, a: Article) -> str:
    meta = ""
    if a.style == 0:
        meta = f'<meta property="article:published_time" content="{iso_local(lang, a.when)}">'
    elif a.style == 2:
        meta = f'<meta property="article:published_time" content="{iso_utc(lang, a.when)}">'
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><meta name="viewport" '
            f'content="width=device-width"><title>{escape(a.title)} | {escape(lang.sites["portal"])}</title>'
            f'<meta property="og:title" content="{escape(a.title)}"><meta property="og:image" '
            f'content="{base}/img/{a.ident}.jpg">{meta}</head>')


def portal_nav(lang: Lang) -> str:
    links = "".join(f'<a href="{href(portal_section_path(lang, s))}">{escape(n)}</a>'
                    for s, n in lang.sections["portal"])
    return (f'<header><a class="logo" href="{href(portal_root(lang))}">{escape(lang.sites["portal"])}</a>'
            f'<nav>{links}</nav></header><div class="ad-top">{lang.words["ad"]}</div>')


def portal_footer(lang: Lang) -> str:
    about, contact = portal_statics_paths(lang)
    return (f'<footer><a href="{href(about)}">{lang.words["about"]}</a> · <a href="{href(contact)}">'
            f'{lang.words["contact"]}</a></footer></body></html>')


def most_read(lang: Lang, others: list[Article]) -> str:
    items = "".join(f'<li><a href="{href(o.path)}">{escape(o.title)}</a> <span>{relative(lang, 1 + n)}</span></li>'
                    for n, o in enumerate(others))
    return f'<aside class="most-read"><h3>{lang.words["latest"]}</h3><ol>{items}</ol></aside>'


def portal_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    tags = "".join(f'<a href="{href(portal_tag_path(lang, t))}">{escape(t)}</a>' for t in a.tags)
    body = body_with_boxes(lang, a, others[0] if others else None)
    if a.style == 3 and not is_fr(lang):
        body = body.replace("<p><em>(Με πληροφορίες από ΑΠΕ-ΜΠΕ)</em></p>", "<p>Πηγή: ΑΠΕ-ΜΠΕ</p>")
    section = (f'<a class="section-label" href="{href(portal_section_path(lang, a.section[0]))}">'
               f'{escape(a.section[1])}</a>')
    return (f'{portal_head(lang, base, a)}<body>{portal_nav(lang)}<div class="container"><article>{section}'
            f'<h1>{escape(a.title)}</h1><p class="chapo"><strong>{escape(a.lead)}</strong></p>'
            f'<div class="infos">{portal_byline(lang, a)}{portal_dates(lang, a)}'
            f'<a href="#comments">{4 + a.ident % 40} {lang.words["comments"]}</a></div>{share_bar(lang)}'
            f'<img src="/img/{a.ident}.jpg" alt="">{body}<div class="tags">{lang.words["tags"]} : {tags}</div>'
            f'</article>{most_read(lang, others)}</div>{portal_footer(lang)}')


def portal_list(lang: Lang, title: str, items: list[Article], more: str | None) -> str:
    cards = "".join(f'<div class="card"><a href="{href(a.path)}"><img src="/img/{a.ident}.jpg" alt="">'
                    f'<h2>{escape(a.title)}</h2></a><span>{a.when:%d/%m/%Y}</span></div>' for a in items)
    nxt = f'<a class="next" href="{href(more)}">{lang.words["more"]}</a>' if more else ""
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{escape(title)} | '
            f'{escape(lang.sites["portal"])}</title></head><body>{portal_nav(lang)}<h1>{escape(title)}</h1>'
            f'{cards}{nxt}{portal_footer(lang)}')


def portal_statics_paths(lang: Lang) -> tuple[str, str]:
    return ("/a-propos/", "/nous-contacter/") if is_fr(lang) else ("/ταυτότητα/", "/επικοινωνία/")


def portal_static(lang: Lang, title: str, paras: list[str]) -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'</head><body>{portal_nav(lang)}<h1>{escape(title)}</h1>{body}{portal_footer(lang)}')


def portal_statics(lang: Lang) -> dict[str, str]:
    about, contact = portal_statics_paths(lang)
    if is_fr(lang):
        return {about: portal_static(lang, "À propos de Paris Direct", [
                    "Paris Direct est un site d'information gratuit lancé le 14 mars 2011.",
                    "Rédacteur en chef : Mathieu Garnier. Responsable du numérique : Léa Chevalier."]),
                contact: portal_static(lang, "Nous contacter", ["Une info ? Écrivez-nous à redaction@parisdirect.fr.",
                                                               "Publicité : pub@parisdirect.fr"])}
    return {about: portal_static(lang, "Ταυτότητα", [
                "Ιδιοκτησία: Ενημέρωση Μονοπρόσωπη ΙΚΕ. Διευθυντής: Κώστας Τσακίρης.",
                "Υπεύθυνη σύνταξης: Σοφία Αλεξίου. Νόμιμος εκπρόσωπος: Θανάσης Μαυρίδης."]),
            contact: portal_static(lang, "Επικοινωνία", ["Στείλτε μας την είδησή σας στο news@enimerosi.gr.",
                                                        "Τηλέφωνο: 210 0000001 (Δευτέρα - Παρασκευή, 09:00 - 17:00)"])}


def portal_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages = portal_statics(lang)
    for sec, name in lang.sections["portal"]:
        mine = [a for a in arts if a.section[0] == sec]
        add_listing(pages, portal_section_path(lang, sec), newest_first_pages(mine, PAGE_SIZE),
                    partial(portal_list, lang, name), partial(page_query, portal_section_path(lang, sec)))
    for tag in sorted({t for a in arts for t in a.tags}):
        mine = [a for a in arts if tag in a.tags]
        pages[portal_tag_path(lang, tag)] = portal_list(lang, tag, newest_first_pages(mine, 50)[0], None)
    for name in sorted({n for a in arts for n in a.people}):
        mine = [a for a in arts if name in a.people]
        pages[portal_author_path(lang, name)] = portal_list(lang, name, newest_first_pages(mine, 50)[0], None)
    for a in arts:
        others = [o for o in arts if o is not a][:4]
        pages[a.path] = portal_article(lang, base, a, others)
    add_listing(pages, portal_root(lang), newest_first_pages(arts, PAGE_SIZE),
                partial(portal_list, lang, lang.words["home"]), partial(page_query, portal_root(lang)))
    return pages, portal_root(lang)


# ---------------------------------------------------------------- opinion pages (opinion)


def opinion_root(lang: Lang) -> str:
    return "/idees/" if is_fr(lang) else "/opinions/"


def opinion_section_path(lang: Lang, sec: str) -> str:
    return f"{opinion_root(lang)}{sec}/"


def opinion_author_path(lang: Lang, name: str) -> str:
    return f"{opinion_root(lang)}auteurs/{person_slug(name)}/"


def opinion_link(lang: Lang, name: str, shown: str | None = None) -> str:
    return f'<a href="{href(opinion_author_path(lang, name))}">{escape(shown or name)}</a>'


def genre(lang: Lang, a: Article) -> str:
    return (("Tribune", "Tribune", "Chronique", "Analyse") if is_fr(lang)
            else ("Άποψη", "Άποψη", "Σχόλιο", "Ανάλυση"))[a.style]


def fr_opinion_byline(lang: Lang, a: Article) -> tuple[str, str]:
    """(the byline under the title, the note at the end)."""
    p = [opinion_link(lang, n) for n in a.people]
    if a.style == 0:
        return f"Par {p[0]}, {escape(a.jobs[0])}", ""
    if a.style == 1:
        return f"{p[0]}, {escape(a.jobs[0])}, et {p[1]}, {escape(a.jobs[1])}", ""
    if a.style == 2:
        return f"Par {p[0]}", f"<p><em>{escape(a.people[0])} est {escape(a.jobs[0])}.</em></p>"
    return f"Par {p[0]}*", f"<p class=\"note\">* {escape(a.people[0])} est {escape(a.jobs[0])}.</p>"


def el_opinion_byline(lang: Lang, a: Article) -> tuple[str, str]:
    gen = [opinion_link(lang, n, greek_genitive(n)) for n in a.people]
    first = a.people[0]
    if a.style == 0:
        note = f'<p class="note">* {greek_article(first, "nom").capitalize()} {escape(first)} είναι {a.jobs[0]}.</p>'
        return f"{greek_article(first)} {gen[0]}*", note
    if a.style == 1:
        notes = "".join(f"<p><em>{greek_article(n, 'nom').capitalize()} {escape(n)} είναι {escape(j)}.</em></p>"
                        for n, j in zip(a.people, a.jobs, strict=True))
        return f"Των {gen[0]} και {gen[1]}", notes
    if a.style == 2:
        return f"Γράφει {greek_article(first, 'nom')} {opinion_link(lang, first)}, {escape(a.jobs[0])}", ""
    return f"{greek_article(first)} {gen[0]}", ""


def opinion_dates(lang: Lang, a: Article) -> str:
    w = a.when
    if is_fr(lang):
        forms = (f"Publié le {day_month_year(lang, w)} à {clock(lang, w)}",
                 f"Publié le {day_month_year(lang, w)} à {clock(lang, w)}", day_month_year(lang, w),
                 f"Le {w:%d/%m/%Y} à {w:%H:%M}")
    else:
        forms = (day_month_year(lang, w), f"{w:%d.%m.%Y | %H:%M}", day_month_year(lang, w),
                 f"Δημοσιεύθηκε: {w:%d/%m/%Y}")
    return forms[a.style]


def opinion_head(lang: Lang, base: str, a: Article) -> str:
    meta = ""
    if a.style in (0, 2):
        meta = f'<meta name="author" content="{escape(", ".join(a.people))}">'
    if a.style in (1, 3):
        names = ", ".join(f'{{"@type": "Person", "name": "{n}"}}' for n in a.people)
        meta = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": '
                f'"OpinionNewsArticle", "headline": "{escape(a.title)}", "datePublished": "{iso_local(lang, a.when)}", '
                f'"author": [{names}], "articleSection": "{escape(a.section[1])}"}}</script>')
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{escape(genre(lang, a))} - '
            f'{escape(a.title)}</title><meta property="og:title" content="{escape(a.title)}">'
            f'<meta property="og:type" content="article">{meta}</head>')


def opinion_nav(lang: Lang) -> str:
    links = "".join(f'<li><a href="{href(opinion_section_path(lang, s))}">{escape(n)}</a></li>'
                    for s, n in lang.sections["opinion"])
    return (f'<header><a class="brand" href="{href(opinion_root(lang))}">{escape(lang.sites["opinion"])}</a>'
            f'<ul class="sections">{links}</ul></header>')


def comments(lang: Lang, a: Article) -> str:
    d = a.when + timedelta(days=1)
    who = ("Citoyen75", "Marianne_B") if is_fr(lang) else ("Αθηναίος", "Ελένη_Κ")
    on = f"Le {d:%d/%m/%Y} à {clock(lang, d)}" if is_fr(lang) else f"{d:%d/%m/%Y, %H:%M}"
    items = "".join(f'<li><b>{w}</b> <span>{on}</span><p>{escape(lang.fillers[n])}</p></li>'
                    for n, w in enumerate(who))
    title = "Réactions" if is_fr(lang) else "Σχόλια αναγνωστών"
    return f'<section id="comments"><h3>{title} (2)</h3><ul>{items}</ul></section>'


def author_card(lang: Lang, a: Article) -> str:
    if a.style not in (0, 2):
        return ""
    name = a.people[0]
    head = "À propos de l'auteur" if is_fr(lang) else "Σχετικά με τον συντάκτη"
    return (f'<aside class="author-card"><h4>{head}</h4><p><a href="{href(opinion_author_path(lang, name))}">'
            f'{escape(name)}</a></p><p>{escape(a.jobs[0])}</p></aside>')


def opinion_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    byline, note = (fr_opinion_byline if is_fr(lang) else el_opinion_byline)(lang, a)
    crumbs = (f'<ol class="breadcrumb"><li><a href="/">{lang.words["home"]}</a></li><li>'
              f'<a href="{href(opinion_section_path(lang, a.section[0]))}">{escape(a.section[1])}</a></li></ol>')
    body = "".join(f"<p>{escape(p)}</p>" for p in a.paras[:2]) + newsletter_box(lang)
    body += "".join(f"<p>{escape(p)}</p>" for p in a.paras[2:])
    return (f'{opinion_head(lang, base, a)}<body>{opinion_nav(lang)}<main><article>{crumbs}'
            f'<span class="genre">{escape(genre(lang, a))}</span><h1>{escape(a.title)}</h1>'
            f'<p class="standfirst">{escape(a.lead)}</p><p class="byline">{byline}</p>'
            f'<p class="dateline">{opinion_dates(lang, a)} · {reading(lang, 5)}</p>{share_bar(lang)}'
            f'<div class="text">{body}{note}</div>{author_card(lang, a)}</article>'
            f'{related_box(lang, others)}{comments(lang, a)}</main><footer>© {escape(lang.sites["opinion"])}</footer>'
            '</body></html>')


def opinion_list(lang: Lang, title: str, items: list[Article], more: str | None) -> str:
    cards = "".join(f'<li><span class="genre">{escape(genre(lang, a))}</span><a href="{href(a.path)}">'
                    f'{escape(a.title)}</a><span class="by">{escape(join_names(lang, a.people))}</span></li>'
                    for a in items)
    nxt = f'<a rel="next" href="{href(more)}">{lang.words["more"]}</a>' if more else ""
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{escape(title)}</title>'
            f'</head><body>{opinion_nav(lang)}<main><h1>{escape(title)}</h1><ul>{cards}</ul>{nxt}</main>'
            '</body></html>')


def opinion_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages: dict[str, str] = {}
    for sec, name in lang.sections["opinion"]:
        mine = [a for a in arts if a.section[0] == sec]
        add_listing(pages, opinion_section_path(lang, sec), newest_first_pages(mine, PAGE_SIZE),
                    partial(opinion_list, lang, name), partial(page_query, opinion_section_path(lang, sec)))
    for name in sorted({n for a in arts for n in a.people}):
        mine = [a for a in arts if name in a.people]
        pages[opinion_author_path(lang, name)] = opinion_list(lang, name, newest_first_pages(mine, 50)[0], None)
    for a in arts:
        others = [o for o in arts if o is not a][:3]
        pages[a.path] = opinion_article(lang, base, a, others)
    add_listing(pages, opinion_root(lang), newest_first_pages(arts, PAGE_SIZE),
                partial(opinion_list, lang, lang.sites["opinion"]), partial(page_query, opinion_root(lang)))
    return pages, opinion_root(lang)


# ---------------------------------------------------------------- the site


def raw_handler(pages: dict[str, str], raw: dict[str, bytes]) -> type[BaseHTTPRequestHandler]:
    """A handler answering ``pages`` in UTF-8 and the old ``raw`` pages as their bytes, as
    ``text/html`` with no charset (the old server's)."""

    def body(path: str) -> tuple[bytes, str]:
        if path in raw:
            return raw[path], "text/html"
        return pages[path].encode("utf-8"), "text/html; charset=utf-8"

    return coded_handler(lambda path: path in pages or path in raw, body)


def old_bytes(lang: Lang, html: str) -> bytes:
    """An old page in the charset its ``<meta>`` names (characters it lacks as entities)."""
    for charset in ("iso-8859-1", "windows-1253", "iso-8859-7"):
        if f"charset={charset}" in html:
            return html.encode(charset, "xmlcharrefreplace")
    return html.encode("ascii", "xmlcharrefreplace")


def home_page(lang: Lang, roots: dict[str, str]) -> str:
    names = {"table": "Archives 1998-2004" if is_fr(lang) else "Αρχείο 1998-2004", "daily": lang.sites["daily"],
             "portal": lang.sites["portal"], "opinion": lang.sites["opinion"]}
    items = "".join(f'<li><a href="{href(roots[t])}">{escape(names[t])}</a></li>' for t in TEMPLATES)
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{lang.sites["daily"]}'
            f'</title></head><body><h1>{lang.sites["daily"]}</h1><ul>{items}</ul></body></html>')


class Site(ArticlesSite):
    """A publication's site in the four templates, served while open."""

    def truth(self) -> dict[str, dict]:
        """The harness's truth, each URL as it goes on the wire (a Greek-script path percent-encoded)."""
        return {self.base_url + quote(url[len(self.base_url):], safe=SAFE): fields
                for url, fields in super().truth().items()}

    def __enter__(self) -> Site:
        self.raw: dict[str, bytes] = {}
        by = self.start(raw_handler(self.pages, self.raw), make_articles, TEMPLATES)
        lang = self.lang
        old, root = table_pages(lang, self.base_url, by["table"])
        self.old_pages = old
        self.raw.update({path: old_bytes(lang, html) for path, html in old.items()})
        roots = {"table": root}
        makers: list[tuple[str, Callable[[Lang, str, list[Article]], tuple[dict[str, str], str]]]] = [
            ("daily", daily_pages), ("portal", portal_pages), ("opinion", opinion_pages)]
        self.add_templates(makers, by, roots, old)
        self.pages["/"] = home_page(lang, roots)
        return self


def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.splitlines()[0], Site, (FR, EL), 15, SEED_HELP, TEMPLATES, "blind15.db", same=loosely)


if __name__ == "__main__":
    main()
