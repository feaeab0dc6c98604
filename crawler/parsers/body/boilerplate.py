"""What page furniture looks like, as data: phrases and class/id tokens.

The body and related-links extractors match against these tuples; nothing here is
specific to one site. Phrases are compared case-insensitively after whitespace is
collapsed (see :func:`crawler.parsers.body.text.norm_key`). Keep each tuple to one kind
of furniture so that a reader can see why a line was dropped, and add languages
where the phrase is cheap to know (the crawl is multilingual).
"""

from __future__ import annotations

from crawler.parsers.box_headings import COMMENT_COUNTED_NOUNS as COMMENT_COUNTED_NOUNS
from crawler.parsers.box_headings import COMMENT_THREAD_HEADINGS as COMMENT_THREAD_HEADINGS
from crawler.parsers.box_headings import COMMENT_THREAD_NOUNS as COMMENT_THREAD_NOUNS
from crawler.parsers.box_headings import RELATED_HEADING_PREFIXES as RELATED_HEADING_PREFIXES
from crawler.parsers.box_headings import RELATED_HEADINGS as RELATED_HEADINGS
from crawler.parsers.box_headings import UNRELATED_LIST_HEADINGS as UNRELATED_LIST_HEADINGS
from crawler.parsers.page_notes import ARTICLE_SELF_NAMES

# --- Phrases that make up a whole (short) line of furniture -----------------------

AD_PHRASES: tuple[str, ...] = (
    "advertisement", "advertisements", "advertising", "advert", "adverts", "ad", "ads",
    "sponsored ad", "werbeanzeige",
    "story continues below advertisement", "article continues below advertisement",
    "continue reading below", "article continues below", "story continues below",
    "continue reading the main story", "the article continues after the ad",
    "scroll to continue with content", "skip advert", "skip ad", "ad feedback",
    "remove ads", "advertise with us", "report an ad",
    "anzeige", "werbung", "weiterlesen nach der anzeige", "artikel wird nach der anzeige fortgesetzt",
    "publicité", "publicite", "la suite après cette publicité", "pub",
    "publicidad", "publicidade", "pubblicità", "annuncio", "advertentie", "reklame",
    "reklama", "mainos", "annons", "reklam", "iklan", "oglas", "hirdetés", "reklaam", "διαφήμιση", "реклама", "広告", "广告",
)

SPONSORED_PHRASES: tuple[str, ...] = (
    "sponsored", "sponsored content", "sponsored by", "paid content", "paid post",
    "partner content", "promoted", "promoted content", "presented by", "in partnership with",
    "recommended by", "from our partners", "affiliate link", "gesponsert", "sponsored stories",
    "contenu sponsorisé", "contenido patrocinado", "contenuto sponsorizzato", "anzeige",
)

SHARE_PHRASES: tuple[str, ...] = (
    "share", "share this", "share this article", "share this story", "share this post",
    "share article", "share on facebook", "share on twitter", "share on x", "share via email",
    "share on linkedin", "share on whatsapp", "copy link", "link copied", "copy url",
    "email", "print", "tweet", "facebook", "twitter", "x", "linkedin", "reddit", "bluesky",
    "whatsapp", "pinterest", "telegram", "threads", "flipboard", "mastodon", "messenger",
    "share or comment on this article", "gift this article", "save article", "save",
    "listen to this article", "listen", "teilen", "artikel teilen", "link kopieren",
    "drucken", "merken", "partager", "partager cet article", "copier le lien",
    "compartir", "compartilhar", "condividi", "delen", "del", "dela",
)

# Share labels that are furniture only as a whole line: German "share this article /
# post", the label of WordPress's Flattr button and the line Jetpack's likes widget
# shows while it loads. Their words ("like", "this", "loading", "beitrag") are everyday
# words, so they stay out of the one-word share vocabulary (review 21).
SHARE_LABELS: tuple[str, ...] = (
    "diesen artikel teilen", "diesen beitrag teilen", "beitrag teilen", "flattr this", "like loading",
)

NEWSLETTER_PHRASES: tuple[str, ...] = (
    "sign up for our newsletter", "subscribe to our newsletter", "sign up", "subscribe",
    "newsletter", "get our newsletter", "join our newsletter", "sign up to our newsletter",
    "get the latest news delivered to your inbox", "enter your email address",
    "your email address", "by signing up, you agree", "thank you for signing up",
    "thanks for signing up", "subscribe now", "subscribe today", "become a member",
    "support our journalism", "newsletter abonnieren", "jetzt abonnieren",
    "abonnez-vous", "inscrivez-vous à la newsletter", "suscríbete", "iscriviti alla newsletter",
)

COOKIE_PHRASES: tuple[str, ...] = (
    "we use cookies", "this website uses cookies", "this site uses cookies",
    "accept cookies", "accept all cookies", "cookie settings", "cookie policy",
    "manage cookies", "accept all", "reject all", "i accept", "got it",
    "wir verwenden cookies", "diese website verwendet cookies", "alle akzeptieren",
    "nous utilisons des cookies", "utilizamos cookies", "utilizziamo i cookie",
)

COMMENT_PHRASES: tuple[str, ...] = (
    "comments", "comment", "leave a comment", "leave a reply", "post a comment",
    "add a comment", "join the conversation", "join the discussion", "show comments",
    "view comments", "load comments", "be the first to comment", "no comments yet",
    "you must be logged in to post a comment", "comments are closed",
    "kommentare", "kommentar schreiben", "commentaires", "comentarios", "commenti",
    # a comment box's prompt printed as text (Facebook's comments plugin, site builders' blogs)
    "write a comment", "écrire un commentaire", "escribe un comentario", "scrivi un commento",
)

FOLLOW_PHRASES: tuple[str, ...] = (
    "follow us", "follow us on", "follow us on twitter", "follow us on facebook",
    "like us on facebook", "follow", "folgen sie uns", "suivez-nous", "síguenos", "seguici",
)

# Openings of notices a page shows in place of a script-driven widget.
NOTICE_PREFIXES: tuple[str, ...] = (
    "this slideshow requires javascript", "please enable javascript", "javascript is disabled",
    "you need to enable javascript", "your browser does not support", "to view this video",
    "this video is not available", "this content is not available", "loading...",
    "bitte aktivieren sie javascript", "veuillez activer javascript",
)

# A consent tool's placeholder for a blocked embed (a map, a video): "Click on the
# button below to load the content of www.example.com." Furniture only when the line
# is the placeholder itself (the opening, the host, the end): a story's sentence that
# starts with these words goes on and stays (review 21).
CONSENT_PLACEHOLDER_OPENINGS: tuple[str, ...] = (
    "click on the button below to load the content", "click the button below to load the content",
    "klicken sie auf den unteren button, um den inhalt", "klicken sie auf den button, um den inhalt",
)

# Pieces of a metered-paywall or log-in prompt ("You have read 3 of 5 free articles
# this month", "Already a subscriber? Sign in"): a short line that opens a sentence
# with one, or speaks to the reader, is furniture ("Readers who want to read the full
# story will now have to pay, the publisher said" is news).
PAYWALL_MARKERS: tuple[str, ...] = (
    "already a subscriber", "already subscribed", "already a member", "subscribe to continue",
    "subscribe to keep reading", "subscribe to read", "subscribers only", "for subscribers only",
    "to continue reading, subscribe", "log in to continue reading", "sign in to continue reading",
    "unlock this article", "start your free trial", "free articles left", "free article left",
    "free articles remaining", "free articles this month", "of your free articles",
    "ihre kostenlosen artikel", "bereits abonnent", "déjà abonné", "ya eres suscriptor",
    "to view the full story", "to read the full story", "to read the full article", "please subscribe to",
    # the subscriber-only label French, German and Spanish sites print over an
    # article ("Article réservé aux abonnés", "Nur für Abonnenten", "Exclusivo para suscriptores")
    "réservé aux abonnés", "nur für abonnenten", "exclusivo para suscriptores",
)

# Words that, together in one short line, make it an appeal for money ("If you value
# local news, please consider supporting us"): an appeal opening and a support word.
APPEAL_OPENINGS: tuple[str, ...] = (
    "please consider", "if you value", "if you enjoy", "if you enjoyed", "if you like",
    "if you appreciate", "if you found this", "you can help", "help us keep", "help keep",
    "we rely on", "relies on readers", "depend on readers", "bitte unterstützen", "unterstützen sie uns",
    # German "if you liked our (article)", formal and familiar ("hat ihnen" alone is prose:
    # "Die Stadt hat ihnen Unterstützung zugesagt")
    "wenn ihnen unser", "wenn dir unser", "gefällt ihnen unser", "gefällt dir unser",
    "soutenez-nous", "apóyanos",
)
APPEAL_WORDS: tuple[str, ...] = (
    "support", "donat", "contribut", "subscri", "become a member", "membership", "patreon", "tip jar",
    "unterstütz", "spende", "soutien", "don ", "apoy",
)

# Words by which a site speaks to its reader or of itself ("your inbox", "support
# us", "dein Kommentar"). Site notices use them; news prose about a newsletter, a
# paywall or a comment ("declined to comment") is told in the third person. Words
# that are also another language's ordinary words are left out: German
# sie/ihr/ihre/ihnen (third person; the formal "Sie", capitalised inside a sentence,
# is read from the text, :data:`FORMAL_ADDRESS`), French "je" ("I"), "ton"/"ta".
READER_PRONOUNS: tuple[str, ...] = (
    "you", "your", "yours", "we", "our", "us",
    "du", "dein", "deine", "dich", "dir", "euch", "euer", "wir", "uns", "unser", "unsere",
    "vous", "votre", "vos", "tu", "tes", "nous", "notre", "nos",
    "usted", "ustedes", "tú", "nosotros", "nuestro", "nuestra", "vosotros",
    "voi", "noi", "nostro", "nostra", "vostro", "você", "vocês", "nosso", "nossa",
    "jij", "jouw", "uw", "wij", "ons", "onze",
)
# German formal address: these words, capitalised inside a sentence ("Melden Sie
# sich an", "Ihr Konto"), speak to the reader; lower-case they are third person.
FORMAL_ADDRESS: tuple[str, ...] = ("Sie", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "Ihnen")

# What makes a line holding a disclosure marker the post's own notice: a label
# opening it, set off by punctuation ("Anzeige, enthält Affiliate-Links", "*Werbung.
# Dieser Beitrag enthält Werbung", "Disclosure: ..."), or the post itself named by a
# demonstrative with a verb of containing ("This post contains affiliate links"). News
# about a disclosure names someone else ("Bloggers who use affiliate links must say so")
# or goes on with another verb ("This sponsored post by an influencer broke the rules",
# "Note that affiliate links are banned").
DISCLOSURE_LABELS: tuple[str, ...] = (
    "anzeige", "werbung", "hinweis", "transparenz", "disclosure", "disclaimer", "note",
    "publicité", "publicidad", "sponsored", "advertisement",
)
DISCLOSURE_DEMONSTRATIVES: tuple[str, ...] = (
    "this", "these", "dieser", "diese", "dieses", "ce", "cet", "cette", "este", "esta", "questo", "questa",
)
DISCLOSURE_VERBS: tuple[str, ...] = (
    "contains", "contain", "includes", "include", "is", "are", "may", "uses", "use", "enthält", "enthalten",
    "beinhaltet", "ist", "contient", "est", "contiene", "es", "contém", "é", "bevat",
)

# A post's disclosure of advertising or affiliate links ("*Werbung. Dieser Beitrag
# enthält Werbung", "This post contains affiliate links"): the site's notice, not the text.
DISCLOSURE_MARKERS: tuple[str, ...] = (
    "affiliate link", "affiliate-link", "enthält werbung", "unbezahlte werbung", "unbeauftragte werbung",
    "werbung, enthält", "contains affiliate", "sponsored post", "this post is sponsored",
    "may earn a commission", "may receive a commission", "contient des liens affiliés",
    "contiene enlaces de afiliados",
)

# First-person plural of a site speaking of itself: an appeal holds one ("support us",
# "unser Journalismus").
SITE_PRONOUNS: tuple[str, ...] = (
    "us", "our", "we", "uns", "unser", "unsere", "unseren", "nous", "nos", "notre",
    "nuestro", "nuestra", "nosotros",
)

# News prose's "comment" is a verb ("declined to comment", "a request for comment"): a
# line saying so is not a comments-policy notice, whatever else it holds.
COMMENT_IDIOMS: tuple[str, ...] = ("to comment", "for comment", "comment on")

# A site's own channel on a messaging or video network ("our YouTube channel", "unser
# Telegram-Kanal"): with the site's possessive next to it, or the reader addressed
# (:data:`READER_ADDRESS`), outside quoted speech, a promotion of the channel; news
# names someone else's ("on his Telegram channel", "“Our channel was hacked,” the band said").
CHANNEL_WORDS: tuple[str, ...] = ("channel", "canal", "kanal", "chaîne", "canale")
CHANNEL_NETWORKS: tuple[str, ...] = (
    "youtube", "telegram", "whatsapp", "instagram", "tiktok", "twitch", "podcast", "signal",
)

# The site's first-person plural possessive before its channel ("our", "unser-", "nuestro").
CHANNEL_POSSESSIVES: tuple[str, ...] = (
    "our", "unser", "unsere", "unseren", "unserem", "unserer", "unseres", "notre", "nos",
    "nuestro", "nuestra", "nostro", "nostra", "nosso", "nossa", "onze", "ons",
)
# Second-person words of :data:`READER_PRONOUNS` (the reader addressed, not "we" of
# whoever speaks): "Únete desde tu celular", "Join us? you ...".
READER_ADDRESS: tuple[str, ...] = (
    "you", "your", "yours", "du", "dein", "deine", "dich", "dir", "euch", "euer",
    "vous", "votre", "vos", "tu", "tes", "usted", "ustedes", "tú", "vosotros", "voi", "vostro",
    "você", "vocês", "jij", "jouw", "uw",
)

# Words that, together in one short line, make it a newsletter or subscription pitch.
# Beside English, the word for a newsletter in the languages the shared sets and the blind
# sites print (a stem where the word declines: "newslettera", "bültenimize", "рассылку"),
# and the sign-up verbs as a pitch writes them, imperative or infinitive ("Abonnieren Sie",
# "Iscriviti", "Zapisz się"): a story's past forms ("den 5000 Menschen abonniert haben")
# are none of them.
NEWSLETTER_NOUNS: tuple[str, ...] = (
    "newsletter", "newsletters", "inbox", "e-mail alerts", "email alerts",
    "nieuwsbrief", "nyhetsbrev", "nyhedsbrev", "bülten", "рассылк", "boletín",
)
NEWSLETTER_VERBS: tuple[str, ...] = (
    "sign up", "subscribe", "signup", "delivered", "get the", "register",
    "abonnieren", "anmelden", "iscriviti", "inscrivez-vous", "abonnez-vous", "suscríbete", "suscríbase",
    "inscreva-se", "assine", "zapisz się", "schrijf je in", "meld je aan", "abonneer je", "prenumerera",
    "abone ol", "подпишитесь", "подписаться",
)

# First words of an unpunctuated tag list ("Tags calendario, stock car, ...").
TAG_LIST_WORDS: tuple[str, ...] = (
    "tags", "tagged", "topics", "keywords", "schlagworte", "schlagwörter", "themen", "etiquetas",
    "mots-clés", "parole chiave", "trefwoorden",
)

# Words that, together in one short line, make it a comments-policy notice.
COMMENT_NOUNS: tuple[str, ...] = ("comment", "comentário", "comentario", "kommentar", "commentaire", "commento")
MODERATION_WORDS: tuple[str, ...] = (
    "moderat", "approved", "aprovad", "aprobad", "freigeschaltet", "community guidelines",
    "house rules", "terms of use",
)

# Markers of a byline / metadata line ("05/10/2018 - Publicado por: X - Categoria: Y").
META_MARKERS: tuple[str, ...] = (
    "published by", "posted by", "posted on", "published on", "written by", "publicado por",
    "publicado em", "publicado el", "category:", "categoria:", "categoría:", "tags:",
    "filed under", "updated:", "published:", "last updated", "veröffentlicht am",
    "aktualisiert am", "publié le", "mis à jour le", "pubblicato il", "uppdaterad", "publicerad",
    "oppdatert", "publisert", "opdateret", "publiceret", "päivitetty", "julkaistu",
)

# The entry footer of WordPress's classic default theme ("Kubrick", 2005-2010) and
# the many themes built on it, printed inside the entry: "This entry was posted on
# Wednesday, March 5th, 2008 at 9:12 am and is filed under Work. You can follow any
# responses to this entry through the RSS 2.0 feed." (German: "Dieser Eintrag wurde
# am ... veröffentlicht und ist abgelegt unter ..."): the post's date and category.
ENTRY_FOOTER_OPENINGS: tuple[str, ...] = ("this entry was posted", "dieser eintrag wurde")

# A forum's edit notice under a post (phpBB: "Last edited by X on Thu Mar 07, 2024 9:02
# am, edited 1 time in total."; German "Zuletzt geändert von X am ...", French "Dernière
# édition par X le ..."; vBulletin "Last edited by X; 03-07-2024 at 09:02 AM."): the
# edit's date and editor, not the post's text.
EDIT_NOTICE_OPENINGS: tuple[str, ...] = ("last edited by", "zuletzt geändert von", "dernière édition par")

# Pieces of a health or finance publisher's editorial-policy notice printed by the
# byline ("Our experts continually monitor the health and wellness space, and we
# update our articles when new information becomes available."; "We only use
# quality, credible sources to ensure content accuracy and integrity ... our
# editorial policy"): the site's statement about all its articles, not this one's text.
EDITORIAL_POLICY_MARKERS: tuple[str, ...] = (
    "we update our articles when new information", "our editorial policy", "our editorial standards",
    "to ensure content accuracy", "how we ensure our content", "our medical review process",
)

# A licence notice under the text ("This text is published under the licence
# CC-BY-NC-ND 4.0", "All our own articles are, unless stated otherwise, under a Creative
# Commons licence"): a licence's name and words that make the text, or all of the
# site's, what the line speaks of; news about a licence names no such thing.
LICENCE_NAMES: tuple[str, ...] = ("creative commons", "cc by", "cc-by", "cc0")

# The page's own article named by a demonstrative, and how a note about the page
# names it: :mod:`crawler.parsers.page_notes` (the header scan asks it too).
LICENCE_SUBJECTS: tuple[str, ...] = (
    *ARTICLE_SELF_NAMES,
    "this work", "all content", "unless otherwise", "alle inhalte", "sofern nicht anders",
)

# Openings of short call-to-action lines ("Follow us on Instagram for ...").
CALL_TO_ACTION_PREFIXES: tuple[str, ...] = (
    "follow us on", "like us on", "sign up for our", "sign up to our", "subscribe to our",
    "subscribe to the", "get our newsletter", "download our app", "download the app",
    "click here to subscribe", "like this story", "like this article", "for more stories like this",
    "enjoyed this article", "did you enjoy this", "folgen sie uns", "abonnieren sie", "suivez-nous sur",
    "abonnez-vous à", "síguenos en", "suscríbete a", "seguici su",
)

# Lines that open a teaser for another article inside the body ("Read more: ...").
READ_MORE_PREFIXES: tuple[str, ...] = (
    "read more:", "read more", "read also:", "read also", "also read:", "also read",
    "read next:", "read next", "related:", "related story:", "related article:",
    "related coverage:", "related post:", "related posts:", "related roundup:",
    "related reading:", "related link:", "related links:", "see also:", "more:", "recommended:", "must read:",
    "click here to", "watch:", "listen:", "trending:", "don't miss:", "more on this story",
    "lesen sie auch", "lesen sie mehr", "mehr zum thema", "auch interessant:", "weiterlesen:",
    "lire aussi", "à lire aussi", "a lire aussi", "voir aussi", "lea también", "leer más",
    "lee también", "leia também", "leia mais", "leggi anche", "lees ook", "läs också", "czytaj też",
    "czytaj także", "читайте также",
    # Polish "see also" / "read also", Spanish formal "you may be interested in"
    "zobacz również", "zobacz też", "czytaj również", "przeczytaj także", "przeczytaj również",
    "le puede interesar", "también le puede interesar",
    # Arabic "read also" (with and without the tanween, with either alif), the label of
    # Arabic news sites' inline link to another story
    "اقرأ أيضاً", "اقرأ أيضا", "اقرأ ايضا", "إقرأ أيضاً", "إقرأ أيضا",
)

# (the headings of other stories' and comments' boxes: :mod:`crawler.parsers.box_headings`)


# Openings of headings after which the rest of the section is links, for the body
# extractor (narrower than the above: "Related post: <title>" heads one inline teaser).
RELATED_SECTION_PREFIXES: tuple[str, ...] = (
    "more from ", "more on ", "more in ", "more stories from ", "more news from ",
)


# --- Related-links cards ------------------------------------------------------------
# A box of other stories picked for this one (a related or recommended list, a
# "recirculation" module): furniture, and a related-links container.
_RECIRCULATION_WORDS: tuple[str, ...] = ("related", "recommended", "recommendations", "recirc", "recirculation")
# Class / id words (and joined word pairs: "read-next" -> "readnext") of a block of
# links to related articles.
RELATED_CONTAINER_TOKENS: tuple[str, ...] = (
    *_RECIRCULATION_WORDS, "relatedposts", "relatedarticles",
    "readnext", "readmore", "morestories", "morenews", "morearticles", "youmaylike",
    "further", "alsoread", "youmay", "mightlike", "maylike", "upnext",
    "moreposts", "morefrom", "morelike", "alsolike", "readalso", "seealso",
)
# Words of sponsored / advertising widgets: never related links.
SPONSORED_TOKENS: tuple[str, ...] = (
    "sponsor", "sponsored", "sponsors", "outbrain", "taboola", "promoted", "promo", "ad", "ads",
    "advert", "advertisement", "partner", "partners", "native", "dianomi", "paid", "commercial",
)
# Words of the parts of a card.
CARD_SECTION_TOKENS: tuple[str, ...] = (
    "category", "categories", "section", "kicker", "eyebrow", "label", "rubric", "topic",
    "overline", "tag", "cat", "channel", "vertical", "department", "flag",
)
CARD_DATE_TOKENS: tuple[str, ...] = ("date", "time", "timestamp", "published", "pubdate", "datetime", "meta")
CARD_SUMMARY_TOKENS: tuple[str, ...] = (
    "summary", "excerpt", "teaser", "dek", "description", "desc", "standfirst", "intro", "lead",
    "abstract", "snippet", "blurb",
)
# Link texts that are controls, not headlines.
CONTROL_LINK_TEXTS: tuple[str, ...] = (
    "read more", "more", "continue reading", "read the full story", "view all", "see all",
    "show more", "load more", "next", "previous", "mehr", "weiterlesen", "lire la suite",
)
# Paths of listing pages: a link there is a card's section label, not its article.
LISTING_PATHS: tuple[str, ...] = (
    "/section/", "/category/", "/categories/", "/tag/", "/tags/", "/topic/", "/topics/",
    "/author/", "/authors/", "/thema/", "/themen/", "/rubrique/", "/categoria/",
)

# Paths of site pages that are never articles (service pages linked from widgets).
SERVICE_PATHS: tuple[str, ...] = (
    "/terms", "/privacy", "/about", "/contact", "/impressum", "/datenschutz", "/help", "/faq",
    "/subscribe", "/newsletter", "/login", "/signin", "/register", "/account", "/cookie",
    "/information/", "/legal", "/advertise", "/careers", "/jobs/",
)

# Related-list headings that may also head a part of the article itself.
AMBIGUOUS_HEADINGS: tuple[str, ...] = (
    "latest", "popular", "trending", "recommended", "read more", "continue reading",
    "more on", "more in", "more from", "related topics",
)

# Labels of page controls that end up as text (buttons drawn with <span>s).
UI_PHRASES: tuple[str, ...] = (
    "close", "caption", "toggle caption", "hide caption", "show caption", "expand", "collapse",
    "show more", "show less", "load more", "view more", "menu", "back to top", "scroll to top",
    "enlarge this image", "enlarge image", "zoom", "play", "pause", "mute", "unmute", "replay",
    "previous", "next", "prev", "image", "video", "photo", "gallery", "open gallery",
    "view gallery", "fullscreen", "full screen", "sign in", "log in", "login", "register",
    "sign in or create an account", "create an account", "create a free account",
    "weitere informationen", "ende der weiteren informationen", "mehr anzeigen", "schließen",
    "fermer", "cerrar", "chiudi", "sluiten",
    # an image viewer's buttons ("show picture", "close picture", "enlarge picture")
    "bild anzeigen", "bild schließen", "bild vergrößern", "show image", "close image", "view image",
    "empfohlener redaktioneller inhalt", "externer inhalt", "ein klick für den datenschutz",
    "inhalte von drittanbietern", "contenu externe", "contenido externo",
    # the title of a table-of-contents box (Easy Table of Contents, LuckyWP, Rank Math),
    # whose links are dropped as a link list while its title stays a line of its own
    "table of contents", "toggle table of contents", "inhaltsverzeichnis", "table des matières", "sommaire",
)

READING_TIME_MARKERS: tuple[str, ...] = (
    "min read", "mins read", "minute read", "minutes read", "min. read", "min lesezeit",
    "minuten lesezeit", "lesezeit", "min de lecture", "minutes de lecture", "min de lectura",
    "minutos de lectura", "min di lettura", "min leestijd", "reading time",
)

# Short lines that label a tag list, a photo credit or similar.
LABEL_PREFIXES: tuple[str, ...] = (
    "tags:", "tagged:", "topics:", "filed under:", "categories:", "category:",
    "schlagworte:", "themen:", "mots-clés:", "etiquetas:", "photo:", "image:", "foto:",
    "bild:", "credit:", "source:", "quelle:", "copyright", "©", "(c)", "all rights reserved",
    "bildrechte:", "bildquelle:", "bildnachweis:", "fotos:", "photos:", "photo credit:",
    "image credit:", "image source:", "crédit photo", "crédits photo", "личный архив",
    # German "cover picture:", "post picture:" credits
    "titelbild:", "beitragsbild:",
)

# --- Class / id vocabulary ---------------------------------------------------------
# Tokens are matched against the words of class and id values, split on "-", "_",
# spaces and camelCase humps ("shareBar" -> "share", "bar").

# The groups more than one list below holds, each written once.
# A cookie or consent banner's words, and the consent platforms' names (OneTrust,
# Cookiebot, Didomi, Usercentrics): furniture, strong furniture and a consent box.
_CONSENT_WORDS: tuple[str, ...] = (
    "cookie", "cookies", "consent", "gdpr", "onetrust", "cookiebot", "didomi", "usercentrics",
)
# Readers' comments named in the site's language (German, Spanish, French, Polish):
# furniture, and strong furniture.
_COMMENTS_IN_LANGUAGES: tuple[str, ...] = ("kommentare", "comentarios", "commentaires", "komentarze")
# A standfirst's class words (the lead or summary above the text): furniture in the
# text column, and the standfirst's marks (:data:`LEAD_TOKENS`).
_STANDFIRST_WORDS: tuple[str, ...] = (
    "dek", "deck", "standfirst", "lead", "lede", "leadtext", "excerpt", "abstract",
    "subline", "strapline", "sapo", "chapo", "chapeau", "vorspann", "ingress",
    "entradilla", "sommario", "summary",
)

# Class words of page furniture: navigation, share bars, ads, comments, other stories, meta rows.
FURNITURE_TOKENS: tuple[str, ...] = (
    "nav", "navbar", "navigation", "menu", "menubar", "breadcrumb", "breadcrumbs",
    "footer", "masthead", "topbar", "toolbar",
    "share", "sharing", "shares", "sharebar", "social", "socials", "sociallinks",
    "newsletter", "subscribe", "signup", "optin",
    *_CONSENT_WORDS, "cmp", "privacy",
    "comment", "comments", "disqus", "discussion", "respond", "replies",
    *_RECIRCULATION_WORDS, "outbrain",
    "taboola", "sidebar", "widget", "widgets", "rail", "aside",
    # the same furniture named in the site's own language: comments, sidebar, footer,
    # header, advertising ("kommentare", "seitenleiste", "fusszeile", "werbung",
    # "comentarios", "commentaires", "komentarze"; the singular "kommentar", a comment's
    # box ("kommentar_2770530"), is also an opinion piece's genre ("artikel kommentar"):
    # furniture, not strong, so a box holding most of the text stays)
    "kommentar", *_COMMENTS_IN_LANGUAGES, "seitenleiste", "randspalte", "fusszeile", "kopfzeile", "werbung",
    "promo", "promos", "promotion", "teaser", "teasers",
    "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot",
    "adunit", "dfp", "gpt", "sponsor", "sponsored", "sponsors", "dianomi",
    "popup", "modal", "overlay", "lightbox", "tooltip", "skip", "offscreen",
    # a control's label ("Show the picture", "Get the offer"), not a line of the text
    "btn", "button",
    "tags", "tag", "tagcloud", "keywords", "topics",
    "byline", "author", "authors", "dateline", "timestamp", "date", "meta", "metadata",
    "caption", "credit", "credits", "copyright", "figcaption",
    "pagination", "pager", "paging", "prevnext", "readmore", "loadmore", "trending",
    "popular", "mostread", "kicker",
    # the lead / summary above the text is the record's description, not its body
    *_STANDFIRST_WORDS,
    "rating", "vote", "poll", "login", "signin", "register", "search",
    "bio", "newsticker", "follow",
    # a page builder's testimonial and pricing-table modules (Divi's "et_pb_testimonial",
    # "et_pb_pricing", Elementor's "elementor-widget-testimonial", "price-table"'s
    # "pricing"): a customer's quote and an offer set beside the post, not its text
    # (furniture, not strong: a page that is only testimonials or prices keeps them)
    "testimonial", "testimonials", "pricing",
)

# Class words of a standfirst (lead, intro, abstract, teaser text): furniture in
# the text column (a teaser there is another article's), but the first paragraph of
# the article when printed between the headline and the text (see
# ``blocks._lead_before``): trafilatura keeps it, readers read it.
LEAD_TOKENS: tuple[str, ...] = (*_STANDFIRST_WORDS, "intro", "teaser", "description", "subheadline", "subhead")
# Class words of a picture's caption or credit ("mediaSubtitle", "ImageDescriptionText"):
# never the standfirst, whatever lead word they carry.
CAPTION_TOKENS: tuple[str, ...] = (
    "image", "img", "photo", "picture", "media", "video", "caption", "credit", "figure", "gallery",
)

# Class words of a dialog laid over the page (Bootstrap's and most themes' "modal",
# "session-dialog"): a notice about the page ("your session has expired", "sign in",
# "turn off your ad blocker"), never its text, however much of the page's text it holds
# (a page whose story is loaded by script has nothing else). "popup" is left out: a
# gallery's "popup-gallery" (Magnific Popup) wraps the story's pictures.
DIALOG_TOKENS: tuple[str, ...] = ("modal", "dialog")

# Class words of a cookie or consent banner ("cookie-consent", "CookieBar", OneTrust's,
# Cookiebot's, Didomi's, Usercentrics' boxes): a short notice that is never the page's
# text, however much of it it holds (an empty category page, a page whose story is
# loaded by script). A long box so named is a cookie policy: a page of its own. ("cmp",
# a consent platform's short name, is left out: it is also a site's short name of
# "component", "v-cmp-suh" on a story's subheading.)
CONSENT_TOKENS: tuple[str, ...] = (*_CONSENT_WORDS, "cookiebar")

# Words that make a class name describe a state, not a thing ("comments-enabled",
# "has-sidebar", "no-ads"): such a name never marks furniture.
STATE_TOKENS: tuple[str, ...] = (
    "enabled", "disabled", "open", "closed", "allowed", "active", "inactive", "on", "off",
    "has", "no", "with", "without", "is", "hide", "show", "free", "none",
)

# Words that make a name describe a live report ("live-match-comment",
# "liveticker-comments"): a live ticker calls its running commentary "comments", and
# that commentary is the text; readers' comments are never "live".
LIVE_TOKENS: tuple[str, ...] = ("live", "liveticker", "liveblog", "ticker")

# Furniture however much text it holds (a cookie policy can outweigh a short article).
STRONG_FURNITURE_TOKENS: tuple[str, ...] = (
    *_CONSENT_WORDS, "cmp", "comment", "comments", "disqus", "newsletter", "taboola", "outbrain",
    *_COMMENTS_IN_LANGUAGES,
)

# Parts of run-together class names ("relatedposts", "socialshare") that mark furniture.
FURNITURE_SUBSTRINGS: tuple[str, ...] = (
    "related", "sidebar", "newsletter", "advert", "cookie", "social", "sharing",
    "sharebar", "breadcrumb", "footer", "comments", "disqus", "taboola", "outbrain",
    "recommend", "navigation", "navbar", "subscribe", "sponsor",
)

# Words of embedded posts quoted in the text (kept, though they say "social").
EMBED_TOKENS: tuple[str, ...] = ("embed", "embedded", "tweet", "instagram", "bluesky", "mastodon")

# Tokens that mark the article text container; an element carrying one is never
# dropped as furniture (a body wrapper may also say "has-sidebar").
CONTENT_TOKENS: tuple[str, ...] = (
    "articlebody", "articletext", "articlecontent", "storybody", "storytext",
    "storycontent", "postbody", "postcontent", "posttext", "entrycontent", "entrybody",
    "bodytext", "textbody", "maintext", "richtext", "prose", "articlebodytext",
    "contentbody", "bodycontent", "entrytext", "paywallcontent",
)

# Words that make a container more likely to be the text (used in scoring, and
# compared against joined token pairs, e.g. "article-body" -> "articlebody").
POSITIVE_TOKENS: tuple[str, ...] = (
    "article", "body", "content", "entry", "main", "post", "story", "text", "blog",
    "column", "prose", "paragraph",
    # the same words of sites that name their boxes in their own language ("inhalt",
    # "artikel-text", "contenido", "contenu", "tresc"): German, Spanish, French,
    # Italian, Portuguese, Dutch, Polish
    "inhalt", "artikel", "beitrag", "contenido", "articulo", "noticia", "texto", "contenu",
    "texte", "contenuto", "testo", "conteudo", "inhoud", "tresc", "artykul",
)

# Whole class / id names (lower-cased) that are furniture even though their words
# alone are harmless. The print-stylesheet marks ("noprint": MediaWiki's, on a wiki's
# tagline "From X, the free encyclopedia", its navigation boxes and edit links;
# "no-print", Bootstrap's "d-print-none", "hidden-print") name what a page leaves out
# of a printed copy: its furniture, not its text.
FURNITURE_NAMES: tuple[str, ...] = (
    "sr-only", "screen-reader-text", "visually-hidden", "visuallyhidden", "element-invisible",
    "u-hidden", "is-hidden", "d-none", "hide-for-print",
    "noprint", "no-print", "d-print-none", "hidden-print",
)
