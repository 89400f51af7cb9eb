"""Tone-mark placement: old (``hoà``, ``thuỷ``, ``khoẻ``) and new (``hòa``, ``thủy``, ``khỏe``) style.

Why: both placements are correct Vietnamese and both occur in the same
archive (older documents and TCVN3 files mostly use the old one), so names
written either way must match (``Thuỷ``/``Thủy``, ``Hoà``/``Hòa``).  Output
text keeps the document's own style; :func:`matching_key` folds both to one
key, and ``--tone new|old`` converts on request.

Only the rhymes ``oa``, ``oe``, ``uy`` without a final consonant differ
between the two styles; ``quỳnh``, ``hoàn``, ``thuyền``, ``quý`` are written
the same in both.  Words that are not Vietnamese syllables are left alone.
"""

from __future__ import annotations

import re
import unicodedata

from normalize.syllables import MARK_OF_TONE, parse

_WORD = re.compile(r"[^\W\d_]+")
_STYLES = ("new", "old")


def _restyle(word: str, style: str) -> str:
    p = parse(word)
    if p is None:
        return word
    untoned, tone, pos, shape = p
    target = shape.new_pos if style == "new" else shape.old_pos
    if tone == 0 or pos == target:
        return word
    chars = list(untoned)
    chars[target] = unicodedata.normalize("NFC", chars[target] + MARK_OF_TONE[tone])
    low = "".join(chars)
    # Same length before and after: copy the case letter by letter.
    return "".join(c.upper() if o.isupper() else c for c, o in zip(low, word, strict=True))


def set_tone_style(text: str, style: str) -> str:
    """Move every tone mark to where ``style`` (``"new"`` or ``"old"``) puts it."""
    if style not in _STYLES:
        raise ValueError(f"tone style must be 'new' or 'old', not {style!r}")
    if not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return _WORD.sub(lambda m: _restyle(m.group(0), style), text)


def to_new_style(text: str) -> str:
    """``hoà`` → ``hòa``, ``thuỷ`` → ``thủy``, ``khoẻ`` → ``khỏe``."""
    return set_tone_style(text, "new")


def to_old_style(text: str) -> str:
    """``hòa`` → ``hoà``, ``thủy`` → ``thuỷ``, ``khỏe`` → ``khoẻ``."""
    return set_tone_style(text, "old")


def tone_style(text: str) -> str | None:
    """``"new"``, ``"old"``, or None when the text has no word that tells (or both kinds)."""
    seen = set()
    for m in _WORD.finditer(unicodedata.normalize("NFC", text)):
        p = parse(m.group(0))
        if p is None or p[1] == 0 or p[3].new_pos == p[3].old_pos:
            continue
        seen.add("new" if p[2] == p[3].new_pos else "old")
    return seen.pop() if len(seen) == 1 else None


_SPACE = re.compile(r"\s+")


def matching_key(text: str) -> str:
    """A key under which spellings of the same name meet.

    NFC, ``ƣ`` → ``ư``, lower case, new-style tone placement, one space
    between words: ``"Uỷ ban  nhân dân"`` and ``"ủy ban nhân dân"`` give the
    same key.  Diacritics are kept (``Hà``/``Hạ`` are different places).
    """
    t = unicodedata.normalize("NFC", text).replace("ƣ", "ư").replace("Ƣ", "Ư").lower()
    return _SPACE.sub(" ", to_new_style(t)).strip()
