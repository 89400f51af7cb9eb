"""Legacy 8-bit Vietnamese font decoding (TCVN3/ABC, VNI, VISCII, VPS) and mojibake.

``repair(text, font=None)`` is the first step of the text-repair chain
(:mod:`normalize.repair`).  It runs on every cell, so it is built around a
fast path: text whose words are all ASCII or valid Vietnamese syllables is
returned untouched without trying any decoder.  Otherwise each candidate
decoding is scored word by word (:mod:`normalize.legacy.detect`) and accepted
only with a clear margin over the text as it is; a known font name
(``.VnTime`` → TCVN3, ``.VnTimeH`` → TCVN3 capitals, ``VNI-Times`` → VNI,
``VPS Times`` → VPS) replaces the margin by the font's word.  ftfy runs last,
for UTF-8 misreads the own decoder did not explain: run first, it would "fix"
VISCII/VPS text into other wrong text.

Never changes clean Unicode text: every repair is measured against it
(``benchmarks/bench_text_repair.py``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

import ftfy

from normalize.legacy import detect
from normalize.legacy.codecs import (
    UNREAD,
    decode_tcvn3,
    decode_viscii,
    decode_vni,
    decode_vps,
    encode,
    read_as_cp1252,
)
from normalize.legacy.detect import Context
from normalize.legacy.words import C0_LETTERS, INVALID, SPLIT, is_clean, word_status

__all__ = [
    "DESCRIPTIONS",
    "Context",
    "LegacyResult",
    "decode_tcvn3",
    "decode_viscii",
    "decode_vni",
    "decode_vps",
    "encode",
    "font_encoding",
    "read_as_cp1252",
    "repair",
]

#: What each fix name means, in the words ``parx fix-text --explain`` prints.
DESCRIPTIONS: dict[str, str] = {
    "tcvn3": "phông .VnTime/ABC, bảng mã TCVN3 đọc như Windows-1252",
    "tcvn3-caps": "phông chữ hoa .VnTimeH/ABC, bảng mã TCVN3 đọc như Windows-1252",
    "tcvn3-ư-restored": "khôi phục chữ «ư» ở byte 0xAD của TCVN3, bị mất hoặc thành dấu cách/gạch nối",
    "vni": "phông VNI-Times, bảng mã VNI-Windows đọc như Windows-1252",
    "viscii": "bảng mã VISCII đọc như Windows-1252",
    "vps": "bảng mã VPS đọc như Windows-1252",
    "mojibake": "chữ UTF-8 bị đọc nhầm như Windows-1252/1258",
}


@dataclass
class LegacyResult:
    """The repaired text and the short names of the repairs applied (see ``DESCRIPTIONS``)."""

    text: str
    fixes: list[str] = field(default_factory=list)


_SUBSET = re.compile(r"^[A-Z]{6}\+")
_STYLE = re.compile(r"([,\-_ ]?(bold|italic|oblique|regular|normal|mt|ps|psmt))+$", re.IGNORECASE)


def font_encoding(font: str | None) -> tuple[str, bool] | None:
    """(encoding, capitals font?) named by a font, or None when the name says nothing.

    ``ABCDEF+.VnTimeH,Bold`` → (``tcvn3``, True); ``.VnArial`` → (``tcvn3``,
    False); ``VNI-Times`` → (``vni``, False); ``VPS Times`` → (``vps``, False).
    """
    if not font:
        return None
    name = _SUBSET.sub("", font.strip())
    low = name.lower()
    if low.startswith(("vni-", "vni ", "vni_")):
        return "vni", False
    if low.startswith("vps"):
        return "vps", False
    if "viscii" in low:
        return "viscii", False
    if low.startswith((".vn", "vn")) and len(name) > 3:
        base = _STYLE.sub("", name)
        return "tcvn3", base.endswith("H")
    return None


_FTFY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)


def _invalid_count(text: str) -> int:
    return sum(1 for w in SPLIT.split(text)[::2] if not w.isascii() and word_status(w) == INVALID)


def _ftfy(text: str) -> str | None:
    """ftfy's encoding repair, kept only when it leaves fewer non-Vietnamese words."""
    fixed = ftfy.fix_text(text, _FTFY)
    if fixed == text or _invalid_count(fixed) >= _invalid_count(text):
        return None
    return fixed


#: Decoding rounds per text: UTF-8 misread twice ("ViÃ¡Â»â€¡t") needs two.
_ROUNDS = 3


def repair(text: str, font: str | None = None, context: Context | None = None) -> LegacyResult:
    """Return ``text`` decoded from a legacy encoding when that is proven (or named by ``font``).

    ``fixes`` names what was done: ``tcvn3``, ``tcvn3-caps``, ``tcvn3-ư-restored``,
    ``vni``, ``viscii``, ``vps``, ``mojibake``.  ``context`` (one per document)
    carries what earlier lines showed about the TCVN3 ``ư``; it also lets a
    plain-ASCII line of a TCVN3 document get its lost ``ư`` back (``L u:`` →
    ``Lưu:``), which nothing in the line alone could justify.
    """
    hint = font_encoding(font)
    if text.isascii() and hint is None and not C0_LETTERS.search(text):
        if context is None or not context.tcvn3_lines or context.u_mode == "kept":
            return LegacyResult(text)
        dec = detect.best(text, ("tcvn3",), ctx=context)
        return LegacyResult(dec.text, dec.fixes) if dec else LegacyResult(text)
    probe = text if unicodedata.is_normalized("NFC", text) else unicodedata.normalize("NFC", text)
    probe = probe.replace("ƣ", "ư").replace("Ƣ", "Ư")
    if hint is None and is_clean(probe):
        if context is not None and any(c.isalpha() and c not in UNREAD for c in probe):
            context.unicode_lines += 1
        return LegacyResult(text)
    fixes: list[str] = []
    cur = probe
    for round_ in range(_ROUNDS):
        if round_ == 0 and hint is not None:
            enc, caps = hint
            dec = detect.best(cur, (enc,), hinted=True, caps=True if caps else None, ctx=context)
        else:
            dec = detect.best(cur, ctx=context)
        if dec is None:
            break
        cur = dec.text
        fixes += [f for f in dec.fixes if f not in fixes]
        if not detect.still_damaged(cur):
            break
    if not fixes and font is None and context is not None and (enc := context.prior()) is not None:
        # A document that has been in one legacy encoding so far: usage decides what the line cannot —
        # unless the text's own font is known and is not a legacy one (then it is Unicode).
        dec = detect.best(cur, (enc,), ctx=context, prior=True)
        if dec is not None:
            cur, fixes = dec.text, dec.fixes
    if detect.still_damaged(cur):
        # What our decoders left: UTF-8 misreads they cannot take word by word ("hÃ nh",
        # whose NBSP byte became a space) — ftfy's job, kept only if it mends words.
        fixed = _ftfy(cur)
        if fixed is not None:
            cur = fixed
            fixes += [] if "mojibake" in fixes else ["mojibake"]
    return LegacyResult(cur, fixes) if fixes else LegacyResult(text)
