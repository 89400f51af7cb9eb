"""Roman group numbers that OCR misreads: ``II`` read as ``H``, ``III`` as ``m`` or ``„"I``.

Report tables number their group rows (printed bold) I, II, III, IV… and
the rows inside each group 1, 2, 3…  A bold serif ``II`` has its serifs
touching and Tesseract sees an ``H``; ``I`` comes out as ``1``.  Read alone
the cell does not improve, but the table itself says what the code must be:
when at least one bold row carries the roman numeral its position in the
sequence of bold rows implies, and the data rows are numbered with figures,
the other bold rows' codes that are made only of the characters a roman
numeral turns into are replaced by the numeral their position implies.
"""

from __future__ import annotations

from schemas.model import Table

ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV"]
#: What Tesseract has been seen to make of bold serif I, II, III (1, H, m, ư„I, „"I, IH…).
_CONFUSABLE = set("IiLlHh|1!„\"'“”ưừmnM")


def repair_group_codes(table: Table) -> int:
    """Fix misread roman numerals in the first column of bold (group) rows; returns how many."""
    n = len(table.rows)
    if n < 3 or len(table.row_bold) != n or not table.rows[0]:
        return 0
    groups = [i for i in range(n) if table.row_bold[i] and table.rows[i][0].strip()]
    if len(groups) < 2 or len(groups) > len(ROMANS):
        return 0
    codes = [table.rows[i][0].strip() for i in groups]
    if not any(c == ROMANS[k] for k, c in enumerate(codes)):
        return 0
    data_codes = [table.rows[i][0].strip() for i in range(n) if not table.row_bold[i] and table.rows[i][0].strip()]
    if not data_codes or sum(c.isdigit() for c in data_codes) < 0.5 * len(data_codes):
        return 0
    changed = 0
    for k, i in enumerate(groups):
        c = codes[k]
        if c != ROMANS[k] and len(c) <= 4 and set(c) <= _CONFUSABLE:
            table.rows[i][0] = ROMANS[k]
            changed += 1
    return changed
