"""Syllable and neighbour-pair frequencies of real Vietnamese administrative text.

Why: some damage leaves two readings that are both valid syllables — the
TCVN3 ``ư`` lost in ``ngời``/``người`` or ``cha``/``chưa``, or a word that
is valid both as it stands and decoded (``lín`` as TCVN3 is ``lớn``).  Only
usage decides those.  The counts come from the seed reports (see
``scripts/build_vi_lexicon.py`` for how the data files were built), plus two
short hand-written lists — common words with ``ư`` (``vi_u_common.txt``) and
everyday words (``vi_general.txt``) — so that the decisions do not depend on
the seeds, which are administrative reports, having used a word.

:func:`use` swaps in other counts (the benchmark's cross-validation folds,
whose lexicon has not seen the lines they test).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

_DATA = Path(__file__).with_name("data")


def _rows(name: str) -> list[list[str]]:
    with open(_DATA / name, encoding="utf-8") as f:
        return [ln.rstrip("\n").split("\t") for ln in f if ln.strip() and not ln.startswith("#")]


#: The least count given to the listed words: common words with ``ư``, everyday words (both
#: hand-written), and the syllables of Tesseract's general Vietnamese word list.
_FLOORS = (("vi_u_common.txt", 20), ("vi_general.txt", 5), ("vi_common.txt", 1))

_Tables = tuple[dict[str, int], dict[tuple[str, str], int]]
_tables: _Tables | None = None
#: Caches elsewhere that depend on the counts (cleared by :func:`use`).
_dependents: list[Callable[[], None]] = []


def _with_floors(counts: Mapping[str, int]) -> dict[str, int]:
    out = dict(counts)
    for name, floor in _FLOORS:
        for row in _rows(name):
            for w in row[0].lower().split():
                out[w] = max(out.get(w, 0), floor)
    return out


def _load() -> _Tables:
    global _tables
    if _tables is None:
        uni = _with_floors({w: int(n) for w, n in _rows("vi_lexicon.tsv")})
        _tables = uni, {(a, b): int(n) for a, b, n in _rows("vi_bigrams.tsv")}
    return _tables


def unigrams() -> dict[str, int]:
    """Lower-case syllable → count (seed counts, raised to a floor for the hand-written lists)."""
    return (_tables or _load())[0]


def bigrams() -> dict[tuple[str, str], int]:
    """(first, second) lower-case syllables → count (pairs seen twice, and all around words with ``ư``)."""
    return (_tables or _load())[1]


def on_change(clear: Callable[[], None]) -> None:
    """Register a cache that depends on the counts, to be cleared when :func:`use` swaps them."""
    _dependents.append(clear)


@contextmanager
def use(unigram_counts: Mapping[str, int], bigram_counts: Mapping[tuple[str, str], int]) -> Iterator[None]:
    """Use other seed counts (the hand-written lists still apply) inside a ``with`` block."""
    global _tables
    saved = _tables
    _tables = _with_floors(unigram_counts), dict(bigram_counts)
    for clear in _dependents:
        clear()
    try:
        yield
    finally:
        _tables = saved
        for clear in _dependents:
            clear()


def count(word: str) -> int:
    """How often ``word`` (any case) occurs in the reference text."""
    return unigrams().get(word.lower(), 0)


def known(word: str) -> bool:
    """True when ``word`` occurs in the reference text at all."""
    return word.lower() in unigrams()


def pair(first: str | None, second: str | None) -> int:
    """How often ``first second`` occurs (any case); 0 for a missing word."""
    if not first or not second:
        return 0
    return bigrams().get((first.lower(), second.lower()), 0)


def in_context(word: str, prev: str | None, nxt: str | None) -> float:
    """Frequency of ``word`` with a strong bonus for attested neighbours.

    A neighbour pair is worth far more than the bare count: ``đa dạng`` and
    ``đưa vào`` decide between ``đa`` and ``đưa`` where the counts are close.
    """
    w = word.lower()
    score = float(unigrams().get(w, 0))
    pairs = bigrams()
    if prev:
        score += 20.0 * pairs.get((prev.lower(), w), 0)
    if nxt:
        score += 20.0 * pairs.get((w, nxt.lower()), 0)
    return score
