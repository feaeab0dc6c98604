"""A test-only item pipeline that holds the first record until Redis is gone.

Given to a coordinator with ``-s ITEM_PIPELINES=...`` it makes "Redis went away
while a record was still in the pipelines" happen every time, not by chance:
it writes ``CLIPPINGS_TEST_HOLD_FILE`` when it starts holding, then lets the
record go on once the Redis at ``CLIPPINGS_REDIS_URL`` refuses connections.
"""

from __future__ import annotations

import asyncio
import socket
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from scrapy.crawler import Crawler

MAX_HOLD = 120.0  # seconds: only against a test that never stops Redis


class HoldFirstRecordPipeline:
    def __init__(self, marker: Path, redis_url: str) -> None:
        self.marker = marker
        parts = urlsplit(redis_url)
        self.address = (parts.hostname or "127.0.0.1", parts.port or 6379)
        self.held = False

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> HoldFirstRecordPipeline:
        settings = crawler.settings
        return cls(Path(settings.get("CLIPPINGS_TEST_HOLD_FILE")), settings.get("CLIPPINGS_REDIS_URL"))

    def redis_answers(self) -> bool:
        try:
            with socket.create_connection(self.address, timeout=1):
                return True
        except OSError:
            return False

    async def process_item(self, item: Any) -> Any:
        if self.held:
            return item
        self.held = True
        self.marker.write_text("holding")
        waited = 0.0
        while self.redis_answers() and waited < MAX_HOLD:
            await asyncio.sleep(0.05)
            waited += 0.05
        return item
