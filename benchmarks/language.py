"""Language detection: which library agrees with the pages' declared language, and at what cost.

For every page of the given benchmark folders (``fundus-articles``,
``trafilatura-eval-dev``) that :func:`crawler.parsers.parse_article` takes for an
article and whose markup declares a language, each detector reads the extracted
body and names a language. The declared tag's primary subtag (``de-AT`` -> ``de``)
is compared with the detected one. Cost is CPU time (``time.process_time``) per
page in the same run, the one-off model load apart.

Detectors: ``cld2`` (``pycld2``, the one Clippings uses, see
:mod:`crawler.parsers.language`), ``py3langid`` (the one it used before: same first
2,000 characters, normalised probabilities), ``lingua`` (``lingua-language-detector``,
all languages, low-accuracy mode off) and ``langdetect`` (seeded). The three outside
peers are only needed here: ``pip install py3langid lingua-language-detector langdetect``.

    python benchmarks/language.py ../shared/benchmarks/fundus-articles \
        ../shared/benchmarks/trafilatura-eval-dev [--show-disagreements]
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from crawler.parsers import parse_article
from crawler.parsers.language import MAX_CHARS, MIN_LETTERS, detect_language

Detector = Callable[[str], str | None]
# Codes that name the same language at another level (Norwegian Bokmål / Nynorsk
# are "no" to py3langid, CLD2 and langdetect): compared as equal.
SAME_LANGUAGE = {"nb": "no", "nn": "no"}
WARM_UP = "A sentence long enough for every detector to load its model and answer."


def same(declared: str, detected: str | None) -> bool:
    return detected is not None and SAME_LANGUAGE.get(declared, declared) == SAME_LANGUAGE.get(
        detected, detected)


def declared_pages(folders: list[Path]) -> list[tuple[str, str, str]]:
    """(page id, declared primary subtag, body) of each article page declaring a language."""
    pages = []
    for folder in folders:
        for line in (folder / "truth.jsonl").read_text(encoding="utf-8").splitlines():
            item = json.loads(line)
            raw = gzip.decompress((folder / item["file"]).read_bytes())
            article = parse_article(raw, item.get("url") or f"https://example.org/{item['id']}")
            if article is None or not article.language or not article.body.strip():
                continue
            primary = article.language.split("-")[0].split("_")[0].lower()
            pages.append((f"{folder.name}/{item['id']}", primary, article.body))
    return pages


def _cld2() -> Detector:
    def detect(text: str) -> str | None:
        found = detect_language(text)
        return found[0] if found else None
    return detect


def _py3langid() -> Detector:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)

    def detect(text: str) -> str | None:
        sample = text[:MAX_CHARS]
        if sum(ch.isalpha() for ch in sample) < MIN_LETTERS:
            return None
        return str(identifier.classify(sample)[0])
    return detect


def _lingua() -> Detector:
    from lingua import LanguageDetectorBuilder

    detector = LanguageDetectorBuilder.from_all_languages().with_preloaded_language_models().build()

    def detect(text: str) -> str | None:
        found = detector.detect_language_of(text[:MAX_CHARS])
        return found.iso_code_639_1.name.lower() if found else None
    return detect


def _langdetect() -> Detector:
    from langdetect import DetectorFactory
    from langdetect import detect as ld_detect
    from langdetect.lang_detect_exception import LangDetectException

    DetectorFactory.seed = 0

    def detect(text: str) -> str | None:
        try:
            return ld_detect(text[:MAX_CHARS]).split("-")[0]
        except LangDetectException:  # no features in the text: no answer, counted as a miss
            return None
    return detect


DETECTORS: dict[str, Callable[[], Detector]] = {
    "cld2": _cld2, "py3langid": _py3langid, "lingua": _lingua, "langdetect": _langdetect,
}


def run(name: str, pages: list[tuple[str, str, str]]) -> tuple[dict, list[str | None]]:
    """Figures of one detector, and its answer for every page."""
    start = time.process_time()
    detect = DETECTORS[name]()
    detect(WARM_UP)
    load = time.process_time() - start
    start = time.process_time()
    answers = [detect(body) for _, _, body in pages]
    cpu = time.process_time() - start
    agree = sum(same(declared, found) for (_, declared, _), found in zip(pages, answers, strict=True))
    return {"detector": name, "pages": len(pages), "agree": agree,
            "agreement": round(100 * agree / len(pages), 2) if pages else 0.0,
            "ms_per_page": round(1000 * cpu / len(pages), 3) if pages else 0.0,
            "load_s": round(load, 2)}, answers


def who_is_right(pages: list[tuple[str, str, str]], answers: dict[str, list[str | None]]) -> None:
    """Each page some detector disagrees on: the declaration, every answer, and
    whether most detectors agree with each other against the page (then it is
    the page's declaration that is wrong, as reading those texts confirms)."""
    against_page = 0
    for i, (page_id, declared, _) in enumerate(pages):
        found = {name: got[i] for name, got in answers.items()}
        if all(same(declared, got) for got in found.values()):
            continue
        top, votes = Counter(found.values()).most_common(1)[0]
        wrong_declaration = votes >= 2 and top is not None and not same(declared, top)
        against_page += wrong_declaration
        print(f"  {page_id}: declared {declared}; " + ", ".join(f"{k} {v}" for k, v in found.items())
              + (f"  <- the text is {top}: the declaration is wrong" if wrong_declaration else ""))
    print(f"  pages whose declaration most detectors contradict: {against_page}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--only", choices=sorted(DETECTORS), action="append")
    parser.add_argument("--show-disagreements", action="store_true")
    args = parser.parse_args()
    pages = declared_pages(args.folders)
    print(f"{len(pages)} article pages declare a language: "
          + ", ".join(f"{k} {v}" for k, v in Counter(p[1] for p in pages).most_common()))
    answers = {}
    for name in args.only or list(DETECTORS):
        try:
            figures, answers[name] = run(name, pages)
        except ImportError as exc:
            print(f"{name}: not installed ({exc.name})")
            continue
        print(json.dumps(figures))
    if args.show_disagreements:
        who_is_right(pages, answers)


if __name__ == "__main__":
    main()
