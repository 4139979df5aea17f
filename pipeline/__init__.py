"""polex: metrics, growth rates and entities from policy and economic news."""

__version__ = "0.1.0"

from .api import DEFAULT_MODEL, Extractor, load_nlp  # noqa: E402
from .records import ArticleResult, Entity, GrowthRate, Metric, Period  # noqa: E402
from .frames import Frames, read_outputs, to_frames  # noqa: E402

__all__ = [
    "DEFAULT_MODEL", "Extractor", "load_nlp", "ArticleResult", "Entity", "GrowthRate", "Metric",
    "Period", "__version__", "Frames", "read_outputs", "to_frames",
]
