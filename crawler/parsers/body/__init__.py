"""Stage two of a page: the article's own text, furniture dropped.

:mod:`.container` scores elements and chooses the one holding the article,
:mod:`.blocks` walks it into ``Block`` objects, and :mod:`.text` and
:mod:`.boilerplate` say what page furniture looks like.
"""

from crawler.parsers.body.blocks import extract_body

__all__ = ["extract_body"]
