"""The news agencies (wires) as stories credit them, in one place: the source lines
("Quelle: dpa", "来源：新华社", "المصدر: رويترز"), the wire datelines ("BERLIN (dpa) -",
"القاهرة (رويترز) -") and the byline boxes all read their names from here."""

from __future__ import annotations

__all__ = ["ARABIC_WIRE_INITIALS", "ARABIC_WIRE_NAMES", "HAN_WIRES", "HINDI_WIRES", "KOREAN_WIRES", "WIRES"]

# The national wires Chinese pages name as a story's source ("来源：新华社"): Xinhua and
# China News Service, by its short and full name.
HAN_WIRES = ("新华社", "中新社", "中国新闻社")
# The Korean wires as their datelines print them ("(서울=연합뉴스) 홍길동 기자 =", "(서울=뉴시스) ="):
# Yonhap, Newsis and News1.
KOREAN_WIRES = ("연합뉴스", "뉴시스", "뉴스1")
# The national and international news agencies, as their own pages and their clients
# credit them (the names, their initials, their own script).
WIRES = frozenset(["dpa", "afp", "ap", "reuters", "apa", "sda", "keystone-sda", "kna", "epd", "efe", "agencia efe",
                   "ansa", "agi", "adnkronos", "lusa", "agência brasil", "agência estado", "estadão conteúdo",
                   "europa press", "тасс", "tass", "интерфакс", "interfax", "риа новости", "ria novosti", "pap",
                   "čtk", "mti", "belga", "anp", "aa", "anadolu ajansı", "dha", "iha", "xinhua", "kyodo",
                   "yonhap", "pti", "ians", "aap", "télam", "notimex", "andina", "prensa latina", "ntb", "tt",
                   "ritzau", "bta", "agerpres", "hina", "tanjug", "ats", "upi", "associated press",
                   "agence france-presse", "deutsche presse-agentur", "bloomberg",
                   # Indonesia's national wire, LKBN Antara ("Jakarta (ANTARA) -", "Penulis: Antara")
                   "antara",
                   # Romania's private wire since 1991, Mediafax, and Rompres, the state wire Agerpres was
                   # called until 2008 ("BUCUREŞTI (Mediafax) -", "Sursa: Rompres")
                   "mediafax", "rompres",
                   # the Athens-Macedonian News Agency, as Greek pages print it ("ΑΠΕ-ΜΠΕ", "ΑΠΕ")
                   # and as its English service does ("ANA-MPA")
                   "απε-μπε", "απε", "ana-mpa", *HAN_WIRES, *KOREAN_WIRES])
# The wires as Arabic pages print them in a wire's dateline ("القاهرة (رويترز) -", "الرياض
# (واس) -"): Reuters, AFP ("أ ف ب"), AP ("أ ب"), the Saudi, Emirati, Qatari, Kuwaiti,
# Jordanian, Syrian and Egyptian state agencies (SPA "واس", WAM "وام", QNA "قنا", KUNA
# "كونا", Petra "بترا", SANA "سانا", MENA "أ ش أ"), Anadolu ("الأناضول") and dpa ("د ب أ").
ARABIC_WIRE_INITIALS = frozenset(["رويترز", "أ ف ب", "أ.ف.ب", "ا ف ب", "أ ب", "واس", "وام", "قنا", "كونا", "بترا",
                                  "سانا", "أ ش أ", "الأناضول", "د ب أ"])
# ... and as a credit writes them out besides: AFP "فرانس برس", AP "أسوشيتد برس", UPI.
ARABIC_WIRE_NAMES = ARABIC_WIRE_INITIALS | frozenset(["فرانس برس", "وكالة فرانس برس", "أسوشيتد برس", "اسوشيتد برس",
                                                      "أسوشييتد برس", "يو بي آي"])
# The wires as Hindi pages print them in a wire's dateline ("नई दिल्ली, 16 मई (भाषा)", "मुंबई (आईएएनएस) -"):
# PTI's Hindi service "भाषा" and PTI spelled out, UNI's "वार्ता" and UNI, IANS, ANI.
HINDI_WIRES = frozenset(["भाषा", "पीटीआई", "वार्ता", "यूएनआई", "आईएएनएस", "एएनआई"])
