"""Syllable and neighbour-pair frequencies of real Vietnamese administrative text.

Why: some damage leaves two readings that are both valid syllables — the
TCVN3 ``ư`` lost in ``ngời``/``người`` or ``cha``/``chưa``, or a word that
is valid both as it stands and decoded (``lín`` as TCVN3 is ``lớn``).  Only
usage decides those.  The counts come from the seed reports (see
``scripts/build_vi_lexicon.py`` for how the data files were built), plus two
short hand-written lists — common words with ``ư`` (``vi_u_common.txt``) and
everyday words (``vi_general.txt``) — so that the decisions do not depend on
the seeds, which are administrative reports, having used a word.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).with_name("data")


def _rows(name: str) -> list[list[str]]:
    with open(_DATA / name, encoding="utf-8") as f:
        return [ln.rstrip("\n").split("\t") for ln in f if ln.strip() and not ln.startswith("#")]


#: The least count given to the hand-written words: common words with ``ư``, everyday words.
_FLOORS = (("vi_u_common.txt", 20), ("vi_general.txt", 5))


@lru_cache(maxsize=1)
def unigrams() -> dict[str, int]:
    """Lower-case syllable → count (seed counts, raised to a floor for the hand-written lists)."""
    counts = {w: int(n) for w, n in _rows("vi_lexicon.tsv")}
    for name, floor in _FLOORS:
        for row in _rows(name):
            for w in row[0].lower().split():
                counts[w] = max(counts.get(w, 0), floor)
    return counts


@lru_cache(maxsize=1)
def bigrams() -> dict[tuple[str, str], int]:
    """(first, second) lower-case syllables → count (pairs seen twice, and all around words with ``ư``)."""
    return {(a, b): int(n) for a, b, n in _rows("vi_bigrams.tsv")}


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
