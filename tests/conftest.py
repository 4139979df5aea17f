"""Shared fixtures: the real spaCy model with polex, loaded once per test session."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture(scope="session")
def extractor():
    from pipeline import Extractor

    return Extractor()


# --- Articles for batch and input tests: a few short real-world sentences, and the bad
# inputs a batch meets in practice, generated here rather than committed as binary files.

REPO = Path(__file__).resolve().parent.parent


def snapshot(folder) -> dict[str, bytes]:
    """Return every file under ``folder`` (hidden ones too) and its bytes, to compare two runs."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


NEWS = {
    "china-gdp": (
        "China's GDP grew 5.2% in 2023, the National Bureau of Statistics said on Wednesday. "
        "Retail sales rose 7.2% to 47.1 trillion yuan."
    ),
    "euro-trade": (
        "Euro area exports of goods to the rest of the world in June 2019 were €189.9 billion, "
        "a fall of 4.7% compared with June 2018."
    ),
    "uk-borrowing": (
        "UK public sector borrowing was £20.2 billion in September 2025, £1.6 billion more than a year "
        "earlier, the Office for National Statistics said."
    ),
}
GB18030_TEXT = "前海深港现代服务业合作区的GDP在2024年前三季度增长了8.2%，达到1864亿元人民币。"
LATIN1_TEXT = "Nestlé said sales in São Paulo rose 4.3% to £2.1 billion in 2023, while cocoa exports from Côte d'Ivoire fell 12%."
HTML_PAGE = (
    "<!DOCTYPE html><html><head><title>Trade</title></head><body><nav>Home | Markets | About</nav>"
    "<article><h1>Japan exports rise</h1><p>Japan's exports rose 6.9% in May from a year earlier, "
    "the Ministry of Finance said on Wednesday.</p><p>Imports fell 3.2% to 9.7 trillion yen.</p></article>"
    "<footer>Copyright 2024</footer></body></html>"
)
PNG_BYTES = bytes.fromhex("89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489") + bytes(64)
NOT_TEXT_BYTES = bytes((n * 73 + 11) % 256 for n in range(3000)).replace(b"\x00", b"\x01")


def write_news(folder, names=None):
    """Write the NEWS articles (or those named) as <id>.txt in ``folder``; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for name in names or NEWS:
        (folder / f"{name}.txt").write_text(NEWS[name], encoding="utf-8")
    return folder


@pytest.fixture
def news_dir(tmp_path):
    """A folder of three short, clean news articles."""
    return write_news(tmp_path / "news")


@pytest.fixture(scope="session")
def bad_inputs(tmp_path_factory):
    """A folder of the bad inputs of the batch issue, beside good articles; return the folder.

    Files are named after what they hold. Shared by the session: do not change it.
    """
    folder = write_news(tmp_path_factory.mktemp("inputs") / "bad", ["china-gdp", "uk-borrowing"])
    (folder / "empty.txt").write_bytes(b"")
    (folder / "blank.txt").write_text("  \n\t \r\n", encoding="utf-8")
    (folder / "nul-bytes.txt").write_bytes(b"GDP rose\x00\x00\x01\x02 5%")
    (folder / "image.txt").write_bytes(PNG_BYTES)
    (folder / "not-text.txt").write_bytes(NOT_TEXT_BYTES)
    (folder / "gb18030.txt").write_bytes(GB18030_TEXT.encode("gb18030"))
    (folder / "latin1.txt").write_bytes(LATIN1_TEXT.encode("latin-1"))
    (folder / "utf16.txt").write_bytes(NEWS["euro-trade"].encode("utf-16"))  # with its BOM
    paragraph = (NEWS["china-gdp"] + "\n").encode("utf-8")
    (folder / "huge.txt").write_bytes(paragraph * (50 * 1024 * 1024 // len(paragraph) + 1))  # 50 MB
    (folder / "numbers.txt").write_text("2024 5.2 7.2 47.1\n1,864 8.2%\n", encoding="utf-8")
    (folder / "emoji.txt").write_text("📈📉💰 🇨🇳 🚀", encoding="utf-8")
    (folder / "page.html").write_text(HTML_PAGE, encoding="utf-8")
    (folder / "gone.txt").symlink_to(folder / "no-such-file.txt")
    return folder


# --- A finished run of the bundled corpus, as `polex extract corpus/ -o outputs` writes it,
# made once with the session extractor (for the report, pandas and docs tests).

from pathlib import Path  # noqa: E402

CORPUS = Path(__file__).resolve().parent.parent / "corpus"


def write_run(extractor, paths, out_dir):
    """Extract the articles of ``paths`` into ``out_dir`` as `polex extract` does; return the results."""
    from pipeline.corpus import Article, read_articles
    from pipeline.export import write_article, write_csvs

    articles = [a for a in read_articles(paths) if isinstance(a, Article)]
    results = list(extractor.pipe_dicts((a.id, a.text, a.published) for a in articles))
    for result in results:
        write_article(result, out_dir)
    write_csvs(results, out_dir)
    return results


@pytest.fixture(scope="session")
def corpus_run(extractor, tmp_path_factory):
    """(folder named outputs, results) of the whole bundled corpus."""
    out_dir = tmp_path_factory.mktemp("corpus-run") / "outputs"
    return out_dir, write_run(extractor, [CORPUS], out_dir)


# An article that tries to run script in the review report; it must show as text.
INJECTED_ARTICLE = (
    "Exports rose 4.7% to 189.9 billion euros in June 2019, the European Commission said. "
    '<script>document.documentElement.setAttribute("data-pwned", "script")</script> '
    "<img src=x onerror=\"document.documentElement.setAttribute('data-pwned', 'img')\"> "
    "Imports fell 2.1% in the same month."
)
REVIEW_GOLD = ("qianhai-plan-anniversary", "ons-gdp-q3-2022")


@pytest.fixture(scope="session")
def review_run(extractor, tmp_path_factory):
    """A run of two gold-labelled corpus articles and the injected one: (outputs, gold files, corpus folders)."""
    root = tmp_path_factory.mktemp("review")
    articles = root / "articles"
    articles.mkdir()
    (articles / "injected.txt").write_text(INJECTED_ARTICLE, encoding="utf-8")
    paths = [CORPUS / f"{name}.txt" for name in REVIEW_GOLD] + [articles / "injected.txt"]
    write_run(extractor, paths, root / "outputs")
    return root / "outputs", [CORPUS / f"{name}.gold.json" for name in REVIEW_GOLD], [CORPUS, articles]
