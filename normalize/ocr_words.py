"""Tone marks and vowel hats an OCR misread, restored from the words around them.

Tesseract's ``vie`` model reads a clean scan letter for letter but often
takes one diacritic for its neighbour: the hook above (hỏi) for the acute
(``kiểm tra`` → ``kiếm tra``, ``tổ chức`` → ``tố chức``), a dot below lost
(``Chủ tịch`` → ``Chủ tich``), a circumflex for a breve (``gắn kết`` →
``gần kết``).  Each misreading is a valid syllable, so the syllable rules of
text repair cannot see it; the words around it can.  ``kiếm tra`` is not
Vietnamese, ``kiểm tra`` is a word of the dictionary.

The rule is deliberately narrow, because a wrong "fix" of a right word is
worse than a diacritic left wrong:

* a syllable that already forms a known pair with a neighbour (a word of the
  general dictionary, or a pair the reference reports use) is kept;
* otherwise each variant with another tone or another hat on one vowel
  (``a/ă/â``, ``o/ô/ơ``, ``e/ê``, ``u/ư``), or ``d``/``đ`` swapped, is tried; a variant is taken only
  when it forms a dictionary word with a neighbour *as read*, and clearly
  beats every other such variant (:func:`normalize.lexicon.in_context`).

Names of people and places are mostly unknown pairs and are left alone; a
place the dictionary knows keeps its reading when it is right.  Every change
is returned so that it can be recorded as a :class:`schemas.model.TextFix`.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from normalize import lexicon
from normalize.syllables import MARK_OF_TONE, SYLLABLES, parse

_TOKEN = re.compile(r"[^\W\d_]+")
#: Letters whose hat an OCR confuses with their siblings' (untoned, lower case).
_HATS = {"a": "ăâ", "ă": "aâ", "â": "aă", "o": "ôơ", "ô": "oơ", "ơ": "oô", "e": "ê", "ê": "e", "u": "ư", "ư": "u"}
#: How much better than the runner-up a variant's score must be.
_CLEAR = 2.0


def _toned(untoned: str, tone: int) -> list[str]:
    """``untoned`` (a valid syllable without tone) with ``tone``, in both tone styles when they differ."""
    shape = SYLLABLES[untoned]
    if tone == 0:
        return [untoned]
    if shape.stop and tone not in (2, 5):
        return []
    out = []
    for pos in dict.fromkeys((shape.new_pos, shape.old_pos)):
        chars = list(untoned)
        chars[pos] = unicodedata.normalize("NFC", chars[pos] + MARK_OF_TONE[tone])
        out.append("".join(chars))
    return out


@lru_cache(maxsize=50_000)
def variants(word: str) -> tuple[str, ...]:
    """Lower-case syllables one diacritic slip away from ``word``: another tone, or another hat on one
    vowel (with any tone), or ``d`` for ``đ`` and back; ``word`` itself excluded."""
    p = parse(word)
    low = word.lower()
    if p is not None:
        untoned = p[0]
    elif low in SYLLABLES:
        untoned = low  # a stop-final rhyme without its tone (``tich``): not a syllable, one mark away
    else:
        return ()
    bases = {untoned}
    if untoned[0] in "dđ":
        alt = ("đ" if untoned[0] == "d" else "d") + untoned[1:]
        if alt in SYLLABLES:
            bases.add(alt)
    for i, ch in enumerate(untoned):
        for alt in _HATS.get(ch, ""):
            cand = untoned[:i] + alt + untoned[i + 1:]
            if cand in SYLLABLES:
                bases.add(cand)
    out: list[str] = []
    for base in bases:
        for t in range(6):
            for v in _toned(base, t):
                if v != low and v not in out:
                    out.append(v)
    return tuple(out)


def _attested(word: str, prev: str | None, nxt: str | None) -> bool:
    return (
        lexicon.is_word_pair(prev, word) or lexicon.is_word_pair(word, nxt)
        or lexicon.pair(prev, word) > 0 or lexicon.pair(word, nxt) > 0
    )


def _forms_word(word: str, prev: str | None, nxt: str | None, prev2: str | None, nxt2: str | None) -> bool:
    """``word`` makes a dictionary word with a neighbour that is not already part of a word on its other
    side (``có kết quả``: ``cố kết`` is a word, but ``kết`` belongs to ``kết quả``)."""
    return (lexicon.is_word_pair(prev, word) and not lexicon.is_word_pair(prev2, prev)) or (
        lexicon.is_word_pair(word, nxt) and not lexicon.is_word_pair(nxt, nxt2)
    )


def _name_pair(word: str, other: str | None) -> bool:
    """Two capitalised words (not all capitals): a proper name such as ``Cao Bằng``, ``Lâm Đồng``."""
    return bool(other) and word[:1].isupper() and other[:1].isupper() and not (word.isupper() and other.isupper())


def _recase(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


def restore_tones(text: str) -> tuple[str, list[tuple[str, str]]]:
    """``text`` with misread diacritics restored, and the (before, after) word changes made.

    Words are looked at left to right, each with its neighbours as they
    stand (a neighbour already restored counts restored): ``tố chức`` needs
    ``tổ`` before ``chức`` has a known pair again.
    """
    if not text or not any(ord(c) > 127 for c in text):
        return text, []
    text = unicodedata.normalize("NFC", text)
    spans = [(m.start(), m.end()) for m in _TOKEN.finditer(text)]
    words = [text[a:b] for a, b in spans]
    # only neighbours within the same phrase: punctuation between two words breaks the pair
    joined = [i > 0 and text[spans[i - 1][1]:spans[i][0]].strip() == "" for i in range(len(spans))]
    changes: list[tuple[str, str]] = []

    def at(k: int, toward: int) -> str | None:
        # the neighbour k of a word, when no punctuation separates it (toward: -1 left, +1 right)
        if not 0 <= k < len(words):
            return None
        return words[k] if joined[max(k, k - toward)] else None

    for i, w in enumerate(words):
        prev, nxt = at(i - 1, -1), at(i + 1, 1)
        prev2 = at(i - 2, -1) if prev else None
        nxt2 = at(i + 2, 1) if nxt else None
        if _name_pair(w, prev):
            prev = None
        if _name_pair(w, nxt):
            nxt = None
        if (prev is None and nxt is None) or _attested(w, prev, nxt):
            continue
        found = [v for v in variants(w) if _forms_word(v, prev, nxt, prev2, nxt2)]
        if not found:
            continue
        scored = sorted(((lexicon.in_context(v, prev, nxt), v) for v in found), reverse=True)
        if len(scored) > 1 and scored[0][0] < _CLEAR * scored[1][0]:
            continue
        # a word common on its own (tỉnh, từ, xã, cùng) is not given up for a pair: the pair must be
        # clearly likelier than the word as read
        if scored[0][0] < _CLEAR * lexicon.in_context(w, prev, nxt):
            continue
        new = _recase(scored[0][1], w)
        changes.append((w, new))
        words[i] = new
    if not changes:
        return text, []
    out, last = [], 0
    for (a, b), w in zip(spans, words, strict=True):
        out.append(text[last:a])
        out.append(w)
        last = b
    out.append(text[last:])
    return "".join(out), changes


# ---------------------------------------------------------------- punctuation an OCR sets its own way

_FRACTION_SLASH = re.compile("\u2044")
_EQUALS_DIGIT = re.compile(r"(?<=\s)=(?=\d)")
_EMAIL_CELL = re.compile(r"^(?P<user>[\w.+-]+)\s?[(\[]?@[)\]]?\s?(?P<domain>[\w.-]+(?:\s[\w.-]+)*)$")


def _domain(text: str) -> str:
    """An e-mail domain as OCR left it, put back together: pieces joined, lower case, ``0`` between letters
    read back as ``o`` (``soctrang.g 0V.vn`` → ``soctrang.gov.vn``)."""
    d = "".join(text.split()).lower()
    return re.sub(r"(?<=[a-z])0(?=[a-z])|(?<=\.)0(?=[a-z])|(?<=[a-z])0(?=\.)", "o", d)


def fix_punctuation(text: str) -> tuple[str, list[str]]:
    """Marks Tesseract sets differently from the print, fixed where the reading is unambiguous.

    * the fraction slash ``⁄`` it reads in ranks (``3⁄11``) is the slash ``/`` reports print;
    * ``Không =0``: a space before ``=`` and none after it is a space lost (``Không = 0``);
    * a cell that is one e-mail address comes back as one: the brackets read around ``@``
      dropped, the domain's pieces joined and lower-cased (``nbkhang@soctrang.g 0V.Vn``).
    """
    fixes: list[str] = []
    new = _FRACTION_SLASH.sub("/", text)
    if new != text:
        fixes.append("ocr_slash")
    out = _EQUALS_DIGIT.sub("= ", new)
    if out != new:
        fixes.append("ocr_equals_space")
    m = _EMAIL_CELL.match(out.strip())
    if m and "." in m.group("domain"):
        mail = f"{m.group('user')}@{_domain(m.group('domain'))}"
        if mail != out.strip():
            out = mail
            fixes.append("ocr_email")
    return out, fixes
