"""Which pages of a PDF need OCR: no text layer, or a text layer that is garbage.

A scanned page has no characters at all (or a handful: a stamped page
number); a badly made PDF has characters that are not text (broken
``ToUnicode`` maps give control characters, private-use code points or
U+FFFD).  Text in a legacy Vietnamese font (TCVN3/VNI) is *not* garbage:
its bytes come out as Latin-1 letters and symbols (``Tæng céng``), which
``normalize/`` decodes exactly — OCR would only lose information there, so
Latin-1 counts as plausible here.

``extract/`` must not import ``normalize/``; a caller that wants the
stricter test "share of valid Vietnamese syllables" passes the checker in
(``is_word``, e.g. ``normalize.syllables.is_syllable`` wrapped to also
accept what the legacy decoders can repair).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

#: A page with fewer visible characters than this has no text layer to speak of.
MIN_CHARS = 25
#: Share of plausible tokens under which a text layer is garbage.
MIN_QUALITY = 0.5

_NUMBER = re.compile(r"^[-+−–(]?\d[\d.,:/%]*\)?[.,;:]?$")
_PUNCT = ".,;:!?()[]{}\"'“”‘’«»-–—/%…*+=<>|"


def _plausible_char(ch: str) -> bool:
    o = ord(ch)
    if ch.isspace() or ch in _PUNCT:
        return True
    if o < 0x20 or 0x7F <= o <= 0x9F or 0xE000 <= o <= 0xF8FF or o in (0xFFFD, 0xFFFE, 0xFFFF):
        return False
    if o <= 0x24F or 0x1E00 <= o <= 0x1EFF or 0x300 <= o <= 0x36F:
        return True  # Latin (Vietnamese included), Latin-1 symbols of legacy fonts, combining marks
    cat = unicodedata.category(ch)
    return cat[0] in "PNS" and o < 0x2BFF  # general punctuation, superscripts, arrows, maths


def text_layer_quality(text: str, is_word: Callable[[str], bool] | None = None) -> float:
    """Share (0–1) of the whitespace-separated tokens of ``text`` that look like real text.

    A token is plausible when all its characters are (Latin letters incl.
    Vietnamese, digits, punctuation, Latin-1 symbols of legacy fonts); with
    ``is_word`` a token must also be a number, punctuation or accepted by
    ``is_word`` (its surrounding punctuation stripped).
    """
    tokens = text.split()
    if not tokens:
        return 0.0
    good = 0
    for tok in tokens:
        if not all(_plausible_char(ch) for ch in tok):
            continue
        if is_word is not None:
            core = tok.strip(_PUNCT)
            if core and not _NUMBER.match(core) and not is_word(core):
                continue
        good += 1
    return good / len(tokens)


def _needs(text: str, has_graphics: bool, is_word: Callable[[str], bool] | None, min_chars: int,
           min_quality: float) -> bool:
    visible = sum(1 for ch in text if not ch.isspace())
    if visible < min_chars:
        return has_graphics  # a blank page needs nothing; a picture of a page needs OCR
    return text_layer_quality(text, is_word) < min_quality


def pages_needing_ocr(
    pdf: Path | str | Any,
    is_word: Callable[[str], bool] | None = None,
    min_chars: int = MIN_CHARS,
    min_quality: float = MIN_QUALITY,
) -> list[int]:
    """1-based pages of a PDF with no text layer (but an image or drawing) or a garbage one.

    ``pdf`` is a path (read with pdfium, fast) or an open ``pdfplumber.PDF``
    (reuses what the caller has parsed already).
    """
    if not isinstance(pdf, (str, Path)):
        out = []
        for pno, page in enumerate(pdf.pages, 1):
            text = "".join(c.get("text", "") for c in page.chars)
            graphics = bool(page.images) or len(page.curves) + len(page.rects) > 200
            if _needs(text, graphics, is_word, min_chars, min_quality):
                out.append(pno)
        return out
    import pypdfium2 as pdfium
    import pypdfium2.raw as pdfium_c

    doc = pdfium.PdfDocument(str(pdf))
    out = []
    try:
        for pno in range(1, len(doc) + 1):
            page = doc[pno - 1]
            textpage = page.get_textpage()
            text = textpage.get_text_range()
            textpage.close()
            kinds = [obj.type for obj in page.get_objects(max_depth=2)]
            graphics = pdfium_c.FPDF_PAGEOBJ_IMAGE in kinds or kinds.count(pdfium_c.FPDF_PAGEOBJ_PATH) > 200
            page.close()
            if _needs(text, graphics, is_word, min_chars, min_quality):
                out.append(pno)
    finally:
        doc.close()
    return out
