"""The text-repair chain applied to every cell, caption and title.

Order matters and is explained where it is decided:

1. legacy 8-bit font decoding (TCVN3/ABC, VNI, VISCII, VPS) — must run first,
   because ftfy "fixes" VISCII/VPS misreads into other wrong text;
2. ftfy for UTF-8 mojibake (UTF-8 bytes read as cp1252/cp1258/Latin-1);
3. ``ƣ`` → ``ư``;
4. Unicode NFC;
5. whitespace collapse (a wrapped cell becomes one line).

Footnote markers are split off by the caller (they are data, not damage).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from normalize import legacy
from normalize.text import collapse_whitespace, fix_oi, to_nfc


@dataclass
class Repaired:
    """Repaired text and the names of the repairs that changed it."""

    text: str
    fixes: list[str] = field(default_factory=list)


def repair_text(text: str, font: str | None = None, *, collapse: bool = True) -> Repaired:
    """Run the whole chain on one piece of text.

    ``font`` is the name of the font the text was set in when the extractor
    knows it (a PDF run or a DOCX run); it is the strongest hint for legacy
    encodings (``.VnTime`` → TCVN3, ``VNI-Times`` → VNI).
    """
    fixes: list[str] = []
    out = legacy.repair(text, font=font)
    if out.text != text:
        fixes.extend(out.fixes)
    t = out.text
    t, f = fix_oi(t)
    fixes += f
    t, f = to_nfc(t)
    fixes += f
    if collapse:
        t = collapse_whitespace(t)
    return Repaired(t, fixes)
