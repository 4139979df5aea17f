"""Tests of runs on a Dask cluster: a real LocalCluster of two worker processes on 127.0.0.1.

The output of a cluster run must be the bytes of a run on this machine, also
when a worker is killed in the middle of it.
"""

from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.batch import run_batch
from pipeline.cli import app
from pipeline.corpus import read_articles
from tests.conftest import REPO, snapshot, write_news

distributed = pytest.importorskip("distributed")


@pytest.fixture(scope="module")
def cluster():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1", dashboard_address=":0",
    ) as local_cluster:
        yield local_cluster


@pytest.fixture(scope="module")
def articles(tmp_path_factory) -> Path:
    """Ten short articles: the short ones of corpus/ with their dates, and the test news."""
    folder = tmp_path_factory.mktemp("dask") / "articles"
    folder.mkdir()
    for path in sorted((REPO / "corpus").glob("*.txt")):
        if path.stat().st_size < 1800:
            shutil.copy(path, folder)
            if path.with_suffix(".meta.json").is_file():
                shutil.copy(path.with_suffix(".meta.json"), folder)
    return write_news(folder)


@pytest.fixture(scope="module")
def single_machine(extractor, articles, tmp_path_factory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("single")
    run_batch(read_articles([articles]), out, extractor=extractor)
    return snapshot(out)


def test_a_cluster_run_gives_the_bytes_of_a_single_machine_run(cluster, articles, single_machine, tmp_path):
    summary = run_batch(read_articles([articles]), tmp_path, scheduler=cluster.scheduler_address, partition_size=2)
    assert summary.failed == 0 and summary.extracted == len(list(articles.glob("*.txt")))
    assert snapshot(tmp_path) == single_machine


def test_bad_inputs_on_a_cluster_match_the_single_machine_run(extractor, cluster, bad_inputs, tmp_path):
    run_batch(read_articles([bad_inputs]), tmp_path / "local", extractor=extractor)
    summary = run_batch(read_articles([bad_inputs]), tmp_path / "dask", scheduler=cluster.scheduler_address)
    assert summary.failed == 9
    assert snapshot(tmp_path / "dask") == snapshot(tmp_path / "local")


def test_a_worker_killed_mid_run_loses_nothing(cluster, articles, single_machine, tmp_path):
    with distributed.Client(cluster.scheduler_address) as client:
        before = client.run(os.getpid)
        victim = sorted(before.values())[0]
        killed = []

        def kill_a_worker(entry):
            if not killed:  # the first article is back; the other partitions are on the workers
                os.kill(victim, signal.SIGKILL)
                killed.append(victim)

        summary = run_batch(
            read_articles([articles]), tmp_path, scheduler=cluster.scheduler_address, partition_size=1,
            on_article=kill_a_worker,
        )
        client.wait_for_workers(2, timeout=60)
        after = client.run(os.getpid)
    assert killed and victim not in after.values()  # the worker really died (and its nanny started another)
    assert summary.failed == 0
    assert snapshot(tmp_path) == single_machine


def test_cli_runs_on_a_scheduler(cluster, articles, single_machine, tmp_path):
    result = CliRunner().invoke(app, ["extract", str(articles), "-o", str(tmp_path), "--scheduler", cluster.scheduler_address])
    assert result.exit_code == 0, result.stderr
    assert snapshot(tmp_path) == single_machine


def test_cli_says_when_the_scheduler_cannot_be_reached(tmp_path):
    result = CliRunner().invoke(app, ["extract", "-", "-o", str(tmp_path), "--scheduler", "tcp://127.0.0.1:9"], input="GDP rose 5%.")
    assert result.exit_code == 2 and "cannot reach the Dask scheduler at tcp://127.0.0.1:9" in result.stderr
