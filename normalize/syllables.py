"""Vietnamese syllables: what a valid written syllable is, and folding helpers.

Why this exists: every repair of legacy-font text has to answer "is this a
Vietnamese word?" — detection scores a candidate decoding by the share of its
words that are valid syllables, the TCVN3 ``ư`` restoration accepts an
inserted ``ư`` only when it turns a non-syllable (``Chơng``) into a syllable
(``Chương``), and OCR repair will need the same test.  The inventory (onsets,
rhymes, tones and the spelling rules) is data, in ``data/syllables.yaml``;
this module expands it once into a table of every untoned syllable with the
place(s) its tone mark may sit (old and new orthography both accepted).

All functions take NFC text; upper case is accepted (``Việt``, ``VIỆT``).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

_DATA = Path(__file__).with_name("data") / "syllables.yaml"

#: Tone marks (NFD combining characters) → tone number 1..5 (0 is ngang).
TONE_MARKS: dict[str, int] = {"\u0300": 1, "\u0301": 2, "\u0309": 3, "\u0303": 4, "\u0323": 5}
MARK_OF_TONE: dict[int, str] = {v: k for k, v in TONE_MARKS.items()}
TONE_NAMES = ("ngang", "huyền", "sắc", "hỏi", "ngã", "nặng")
SAC, NANG = 2, 5

_PLAIN_VOWELS = "aăâeêioôơuưy"
_MARKED_VOWELS = set("ăâêôơư")
_VOWELS = set(_PLAIN_VOWELS)


def _letter_table() -> dict[str, tuple[str, int]]:
    """Every lower-case Vietnamese letter → (letter without tone, tone)."""
    table: dict[str, tuple[str, int]] = {c: (c, 0) for c in "abcdđghklmnpqrstvx" + _PLAIN_VOWELS}
    for v in _PLAIN_VOWELS:
        for mark, tone in TONE_MARKS.items():
            table[unicodedata.normalize("NFC", v + mark)] = (v, tone)
    return table


_LETTERS = _letter_table()


@dataclass(frozen=True)
class SyllableShape:
    """An untoned syllable: where the tone goes (new/old style) and whether it ends in a stop."""

    onset: str
    new_pos: int
    old_pos: int
    stop: bool


def _tone_positions(s: str, onset_len: int) -> tuple[int, int]:
    """Index of the vowel that carries the tone, in the new and the old orthography."""
    idx = [i for i in range(onset_len, len(s)) if s[i] in _VOWELS]
    if not idx:
        return -1, -1
    marked = [i for i in idx if s[i] in _MARKED_VOWELS]
    if marked:
        p = marked[-1]
        return p, p
    if len(idx) == 1:
        return idx[0], idx[0]
    if len(idx) >= 3:
        return idx[1], idx[1]
    has_coda = idx[-1] != len(s) - 1
    if has_coda:
        return idx[1], idx[1]
    cluster = s[idx[0]] + s[idx[1]]
    if cluster in _CFG["old_style_rhymes"]:
        return idx[0], idx[1]
    return idx[0], idx[0]


def _load() -> dict:
    with open(_DATA, encoding="utf-8") as f:
        return yaml.safe_load(f)


_CFG = _load()


def _build() -> dict[str, SyllableShape]:
    """Expand onsets × rhymes under the spelling rules into every untoned syllable."""
    front = set(_CFG["front_vowels"])
    stops = tuple(_CFG["stop_codas"])
    base = [r for group in _CFG["rhymes"].values() for r in group]
    medial = list(_CFG["medial_o"]) + list(_CFG["medial_u"])
    out: dict[str, SyllableShape] = {}

    def add(onset: str, written_onset: str, rhyme: str, tone_onset_len: int) -> None:
        s = written_onset + rhyme
        stop = rhyme.endswith(stops)
        new, old = _tone_positions(s, tone_onset_len)
        if new < 0:
            return
        out.setdefault(s, SyllableShape(onset, new, old, stop))

    for onset in _CFG["onsets"]:
        if onset == "qu":
            for r in _CFG["qu_rhymes"]:
                add("qu", "q", r, 2)
            continue
        for r in base + medial:
            first = r[0]
            if onset in ("k", "gh", "ngh"):
                if first not in front or r in medial:
                    continue
            elif onset in ("c", "ng", "g"):
                if first in front:
                    # "g" + i-rhyme is the onset "gi" with its i merged: gì, gìn, giết.
                    if not (onset == "g" and first == "i" and r not in ("ia", "iu")):
                        continue
                if onset == "c" and r in medial:
                    continue
            elif onset == "gi":
                if first in ("i", "y") or r in medial:
                    continue
            if onset == "" and r.startswith("iê"):
                continue  # written yê- at the start of a word
            if onset != "" and r.startswith("yê"):
                continue
            add(onset, onset, r, len(onset))
    return out


#: Every valid untoned syllable (lower case) → its shape.
SYLLABLES: dict[str, SyllableShape] = _build()


@lru_cache(maxsize=200_000)
def _untone(word: str) -> tuple[str, int, int] | None:
    """``"việt"`` → (``"viêt"``, tone 5, index 2); None when not Vietnamese letters or two tones."""
    chars: list[str] = []
    tone, pos = 0, -1
    for i, c in enumerate(word):
        info = _LETTERS.get(c)
        if info is None:
            return None
        chars.append(info[0])
        if info[1]:
            if tone:
                return None
            tone, pos = info[1], i
    return "".join(chars), tone, pos


@lru_cache(maxsize=200_000)
def is_syllable(word: str) -> bool:
    """True when ``word`` (NFC, any case) is one valid Vietnamese syllable.

    The tone mark may sit where either the old (``hoà``, ``thuỷ``) or the new
    (``hòa``, ``thủy``) orthography puts it; stop-final rhymes (-c, -ch, -p,
    -t) take only sắc or nặng.
    """
    if not word:
        return False
    parsed = _untone(word.lower())
    if parsed is None:
        return False
    untoned, tone, pos = parsed
    shape = SYLLABLES.get(untoned)
    if shape is None:
        return False
    if shape.stop and tone not in (SAC, NANG):
        return False
    return tone == 0 or pos in (shape.new_pos, shape.old_pos)


def parse(word: str) -> tuple[str, int, int, SyllableShape] | None:
    """(untoned lower-case syllable, tone, index of the toned vowel, shape) or None."""
    if not is_syllable(word):
        return None
    parsed = _untone(word.lower())
    assert parsed is not None
    untoned, tone, pos = parsed
    return untoned, tone, pos, SYLLABLES[untoned]


def onset_of(word: str) -> str | None:
    """The written onset of a syllable (``"ngh"`` for ``nghiêng``), or None if not a syllable."""
    p = parse(word)
    return p[3].onset if p else None


def is_onset(letters: str) -> bool:
    """True for a bare onset such as ``Ch``, ``ng``, ``T``, ``Đ`` (what is left when ``ư`` is lost)."""
    low = letters.lower()
    return low != "" and low in _ONSETS


_ONSETS = frozenset(o for o in _CFG["onsets"] if o)


def strip_tone(word: str) -> str:
    """Remove the tone mark but keep vowel quality: ``Việt`` → ``Viêt``."""
    nfd = unicodedata.normalize("NFD", word)
    return unicodedata.normalize("NFC", "".join(c for c in nfd if c not in TONE_MARKS))


_FOLD = str.maketrans({"đ": "d", "Đ": "D"})


@lru_cache(maxsize=1)
def _folded() -> frozenset[str]:
    return frozenset(fold(s) for s in SYLLABLES)


@lru_cache(maxsize=100_000)
def is_stripped(word: str) -> bool:
    """True for a plain-ASCII word that is a Vietnamese syllable with its marks removed.

    ``lich`` (lịch), ``cac`` (các), ``hien`` (hiện) are not syllables as they
    stand (a stop-final rhyme needs a tone; ``ie`` needs its circumflex) but
    fold from one: the sign of text typed or OCR'd without accents.
    """
    low = word.lower()
    return len(low) > 1 and low.isascii() and low.isalpha() and low in _folded() and not is_syllable(low)


def fold(text: str) -> str:
    """ASCII folding for loose matching: ``Đường Trần Hưng Đạo`` → ``Duong Tran Hung Dao``."""
    nfd = unicodedata.normalize("NFD", text.translate(_FOLD))
    return "".join(c for c in nfd if not unicodedata.combining(c))
