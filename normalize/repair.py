"""The text-repair chain applied to every cell, caption and title.

Order matters and is explained where it is decided:

1. legacy 8-bit font decoding (TCVN3/ABC, VNI, VISCII, VPS) — must run first,
   because ftfy "fixes" VISCII/VPS misreads into other wrong text;
2. UTF-8 mojibake (UTF-8 bytes read as cp1252/cp1258/Latin-1): our own
   decoder, then ftfy — both inside :func:`normalize.legacy.repair`;
3. ``ƣ`` → ``ư``;
4. Unicode NFC;
5. optionally, tone placement in one style (``tone="new"|"old"``; by default
   the document's own style is kept — matching uses
   :func:`normalize.tone.matching_key` instead);
6. whitespace collapse (a wrapped cell becomes one line).

Footnote markers are split off by the caller (they are data, not damage).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from normalize import legacy
from normalize.text import collapse_whitespace, fix_oi, to_nfc
from normalize.tone import set_tone_style

#: Per-document memory of the legacy repairs (how the TCVN3 ``ư`` was lost); see ``legacy.Context``.
Context = legacy.Context


@dataclass
class Repaired:
    """Repaired text and the names of the repairs that changed it."""

    text: str
    fixes: list[str] = field(default_factory=list)


def repair_text(
    text: str,
    font: str | None = None,
    *,
    collapse: bool = True,
    tone: str | None = None,
    context: legacy.Context | None = None,
    legacy_fonts: bool = True,
) -> Repaired:
    """Run the whole chain on one piece of text.

    ``font`` is the name of the font the text was set in when the extractor
    knows it (a PDF run or a DOCX run); it is the strongest hint for legacy
    encodings (``.VnTime`` → TCVN3, ``VNI-Times`` → VNI).  ``context`` (one
    per document) lets a line profit from what earlier lines showed;
    ``tone`` (``"new"``/``"old"``) moves tone marks to one style.
    ``legacy_fonts=False`` skips step 1 and 2 for text that cannot be in a
    legacy encoding (OCR output is read from the glyphs, so it is Unicode).
    """
    fixes: list[str] = []
    t = text
    if legacy_fonts:
        out = legacy.repair(text, font=font, context=context)
        if out.text != text:
            fixes.extend(out.fixes)
            t = out.text
    t, f = fix_oi(t)
    fixes += f
    t, f = to_nfc(t)
    fixes += f
    if tone is not None:
        styled = set_tone_style(t, tone)
        if styled != t:
            t = styled
            fixes.append(f"tone-{tone}")
    if collapse:
        t = collapse_whitespace(t)
    return Repaired(t, fixes)
