"""The bundled demo publication ("The Meridian Review") that ``clippings demo`` and the
tests crawl: content (:mod:`.content`, ``articles.json``), page templates
(:mod:`.templates`, :mod:`.pages`, :mod:`.feeds`) and the HTTP server (:mod:`.server`).
The expected records live with the tests (``tests/support/demo_truth.py``).
"""
