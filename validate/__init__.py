"""Check every table's arithmetic, repair what an OCR broke, and say so.

For each table the rules (:mod:`validate.rules`) state what must hold; here
each statement is evaluated on the numbers as read.  Then:

* a number from a born-digital text layer is never changed: a failed check
  is reported, and the cell it names gets status ``review``;
* a number from an OCR (a scan, or a text file carrying OCR output) that
  fails gets candidate readings (:mod:`validate.repair`); a candidate is
  taken only when it is the single reading that makes *every* check of that
  cell pass — and at least two checks, unless it only restores a lost decimal
  comma in a column printed with decimals.  The record becomes ``repaired``
  and the deciding checks say ``repaired``; otherwise the value stays as read
  with status ``review``.

Narrative text gets one rule too: "xử lý 162/195 vấn đề, tỷ lệ 83,08%".
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from schemas.model import Check, Document, Record
from validate.relations import Cell, Relation, Values, half_unit
from validate.repair import Candidate, candidates
from validate.rules import TableView, all_relations, column_decimals, no_rule_reason

__all__ = ["check_document", "summary_line"]

_OCR_METHODS = ("ocr", "text")
# "162/195 vấn đề …, tỷ lệ 83,08%": a fraction, then (with no other number between) "tỷ lệ … %"
_FRACTION_PCT = re.compile(
    r"(?<![\d/])(\d{1,3}(?:\.\d{3})*|\d+)\s*/\s*(\d{1,3}(?:\.\d{3})*|\d+)(?![\d/])"
    r"([^%\d]{0,80}?(?:tỷ lệ|tỉ lệ)[^%\d]{0,20})(\d+(?:,\d+)?)\s*%",
    re.IGNORECASE,
)


def _fmt(value: float | None, decimals: int) -> str:
    if value is None:
        return ""
    text = f"{value:.{max(decimals, 0)}f}"
    return text.replace(".", ",")


def _unit_maxima(records: list[Record]) -> dict[tuple[int, int], float]:
    """(table, row) -> the SIPAS maximum of the unit's group, from the catalogues."""
    from schemas.catalog import load_catalogues

    cs = load_catalogues()
    kinds = {}
    for e in cs.gazetteer.entities:
        for n in {e.name, *(s.name for s in e.names)}:
            kinds.setdefault(n, e.kind)
    out: dict[tuple[int, int], float] = {}
    for r in records:
        if not r.entity or r.year is None or (r.table, r.row) in out:
            continue
        cat = cs.period_for("unit_par", r.year)
        kind = kinds.get(r.entity)
        group = next((g for g in (cat.groups if cat else []) if g.kind == kind), None)
        if group is not None and group.sipas_max_points:
            out[(r.table, r.row)] = group.sipas_max_points
    return out


def _indicators() -> tuple[set[str], dict[str, tuple[str, str | None]]]:
    """The submission indicators of the catalogues: yes/no codes, and code -> (name, parent)."""
    from schemas.catalog import load_catalogues

    codes: set[str] = set()
    items: dict[str, tuple[str, str | None]] = {}
    for cat in load_catalogues().catalogues:
        if cat.index == "indicator":
            codes.update(i.code for i in cat.items if i.value_type == "yes_no")
            items.update({i.code: (i.name, i.parent) for i in cat.items})
    return codes, items


class _Table:
    """One table's relations, evaluated and (for OCR) repaired."""

    def __init__(self, view: TableView, relations: list[Relation]) -> None:
        self.view = view
        self.relations = relations
        self.values: Values = {c: r.value for c, r in view.cells.items()}
        self.repaired: dict[tuple[int, int, str], Candidate] = {}
        self.by_cell: dict[tuple[int, int, str], list[Relation]] = defaultdict(list)
        for rel in relations:
            for c in rel.cells:
                self.by_cell[c].append(rel)

    def holds(self, rel: Relation, values: Values | None = None) -> tuple[bool, str, float | None]:
        return rel.evaluate(values or self.values, self.view.tols.get(rel.target, 0.0))

    def _misfit(self, rels: list[Relation], values: Values) -> float:
        """Σ over the checks of how far each is off, in units of its tolerance."""
        total = 0.0
        for r in rels:
            if r.bound != "eq":
                continue
            slack = min((f.tolerance(values) for f in r.forms), default=0.0) + self.view.tols.get(r.target, 0.0)
            total += r.deviation(values) / max(slack, 1e-9)
        return total

    def _dominated(self, cell: Cell, value: float, decimals: int, rels: list[Relation], trial: Values) -> bool:
        """Whether a reading one unit away in the last place fits the checks clearly
        better (``7534`` read as 75,34 while the row adds up to 75,35 and the ratio
        agrees): then the digits as read are not proved, even if they fit within
        rounding."""
        step = 10.0 ** (-decimals)
        base = self._misfit(rels, trial)
        for nb in (value - step, value + step):
            other = dict(trial)
            other[cell] = nb
            if self._misfit(rels, other) < 0.75 * base:
                return True
        return False

    def _column_decimals(self, cell: tuple[int, int, str]) -> int:
        return column_decimals([r.decimals for (row, col, m), r in self.view.cells.items() if col == cell[1]
                                and m == cell[2]])

    def repair(self) -> None:
        self._restore_commas()
        for _ in range(20):
            failing = [rel for rel in self.relations if not self.holds(rel)[0]]
            if not failing:
                return
            suspects = Counter(c for rel in failing for c in rel.cells if c not in self.repaired)
            fixed = False
            for cell, _n in suspects.most_common():
                cand = self._prove(cell)
                if cand is not None:
                    self.values[cell] = cand.value
                    self.repaired[cell] = cand
                    fixed = True
                    break
            if not fixed:
                return

    def _restore_commas(self) -> None:
        """All numbers printed with fewer decimals than their column lost their comma —
        the commonest OCR damage, and often several in one row.  Read them all with
        the comma put back; each is taken where every check it is in then holds."""
        trial = dict(self.values)
        restored: dict[tuple[int, int, str], Candidate] = {}
        for cell, rec in self.view.cells.items():
            decimals = self._column_decimals(cell)
            if rec.decimals < decimals and re.fullmatch(r"-?\d+%?", rec.value_raw.strip()):
                cand = next((c for c in candidates(rec.value_raw, decimals) if c.why.startswith("mất/sai dấu phẩy")),
                            None)
                if cand is not None:
                    trial[cell] = cand.value
                    restored[cell] = cand
        tols = dict(self.view.tols)
        for cell in restored:
            self.view.tols[cell] = half_unit(self._column_decimals(cell))
        for cell, cand in restored.items():
            rels = [r for r in self.by_cell[cell] if all(c in trial for c in r.cells)]
            if (rels and all(self.holds(r, trial)[0] for r in rels)
                    and not self._dominated(cell, cand.value, self._column_decimals(cell), rels, trial)):
                self.values[cell] = cand.value
                self.repaired[cell] = cand
            else:
                self.view.tols[cell] = tols[cell]

    def _prove(self, cell: tuple[int, int, str]) -> Candidate | None:
        rels = [r for r in self.by_cell[cell] if all(c in self.values for c in r.cells)]
        if not rels:
            return None
        rec = self.view.cells[cell]
        decimals = self._column_decimals(cell)
        tol_saved = self.view.tols.get(cell)
        self.view.tols[cell] = half_unit(decimals)
        winners: dict[float, Candidate] = {}
        try:
            for cand in candidates(rec.value_raw, decimals):
                trial = dict(self.values)
                trial[cell] = cand.value
                if all(self.holds(r, trial)[0] for r in rels) and not self._dominated(
                    cell, cand.value, decimals, rels, trial
                ):
                    winners.setdefault(cand.value, cand)
        finally:
            if tol_saved is not None:
                self.view.tols[cell] = tol_saved
        if len(winners) != 1:
            return None
        cand = next(iter(winners.values()))
        if len(rels) < 2 and not cand.why.startswith("mất/sai dấu phẩy"):
            return None
        self.view.tols[cell] = half_unit(decimals)
        return cand


def check_document(doc: Document, records: list[Record]) -> tuple[list[Record], list[Check]]:
    """Evaluate (and for OCR, repair) every table; return the records and the checks applied."""
    by_table: dict[int, list[Record]] = defaultdict(list)
    for r in records:
        by_table[r.table].append(r)
    checks: list[Check] = []
    coded = any(r.item_code for r in records)
    yes_no, indicators = _indicators() if coded else (set(), {})
    maxima = _unit_maxima(records) if coded else {}
    for table in doc.tables:
        view = TableView(table, by_table.get(table.index, []))
        if table.method in _OCR_METHODS:
            # an OCR'd number that lost its decimal comma is still as precise as its column
            by_col: dict[tuple[int, str], list[int]] = defaultdict(list)
            for (_, col, m), rec in view.cells.items():
                by_col[(col, m)].append(rec.decimals)
            for cell in view.tols:
                if cell[2] != "max_points":
                    view.tols[cell] = half_unit(column_decimals(by_col[(cell[1], cell[2])]))
        row_max = {row: mx for (t, row), mx in maxima.items() if t == table.index}
        rels = all_relations(view, yes_no, row_max, indicators)
        if not rels:
            table.check_note = no_rule_reason(view)
            if table.method in _OCR_METHODS:
                _mark_unproved(_Table(view, []))
            continue
        t = _Table(view, rels)
        if table.method in _OCR_METHODS:
            t.repair()
        for cell, cand in t.repaired.items():
            rec = view.cells[cell]
            rec.value = cand.value
            rec.status = "repaired"
        for rel in rels:
            ok, form, expected = t.holds(rel)
            target = view.cells[rel.target]
            decided = [c for c in rel.cells if c in t.repaired]
            status = "repaired" if ok and decided else ("pass" if ok else "fail")
            found = target.value_raw
            if rel.target in t.repaired:
                found = f"{target.value_raw} → {t.repaired[rel.target].text}"
            detail = _detail(view, rel, form, t, decided)
            checks.append(Check(
                doc=doc.path, table=table.index, rule=rel.rule, target=rel.label,
                expected=_expected_text(rel, expected, max(target.decimals, t._column_decimals(rel.target))),
                found=found, status=status, detail=detail,
            ))
            if not ok:
                # a clean document: the total names the mismatch; OCR: any of its numbers may be misread
                for cell in rel.cells if table.method in _OCR_METHODS else [rel.target]:
                    rec = view.cells[cell]
                    if rec.status == "ok":
                        rec.status = "review"
        if table.method in _OCR_METHODS:
            _mark_unproved(t)
    checks.extend(_narrative_checks(doc))
    return records, checks


def _expected_text(rel: Relation, expected: float | None, decimals: int) -> str:
    if rel.bound == "in":
        return "0 hoặc 1"
    text = _fmt(expected, decimals)
    return {"le": f"≤ {text}", "ge": f"≥ {text}"}.get(rel.bound, text)


def _detail(view: TableView, rel: Relation, form: str, t: _Table, decided: list) -> str:
    parts = []
    if form and rel.bound == "eq":
        parts.append(form)
    if rel.inputs:
        parts.append("từ " + "; ".join(f"dòng {r} cột {c}" for r, c, _ in rel.inputs[:8]))
    for c in decided:
        cand = t.repaired[c]
        parts.append(f"sửa dòng {c[0]} cột {c[1]}: '{view.cells[c].value_raw}' → {cand.text} ({cand.why})")
    return "; ".join(parts)


#: below this Tesseract word confidence, an OCR'd number no check proves is not trusted.  The vie model
#: misreads digits with confidences in the low 90s (``34/63`` for ``54/63`` at 93, ``18,25`` for ``18,23``).
#: (extract/ocr reads numbers under 90 again with the eng model; a reading both models agree on keeps the
#: higher confidence, one they disagree on gets 80.)
OCR_TRUSTED_CONFIDENCE = 97.0


def _mark_unproved(t: _Table) -> None:
    """An OCR'd number that no check proves is trusted only when the OCR was sure of it.

    A number printed unlike its column (it lost its comma) or read with a word
    confidence under :data:`OCR_TRUSTED_CONFIDENCE` is sent to review unless an
    equality check it takes part in holds: a wrong number must never stay ``ok``.
    """
    # proof needs the check to hold exactly at the printed precision: a sum over many rows
    # allows each of them some rounding, enough to hide a misread last digit
    proved = {
        c for rel in t.relations
        for c in rel.proved_cells(t.values, t.view.tols.get(rel.target, 0.0), strict=True)
    }
    conf = t.view.table.cell_confidence
    for cell, rec in t.view.cells.items():
        if rec.status != "ok" or cell in proved:
            continue
        row, col = cell[0] - 1, cell[1] - 1
        c = conf[row][col] if conf and row < len(conf) and col < len(conf[row]) else None
        if rec.decimals != t._column_decimals(cell) or (c is not None and c < OCR_TRUSTED_CONFIDENCE):
            rec.status = "review"


def _number(text: str) -> float:
    return float(text.replace(".", "").replace(",", "."))


def _narrative_checks(doc: Document) -> list[Check]:
    """"Xử lý 162/195 vấn đề …, tỷ lệ 83,08%": the percentage follows from the counts."""
    out: list[Check] = []
    texts = [(f"văn bản trang {b.page}", b.text) for b in doc.text]
    for table in doc.tables:
        for i, row in enumerate(table.rows):
            texts.extend((f"bảng {table.index} dòng {i + 1}", cell) for cell in row if "/" in cell and "%" in cell)
    # a sentence wrapped over lines: read consecutive lines of a page together
    joined: list[tuple[str, str]] = []
    for where, text in texts:
        if joined and joined[-1][0] == where and where.startswith("văn bản"):
            joined[-1] = (where, joined[-1][1] + " " + text)
        else:
            joined.append((where, text))
    for where, text in joined:
        for m in _FRACTION_PCT.finditer(text):
            a, b, pct_text = _number(m.group(1)), _number(m.group(2)), m.group(4)
            if b <= 0 or a > b:
                continue
            decimals = len(pct_text.split(",")[1]) if "," in pct_text else 0
            expected = a / b * 100
            tol = half_unit(decimals) + 1e-9
            ok = abs(expected - _number(pct_text)) <= tol
            out.append(Check(
                doc=doc.path, table=0, rule="narrative_ratio", target=f"{where}: «{m.group(0).strip()[:80]}»",
                expected=_fmt(expected, decimals) + "%", found=pct_text + "%", status="pass" if ok else "fail",
                detail=f"{m.group(1)}/{m.group(2)} × 100",
            ))
    return out


def summary_line(doc: str, checks: list[Check]) -> str:
    """One line per document for the person who ran parx, in their words."""
    mine = [c for c in checks if c.doc == doc]
    if not mine:
        return f"{doc}: không có phép kiểm tra số học nào áp dụng được"
    n = Counter(c.status for c in mine)
    line = f"{doc}: {len(mine)} phép kiểm tra — {n['pass']} khớp"
    if n["repaired"]:
        line += f", {n['repaired']} khớp sau khi sửa số đọc sai"
    if n["fail"]:
        line += f", {n['fail']} KHÔNG khớp (xem checks.csv, cột status = fail)"
    return line
