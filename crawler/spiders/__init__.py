"""Spiders: discover and fetch pages politely. Extraction is left to crawler.parsers."""
