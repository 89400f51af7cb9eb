"""Small, always-safe text repairs for cell text, captions and titles.

Each function returns the repaired text together with the names of the
repairs it applied, so that ``parx fix-text --explain`` and the ``fixes`` of a
table can say what happened (the spirit of ftfy's ``fix_and_explain``).
The heavier legacy-font decoding lives in :mod:`normalize.legacy` and is
chained in :func:`normalize.repair.repair_text`.
"""

from __future__ import annotations

import re
import unicodedata

# PDFs made from some Vietnamese fonts map "ư" to U+01A3 LATIN SMALL LETTER OI
# ("ƣ"): the glyphs look alike, the text layer is wrong.
_OI_TO_U_HORN = str.maketrans({"ƣ": "ư", "Ƣ": "Ư"})

_SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_SUPER_TO_DIGIT = str.maketrans(_SUPERSCRIPTS, "0123456789")
_SUP_TAG = re.compile(r"<sup>\s*([^<]{1,4}?)\s*</sup>", re.IGNORECASE)
_SUPER_RUN = re.compile(f"[{_SUPERSCRIPTS}]+")
_HTML_TAG = re.compile(r"</?(?:b|i|u|strong|em|span|p|br)\s*/?>", re.IGNORECASE)
_WS = re.compile(r"\s+")
_SOFT = {"\u00ad": "", "\u200b": "", "\ufeff": "", "\u00a0": " "}


def fix_oi(text: str) -> tuple[str, list[str]]:
    """``ƣ/Ƣ`` → ``ư/Ư`` (a PDF text-layer artifact)."""
    if "ƣ" in text or "Ƣ" in text:
        return text.translate(_OI_TO_U_HORN), ["oi→ư"]
    return text, []


def to_nfc(text: str) -> tuple[str, list[str]]:
    """Compose decomposed accents (NFD text from macOS or some PDF tools)."""
    nfc = unicodedata.normalize("NFC", text)
    return nfc, (["nfc"] if nfc != text else [])


def collapse_whitespace(text: str) -> str:
    """One space between words; a cell wrapped over lines becomes one line."""
    for k, v in _SOFT.items():
        text = text.replace(k, v)
    return _WS.sub(" ", text).strip()


def split_sup_tags(text: str) -> tuple[str, list[str]]:
    """Lift out the markers an extractor tagged as raised (``24/28<sup>1</sup>``)."""
    markers: list[str] = []

    def _tag(m: re.Match[str]) -> str:
        markers.append(m.group(1).strip())
        return ""

    return _SUP_TAG.sub(_tag, text), markers


def split_footnotes(text: str) -> tuple[str, list[str]]:
    """Remove footnote markers glued to a value or a name, and return them.

    ``07³`` → (``07``, [``3``]); ``Ngân hàng¹`` → (``Ngân hàng``, [``1``]);
    ``24/28<sup>1</sup> trong 63`` → (``24/28 trong 63``, [``1``]).
    """
    markers: list[str] = []

    def _tag(m: re.Match[str]) -> str:
        markers.append(m.group(1).strip())
        return ""

    text = _SUP_TAG.sub(_tag, text)

    def _run(m: re.Match[str]) -> str:
        markers.append(m.group(0).translate(_SUPER_TO_DIGIT))
        return ""

    text = _SUPER_RUN.sub(_run, text)
    return text, markers


def strip_markup(text: str) -> str:
    """Drop inline HTML emphasis tags that some converters leave in text."""
    return _HTML_TAG.sub("", text)
