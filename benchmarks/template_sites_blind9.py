"""A ninth blind check of #8 ("a crawl of a site in four templates"): two publications,
Arabic and Latin-American Spanish, each one site on 127.0.0.1 in four templates.
Written without reading the parsers or their tests; only ``template_harness.py``,
``template_sites_blind8.py`` (for the interface) and ``benchmarks/README.md`` were read.

- ``table``: an early-2000s daily in nested tables and ``<font>``, no metadata at all,
  sent with no charset in the HTTP header (the ``<meta>`` names it). Arabic: a
  windows-1256 ``dir="rtl"`` archive (``/archive/2003/05/17/POLI4.HTM``), the masthead's
  "السبت 17 مايو 2003م - 15 ربيع الأول 1424هـ" (digits Western or Arabic-Indic), the
  section in a coloured cell over the story, the headline in ``<font size="5"><b>``,
  "بقلم: أحمد علي", "كتب - أحمد علي وسارة حسن" (the "و" joined to the second name) or
  "القاهرة (رويترز) -" opening the text, readers' comments with names and dates, a
  printable copy (``/archive/2003/05/17/print/POLI4.HTM``). Spanish (es-AR): an
  ISO-8859-1 daily (``/diario/2002/05/16/p-00401.htm``), ``<title>`` "La Voz del Sur -
  Política" (no headline in it), a volanta over the headline and a copete under it,
  "Por Juan Pérez", "Por Juan Pérez y María López", "Redacción" or "(Télam) -", the
  masthead's "Jueves 16 de mayo de 2002", "Versión para imprimir"
  (``/imprimir.php?nota=...``), "Enviar por e-mail", other stories of the section.
- ``gov``: a GOV.UK-like government news site: breadcrumbs "الرئيسية > الصحة",
  the document type as a caption over the ``<h1>`` ("بيان صحفي", "Comunicado"), the
  metadata list "من: وزارة الصحة", "نُشر في ٥ مايو ٢٠٢٤" (Arabic-Indic digits) or the
  Hijri date first ("الأحد ٢٦ شوال ١٤٤٥هـ الموافق ٥ مايو ٢٠٢٤م"), "Publicado el 5 de
  mayo de 2024", "Última actualización: ...", a named writer on some (truth: nobody
  when only the ministry is named), a cookie banner, related content, "Is this page
  useful?", topic listings paged with ``?page=2``, a ministry's page.
- ``drupal``: a university news site on a Drupal-like CMS: ``/ar/news/slug`` aliases
  with a ``/node/N`` shortlink (linked from the listing's "read more"), ``field--name-*``
  markup, "أرسلت بواسطة webmaster" / "Enviado por webmaster" (the account, no author),
  an author field "إعداد: د. سارة حسن" / "Por Dra. María López" (the academic title
  kept as printed, as the project's author rules keep "Dr. Eva Kramer"; the first run
  was scored with it left out), the date with the Hijri one beside it in Arabic, an event day in
  the text, taxonomy term lists, comments, a Drupal print page (``/print/N``), a view
  paged with ``?page=1``.
- ``tumblr``: a Tumblr-like blog: ``/blog/post/ID/slug`` (the bare ``/blog/post/ID``
  linked too, naming its canonical), the category link in the post's meta, the first
  tag, dates "٥ أيار ٢٠٢٤" (Levantine months, Arabic-Indic digits) or "5 de mayo,
  2024", "بقلم X" / "Por X" on most posts (none on some), notes ("X reblogged this from
  Y"), ``/blog/page/2``, ``/blog/tagged/x``, ``/blog/archive``.

The truth per article: title (whitespace-normalised), authors (people as a set; an
agency or the "Redacción" desk only when no person is printed; a ministry, the CMS
account, commenters are no authors), day (as printed, the Gregorian one) and section
(case aside).

    PYTHONPATH=. .venv/bin/python benchmarks/template_sites_blind9.py [--misses] [--seed 17]
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from html import escape
from pathlib import Path
from urllib.parse import quote

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.served_pages import start_server
from benchmarks.template_harness import (
    ArticlesSite,
    CreditedStory,
    blind_main,
    filler_paragraphs,
    loosely,
    newest_first_pages,
    unseen_title,
)
from benchmarks.template_sites_blind8 import charset_handler

TEMPLATES = ("table", "gov", "drupal", "tumblr")
PER_TEMPLATE = 10
PAGE_SIZE = 4


@dataclass(frozen=True)
class Lang:
    """A publication's language: its words, names, sections and printed forms."""

    code: str
    paper: str
    ministry: tuple[str, ...]
    university: str
    blog: str
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    sections: dict[str, tuple[tuple[str, str], ...]]
    subjects: tuple[str, ...]
    predicates: tuple[str, ...]
    fillers: tuple[str, ...]
    first: tuple[str, ...]
    last: tuple[str, ...]
    agencies: tuple[str, ...]
    desk: str
    places: tuple[str, ...]
    old_codec: str
    old_declared: str
    words: dict[str, str] = field(default_factory=dict)


AR = Lang(
    code="ar", paper="النهار العربي", ministry=("وزارة الصحة", "وزارة التعليم", "وزارة النقل", "وزارة الاقتصاد"),
    university="جامعة الملك فهد للعلوم", blog="دفتر سارة",
    months=("يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
            "نوفمبر", "ديسمبر"),
    weekdays=("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    sections={
        "table": (("POLI", "سياسة"), ("ECON", "اقتصاد"), ("ARAB", "شؤون عربية"), ("SPOR", "رياضة"),
                  ("CULT", "ثقافة وفنون")),
        "gov": (("health", "الصحة"), ("education", "التعليم"), ("transport", "النقل"), ("economy", "الاقتصاد"),
                ("environment", "البيئة")),
        "drupal": (("research", "البحث العلمي"), ("students", "شؤون الطلاب"), ("events", "الفعاليات"),
                   ("partnerships", "الشراكات"), ("awards", "الجوائز")),
        "tumblr": (("travel", "سفر"), ("books", "قراءات"), ("kitchen", "مطبخ"), ("diary", "يوميات")),
    },
    subjects=("الحكومة", "البرلمان", "البنك المركزي", "وزارة الصحة", "الجامعة", "المنتخب الوطني", "مجلس الوزراء",
              "هيئة النقل", "غرفة التجارة", "بلدية المدينة", "المجلس الأعلى للثقافة", "اتحاد الكرة"),
    predicates=("تعلن خطة جديدة لدعم المشروعات الصغيرة", "تناقش موازنة العام المقبل", "تطلق حملة وطنية للتطعيم",
                "توقع اتفاقية للتعاون العلمي", "تفتتح مركزا جديدا للبحوث", "ترفع أسعار الفائدة",
                "تستعد لموسم الحج", "تكرم الفائزين بجائزة الإبداع", "تبحث تطوير شبكة الطرق",
                "تطلق برنامجا لتدريب الشباب", "تعلن نتائج الامتحانات", "تبدأ ترميم المباني التاريخية"),
    fillers=("وأوضح المسؤولون أن الأعمال تسير وفق الجدول الزمني المحدد لها، وأن المرحلة الأولى ستنتهي قريبا.",
             "وأكد الخبراء أن القرار سيسهم في تحسين مستوى الخدمات المقدمة للمواطنين خلال الفترة المقبلة.",
             "وأشار البيان إلى أن نسبة النمو بلغت ستة ونصفا في المئة مقارنة بالفترة نفسها من العام الماضي.",
             "وشارك في الاجتماع عدد من المسؤولين وممثلي القطاع الخاص ومنظمات المجتمع المدني.",
             "ومن المتوقع أن يستفيد من المشروع عشرات الآلاف من الأسر في مختلف المحافظات.",
             "ودعا المشاركون إلى تعزيز التعاون بين الجهات المعنية لضمان نجاح الخطة وتحقيق أهدافها.",
             "وقال مصدر مطلع إن اللجنة ستعقد اجتماعا آخر لمتابعة تنفيذ التوصيات التي صدرت عنها.",
             "ولفت التقرير إلى أن الطلب على الخدمات الرقمية ارتفع بشكل ملحوظ في السنوات الأخيرة."),
    first=("أحمد", "محمد", "سارة", "فاطمة", "خالد", "ليلى", "يوسف", "مريم", "عمر", "هدى", "طارق", "نور",
           "إبراهيم", "رانيا", "حسن", "دينا", "كريم", "منى", "سامي", "ريم"),
    last=("علي", "حسن", "عبد الله", "السيد", "الشريف", "أبو زيد", "منصور", "الخطيب", "عبد الرحمن", "النجار",
          "الحسيني", "فرج", "سليمان", "الزعبي", "حداد", "القاسم"),
    agencies=("رويترز", "أ ف ب", "واس"), desk="", places=("القاهرة", "بيروت", "عمان", "الرياض", "دبي", "تونس"),
    old_codec="cp1256", old_declared="windows-1256",
    words={"home": "الرئيسية", "more": "المزيد", "related": "أخبار ذات صلة", "tags": "الوسوم", "comments": "التعليقات",
           "print": "نسخة للطباعة", "send": "أرسل لصديق", "next": "التالي", "prev": "السابق", "about": "من نحن",
           "contact": "اتصل بنا", "cookies": "يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.",
           "accept": "موافق", "by": "بقلم", "wrote": "كتب", "wrote_f": "كتبت", "prepared": "إعداد",
           "from": "من", "published": "نُشر في", "updated": "آخر تحديث", "useful": "هل هذه الصفحة مفيدة؟",
           "yes": "نعم", "no": "لا", "news": "الأخبار", "press": "بيان صحفي", "story": "خبر",
           "submitted": "أرسلت بواسطة", "on": "في", "notes": "ملاحظة", "reblogged": "أعاد تدوين هذا من",
           "liked": "أعجبه هذا", "archive": "الأرشيف", "read_more": "اقرأ المزيد", "reader_comments": "تعليقات القراء",
           "gov_site": "البوابة الحكومية", "and": "و", "dr": "د.", "prof": "أ.د.", "search": "بحث",
           "all_news": "كل الأخبار", "event_intro": "وتقام الفعالية المقبلة يوم"},
)

ES = Lang(
    code="es", paper="La Voz del Sur", ministry=("Secretaría de Salud", "Secretaría de Educación Pública",
                                                 "Secretaría de Economía", "Secretaría de Medio Ambiente"),
    university="Universidad Autónoma del Pacífico", blog="Cuaderno de Valentina",
    months=("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
            "noviembre", "diciembre"),
    weekdays=("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    sections={
        "table": (("politica", "Política"), ("economia", "Economía"), ("sociedad", "Sociedad"),
                  ("deportes", "Deportes"), ("espectaculos", "Espectáculos")),
        "gov": (("salud", "Salud"), ("educacion", "Educación"), ("economia", "Economía"),
                ("medio-ambiente", "Medio ambiente"), ("seguridad", "Seguridad")),
        "drupal": (("investigacion", "Investigación"), ("vida-universitaria", "Vida universitaria"),
                   ("cultura", "Cultura"), ("deportes", "Deportes"), ("ciencia", "Ciencia")),
        "tumblr": (("viajes", "Viajes"), ("lecturas", "Lecturas"), ("cocina", "Cocina"), ("diario", "Diario")),
    },
    subjects=("El Gobierno", "El Senado", "El Banco Central", "La Secretaría de Salud", "La Universidad",
              "La Selección", "El Congreso", "El Municipio", "La Cámara de Comercio", "El Instituto de Cultura",
              "La Federación de Fútbol", "El Poder Judicial"),
    predicates=("anuncia un plan de apoyo a las pymes", "debate el presupuesto del próximo año",
                "lanza una campaña nacional de vacunación", "firma un convenio de cooperación científica",
                "inaugura un nuevo centro de investigación", "sube la tasa de interés",
                "prepara la temporada de lluvias", "premia a los ganadores del concurso de cuento",
                "estudia ampliar la red de transporte", "abre un programa de becas para jóvenes",
                "publica los resultados del examen de admisión", "restaura edificios del centro histórico"),
    fillers=("Las autoridades explicaron que los trabajos avanzan conforme al calendario y que la primera etapa concluirá pronto.",
             "Los especialistas coincidieron en que la medida mejorará la calidad de los servicios en los próximos meses.",
             "Según el informe, el crecimiento fue del 6,5 por ciento respecto del mismo periodo del año anterior.",
             "En la reunión participaron funcionarios, representantes del sector privado y organizaciones civiles.",
             "Se espera que el proyecto beneficie a decenas de miles de familias en distintas provincias del país.",
             "Los asistentes pidieron reforzar la coordinación entre las dependencias para asegurar los resultados.",
             "Una fuente cercana al caso indicó que la comisión volverá a reunirse para dar seguimiento a los acuerdos.",
             "El documento señala que la demanda de trámites en línea creció de manera notable en los últimos años."),
    first=("Juan", "María", "José Luis", "Ana", "Carlos", "Lucía", "Miguel Ángel", "Sofía", "Jorge", "Valeria",
           "Fernando", "Gabriela", "Ricardo", "Daniela", "Alejandro", "Mariana", "Pablo", "Camila", "Diego", "Paula"),
    last=("Pérez", "López", "González Ruiz", "Hernández", "Martínez", "Rodríguez", "Sánchez", "Ramírez",
          "Flores", "Gómez", "Díaz", "Torres", "Vázquez", "Castro", "Moreno", "Fernández de la Vega"),
    agencies=("Télam", "Notimex", "EFE"), desk="Redacción", places=("BUENOS AIRES", "ROSARIO", "CÓRDOBA", "MENDOZA"),
    old_codec="iso-8859-1", old_declared="iso-8859-1",
    words={"home": "Inicio", "more": "Más", "related": "Notas relacionadas", "tags": "Etiquetas",
           "comments": "Comentarios", "print": "Versión para imprimir", "send": "Enviar por e-mail",
           "next": "Siguiente", "prev": "Anterior", "about": "Quiénes somos", "contact": "Contacto",
           "cookies": "Este sitio utiliza cookies para mejorar tu experiencia. Al continuar navegando aceptas su uso.",
           "accept": "Aceptar", "by": "Por", "wrote": "Por", "wrote_f": "Por", "prepared": "Por",
           "from": "De", "published": "Publicado el", "updated": "Última actualización",
           "useful": "¿Te sirvió esta página?", "yes": "Sí", "no": "No", "news": "Prensa", "press": "Comunicado",
           "story": "Nota informativa", "submitted": "Enviado por", "on": "el", "notes": "notas",
           "reblogged": "reblogueó esto de", "liked": "le gustó esto", "archive": "Archivo", "read_more": "Leer más",
           "reader_comments": "Comentarios de los lectores", "gov_site": "Gobierno de México", "and": "y",
           "dr": "Dr.", "prof": "Dra.", "search": "Buscar", "all_news": "Todas las noticias",
           "event_intro": "La próxima sesión será el"},
)

AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
LEVANT = ("كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
          "تشرين الثاني", "كانون الأول")
HIJRI = ("محرم", "صفر", "ربيع الأول", "ربيع الآخر", "جمادى الأولى", "جمادى الآخرة", "رجب", "شعبان", "رمضان",
         "شوال", "ذو القعدة", "ذو الحجة")


@dataclass
class Article(CreditedStory):
    """One story: what a reader sees and what the crawl should store."""

    updated: datetime | None
    honorific: str
    tags: list[str]
    style: int
    path: str = ""

    @property
    def authors(self) -> list[str]:
        if self.honorific and self.people:  # (an academic title as printed: the project keeps "Dr. Eva Kramer")
            return [f"{self.honorific} {self.people[0]}", *self.people[1:]]
        return super().authors


def ar_digits(text: str) -> str:
    return text.translate(AR_DIGITS)


def hijri(d: datetime) -> tuple[int, int, int]:
    """The tabular Islamic calendar's (year, month, day) of ``d``."""
    jd = d.toordinal() + 1721425
    n0 = jd - 1948440 + 10632
    n = (n0 - 1) // 10631
    rest = n0 - 10631 * n + 354
    j = ((10985 - rest) // 5316) * ((50 * rest) // 17719) + (rest // 5670) * ((43 * rest) // 15238)
    rest = rest - ((30 - j) // 15) * ((17719 * j) // 50) - (j // 16) * ((15238 * j) // 43) + 29
    month = (24 * rest) // 709
    day = rest - (709 * month) // 24
    return 30 * n + j - 30, month, day


def hijri_text(d: datetime, indic: bool) -> str:
    y, m, day = hijri(d)
    text = f"{day} {HIJRI[m - 1]} {y}هـ"
    return ar_digits(text) if indic else text


def ar_date(d: datetime, indic: bool, weekday: bool = False, levant: bool = False) -> str:
    month = (LEVANT if levant else AR.months)[d.month - 1]
    text = f"{d.day} {month} {d.year}"
    if weekday:
        text = f"{AR.weekdays[d.weekday()]} {text}"
    return ar_digits(text) if indic else text


def es_date(d: datetime, weekday: bool = False) -> str:
    text = f"{d.day} de {ES.months[d.month - 1]} de {d.year}"
    return f"{ES.weekdays[d.weekday()]} {text}" if weekday else text


def slug(text: str) -> str:
    table = str.maketrans("áéíóúüñÁÉÍÓÚÜÑ", "aeiouunAEIOUUN")
    kept = "".join(c if c.isalnum() and c.isascii() else "-" for c in text.translate(table).lower())
    return "-".join(w for w in kept.split("-") if w)


def _title(lang: Lang, rng: random.Random, seen: set[str]) -> str:
    return unseen_title(rng, lang.subjects, lang.predicates, seen, " ")


def _other_day(lang: Lang, rng: random.Random, when: datetime) -> str:
    d = when - timedelta(days=rng.randint(40, 400))
    if lang.code == "ar":
        return f"وكانت الخطة قد أعلنت لأول مرة في {ar_date(d, rng.random() < 0.5)}."
    return f"El plan se había anunciado por primera vez el {es_date(d)}."


def _paragraphs(lang: Lang, rng: random.Random, when: datetime) -> list[str]:
    return filler_paragraphs(rng, lang.fillers, lambda: _other_day(lang, rng, when), " ")


def _person(lang: Lang, rng: random.Random) -> str:
    return f"{rng.choice(lang.first)} {rng.choice(lang.last)}"


def _people(lang: Lang, rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = _person(lang, rng)
        if name not in names and name.split()[0] not in {n.split()[0] for n in names}:
            names.append(name)
    return names


def _when(template: str, rng: random.Random) -> datetime:
    years = {"table": (2001, 2005), "gov": (2022, 2024), "drupal": (2019, 2024), "tumblr": (2013, 2023)}
    lo, hi = years[template]
    day = datetime(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    return day + timedelta(hours=rng.randint(7, 21), minutes=rng.randint(0, 59))


def _byline(template: str, lang: Lang, rng: random.Random) -> tuple[list[str], str | None]:
    """The people and the credit (agency or desk) of one story."""
    roll = rng.random()
    if template == "gov":
        return (_people(lang, rng, 1), None) if roll < 0.4 else ([], None)
    if template == "tumblr":
        return (_people(lang, rng, 1), None) if roll < 0.8 else ([], None)
    if template == "drupal":
        if roll < 0.2:
            return [], None
        return _people(lang, rng, 2 if roll > 0.75 else 1), None
    if roll < 0.15:
        return [], rng.choice(lang.agencies)
    if roll < 0.25 and lang.desk:
        return [], lang.desk
    if roll < 0.3:
        return [], None
    return _people(lang, rng, rng.choice((1, 1, 1, 2))), None


def make_articles(lang: Lang, rng: random.Random) -> list[Article]:
    seen: set[str] = set()
    articles = []
    for template in TEMPLATES:
        sections = lang.sections[template]
        for number in range(PER_TEMPLATE):
            when = _when(template, rng)
            people, credit = _byline(template, lang, rng)
            updated = when + timedelta(days=rng.randint(1, 20)) if rng.random() < 0.4 else None
            honorific = lang.words[rng.choice(("dr", "prof"))] if template == "drupal" and rng.random() < 0.4 else ""
            tags = rng.sample(list(lang.subjects), 2)
            a = Article(template, number, rng.randint(10000, 99999), sections[number % len(sections)],
                        _title(lang, rng, seen), _paragraphs(lang, rng, when), people, credit, when, updated,
                        honorific, tags, rng.randint(0, 3))
            a.path = _path(lang, a)
            articles.append(a)
    return articles


def _path(lang: Lang, a: Article) -> str:
    d, sec = a.when, a.section[0]
    ar = lang.code == "ar"
    if a.template == "table":
        if ar:
            return f"/archive/{d:%Y/%m/%d}/{sec}{a.number + 1}.HTM"
        return f"/diario/{d:%Y/%m/%d}/p-{a.ident:05d}.htm"
    if a.template == "gov":
        return f"/ar/news/{a.ident}" if ar else f"/gob/{sec}/prensa/comunicado-{a.number + 100}-{slug(a.title)}"
    if a.template == "drupal":
        return f"/ar/news/{d:%Y/%m}/{a.ident}" if ar else f"/noticias/{slug(a.title)}"
    tail = quote(a.title.replace(" ", "-")) if ar else slug(a.title)
    return f"/blog/post/{a.ident}0123/{tail}"


# ---------------------------------------------------------------- shared pieces


def joined(lang: Lang, names: list[str]) -> str:
    if len(names) == 1:
        return names[0]
    if lang.code == "ar":
        return "، ".join(names[:-1]) + " و" + names[-1]
    return ", ".join(names[:-1]) + " y " + names[-1]


def pages_of(items: list[Article]) -> list[list[Article]]:
    return newest_first_pages(items, PAGE_SIZE)


def cookie_banner(lang: Lang) -> str:
    return (f'<div class="cookie-banner" id="cookie-consent" role="region"><p>{lang.words["cookies"]} '
            f'<a href="/cookies">{lang.words["more"]}</a></p><button type="button">{lang.words["accept"]}</button></div>')


def html_open(lang: Lang) -> str:
    return f'<html lang="{lang.code}" dir="rtl">' if lang.code == "ar" else f'<html lang="{"es-MX"}">'


def commenters(lang: Lang, rng: random.Random, when: datetime, n: int) -> list[tuple[str, datetime, str]]:
    return [(_person(lang, rng), when + timedelta(days=k + 1, hours=rng.randint(0, 9)), rng.choice(lang.fillers))
            for k in range(n)]


# ---------------------------------------------------------------- table


def table_shell(lang: Lang, title: str, masthead: datetime, menu_current: str, main: str, rng: random.Random) -> str:
    ar = lang.code == "ar"
    secs = lang.sections["table"]
    prefix = "/archive" if ar else "/diario"
    menu = "".join(
        f'<tr><td bgcolor="{"#FFCC66" if s == menu_current else "#EFEFEF"}"><font face="Tahoma" size="2">'
        f'<a href="{prefix}/{masthead:%Y/%m/%d}/{s}.htm">{n}</a></font></td></tr>' for s, n in secs)
    if ar:
        stamp = f"{ar_date(masthead, rng.random() < 0.5, weekday=True)}م - {hijri_text(masthead, rng.random() < 0.5)}"
        extra = f'<tr><td><font size="1">العدد {ar_digits(str(40000 + masthead.toordinal() % 5000))}</font></td></tr>'
    else:
        stamp = es_date(masthead, weekday=True).capitalize()
        extra = f'<tr><td><font size="1">Año XII - Número {3000 + masthead.toordinal() % 900}</font></td></tr>'
    side_align = "right" if ar else "left"
    return f"""<html{' dir="rtl"' if ar else ''}><head>
<meta http-equiv="Content-Type" content="text/html; charset={lang.old_declared}">
<title>{escape(title)}</title><script language="JavaScript" src="/js/menu.js"></script></head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td><a href="{prefix}/index.htm"><img src="/img/logo.gif" width="250" height="70" border="0" alt="{lang.paper}"></a></td>
<td align="center"><font face="Tahoma" size="2" color="#333333"><b>{stamp}</b></font></td>
<td><img src="/banners/468x60.gif" width="468" height="60"></td></tr>{extra}</table>
<table width="760" border="0" cellspacing="0" cellpadding="0" align="center"><tr>
<td width="140" valign="top" align="{side_align}"><table width="140" border="0" cellpadding="3" cellspacing="1">{menu}
<tr><td><font size="2"><a href="{prefix}/index.htm">{lang.words['archive']}</a></font></td></tr></table></td>
<td width="8">&nbsp;</td><td valign="top">{main}</td></tr></table>
<table width="760" align="center"><tr><td align="center"><hr size="1" noshade><font size="1" face="Tahoma">
<a href="/about.htm">{lang.words['about']}</a> | <a href="/contact.htm">{lang.words['contact']}</a><br>
&copy; 2000-2005 {lang.paper}</font></td></tr></table></body></html>"""


def ar_table_story(a: Article, rng: random.Random) -> tuple[str, str]:
    """The line under the headline and the first paragraph's opening."""
    if a.people:
        word = rng.choice(("بقلم:", "كتب -", "كتب:", "بقلم"))
        return f'<font face="Tahoma" size="2" color="#666666"><b>{word} {escape(joined(AR, a.people))}</b></font><br>', ""
    if a.credit:
        return "", f"{rng.choice(AR.places)} ({a.credit}) - "
    return "", ""


def es_table_story(a: Article, rng: random.Random) -> tuple[str, str]:
    if a.people:
        return f'<font face="Arial" size="2"><i>Por {escape(joined(ES, a.people))}</i></font><br>', ""
    if a.credit == ES.desk:
        return f'<font face="Arial" size="2"><i>{ES.desk}</i></font><br>', ""
    if a.credit:
        return "", f"{rng.choice(ES.places)} ({a.credit}) - "
    return "", ""


def table_story(lang: Lang, a: Article, rng: random.Random) -> str:
    ar = lang.code == "ar"
    line, lead = (ar_table_story if ar else es_table_story)(a, rng)
    face = "Simplified Arabic" if ar else "Arial"
    text = "<br><br>".join(escape(p) for p in [lead + a.paras[0], *a.paras[1:]])
    kicker = "" if ar else f'<font face="Arial" size="2" color="#CC0000"><b>{escape(a.tags[0].upper())}</b></font><br>'
    deck = "" if ar else f'<font face="Arial" size="3"><i>{escape(a.paras[2][:110])}...</i></font><br><br>'
    dated = "" if ar or a.style % 2 else f'<font face="Arial" size="1" color="#999999">Publicado el {a.when:%d/%m/%Y}</font><br>'
    return (f'{kicker}<font face="{face}" size="5" color="#990000"><b>{escape(a.title)}</b></font><br>'
            f'{deck}{line}{dated}<br><font face="{face}" size="3">{text}</font>')


def table_article(lang: Lang, a: Article, others: list[Article], printable: bool) -> str:
    rng = random.Random(a.ident)
    ar = lang.code == "ar"
    story = table_story(lang, a, rng)
    if printable:
        return (f'<html{" dir=rtl" if ar else ""}><head><meta http-equiv="Content-Type" content="text/html; '
                f'charset={lang.old_declared}"><title>{lang.paper}</title></head><body onload="window.print()">'
                f'<font size="1">{lang.paper} - {a.when:%d/%m/%Y}</font><hr>{story}<hr></body></html>')
    print_href = (f"/archive/{a.when:%Y/%m/%d}/print/{a.path.rsplit('/', 1)[1]}" if ar
                  else f"/imprimir.php?nota={a.when:%Y-%m-%d}-{a.ident:05d}")
    tools = (f'<p><font size="1" face="Tahoma"><a href="{print_href}" target="_blank">{lang.words["print"]}</a> | '
             f'<a href="/enviar.asp?url={quote(a.path)}">{lang.words["send"]}</a></font></p>')
    comments = ""
    if ar:
        rows = "".join(f'<tr><td><font size="2"><b>{escape(n)}</b> - {d:%d/%m/%Y %H:%M}<br>{escape(t)}</font></td></tr>'
                       for n, d, t in commenters(lang, rng, a.when, 2))
        comments = (f'<table width="100%" cellpadding="4" bgcolor="#F7F7F7"><tr><td><font size="2"><b>'
                    f'{lang.words["reader_comments"]}</b></font></td></tr>{rows}</table>')
    rest = "".join(f'<br>&#149; <a href="{o.path}">{escape(o.title)}</a>' for o in others if o.section == a.section)
    main = (f'<table width="100%" cellpadding="5" border="0"><tr><td bgcolor="#003366"><font color="#FFFFFF" face="Tahoma" size="3">'
            f'<b>{a.section[1]}</b></font></td></tr><tr><td>{story}{tools}</td></tr>'
            f'<tr><td>{comments}</td></tr><tr><td bgcolor="#EEEEEE"><font size="2"><b>{lang.words["related"]}</b>'
            f'{rest}</font></td></tr></table>')
    title = f"{lang.paper} - {a.section[1]}" if not ar or a.style < 2 else lang.paper
    return table_shell(lang, title, a.when, a.section[0], main, rng)


def table_listing(lang: Lang, day: datetime, items: list[Article], heading: str, current: str, links: str) -> str:
    rows = "".join(f'<tr><td><font size="2"><b><a href="{a.path}">{escape(a.title)}</a></b><br>'
                   f'{escape(a.paras[0][:90])}...</font></td></tr>' for a in items)
    main = (f'<table width="100%" cellpadding="4"><tr><td bgcolor="#003366"><font color="#FFFFFF" size="3"><b>'
            f'{escape(heading)}</b></font></td></tr>{rows}<tr><td><font size="2">{links}</font></td></tr></table>')
    return table_shell(lang, f"{lang.paper} - {heading}", day, current, main, random.Random(day.toordinal()))


def table_pages(lang: Lang, arts: list[Article]) -> dict[str, str]:
    ar = lang.code == "ar"
    prefix = "/archive" if ar else "/diario"
    pages = {}
    for a in arts:
        others = [o for o in arts if o is not a]
        pages[a.path] = table_article(lang, a, others, False)
        print_href = (f"/archive/{a.when:%Y/%m/%d}/print/{a.path.rsplit('/', 1)[1]}" if ar
                      else f"/imprimir.php?nota={a.when:%Y-%m-%d}-{a.ident:05d}")
        pages[print_href] = table_article(lang, a, others, True)
        for sec, name in lang.sections["table"]:
            mine = [o for o in arts if o.section[0] == sec and o.when.date() == a.when.date()]
            pages[f"{prefix}/{a.when:%Y/%m/%d}/{sec}.htm"] = table_listing(lang, a.when, mine, name, sec, "")
    chunks = pages_of(arts)
    names = [f"{prefix}/index.htm" if k == 0 else f"{prefix}/index{k + 1}.htm" for k in range(len(chunks))]
    links = " ".join(f'<a href="{h}">[{k + 1}]</a>' for k, h in enumerate(names))
    for n, chunk in enumerate(chunks):
        pages[names[n]] = table_listing(lang, chunks[0][0].when, chunk, lang.words["archive"], "", links)
    # what the old codec lacks (Arabic-Indic digits in windows-1256) as character references, as editors wrote it
    return {k: v.encode(lang.old_codec, "xmlcharrefreplace").decode(lang.old_codec) for k, v in pages.items()}


# ---------------------------------------------------------------- gov


def gov_shell(lang: Lang, title: str, head: str, crumbs: list[tuple[str, str]], main: str) -> str:
    trail = "".join(f'<li class="govuk-breadcrumbs__list-item"><a class="govuk-breadcrumbs__link" href="{h}">{escape(t)}</a></li>'
                    for h, t in crumbs)
    return f"""<!DOCTYPE html>{html_open(lang)}<head><meta charset="utf-8">
<title>{escape(title)} - {lang.words['gov_site']}</title><meta name="viewport" content="width=device-width, initial-scale=1">
{head}<link rel="stylesheet" href="/assets/application.css"></head>
<body class="govuk-template__body"><div id="global-cookie-message" class="gem-c-cookie-banner govuk-clearfix">
{cookie_banner(lang)}</div><a href="#main-content" class="govuk-skip-link">{lang.words['more']}</a>
<header class="govuk-header" role="banner"><div class="govuk-header__container govuk-width-container">
<a href="/gob" class="govuk-header__link govuk-header__link--homepage">{lang.words['gov_site']}</a>
<form class="gem-c-search" action="/gob/search"><input type="search" name="q"><button>{lang.words['search']}</button></form></div></header>
<div class="govuk-width-container"><div class="gem-c-breadcrumbs govuk-breadcrumbs" data-module="gem-track-click">
<ol class="govuk-breadcrumbs__list">{trail}</ol></div>
<main class="govuk-main-wrapper" id="main-content" role="main">{main}</main></div>
<footer class="govuk-footer"><div class="govuk-width-container"><a href="/gob/about">{lang.words['about']}</a>
<a href="/cookies">Cookies</a> <a href="/gob/contact">{lang.words['contact']}</a><p>© {lang.words['gov_site']}</p></div></footer>
</body></html>"""


def gov_published(lang: Lang, a: Article, when: datetime) -> str:
    if lang.code == "es":
        return es_date(when) if a.style != 3 else f"{when:%d/%m/%Y}"
    if a.style == 2:
        return f"{AR.weekdays[when.weekday()]} {hijri_text(when, True)} الموافق {ar_date(when, True)}م"
    return ar_date(when, a.style != 1)


def org_path(lang: Lang, ministry: str) -> str:
    return f"/gob/organisations/{lang.ministry.index(ministry) + 1}-{slug(ministry) or lang.code}"


def gov_meta(lang: Lang, a: Article, ministry: str) -> str:
    w = lang.words
    rows = [f'<dt class="gem-c-metadata__term">{w["from"]}:</dt><dd class="gem-c-metadata__definition">'
            f'<a href="{org_path(lang, ministry)}" class="govuk-link">{ministry}</a></dd>',
            f'<dt class="gem-c-metadata__term">{w["published"]}</dt><dd class="gem-c-metadata__definition">'
            f'{gov_published(lang, a, a.when)}</dd>']
    if a.updated:
        rows.append(f'<dt class="gem-c-metadata__term">{w["updated"]}:</dt><dd class="gem-c-metadata__definition">'
                    f'{gov_published(lang, a, a.updated)}</dd>')
    return f'<div class="gem-c-metadata" data-module="gem-toggle"><dl>{"".join(rows)}</dl></div>'


def gov_article(lang: Lang, a: Article, others: list[Article]) -> str:
    rng = random.Random(a.ident)
    w = lang.words
    ministry = lang.ministry[a.number % len(lang.ministry)]
    kind = w["press"] if a.number % 2 else w["story"]
    writer = ""
    if a.people:
        writer = f'<p class="govuk-body gem-c-byline">{w["by"]} {escape(a.people[0])}</p>'
    text = "".join(f'<p class="govuk-body">{escape(t)}</p>' for t in a.paras)
    related = "".join(f'<li><a class="govuk-link" href="{o.path}">{escape(o.title)}</a></li>' for o in others[:3])
    contact = (f'<h2 class="govuk-heading-m">{"للتواصل الإعلامي" if lang.code == "ar" else "Contacto para medios"}</h2>'
               f'<p class="govuk-body">{escape(_person(lang, rng))}<br>prensa@{slug(ministry) or "gov"}.gob</p>')
    main = (f'<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">'
            f'<span class="govuk-caption-xl gem-c-title__context">{kind}</span>'
            f'<h1 class="gem-c-title__text govuk-heading-xl">{escape(a.title)}</h1>'
            f'<p class="gem-c-lead-paragraph">{escape(a.paras[0][:140])}</p></div></div>'
            f'{gov_meta(lang, a, ministry)}{writer}<div class="govuk-grid-row"><div class="govuk-grid-column-two-thirds">'
            f'<div class="gem-c-govspeak govuk-govspeak" data-module="govspeak">{text}{contact}</div></div>'
            f'<div class="govuk-grid-column-one-third"><aside class="gem-c-related-navigation" role="complementary">'
            f'<h2 class="gem-c-related-navigation__main-heading">{w["related"]}</h2><ul>{related}</ul></aside></div></div>'
            f'<div class="gem-c-feedback"><h2>{w["useful"]}</h2><button>{w["yes"]}</button><button>{w["no"]}</button></div>')
    head = (f'<link rel="canonical" href="{{base}}{a.path}"><meta name="govuk:format" content="news_article">'
            f'<meta property="og:title" content="{escape(a.title)}"><meta property="og:type" content="article">')
    crumbs = [("/gob", w["home"]), (gov_topic(lang, a.section[0]), a.section[1])]
    return gov_shell(lang, a.title, head, crumbs, main)


def gov_topic(lang: Lang, sec: str, page: int = 1) -> str:
    base = f"/ar/topics/{sec}" if lang.code == "ar" else f"/gob/temas/{sec}"
    return base + (f"?page={page}" if page > 1 else "")


def gov_listing(lang: Lang, items: list[Article], heading: str, links: str) -> str:
    rows = "".join(f'<li class="gem-c-document-list__item"><a class="govuk-link" href="{a.path}">{escape(a.title)}</a>'
                   f'<p class="gem-c-document-list__item-description">{escape(a.paras[0][:100])}</p>'
                   f'<ul class="gem-c-document-list__item-metadata"><li>{lang.words["press"]}</li>'
                   f'<li><time datetime="{a.when:%Y-%m-%d}">{gov_published(lang, a, a.when)}</time></li></ul></li>' for a in items)
    main = (f'<h1 class="govuk-heading-xl">{escape(heading)}</h1><ul class="gem-c-document-list">{rows}</ul>'
            f'<nav class="govuk-pagination">{links}</nav>')
    return gov_shell(lang, heading, "", [("/gob", lang.words["home"])], main)


def gov_pages(lang: Lang, base: str, arts: list[Article]) -> dict[str, str]:
    pages = {}
    for a in arts:
        pages[a.path] = gov_article(lang, a, [o for o in arts if o is not a]).replace("{base}", base)
    for sec, name in lang.sections["gov"]:
        chunks = pages_of([a for a in arts if a.section[0] == sec])
        for n, chunk in enumerate(chunks):
            links = " ".join(f'<a class="govuk-pagination__link" href="{gov_topic(lang, sec, k + 1)}">{k + 1}</a>'
                             for k in range(len(chunks)))
            pages[gov_topic(lang, sec, n + 1)] = gov_listing(lang, chunk, name, links)
    for k, ministry in enumerate(lang.ministry):
        mine = [a for a in arts if a.number % len(lang.ministry) == k]
        pages[org_path(lang, ministry)] = gov_listing(lang, mine, ministry, "")
    chunks = pages_of(arts)
    for n, chunk in enumerate(chunks):
        links = " ".join(f'<a href="/gob{"" if k == 0 else f"?page={k + 1}"}">{k + 1}</a>' for k in range(len(chunks)))
        pages["/gob" if n == 0 else f"/gob?page={n + 1}"] = gov_listing(lang, chunk, lang.words["news"], links)
    return pages


# ---------------------------------------------------------------- drupal


def drupal_shell(lang: Lang, title: str, head: str, main: str, side: str, node: int | None) -> str:
    nav = "".join(f'<li class="menu-item"><a href="{drupal_term(lang, s)}">{n}</a></li>' for s, n in lang.sections["drupal"])
    node_class = f" page-node-{node} page-node-type-news" if node else ""
    return f"""<!DOCTYPE html>{html_open(lang)}<head><meta charset="utf-8" />
<meta name="Generator" content="Drupal 9 (https://www.drupal.org)" /><meta name="MobileOptimized" content="width" />
<title>{escape(title)} | {lang.university}</title>{head}
<link rel="stylesheet" media="all" href="/sites/default/files/css/css_Xy1.css" /></head>
<body class="path-node{node_class}"><a href="#main-content" class="visually-hidden focusable skip-link">Skip</a>
<div class="dialog-off-canvas-main-canvas" data-off-canvas-main-canvas>
<div id="sliding-popup" class="sliding-popup-bottom eu-cookie-compliance-banner">{cookie_banner(lang)}</div>
<header role="banner"><div class="region region-header"><a href="/uni" rel="home" class="site-logo">{lang.university}</a></div>
<nav role="navigation" id="block-mainnavigation"><ul class="menu">{nav}</ul></nav></header>
<div class="layout-container"><main role="main"><a id="main-content" tabindex="-1"></a>
<div class="region region-content">{main}</div></main>
<aside class="layout-sidebar-second" role="complementary"><div class="region region-sidebar-second">{side}</div></aside></div>
<footer role="contentinfo"><div class="region region-footer"><a href="/uni/about">{lang.words['about']}</a> ·
<a href="/uni/contact">{lang.words['contact']}</a> © {lang.university}</div></footer></div></body></html>"""


def term_id(tag: str) -> int:
    return sum(ord(c) * (k + 1) for k, c in enumerate(tag)) % 9000 + 100


def drupal_term(lang: Lang, sec: str, page: int = 0) -> str:
    base = f"/ar/news/category/{sec}" if lang.code == "ar" else f"/noticias/categoria/{sec}"
    return base + (f"?page={page}" if page else "")


def drupal_date(lang: Lang, a: Article) -> str:
    d = a.when
    if lang.code == "es":
        if a.style == 0:
            return f"{ES.weekdays[d.weekday()][:3].capitalize()}, {d:%d/%m/%Y - %H:%M}"
        return f"{es_date(d, weekday=True)} - {d:%H:%M}"
    if a.style == 0:
        return f"{ar_date(d, False, weekday=True)} - {d:%H:%M}"
    return f"{ar_date(d, True, weekday=True)} ({hijri_text(d, True)})"


def drupal_author(lang: Lang, a: Article) -> str:
    if not a.people:
        return ""
    names = [f'<a href="{drupal_person(lang, n)}">{escape(n)}</a>' for n in a.people]
    if a.honorific:
        names[0] = f"{a.honorific} {names[0]}"
    word = lang.words["prepared"] if a.style % 2 else lang.words["by"]
    return (f'<div class="field field--name-field-author field--type-entity-reference field--label-inline">'
            f'<div class="field__label">{word}</div><div class="field__item">{joined(lang, names)}</div></div>')


def drupal_person(lang: Lang, name: str) -> str:
    return f"/ar/people/{term_id(name)}" if lang.code == "ar" else f"/personas/{slug(name)}"


def drupal_comments(lang: Lang, a: Article, rng: random.Random) -> str:
    rows = "".join(f'<article class="comment js-comment"><footer class="comment__meta"><p class="comment__author">'
                   f'<span>{escape(n)}</span></p><p class="comment__time">{d:%d/%m/%Y - %H:%M}</p></footer>'
                   f'<div class="field--name-comment-body"><p>{escape(t)}</p></div></article>'
                   for n, d, t in commenters(lang, rng, a.when, rng.randint(0, 3)))
    return f'<section class="field--name-comment comment-wrapper"><h2 class="title comment-form__title">{lang.words["comments"]}</h2>{rows}</section>'


def drupal_article(lang: Lang, base: str, a: Article, others: list[Article], printable: bool) -> str:
    rng = random.Random(a.ident)
    w = lang.words
    event = a.when + timedelta(days=rng.randint(5, 40))
    event_text = ar_date(event, True) if lang.code == "ar" else es_date(event)
    paras = [*a.paras[:3], f"{w['event_intro']} {event_text}.", *a.paras[3:]]
    text = "".join(f"<p>{escape(t)}</p>" for t in paras)
    submitted = (f'<div class="node__submitted">{w["submitted"]} <span class="field--name-uid"><a href="/user/1">webmaster</a>'
                 f'</span> {w["on"]} <span class="field--name-created">{drupal_date(lang, a)}</span></div>')
    term = (f'<div class="field field--name-field-category field--type-entity-reference field--label-hidden">'
            f'<div class="field__item"><a href="{drupal_term(lang, a.section[0])}" hreflang="{lang.code}">{a.section[1]}</a></div></div>')
    tags = "".join(f'<div class="field__item"><a href="/taxonomy/term/{term_id(t)}">{escape(t)}</a></div>'
                   for t in a.tags)
    node = (f'<article role="article" about="{a.path}" class="node node--type-news node--view-mode-full">'
            f'<h1 class="page-title"><span class="field field--name-title">{escape(a.title)}</span></h1>'
            f'{term}{submitted}{drupal_author(lang, a)}<div class="node__content">'
            f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary">{text}</div>'
            f'<div class="field field--name-field-tags"><div class="field__label">{w["tags"]}</div><div class="field__items">{tags}</div></div>'
            f'</div></article>')
    if printable:
        return (f'<!DOCTYPE html>{html_open(lang)}<head><meta charset="utf-8" /><title>{escape(a.title)}</title>'
                f'<meta name="robots" content="noindex" /></head><body class="print">{node}</body></html>')
    node += (f'<div class="print-link"><a href="/print/{a.ident}">{w["print"]}</a></div>{drupal_comments(lang, a, rng)}')
    head = (f'<link rel="canonical" href="{base}{a.path}" /><link rel="shortlink" href="{base}/node/{a.ident}" />'
            f'<meta property="og:title" content="{escape(a.title)}" />')
    related = "".join(f'<li><a href="{o.path}">{escape(o.title)}</a></li>' for o in others[:4])
    side = f'<div class="block block-views"><h2>{w["related"]}</h2><ul>{related}</ul></div>'
    return drupal_shell(lang, a.title, head, node, side, a.ident)


def drupal_listing(lang: Lang, items: list[Article], heading: str, links: str) -> str:
    rows = "".join(f'<div class="views-row"><h3><a href="{a.path}">{escape(a.title)}</a></h3>'
                   f'<span class="date">{drupal_date(lang, a)}</span><p>{escape(a.paras[0][:100])}</p>'
                   f'<a href="/node/{a.ident}">{lang.words["read_more"]}</a></div>' for a in items)
    main = (f'<h1 class="page-title">{escape(heading)}</h1><div class="view view-news view-display-id-page_1">'
            f'<div class="view-content">{rows}</div><nav class="pager" role="navigation"><ul class="pager__items">{links}</ul></nav></div>')
    return drupal_shell(lang, heading, "", main, "", None)


def drupal_pages(lang: Lang, base: str, arts: list[Article]) -> dict[str, str]:
    pages = {}
    for a in arts:
        others = [o for o in arts if o is not a]
        pages[a.path] = drupal_article(lang, base, a, others, False)
        pages[f"/node/{a.ident}"] = pages[a.path]
        pages[f"/print/{a.ident}"] = drupal_article(lang, base, a, others, True)
    for sec, name in lang.sections["drupal"]:
        chunks = pages_of([a for a in arts if a.section[0] == sec])
        for n, chunk in enumerate(chunks):
            links = "".join(f'<li class="pager__item"><a href="{drupal_term(lang, sec, k)}">{k + 1}</a></li>' for k in range(len(chunks)))
            pages[drupal_term(lang, sec, n)] = drupal_listing(lang, chunk, name, links)
    for person in {n for a in arts for n in a.people}:
        pages[drupal_person(lang, person)] = drupal_listing(lang, [a for a in arts if person in a.people], person, "")
    for tag in {t for a in arts for t in a.tags}:
        pages[f"/taxonomy/term/{term_id(tag)}"] = drupal_listing(lang, [a for a in arts if tag in a.tags], tag, "")
    chunks = pages_of(arts)
    for n, chunk in enumerate(chunks):
        links = "".join(f'<li class="pager__item"><a href="/uni{"" if k == 0 else f"?page={k}"}">{k + 1}</a></li>'
                        for k in range(len(chunks)))
        pages["/uni" if n == 0 else f"/uni?page={n}"] = drupal_listing(lang, chunk, lang.words["all_news"], links)
    return pages


# ---------------------------------------------------------------- tumblr


def tumblr_date(lang: Lang, a: Article) -> str:
    d = a.when
    if lang.code == "ar":
        return ar_date(d, a.style != 0, levant=a.style < 3)
    return f"{d.day} de {ES.months[d.month - 1]}, {d.year}" if a.style % 2 else f"{ES.months[d.month - 1]} {d.day}, {d.year}"


def tumblr_shell(lang: Lang, title: str, head: str, main: str) -> str:
    nav = "".join(f'<a href="/blog/tagged/{quote(n.lower())}">{n}</a> ' for _, n in lang.sections["tumblr"])
    return f"""<!DOCTYPE html>{html_open(lang)}<head><meta charset="utf-8"><title>{escape(title)}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">{head}
<link rel="alternate" type="application/rss+xml" href="/blog/rss"><meta name="tumblr-theme" content="Optica"></head>
<body><div class="cookie-notice">{cookie_banner(lang)}</div><iframe class="tmblr-iframe" src="/dashboard/iframe?tid=1" title="tumblr controls"></iframe>
<header id="header"><h1 class="blog-title"><a href="/blog">{lang.blog}</a></h1><p class="description">{escape(lang.fillers[0][:60])}</p>
<nav class="pages">{nav}<a href="/blog/archive">{lang.words['archive']}</a> <a href="/blog/ask">{lang.words['contact']}</a></nav></header>
<section id="posts">{main}</section><footer><a href="https://www.tumblr.com/theme/1">Theme</a></footer></body></html>"""


def tumblr_post(lang: Lang, a: Article, full: bool, rng: random.Random) -> str:
    w = lang.words
    tags = [a.section[1], *a.tags]
    tag_links = " ".join(f'<a href="/blog/tagged/{quote(t.lower())}">#{escape(t.lower())}</a>' for t in tags)
    by = f'<span class="post-author">{w["by"]} {escape(a.people[0])}</span> · ' if a.people else ""
    notes = rng.randint(2, 60)
    note_count = ar_digits(str(notes)) if lang.code == "ar" else str(notes)
    meta = (f'<div class="post-meta">{by}<a class="category" href="/blog/tagged/{quote(a.section[1].lower())}">{a.section[1]}</a> · '
            f'<a class="permalink" href="{a.path}">{tumblr_date(lang, a)}</a> · <a href="{a.path}#notes">{note_count} {w["notes"]}</a></div>')
    body = "".join(f"<p>{escape(t)}</p>" for t in (a.paras if full else a.paras[:1]))
    out = (f'<article class="post text" id="{a.ident}0123"><header><h2 class="title"><a href="{a.path}">{escape(a.title)}</a></h2></header>'
           f'<div class="body-text">{body}</div>{meta}<div class="tags">{tag_links}</div>')
    if full:
        rows = "".join(f'<li class="note reblog"><a href="/blog">{slug(_person(lang, rng)) or "user"}{k}</a> {w["reblogged"]} '
                       f'<a href="/blog">{slug(lang.blog) or "blog"}</a></li>' for k in range(3))
        rows += f'<li class="note like"><a href="/blog">reader{notes}</a> {w["liked"]}</li>'
        out += f'<section id="notes"><ol class="notes">{rows}</ol></section>'
    return out + "</article>"


def tumblr_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    rng = random.Random(a.ident)
    related = "".join(f'<li><a href="{o.path.rsplit("/", 1)[0]}">{escape(o.title)}</a></li>' for o in others[:3])
    main = tumblr_post(lang, a, True, rng) + f'<aside class="related-posts"><h3>{lang.words["related"]}</h3><ul>{related}</ul></aside>'
    head = f'<link rel="canonical" href="{base}{a.path}"><meta name="description" content="{escape(a.paras[0][:120])}">'
    if a.style % 2:
        head += f'<meta property="og:title" content="{escape(a.title)}"><meta property="og:type" content="tumblr-feed:entry">'
    return tumblr_shell(lang, f"{lang.blog} — {a.title}", head, main)


def tumblr_listing(lang: Lang, items: list[Article], heading: str, older: str | None) -> str:
    posts = "".join(tumblr_post(lang, a, False, random.Random(a.ident)) for a in items)
    more = f'<nav class="pagination"><a class="next" href="{older}">{lang.words["next"]} →</a></nav>' if older else ""
    return tumblr_shell(lang, f"{lang.blog} — {heading}", "", f'<h2 class="page-heading">{escape(heading)}</h2>{posts}{more}')


def tumblr_pages(lang: Lang, base: str, arts: list[Article]) -> dict[str, str]:
    pages = {}
    for a in arts:
        page = tumblr_article(lang, base, a, [o for o in arts if o is not a])
        pages[a.path] = page
        pages[a.path.rsplit("/", 1)[0]] = page
    chunks = pages_of(arts)
    for n, chunk in enumerate(chunks):
        older = f"/blog/page/{n + 2}" if n + 1 < len(chunks) else None
        pages["/blog" if n == 0 else f"/blog/page/{n + 1}"] = tumblr_listing(lang, chunk, lang.blog, older)
    for tag in {t for a in arts for t in [a.section[1], *a.tags]}:
        mine = [a for a in arts if tag in (a.section[1], *a.tags)]
        pages[f"/blog/tagged/{quote(tag.lower())}"] = tumblr_listing(lang, mine, f"#{tag.lower()}", None)
    rows = "".join(f'<li><a href="{a.path}">{escape(a.title)}</a> <span>{tumblr_date(lang, a)}</span></li>' for a in arts)
    pages["/blog/archive"] = tumblr_shell(lang, f"{lang.blog} — {lang.words['archive']}", "", f'<ul class="archive">{rows}</ul>')
    return pages


# ---------------------------------------------------------------- the site


def home_page(lang: Lang) -> str:
    old = "/archive/index.htm" if lang.code == "ar" else "/diario/index.htm"
    gov_topics = "".join(f'<li><a href="{gov_topic(lang, s)}">{n}</a></li>' for s, n in lang.sections["gov"])
    main = (f'<h1>{lang.paper}</h1><ul><li><a href="{old}">{lang.words["archive"]}</a></li>'
            f'<li><a href="/gob">{lang.words["gov_site"]}</a></li><li><a href="/uni">{lang.university}</a></li>'
            f'<li><a href="/blog">{lang.blog}</a></li></ul><ul>{gov_topics}</ul>')
    return f'<!DOCTYPE html>{html_open(lang)}<head><meta charset="utf-8"><title>{lang.paper}</title></head><body>{main}</body></html>'


class Site(ArticlesSite):
    """A publication's site in the four templates, served while open."""

    def __enter__(self) -> Site:
        self.server, self.base_url = start_server(charset_handler(self.pages, self.codecs))
        rng = random.Random(self.seed)
        lang, base = self.lang, self.base_url
        self.articles = make_articles(lang, rng)
        by = {t: [a for a in self.articles if a.template == t] for t in TEMPLATES}
        old = table_pages(lang, by["table"])
        self.pages.update(old)
        self.codecs.update(dict.fromkeys(old, lang.old_codec))
        build: tuple[Callable[[Lang, str, list[Article]], dict[str, str]], ...] = (gov_pages, drupal_pages, tumblr_pages)
        for template, make in zip(("gov", "drupal", "tumblr"), build, strict=True):
            self.pages.update(make(lang, base, by[template]))
        self.pages["/"] = home_page(lang)
        about = f'<!DOCTYPE html>{html_open(lang)}<head><meta charset="utf-8"><title>{lang.words["about"]}</title></head><body><h1>{lang.words["about"]}</h1><p>{escape(" ".join(lang.fillers[:4]))}</p></body></html>'
        for path in ("/about.htm", "/contact.htm", "/cookies", "/gob/about", "/gob/contact", "/uni/about", "/uni/contact",
                     "/blog/ask"):
            self.pages[path] = about
        return self



def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.splitlines()[0], Site, (AR, ES), 17,
               "the first publication's seed (the n-th publication uses seed + n)",
               TEMPLATES, "blind9.db", same=loosely)


if __name__ == "__main__":
    main()
