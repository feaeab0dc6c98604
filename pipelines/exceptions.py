"""Why an item pipeline refused a record: ``DropItem`` subclasses that carry the
``fetches`` outcome, so the archive pipeline tells a duplicate from an invalid record
by the exception's type, never by its message."""

from __future__ import annotations

from scrapy.exceptions import DropItem


class RefusedRecord(DropItem):
    """A record an item pipeline will not store; ``outcome`` names its ``fetches`` row."""

    outcome = "dropped"


class InvalidRecord(RefusedRecord):
    """The record breaks the Article contract (no title, body too short, bad date...)."""


class DuplicateRecord(RefusedRecord):
    """The article was already stored in this crawl under another URL."""

    outcome = "duplicate"
