"""Parse numbers the way Vietnamese reports print them.

Vietnamese typography groups thousands with ``.`` and marks decimals with
``,`` (``1.165`` is one thousand one hundred sixty-five, ``93,50`` is 93.5),
but real reports mix in the English style (``55.08``) — often inside one
table.  A lone ``x.yyy`` is therefore ambiguous, and the only honest way to
decide is to look at the rest of the column: :func:`column_uses_dot_decimals`
collects that evidence and :func:`parse_number` takes it as a hint.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# A number token: optional sign (possibly followed by a space, as in "- 0,1501"),
# digits with "." / "," separators, optional percent sign.
_SIGN = r"(?P<sign>[-+−–](?:\s?))?"
_NUM = r"(?P<num>\d[\d.,]*)"
_TOKEN = re.compile(rf"^{_SIGN}{_NUM}(?:\s?(?P<pct>%))?")
_FRACTION = re.compile(
    r"^(?P<a>\d[\d.,]*)\s?/\s?(?P<b>\d[\d.,]*)(?P<rest>.*)$", re.DOTALL
)
_NO_VALUE = {"", "-", "–", "—", "−", "x", "X", "...", "…", "/"}


@dataclass(frozen=True)
class ParsedNumber:
    """A number read from a cell.

    ``value`` keeps percentages as percent numbers (``81,70%`` → 81.7).
    ``denominator`` is set for ``a/b`` forms (ranks ``46/63`` and fractions
    ``21/25``); ``suffix`` is printed text after the number (``bài viết``).
    """

    value: float
    percent: bool = False
    denominator: float | None = None
    suffix: str = ""
    decimals: int = 0  # digits printed after the decimal mark (for tolerances)


def _digits_to_float(num: str, dot_decimal: bool | None) -> tuple[float, int] | None:
    """Resolve separators in a bare digit string; None if it is not a number."""
    num = num.rstrip(".,")
    if not num:
        return None
    has_dot, has_comma = "." in num, "," in num
    if has_dot and has_comma:
        # the mark that comes last is the decimal one: 1.234,5 or 1,234.5
        dec = "," if num.rfind(",") > num.rfind(".") else "."
        thou = "." if dec == "," else ","
        int_part, _, frac = num.rpartition(dec)
        groups = int_part.split(thou)
        if any(len(g) != 3 for g in groups[1:]) or not frac.isdigit():
            return None
        return float("".join(groups) + "." + frac), len(frac)
    if has_comma:
        parts = num.split(",")
        if len(parts) > 2:  # 1,234,567 — English thousands
            if any(len(p) != 3 for p in parts[1:]):
                return None
            return float("".join(parts)), 0
        return float(parts[0] + "." + parts[1]), len(parts[1])
    if has_dot:
        parts = num.split(".")
        if len(parts) > 2:  # 1.234.567 — Vietnamese thousands
            if any(len(p) != 3 for p in parts[1:]):
                return None
            return float("".join(parts)), 0
        int_part, frac = parts
        if len(frac) != 3 or int_part in {"0", ""}:
            return float(int_part + "." + frac), len(frac)
        if dot_decimal:
            return float(int_part + "." + frac), len(frac)
        return float(int_part + frac), 0
    return float(num), 0


def parse_number(text: str, dot_decimal: bool | None = None) -> ParsedNumber | None:
    """Read the number at the start of ``text``; None when the cell holds none.

    ``dot_decimal`` says whether the surrounding column prints decimals with a
    dot; it only matters for the ambiguous ``x.yyy`` form.
    """
    s = text.strip()
    if s in _NO_VALUE:
        return None
    frac = _FRACTION.match(s)
    if frac:
        a = _digits_to_float(frac.group("a"), dot_decimal)
        b = _digits_to_float(frac.group("b"), dot_decimal)
        rest_raw = frac.group("rest")
        # "12/12/2024" is a date and "08/KH-UBND" a document number, not fractions
        if a is None or b is None or (rest_raw and not rest_raw[0].isspace()):
            return None
        rest = rest_raw.strip()
        return ParsedNumber(value=a[0], denominator=b[0], suffix=rest, decimals=a[1])
    m = _TOKEN.match(s)
    if not m:
        return None
    rest = s[m.end():]
    # a number glued to letters ("3a", "5G") or followed by more digits/marks
    # ("3.2.1", "T=(4)") is not a plain value
    if rest and not rest[0].isspace() and rest[0] not in "(;":
        return None
    got = _digits_to_float(m.group("num"), dot_decimal)
    if got is None:
        return None
    value, decimals = got
    if m.group("sign") and m.group("sign").strip() in {"-", "−", "–"}:
        value = -value
    return ParsedNumber(
        value=value, percent=bool(m.group("pct")), suffix=rest.strip(), decimals=decimals
    )


_DOT_DECIMAL = re.compile(r"(?<![\d.,])\d+\.(?:\d{1,2}|\d{4,})(?![\d.,])")
_DOT_LEADING_ZERO = re.compile(r"(?<![\d.,])0\.\d+(?![\d.,])")
_COMMA_DECIMAL = re.compile(r"(?<![\d.,])\d+,\d+(?![\d.,])")


def column_uses_dot_decimals(cells: list[str]) -> bool | None:
    """Evidence from a column (or table) about its decimal mark.

    True when some cell shows an unambiguous dot decimal (``55.08``,
    ``0.8308``, ``0.837``), False when some shows a comma decimal and none a
    dot one, None when the cells say nothing.
    """
    dot = comma = 0
    for c in cells:
        if _DOT_DECIMAL.search(c) or _DOT_LEADING_ZERO.search(c):
            dot += 1
        if _COMMA_DECIMAL.search(c):
            comma += 1
    if dot and dot >= comma:
        return True
    if comma:
        return False
    return None


def is_number_cell(text: str) -> bool:
    """True when the whole cell is one number (no trailing words)."""
    p = parse_number(text, dot_decimal=True)
    return p is not None and not p.suffix
