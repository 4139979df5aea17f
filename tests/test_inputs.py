"""Tests of pipeline/corpus.py: every kind of input, and every kind of bad input, on real bytes.

No model is loaded here: these tests read inputs only. What the extractor makes
of them is tested in test_batch.py.
"""

from __future__ import annotations

import io
import json

import pytest

from tests.conftest import GB18030_TEXT, HTML_PAGE, LATIN1_TEXT, NEWS
from pipeline.corpus import (
    Article, ArticleError, Columns, count_articles, decode_text, read_articles, read_csv, read_jsonl,
    read_stdin,
)


def by_id(items):
    return {item.id: item for item in items}


# (file stem in the bad_inputs folder, expected reason (substring), or None for an article)
BAD_FOLDER = [
    ("china-gdp", None),
    ("uk-borrowing", None),
    ("empty", "empty file"),
    ("blank", "only white space"),
    ("nul-bytes", "binary file (contains NUL bytes)"),
    ("image", "binary file (a PNG image)"),
    ("not-text", "not UTF-8, and none of gb18030"),
    ("gb18030", None),
    ("latin1", None),
    ("utf16", None),
    ("huge", "more than --max-chars 1,000,000"),
    ("numbers", "no words"),
    ("emoji", "no words"),
    ("page", None),
    ("gone", "cannot read the file (No such file or directory)"),
]


@pytest.mark.parametrize("stem, reason", BAD_FOLDER, ids=[stem for stem, _ in BAD_FOLDER])
def test_each_bad_input_is_refused_with_its_reason_and_the_good_ones_read(bad_inputs, stem, reason):
    item = by_id(read_articles([bad_inputs]))[stem]
    if reason is None:
        assert isinstance(item, Article)
    else:
        assert isinstance(item, ArticleError)
        assert reason in item.reason
        assert item.fix and item.source.endswith(stem + (".html" if stem == "page" else ".txt"))


def test_a_folder_is_read_in_path_order_with_file_stems_as_ids(bad_inputs):
    ids = [item.id for item in read_articles([bad_inputs])]
    assert ids == sorted(ids)
    assert len(ids) == len(BAD_FOLDER)


def test_non_utf8_text_is_decoded_and_says_how(bad_inputs):
    found = by_id(read_articles([bad_inputs]))
    assert (found["gb18030"].text, found["gb18030"].encoding) == (GB18030_TEXT, "gb18030")
    assert found["latin1"].text == LATIN1_TEXT and found["latin1"].encoding == "cp1252"
    assert (found["utf16"].text, found["utf16"].encoding) == (NEWS["euro-trade"], "utf-16")
    assert found["china-gdp"].encoding == "utf-8"


def test_html_is_reduced_to_the_article_text(bad_inputs):
    page = by_id(read_articles([bad_inputs]))["page"]
    assert "Japan's exports rose 6.9% in May" in page.text
    assert "<" not in page.text and "Copyright" not in page.text


def test_html_saved_as_txt_is_recognised(tmp_path):
    (tmp_path / "saved.txt").write_text(HTML_PAGE, encoding="utf-8")
    (article,) = read_articles([tmp_path])
    assert article.text.startswith("Japan exports rise") and "<p>" not in article.text


def test_an_image_named_as_given_is_refused(tmp_path):
    from tests.conftest import PNG_BYTES

    (tmp_path / "chart.png").write_bytes(PNG_BYTES)
    (error,) = read_articles([tmp_path / "chart.png"])
    assert error.reason == "binary file (a PNG image), not text"


def test_utf8_bom_is_dropped():
    assert decode_text("\ufeffGDP rose".encode("utf-8")) == ("GDP rose", "utf-8")


def test_max_chars_refuses_a_long_article_without_reading_more(tmp_path):
    (tmp_path / "long.txt").write_text(NEWS["china-gdp"], encoding="utf-8")
    (error,) = read_articles([tmp_path], max_chars=50)
    assert error.reason == f"{len(NEWS['china-gdp'])} characters, more than --max-chars 50"
    assert "--max-chars" in error.fix


def test_a_file_that_vanishes_mid_run_is_reported_and_the_rest_read(news_dir):
    articles = read_articles([news_dir])
    first = next(articles)  # the file list is made; the files are read one at a time
    (news_dir / "uk-borrowing.txt").unlink()
    rest = list(articles)
    assert first.id == "china-gdp"
    assert [type(item).__name__ for item in rest] == ["Article", "ArticleError"]
    assert rest[1].reason.startswith("cannot read the file")


def test_publication_date_comes_from_meta_json_or_the_default(news_dir):
    (news_dir / "china-gdp.meta.json").write_text('{"published": "2024-01-17"}', encoding="utf-8")
    found = by_id(read_articles([news_dir], published="2025-10-21"))
    assert found["china-gdp"].published == "2024-01-17"
    assert found["euro-trade"].published == "2025-10-21"


def test_count_articles_knows_files_but_not_feeds(news_dir, tmp_path):
    assert count_articles([news_dir]) == 3
    (tmp_path / "feed.jsonl").write_text("", encoding="utf-8")
    assert count_articles([news_dir, tmp_path / "feed.jsonl"]) is None


# --- JSONL feeds -----------------------------------------------------------------------

FEED_LINES = [
    json.dumps({"id": "cn-1", "text": NEWS["china-gdp"], "published": "2024-01-17", "source": "NBS", "url": "https://stats.gov.cn/1"}),
    '{"id": "broken", "text": "GDP rose 5%"',  # cut short
    "",
    json.dumps({"text": NEWS["uk-borrowing"]}),  # no id
    json.dumps({"id": "no-text"}),
    json.dumps(["not", "an", "object"]),
    json.dumps({"id": "bad-date", "text": NEWS["euro-trade"], "published": "last week"}),
    json.dumps({"id": 42, "text": NEWS["euro-trade"], "published": "2019-08-16T09:00:00Z"}),
]


def test_jsonl_feed_reads_good_lines_and_reports_each_bad_one(tmp_path):
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(FEED_LINES) + "\n", encoding="utf-8")
    items = list(read_articles([path], published="2025-01-01"))
    summary = [(item.id, type(item).__name__) for item in items]
    assert summary == [
        ("cn-1", "Article"), ("feed-2", "ArticleError"), ("feed-4", "Article"), ("no-text", "ArticleError"),
        ("feed-6", "ArticleError"), ("bad-date", "ArticleError"), ("42", "Article"),
    ]
    cn, broken, anonymous, no_text, not_object, bad_date, numbered = items
    assert (cn.published, cn.publisher, cn.url, cn.source) == ("2024-01-17", "NBS", "https://stats.gov.cn/1", f"{path}:1")
    assert broken.reason.startswith("not valid JSON") and broken.source == f"{path}:2"
    assert anonymous.published == "2025-01-01"
    assert no_text.reason == "no 'text' field"
    assert not_object.reason == "not a JSON object"
    assert "'published' is not a date: 'last week'" == bad_date.reason
    assert numbered.published == "2019-08-16"


def test_jsonl_field_names_can_be_mapped():
    line = json.dumps({"guid": "a1", "body": NEWS["china-gdp"]})
    (article,) = read_jsonl([line], "feed.jsonl", "feed", columns=Columns(id="guid", text="body"))
    assert (article.id, article.text) == ("a1", NEWS["china-gdp"])


def test_jsonl_line_that_is_not_utf8_is_reported(tmp_path):
    path = tmp_path / "feed.jsonl"
    good = json.dumps({"id": "ok", "text": NEWS["china-gdp"]}).encode()
    latin = '{"id": "latin", "text": "Nestlé sales rose."}'.encode("latin-1")
    path.write_bytes(good + b"\n" + latin + b"\n")
    ok, bad = read_articles([path])
    assert ok.id == "ok" and (bad.id, bad.reason) == ("latin", "not UTF-8 text")


# --- CSV feeds -------------------------------------------------------------------------


def test_csv_row_with_broken_quoting_is_reported_and_the_next_rows_read(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text(
        "id,text,published\n"
        f'cn,"{NEWS["china-gdp"]}",2024-01-17\n'
        'broken,"GDP rose 5%" in 2023,2024-01-17\n'
        f"uk,{NEWS['uk-borrowing'].replace(',', '')},\n"
        'open,"quote never closed\n'
        f'eu,"{NEWS["euro-trade"]}",2019-08-16\n',
        encoding="utf-8",
    )
    items = list(read_articles([path]))
    assert [(item.id, type(item).__name__) for item in items] == [
        ("cn", "Article"), ("feed-3", "ArticleError"), ("uk", "Article"), ("feed-5", "ArticleError"),
        ("eu", "Article"),
    ]
    assert items[1].reason.startswith("broken CSV quoting") and items[1].source == f"{path}:3"
    assert items[4].text == NEWS["euro-trade"]


def test_csv_quoted_newlines_and_mapped_columns(tmp_path):
    path = tmp_path / "feed.csv"
    path.write_text('guid,body,extra\na1,"First line.\nGDP rose 5%.",x\n', encoding="utf-8-sig")
    (article,) = read_articles([path], columns=Columns(id="guid", text="body"))
    assert (article.id, article.text) == ("a1", "First line.\nGDP rose 5%.")


def test_csv_without_the_text_column_says_which_option_to_use():
    (error,) = read_csv(["id,body\n", "a,GDP rose\n"], "feed.csv", "feed")
    assert error.reason == "no 'text' column (the header has: id, body)"
    assert "--text-col" in error.fix


def test_csv_row_with_too_many_fields_is_reported():
    items = list(read_csv(["id,text\n", "a,GDP rose 5%,extra\n", f"b,{NEWS['euro-trade'].replace(',', '')}\n"], "f.csv", "f"))
    assert items[0].reason == "3 fields where the header has 2"
    assert isinstance(items[1], Article)


# --- standard input --------------------------------------------------------------------


def test_stdin_text_is_one_article():
    (article,) = read_stdin(io.BytesIO(NEWS["china-gdp"].encode()), "2024-01-17", Columns(), 1000)
    assert (article.id, article.source, article.published) == ("stdin", "-", "2024-01-17")


def test_stdin_jsonl_is_a_feed():
    feed = "\n".join(json.dumps({"id": name, "text": text}) for name, text in NEWS.items()) + "\n"
    items = list(read_articles(["-"], stdin=io.BytesIO(feed.encode())))
    assert [item.id for item in items] == list(NEWS)


def test_stdin_in_another_encoding_is_decoded():
    (article,) = read_stdin(io.BytesIO(LATIN1_TEXT.encode("latin-1")), None, Columns(), 1000)
    assert (article.text, article.encoding) == (LATIN1_TEXT, "cp1252")


def test_bytes_no_encoding_fits_are_told_to_be_removed_if_they_are_no_text(bad_inputs):
    # random bytes with no NUL decode under no likely encoding: the fix must not only say "save as UTF-8"
    item = by_id(read_articles([bad_inputs]))["not-text"]
    assert isinstance(item, ArticleError)
    assert "save it as UTF-8" in item.fix and "remove it from the input" in item.fix
