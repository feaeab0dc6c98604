"""Test-only code: the demo site's expected records (:mod:`.demo_truth`), the
alternative-markup fixture generator (:mod:`.altmarkup`) and a small seeded archive
(:mod:`.sample_archive`). Product code never imports this package (import contracts
in ``pyproject.toml``)."""
