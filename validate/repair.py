"""Candidate readings of a number an OCR may have damaged.

An OCR drops the decimal comma (``9350`` for ``93,50``), loses or doubles a
digit, and confuses shapes (1/7, 3/8, 5/6, 0/8).  Each candidate says which
damage it undoes, so the record and ``checks.csv`` can say what was changed
and why.  Which candidate is right is not decided here: the table's
arithmetic decides (see :mod:`validate`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_CONFUSABLE = {"1": "7", "7": "1", "3": "8", "8": "30", "5": "6", "6": "5", "0": "8"}


@dataclass(frozen=True)
class Candidate:
    value: float
    text: str  # the reading, printed as the table prints it ("93,50")
    why: str  # which damage it undoes, in words


def _as_text(digits: str, decimals: int) -> str:
    if decimals <= 0:
        return str(int(digits))
    digits = digits.rjust(decimals + 1, "0")
    return f"{int(digits[:-decimals])},{digits[-decimals:]}"


def candidates(raw: str, decimals: int) -> list[Candidate]:
    """Plausible readings of ``raw`` for a column printed with ``decimals`` decimals."""
    text = raw.strip()
    percent = text.endswith("%")
    body = re.sub(r"[%\s]", "", text)
    m = re.fullmatch(r"([-+−–]?)(\d+)(?:[.,](\d+))?", body)
    if not m:
        return []
    sign = -1.0 if m.group(1) in ("-", "−", "–") else 1.0
    digits = m.group(2) + (m.group(3) or "")
    printed = len(m.group(3) or "")
    seen: dict[float, Candidate] = {}

    def add(ds: str, why: str) -> None:
        if not ds or not ds.isdigit():
            return
        value = sign * int(ds) / 10**decimals
        if value not in seen:
            text = ("-" if sign < 0 else "") + _as_text(ds, decimals) + ("%" if percent else "")
            seen[value] = Candidate(value, text, why)

    if printed != decimals:
        add(digits, "mất/sai dấu phẩy thập phân")
    edits: list[tuple[str, str]] = []
    for i in range(len(digits)):
        edits.append((digits[:i] + digits[i + 1:], f"thừa chữ số '{digits[i]}'"))
        for alt in _CONFUSABLE.get(digits[i], ""):
            edits.append((digits[:i] + alt + digits[i + 1:], f"đọc nhầm '{digits[i]}' thành '{alt}'"))
        if i + 1 < len(digits) and digits[i] == digits[i + 1]:
            edits.append((digits[:i] + digits[i + 1:], f"chữ số '{digits[i]}' bị lặp"))
    for i in range(len(digits) + 1):
        for d in "0123456789":
            edits.append((digits[:i] + d + digits[i:], f"mất chữ số '{d}'"))
    for ds, why in edits:
        add(ds, why if printed == decimals else f"{why}, mất dấu phẩy thập phân")
    return list(seen.values())
