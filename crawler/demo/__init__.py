"""The bundled demo publication ("The Meridian Review") that ``clippings demo`` and the
tests crawl: content (:mod:`.content`, ``articles.json``), page templates
(:mod:`.templates`, :mod:`.pages`, :mod:`.feeds`), the HTTP server (:mod:`.server`)
and the expected records (:mod:`.truth`, ``truth-state1.json``, ``truth-state2.json``).
"""
