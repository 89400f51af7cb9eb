"""Syllable and neighbour-pair frequencies of real Vietnamese administrative text.

Why: some damage leaves two readings that are both valid syllables — the
TCVN3 ``ư`` lost in ``ngời``/``người`` or ``cha``/``chưa``, or a word that
is valid both as it stands and decoded (``lín`` as TCVN3 is ``lớn``).  Only
usage decides those.  The counts come from the seed reports (see
``scripts/build_vi_lexicon.py`` for how the data files were built), plus two
short hand-written lists — common words with ``ư`` (``vi_u_common.txt``) and
everyday words (``vi_general.txt``) — so that the decisions do not depend on
the seeds, which are administrative reports, having used a word.

Where both readings are words, the neighbours decide: a neighbour pair the
seeds use, or one that forms a two-syllable word of a general dictionary
(``vi_words2.txt``: ``tối đa``, ``đa dạng``, ``mưa rào``).  When neither
reading forms anything with its neighbours, the reading that is more often
a word *on its own* wins: ``đa`` is common, but almost only inside ``tối đa``
or ``đa dạng``, while ``đưa`` stands alone (``đưa tiền``, ``đưa vào``) —
see :func:`standalone`.

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
_word_pairs: frozenset[tuple[str, str]] | None = None
_standalone: dict[str, int] = {}
#: Caches elsewhere that depend on the counts (cleared by :func:`use`).
_dependents: list[Callable[[], None]] = []


_floors: dict[str, int] = {}


def floors() -> dict[str, int]:
    """Word → the least count the hand-written and general word lists give it."""
    if not _floors:
        for name, floor in _FLOORS:
            for row in _rows(name):
                for w in row[0].lower().split():
                    _floors[w] = max(_floors.get(w, 0), floor)
    return _floors


def _with_floors(counts: Mapping[str, int]) -> dict[str, int]:
    out = dict(counts)
    for w, floor in floors().items():
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
    _standalone.clear()
    for clear in _dependents:
        clear()
    try:
        yield
    finally:
        _tables = saved
        _standalone.clear()
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


def word_pairs() -> frozenset[tuple[str, str]]:
    """(first, second) syllables of the two-syllable words of a general dictionary (``vi_words2.txt``)."""
    global _word_pairs
    if _word_pairs is None:
        with open(_DATA / "vi_words2.txt", encoding="utf-8") as f:
            _word_pairs = frozenset(
                (ln[:k], ln[k + 1 :].rstrip("\n")) for ln in f if not ln.startswith("#") and (k := ln.find(" ")) > 0
            )
    return _word_pairs


def is_word_pair(first: str | None, second: str | None) -> bool:
    """True when ``first second`` (any case) is a two-syllable word of the general dictionary."""
    if not first or not second:
        return False
    return (first.lower(), second.lower()) in word_pairs()


def standalone(word: str) -> int:
    """How often ``word`` occurs *not* as part of a dictionary word with a neighbour.

    The count less the seed pairs around it that are dictionary words: ``đa``
    is counted 19 times in the seeds, 15 of them in ``tối đa``; ``đưa`` 16
    times, none inside a word.  (Pairs around a word with ``ư`` or such a
    word without it are all kept, see ``scripts/build_vi_lexicon.py``, so the
    difference is exact for the words the ``ư`` trap confuses.)  A word of the
    hand-written lists keeps its floor: they name words common on their own.
    """
    if not _standalone:
        inside: dict[str, int] = {}
        words = word_pairs()
        for (a, b), c in bigrams().items():
            if (a, b) in words:
                inside[a] = inside.get(a, 0) + c
                inside[b] = inside.get(b, 0) + c
        low = floors()
        _standalone.update((w, max(n - inside.get(w, 0), low.get(w, 0))) for w, n in unigrams().items())
    return _standalone.get(word.lower(), 0)


#: What a neighbour that forms a dictionary word with a reading is worth (a seed pair: 20 each).
_WORD_BONUS = 100.0


def in_context(word: str, prev: str | None, nxt: str | None) -> float:
    """Frequency of ``word`` with a strong bonus for attested neighbours.

    A neighbour pair is worth far more than the bare count: ``đa dạng`` and
    ``đưa vào`` decide between ``đa`` and ``đưa`` where the counts are close.
    A pair is attested when the seeds use it or when it forms a word of the
    general dictionary.  With no attested neighbour, the score is the count
    of ``word`` standing alone (:func:`standalone`), not inside other words.
    """
    w = word.lower()
    pairs = bigrams()
    bonus = 0.0
    if prev:
        p = prev.lower()
        bonus += 20.0 * pairs.get((p, w), 0) + _WORD_BONUS * ((p, w) in word_pairs())
    if nxt:
        n = nxt.lower()
        bonus += 20.0 * pairs.get((w, n), 0) + _WORD_BONUS * ((w, n) in word_pairs())
    if not bonus:
        return float(standalone(w))
    return float(unigrams().get(w, 0)) + bonus
