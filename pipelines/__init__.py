"""Scrapy item pipelines: clean -> validate -> identity -> dedupe -> store.

Their order is set in ``crawler/settings.py`` (``ITEM_PIPELINES``). Each one does one
job; a record dropped anywhere is written to the archive's ``fetches`` table with the
reason, by :class:`pipelines.store.ArchivePipeline`; the ``DropItem`` subclass raised
(:mod:`pipelines.exceptions`) names the row's outcome.
"""
