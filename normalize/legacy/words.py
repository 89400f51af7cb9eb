"""Words of a line and whether each reads as Vietnamese.

Detection never asks "is this line TCVN3?" in the abstract; it compares the
words as they stand with the words a decoding would produce.  A word is
``VALID`` when its letter parts are Vietnamese syllables, ``INVALID`` when a
part with a non-ASCII letter is not, and ``NEUTRAL`` when it carries no
evidence either way (numbers, codes such as ``QĐ-UBND`` in plain ASCII,
English words, punctuation).
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from normalize import lexicon
from normalize.legacy.codecs import UNREAD
from normalize.syllables import is_syllable

NEUTRAL, VALID, INVALID = 0, 1, 2

#: Only space and tab separate words: NBSP, U+0085 and the C0 controls that
#: str.split() treats as spaces are *letters* in VISCII/VPS or part of a
#: UTF-8 sequence ("Ã\xa0" is "à").
SPLIT = re.compile(r"([ \t]+)")

# Punctuation stripped from word edges.  Not here on purpose: ``§ ¶ © ® ¬ µ · ¸ « »``
# and the other Latin-1 symbols that are letters in TCVN3 or VISCII.
_EDGE = ".,;:!?()[]{}\"'“”‘’„…–—•*/\\<>=+%&#|~^_`$@"
_PARTS = re.compile(r"[-/.,:;()]+")
_ABBREV = re.compile(r"[B-DF-HJ-NP-TV-XZĐ]*Đ[B-DF-HJ-NP-TV-XZĐ]*")


def _part_status(part: str) -> int:
    if part.isascii() or not any(c.isalpha() for c in part):
        return NEUTRAL
    if _ABBREV.fullmatch(part):
        return NEUTRAL  # QĐ, HĐND, BGDĐT: abbreviations, not words
    if not unicodedata.is_normalized("NFC", part):
        part = unicodedata.normalize("NFC", part)
    if not is_syllable(part):
        return INVALID
    # A word is lower case, Capitalised or CAPITALS: "lỔ", "TÌnh" are decoding accidents.
    if any(c.isupper() for c in part[1:]) and any(c.islower() for c in part):
        return INVALID
    return VALID


@lru_cache(maxsize=200_000)
def word_status(word: str) -> int:
    """``VALID``, ``INVALID`` or ``NEUTRAL`` for one space-separated word."""
    core = word.strip(_EDGE)
    if not core or core.isascii():
        return NEUTRAL
    status = NEUTRAL
    for part in _PARTS.split(core):
        s = _part_status(part)
        if s == INVALID:
            return INVALID
        status = status or s
    return status


def span_status(text: str) -> int:
    """Status of a run of words: INVALID if any word is, else VALID if any word is."""
    status = NEUTRAL
    for w in text.split(" "):
        s = word_status(w.strip("\t"))
        if s == INVALID:
            return INVALID
        status = status or s
    return status


def letters(word: str) -> str:
    """The word without edge punctuation (what the lexicon knows it by)."""
    return word.strip(_EDGE)


#: A letter followed by Windows-1252 punctuation that VISCII/VPS use for capitals ("B“" is "BỘ").
_ODD_PUNCT = re.compile(r"[^\W\d_][“‘‚„†‡ˆ‰Š‹ŒŽ˜™š›œžŸ€ƒ•\x80-\x9f]")

#: Latin-1 symbols that some legacy table turns into a letter.
_SYMBOL_LETTERS = frozenset(
    c for c in UNREAD if not c.isalpha() and not c.isascii() and not c.isspace() and ord(c) >= 0xA1
)


@lru_cache(maxsize=200_000)
def _suspect(word: str) -> bool:
    """A word worth trying decoders on: not Vietnamese, or Vietnamese only by accident.

    ``Sè`` is a valid syllable but also TCVN3 for ``Số``: a word made only of
    characters a Windows-1252 reader can show, that the lexicon has never
    seen, is suspect.  A word with a letter such as ``ư``, ``ệ`` or ``đ``
    cannot be a misread and is not.
    """
    status = word_status(word)
    if status == INVALID or _ODD_PUNCT.search(word) or C0_LETTERS.search(word):
        return True
    if status == NEUTRAL:
        # A lone "·" or "§" is a letter in a legacy font (TCVN3 "ã"/"Đ", VISCII "ở").
        core = letters(word)
        return bool(core) and not core.isascii() and all(c in _SYMBOL_LETTERS for c in core if not c.isascii())
    core = letters(word)
    return all(c in UNREAD for c in core) and not any(lexicon.known(p) for p in _PARTS.split(core) if p)


lexicon.on_change(_suspect.cache_clear)


#: C0 controls other than tab/newline: letters in VISCII (0x02 "Ẳ") and VPS (0x12 "Ộ").
C0_LETTERS = re.compile(r"[\x01-\x08\x0b\x0c\x0e-\x1f]")


def is_clean(text: str) -> bool:
    """True when no word of ``text`` is suspect (see ``_suspect``).

    This is the fast path that lets clean Unicode Vietnamese, English and
    numbers through untouched without trying any decoder.
    """
    if text.isascii():
        return not C0_LETTERS.search(text)
    ws = SPLIT.split(text)[::2]
    if any(_suspect(w) for w in ws if not w.isascii() or C0_LETTERS.search(w)):
        return False
    # Written only with Windows-1252 letters ("cô quan", "hoà sô"): every word may be a misread
    # that happens to be a word; unless its pairs are attested, let the decoders judge it.
    if all(c in UNREAD for c in text):
        cores = [letters(w).lower() for w in ws]
        pairs = list(zip(cores, cores[1:], strict=False))
        return bool(pairs) and all(lexicon.pair(a, b) for a, b in pairs)
    return True
