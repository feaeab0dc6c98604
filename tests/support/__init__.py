"""Test-only code: the demo site's expected records (:mod:`.demo_truth`), the
alternative-markup fixture generator (:mod:`.altmarkup`), a small seeded archive
(:mod:`.sample_archive`) and the distributed tests' Redis and workers (:mod:`.redis_crawls`). Product code never imports this package (import contracts
in ``pyproject.toml``)."""
