"""Turn pdfplumber characters into lines of text, keeping what matters downstream.

pdfplumber gives single glyphs with their font, size and position.  From them
we need: the text of a cell or a line with word spaces restored, whether it
is bold (group and subtotal rows are printed bold), which font it used (a
``.VnTime`` font means TCVN3 text that must be decoded), and which glyphs are
raised small digits — footnote markers — which we turn into Unicode
superscripts so that ``normalize/`` can lift them out of the value.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

Char = dict[str, Any]

_BOLD_WORDS = ("bold", "black", "heavy", "semibold", "demibold", ",b")


#: "Đơn vị tính: hồ sơ", "(ĐVT: %)": the unit line set between a caption and its table.
UNIT_LINE = re.compile(r"^\s*\(?\s*(đơn vị tính|đvt)\b", re.IGNORECASE)


def all_bold(chars: list[Char]) -> bool:
    """True when every visible glyph is set in a bold face."""
    vis = [c for c in chars if c["text"].strip()]
    return bool(vis) and all(is_bold_font(c.get("fontname", "")) for c in vis)


def is_bold_font(fontname: str) -> bool:
    """Bold from the font name (``TimesNewRomanPS-BoldMT``, ``DejaVuSerif-Bold``, ``Arial,Bold``)."""
    f = fontname.lower()
    return any(w in f for w in _BOLD_WORDS)


def is_italic_font(fontname: str) -> bool:
    """Italic from the font name (``DejaVuSerif-Italic``, ``TimesNewRomanPS-ItalicMT``)."""
    f = fontname.lower()
    return "italic" in f or "oblique" in f


def base_font(fontname: str) -> str:
    """Drop the subset tag: ``ABCDEF+.VnTime`` → ``.VnTime``."""
    return fontname.split("+", 1)[1] if "+" in fontname[:8] else fontname


@dataclass
class Line:
    """One line of text assembled from characters."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool
    font: str


def _median(values: Sequence[float]) -> float:
    s = sorted(values)
    return s[len(s) // 2] if s else 0.0


def group_lines(chars: list[Char]) -> list[list[Char]]:
    """Cluster characters into visual lines (top to bottom), each sorted left to right.

    Small raised glyphs (footnote markers) are attached to the line they sit
    on instead of forming a line of their own.
    """
    if not chars:
        return []
    sizes = [c["size"] for c in chars if c["text"].strip()]
    body_size = _median(sizes) if sizes else 10.0
    normal = [c for c in chars if c["size"] >= 0.85 * body_size or not c["text"].strip()]
    small = [c for c in chars if c["size"] < 0.85 * body_size and c["text"].strip()]
    normal.sort(key=lambda c: (round(c["bottom"], 1), c["x0"]))
    lines: list[list[Char]] = []
    bottoms: list[float] = []
    for c in sorted(normal, key=lambda c: c["bottom"]):
        tol = max(1.5, 0.35 * c["size"])
        if lines and abs(c["bottom"] - bottoms[-1]) <= tol:
            lines[-1].append(c)
        else:
            lines.append([c])
            bottoms.append(c["bottom"])
    for c in small:
        # a marker belongs to the line it sits on: vertically close, and
        # horizontally touching a glyph of that line (a raised "²" after the
        # last word of a wrapped cell's second line is nearer, vertically, to
        # the first line)
        mid = (c["top"] + c["bottom"]) / 2
        best, best_key = None, (9, 1e9, 1e9)
        for i, ln in enumerate(lines):
            top = min(x["top"] for x in ln)
            bot = max(x["bottom"] for x in ln)
            dv = 0.0 if top - 1 <= mid <= bot + 1 else min(abs(mid - top), abs(mid - bot))
            if dv >= body_size:
                continue
            dh = min(max(x["x0"] - c["x1"], c["x0"] - x["x1"], 0.0) for x in ln)
            # a superscript's foot sits inside the band of its own line
            foot_inside = top - 0.5 <= c["bottom"] <= bot + 0.5
            key = (0 if foot_inside else 1, round(dh / max(body_size, 1.0)), dv)
            if key < best_key:
                best, best_key = i, key
        if best is not None:
            lines[best].append(c)
        else:
            lines.append([c])
            bottoms.append(c["bottom"])
    out = [sorted(ln, key=lambda c: c["x0"]) for ln in lines]
    out.sort(key=lambda ln: min(c["top"] for c in ln))
    return out


def line_text(chars: list[Char]) -> str:
    """Text of one line, with spaces where glyphs are apart and superscripts marked."""
    if not chars:
        return ""
    sizes = [c["size"] for c in chars if c["text"].strip()]
    size = max(sizes) if sizes else chars[0]["size"]
    main_bottom = _median([c["bottom"] for c in chars if c["size"] >= 0.85 * size] or [chars[0]["bottom"]])
    parts: list[str] = []
    prev: Char | None = None
    for c in chars:
        t = c["text"]
        raised = c["size"] < 0.85 * size and c["bottom"] < main_bottom - 0.15 * size
        if raised and t.isdigit():
            # a footnote marker: tagged, not turned into "¹" — in a TCVN3 font "¹" is the
            # letter ạ, so a Unicode superscript would be ambiguous for the text repair
            if parts and parts[-1].endswith("</sup>") and prev is not None and prev["text"].isdigit():
                parts[-1] = parts[-1][: -len("</sup>")] + t + "</sup>"
                prev = c
                continue
            t = f"<sup>{t}</sup>"
        if prev is not None:
            gap = c["x0"] - prev["x1"]
            if gap > 0.18 * min(size, prev["size"] if prev["size"] else size) and not (
                parts and parts[-1].endswith(" ")
            ) and t != " " and not raised and t not in _NO_SPACE_BEFORE:
                parts.append(" ")
        parts.append(t)
        prev = c
    return "".join(parts)


def chars_to_lines(chars: list[Char]) -> list[Line]:
    """Assemble characters into :class:`Line` objects."""
    lines: list[Line] = []
    for ln in group_lines(chars):
        visible = [c for c in ln if c["text"].strip()]
        if not visible:
            continue
        text = line_text(ln).strip()
        if not text:
            continue
        bold_n = sum(is_bold_font(c["fontname"]) for c in visible)
        fonts = Counter(base_font(c["fontname"]) for c in visible)
        lines.append(
            Line(
                text=text,
                x0=min(c["x0"] for c in visible),
                x1=max(c["x1"] for c in visible),
                top=min(c["top"] for c in visible),
                bottom=max(c["bottom"] for c in visible),
                size=_median([c["size"] for c in visible]),
                bold=bold_n >= 0.6 * len(visible),
                font=fonts.most_common(1)[0][0],
            )
        )
    return lines


def chars_italic(chars: list[Char]) -> bool:
    """Whether most visible glyphs are set in an italic font."""
    visible = [c for c in chars if c["text"].strip()]
    return bool(visible) and sum(is_italic_font(c["fontname"]) for c in visible) >= 0.6 * len(visible)


# glyphs set tight against what precedes them: a gap before them (side bearings, a
# justified line) is not a word space ("81,7%", "(2023)")
_NO_SPACE_BEFORE = frozenset("%)]”’")
_CODE_BREAK = re.compile(r"(?:^|\s)\S*[\dA-ZĐ/][A-ZĐ]*-$")
_CODE_START = re.compile(r"^[A-ZĐ][A-ZĐ0-9]*(?:[-/\s,.;)]|$)")
_ADDRESS = re.compile(r"(?:\S+@\S+|https?://\S*|www\.\S*)$")


def join_wrapped(lines: list[str]) -> str:
    """Lines of one cell joined with one space — except inside an e-mail address, a URL
    or a document number (``Số 08/KH-`` / ``UBND``).

    A narrow cell breaks ``ubnd@soctrang.gov.vn`` as ``ubnd@soctrang.gov.`` / ``vn``
    (or before the dot); a space there would make a different, broken address.
    """
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out and _ADDRESS.search(out) and " " not in line and (
            out[-1] in "./@_-" or line[0] in "./@_-" or re.fullmatch(r"[a-z0-9._-]+", line)
        ):
            out += line  # the rest of an address wrapped in a narrow cell ("…gov.v" / "n")
        elif out and line[0] in _NO_SPACE_BEFORE and out[-1].isdigit():
            out += line  # "79.41" / "%": a narrow cell pushed the sign to the next line
        elif out and re.search(r"(?:^|\s)[A-ZĐ]{1,3}$", out) and re.fullmatch(r"[A-ZĐ]{1,2}", line):
            out += line  # "ST" / "T": a short header word broken in a narrow column
        elif out and _CODE_BREAK.search(out) and _CODE_START.match(line):
            out += line  # a document number broken at its hyphen: "08/KH-" / "UBND"
        else:
            out = f"{out} {line}" if out else line
    return out


def chars_text(chars: list[Char]) -> tuple[str, bool, str | None]:
    """Text of a block (lines joined with one space), whether it is bold, its main font."""
    lines = chars_to_lines(chars)
    if not lines:
        return "", False, None
    text = join_wrapped([ln.text for ln in lines])
    visible = [c for c in chars if c["text"].strip()]
    bold = sum(is_bold_font(c["fontname"]) for c in visible) >= 0.6 * len(visible)
    font = Counter(base_font(c["fontname"]) for c in visible).most_common(1)[0][0]
    return text, bold, font
