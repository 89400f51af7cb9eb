"""Loaders for the vocabulary data files in ``schemas/vocab/``.

The words that tell parx what a column or row means are data, not code: a
user can add a header phrase seen in a new report without touching Python.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from importlib import resources
from typing import Any

import yaml

_WS = re.compile(r"\s+")
_ROMAN = re.compile(r"^(?=[IVXLC]+\.?$)M*(C[MD]|D?C{0,3})(X[CL]|L?X{0,3})(I[XV]|V?I{0,3})\.?$")
YEAR = re.compile(r"(?<!\d)(19[89]\d|20[0-4]\d)(?!\d)")


def is_roman(text: str) -> bool:
    """A roman numeral as printed for group rows (``I``, ``IV.``)."""
    return bool(text) and bool(_ROMAN.match(text.strip()))


def fold(text: str) -> str:
    """Lower-case, accent-free, đ→d, single-spaced key for vocabulary matching."""
    t = unicodedata.normalize("NFD", text.lower().replace("đ", "d").replace("Đ", "d"))
    t = "".join(c for c in t if unicodedata.category(c) != "Mn")
    return _WS.sub(" ", t).strip()


@functools.cache
def headers() -> dict[str, Any]:
    """The header/row vocabulary (``schemas/vocab/headers.yaml``)."""
    text = resources.files("schemas").joinpath("vocab/headers.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


def measure_for_header(header_path: str) -> str | None:
    """The measure a column header names, or None when it names none.

    A header naming both a count and a ratio (``Số lượng/ tỷ lệ`` over a
    submission's indicators) names neither: each cell then says what it is
    (``153,38%`` a ratio, ``25`` a count).
    """
    key = fold(header_path)
    named = [rule["measure"] for rule in headers()["measures"] if any(p in key for p in rule["patterns"])]
    if "count" in named and "ratio" in named:
        return None
    return named[0] if named else None


def names_only_measure(label: str) -> str | None:
    """The measure a row label names when it names nothing else, else None.

    ``Xếp hạng/63 tỉnh, thành phố`` → ``rank``; ``Kết quả giải quyết hồ sơ TTHC``
    → None (it contains a measure word, but it is an item).
    """
    measure = measure_for_header(label)
    if measure is None:
        return None
    key = fold(label)
    for rule in headers()["measures"]:
        for p in sorted(rule["patterns"], key=len, reverse=True):
            key = key.replace(p, " ")
    filler = set(headers()["measure_filler"])
    rest = [w for w in re.sub(r"[^a-z]+", " ", key).split() if w not in filler]
    return None if rest else measure


def matches_any(text: str, vocab_key: str, *, whole: bool = False) -> bool:
    """Whether ``text`` contains (or, with ``whole``, equals) a phrase of a vocabulary list."""
    key = fold(text)
    phrases = headers()[vocab_key]
    if whole:
        return key in phrases
    return any(p in key for p in phrases)
