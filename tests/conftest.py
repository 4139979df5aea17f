"""Shared fixtures: the real spaCy model with polex, loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def extractor():
    from pipeline import Extractor

    return Extractor()
