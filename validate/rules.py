"""Which arithmetic a table promises, read from its structure and header vocabulary.

Every function here looks at one table (its rows, row kinds, header and the
records normalize/ made of it) and returns :class:`~validate.relations.Relation`
objects; none of them looks at whether a relation holds — that is
:mod:`validate.engine`'s job.  The rules:

``column_formula``   a column-number header row says ``(7)=(4)+(5)+(6)``
``ratio``            tỷ lệ = điểm đạt / điểm tối đa × 100, in one row and year
``ratio_counts``     tỷ lệ = one count / the other × 100 (21 of 25 → 84 %)
``points_le_max``    điểm đạt ≤ điểm tối đa
``shortfall``        điểm chưa đạt = tối đa − đạt
``group``            a group or subtotal row is the sum — or the mean — of its members
``total``            a grand total is the sum (or mean) of the groups, or of all rows
``breakdown``        "Cấp huyện" + "Cấp xã" rows add up to the entity above them
``delta``            a Tăng/Giảm column or row is the difference of two years
``rank_range``       1 ≤ xếp hạng ≤ số đơn vị xếp hạng
``points_from_ratio`` điểm quy đổi = chỉ số % × điểm tối đa của nhóm (catalogue) / 100
``flow_order``       đúng hạn ≤ giải quyết ≤ tiếp nhận among a submission's sibling indicators
``plan_rate``        a submission's "Tỷ lệ hoàn thành …" = done / planned × 100 (its own sub-items)
``yes_no``           an indicator coded Có = 1 / Không = 0 holds 0 or 1
``not_negative``     a count is never negative
"""

from __future__ import annotations

import re
from collections import defaultdict

from schemas.model import Record, Table
from schemas.vocab import fold, matches_any
from validate.relations import Cell, Form, Relation, half_unit, linear, mean_of, ratio_of, sum_of

_COLNUM = re.compile(r"^\(?(\d{1,2})\)?(?:\s*=\s*(.+))?$")
_TERM = re.compile(r"([+\-−]?)\s*\(?(\d{1,2})\)?")
_DIVISION = re.compile(r"^\(?(\d{1,2})\)?\s*[/:]\s*\(?(\d{1,2})\)?(?:\s*[x×*]\s*100\s*%?)?$")
_COMPARED_YEAR = re.compile(r"(?:so với|so sánh với|với)\s*(?:năm\s*)?((?:19|20)\d\d)", re.IGNORECASE)
_RANK_OF = re.compile(r"/\s*(\d{2,3})\b")

AGGREGATED = ("points", "max_points", "count", "value", "ratio", "shortfall")


class TableView:
    """A table's records indexed by cell, with what the rules need to know of its rows."""

    def __init__(self, table: Table, records: list[Record]) -> None:
        self.table = table
        self.records = records
        self.cells: dict[Cell, Record] = {(r.row, r.col, r.measure): r for r in records}
        self.tols: dict[Cell, float] = {c: printed_tolerance(r) for c, r in self.cells.items()}
        self.by_row: dict[int, list[Record]] = defaultdict(list)
        for r in records:
            self.by_row[r.row].append(r)
        self.kinds = {i + 1: k for i, k in enumerate(table.row_kinds)}

    def label(self, cell: Cell) -> str:
        """Where a person finds the cell, in the words of the table."""
        row, col, _ = cell
        texts = self.table.rows[row - 1] if row - 1 < len(self.table.rows) else []
        code = texts[0].strip() if texts else ""
        name = next((t.strip() for t in texts[1:] if t.strip() and not _numberish(t)), "")
        head = " / ".join(dict.fromkeys(h[col - 1] for h in self.table.header if col - 1 < len(h) and h[col - 1]))
        who = " ".join(x for x in (code, name[:60]) if x)
        return f"dòng {row} ({who}), cột {col} ({head[:60]})" if who else f"dòng {row}, cột {col} ({head[:60]})"

    def in_row(self, row: int, measure: str, year: int | None = None) -> list[Record]:
        return [r for r in self.by_row.get(row, []) if r.measure == measure and (year is None or r.year == year)]


def printed_tolerance(rec: Record) -> float:
    """How far the true value may be from the printed one.

    A maximum is fixed by the methodology, and a count or a rank printed without
    decimals is a whole number: those are exact.  Anything else may hide half a
    unit of its last printed place.
    """
    if rec.measure == "max_points" and rec.row_kind == "data":
        return 0.0  # (a group row's maximum is a mean, rounded like any other)
    if rec.decimals == 0 and rec.measure in ("count", "rank", "rank_of"):
        return 0.0
    return half_unit(rec.decimals)


def column_decimals(decimals: list[int]) -> int:
    """How many decimals a column prints: the usual count among values that print any.

    An OCR loses decimal commas but never adds one, so ``15,00`` next to ``1500``
    and ``1834`` says the column has two decimals even when most lost them.
    """
    if not decimals:
        return 0
    shown = [d for d in decimals if d > 0]
    if len(shown) >= 0.2 * len(decimals):
        return max(set(shown), key=shown.count)
    return max(set(decimals), key=decimals.count)


def _numberish(text: str) -> bool:
    return bool(re.fullmatch(r"[-+−–\s\d.,%/]+", text.strip()))


def _cell(r: Record) -> Cell:
    return (r.row, r.col, r.measure)


# ------------------------------------------------------------------- formulas
def column_formulas(v: TableView) -> list[Relation]:
    """``(7)=(4)+(5)+(6)`` in a column-number header row, applied to every body row."""
    out: list[Relation] = []
    for hrow in v.table.header:
        parsed = [_COLNUM.match(t.strip()) for t in hrow]
        if sum(m is not None for m in parsed) < max(3, len(hrow) // 2):
            continue
        number_col = {int(m.group(1)): j + 1 for j, m in enumerate(parsed) if m}
        for j, m in enumerate(parsed):
            if not m or not m.group(2):
                continue
            expr = m.group(2).replace(" ", "")
            target_col = j + 1
            div = _DIVISION.match(expr)
            for row in sorted(v.by_row):
                target = next((r for r in v.by_row[row] if r.col == target_col), None)
                if target is None:
                    continue
                if div:
                    num, den = number_col.get(int(div.group(1))), number_col.get(int(div.group(2)))
                    a = next((r for r in v.by_row[row] if r.col == num), None)
                    b = next((r for r in v.by_row[row] if r.col == den), None)
                    if a is None or b is None:
                        continue
                    scale = 100.0 if target.measure == "ratio" else 1.0
                    form = ratio_of(_cell(a), _cell(b), v.tols, f"({div.group(1)})/({div.group(2)})", scale)
                    out.append(Relation("column_formula", _cell(target), [_cell(a), _cell(b)], [form]))
                    continue
                terms: list[tuple[float, Cell]] = []
                for sign, num in _TERM.findall(expr):
                    col = number_col.get(int(num))
                    rec = next((r for r in v.by_row[row] if r.col == col), None)
                    if rec is None:
                        break
                    terms.append((-1.0 if sign in "-−" and sign else 1.0, _cell(rec)))
                else:
                    if len(terms) >= 2:
                        form = linear(terms, v.tols, m.group(2).strip())
                        out.append(Relation("column_formula", _cell(target), [c for _, c in terms], [form]))
    return out


def discovered_formulas(v: TableView) -> list[Relation]:
    """Column formulas the numbers themselves show, for tables whose header does not say.

    An OCR'd header is often unreadable, yet ``Tổng = (4) + (5) + (6)`` or
    ``Chỉ số = Tổng / Điểm chuẩn`` still holds in almost every row.  A formula
    is adopted when it holds, within printed precision, in at least 90 % of the
    rows whose cells are printed like the rest of their column (at least five
    rows): those rows prove it, and it then checks — and, for OCR, repairs —
    the others.
    """
    from itertools import combinations

    primary = {(r.row, r.col): r for r in v.records if r.measure not in ("rank_of", "denominator")}
    cols = sorted({c for _, c in primary})
    if len(cols) < 3:
        return []
    modal = {c: column_decimals([r.decimals for (row, col), r in primary.items() if col == c]) for c in cols}
    data_rows = sorted({row for row, _ in primary if v.kinds.get(row) == "data"})

    def clean(row: int, cs: tuple[int, ...]) -> bool:
        return all((row, c) in primary and primary[(row, c)].decimals <= modal[c] for c in cs)

    def val(row: int, c: int) -> float:
        # for finding the formula only: a number whose decimal comma the OCR lost, put back
        r = primary[(row, c)]
        return r.value / 10 ** (modal[c] - r.decimals)

    found: list[tuple[str, int, tuple[int, ...]]] = []
    for t in cols:
        # a derived column comes after what it is derived from (and this keeps the
        # inverse of a formula, "(3) = (7) / (8)", from counting twice)
        others = [c for c in cols if c < t]
        for k in (2, 3):
            for parts in combinations(others, k):
                rows = [r for r in data_rows if clean(r, (t, *parts))]
                if len(rows) < 5:
                    continue
                hits = 0
                for r in rows:
                    total = sum(val(r, c) for c in parts)
                    tol = sum(half_unit(modal[c]) for c in (t, *parts))
                    hits += abs(val(r, t) - total) <= tol + 1e-9
                if hits >= 0.9 * len(rows):
                    found.append(("sum", t, parts))
        for a, b in ((a, b) for a in others for b in others if a != b):
            rows = [r for r in data_rows if clean(r, (t, a, b)) and val(r, b)]
            if len(rows) < 5:
                continue
            hits = 0
            for r in rows:
                x, y, z = val(r, a), val(r, b), val(r, t)
                tol = half_unit(modal[t]) + 100 * (half_unit(modal[a]) / y + x * half_unit(modal[b]) / (y * y))
                hits += abs(z - x / y * 100) <= tol + 1e-9
            if hits >= 0.9 * len(rows):
                found.append(("ratio", t, (a, b)))
    # keep the smallest explanation of each target column
    chosen: dict[int, tuple[str, int, tuple[int, ...]]] = {}
    for f in found:
        if f[1] not in chosen or len(f[2]) < len(chosen[f[1]][2]):
            chosen[f[1]] = f
    out: list[Relation] = []
    for kind, t, parts in chosen.values():
        name = (" + " if kind == "sum" else " / ").join(f"cột {c}" for c in parts)
        for row in sorted({row for row, _ in primary}):
            if (row, t) not in primary or not all((row, c) in primary for c in parts):
                continue
            tc = _cell(primary[(row, t)])
            ins = [_cell(primary[(row, c)]) for c in parts]
            # an OCR'd number that lost its comma is as precise as its column
            tols = dict(v.tols)
            for cell in [tc, *ins]:
                tols[cell] = half_unit(modal[cell[1]])
            if kind == "sum":
                form = sum_of(ins, tols, f"{name} (công thức rút ra từ các dòng)")
            else:
                form = ratio_of(ins[0], ins[1], tols, f"{name} × 100 (công thức rút ra từ các dòng)")
            out.append(Relation("column_formula", tc, ins, [form]))
    return out


# ---------------------------------------------------------------- row relations
def _pick(cands: list[Record], ratio: Record, preferred: set[tuple[int, int]]) -> list[Record]:
    """The points (or maximum) the ratio is computed from: the same item, else a formula's total, else any."""
    same = [c for c in cands if c.item_code and c.item_code == ratio.item_code]
    if same:
        return same
    marked = [c for c in cands if (c.row, c.col) in preferred]
    return marked or cands


def row_relations(v: TableView, formula_targets: set[tuple[int, int]]) -> list[Relation]:
    out: list[Relation] = []
    for row, recs in sorted(v.by_row.items()):
        for ratio in [r for r in recs if r.measure == "ratio"]:
            points = _pick(v.in_row(row, "points", ratio.year), ratio, formula_targets)
            maxes = _pick(v.in_row(row, "max_points", ratio.year), ratio, formula_targets)
            # an aggregate row may hold the mean of its members' ratios instead
            members = [(r, ratio.col, "ratio") for r in _members(v, row) if (r, ratio.col, "ratio") in v.cells]
            extra = [mean_of(members, v.tols, "trung bình các dòng thành phần")] if (
                v.kinds.get(row) in ("group", "total") and len(members) >= 2) else []
            if points and maxes:
                forms = [ratio_of(_cell(p), _cell(m), v.tols, "điểm đạt / điểm tối đa") for p in points for m in maxes]
                out.append(Relation("ratio", _cell(ratio), [_cell(x) for x in [*points, *maxes]], forms + extra))
                continue
            counts = [c for c in v.in_row(row, "count", ratio.year) if c.col < ratio.col]
            if len(counts) == 2:
                a, b = counts
                forms = [ratio_of(_cell(a), _cell(b), v.tols, "số thứ nhất / số thứ hai"),
                         ratio_of(_cell(b), _cell(a), v.tols, "số thứ hai / số thứ nhất")]
                out.append(Relation("ratio_counts", _cell(ratio), [_cell(a), _cell(b)], forms + extra))
        maxes_by_year: dict[int | None, list[Record]] = defaultdict(list)
        for m in v.in_row(row, "max_points"):
            maxes_by_year[m.year].append(m)
        for p in v.in_row(row, "points"):
            ms = maxes_by_year.get(p.year, [])
            if len(ms) == 1:
                mc = _cell(ms[0])
                form = Form("điểm tối đa", lambda vals, c=mc: vals.get(c), lambda vals, c=mc: v.tols[c])
                out.append(Relation("points_le_max", _cell(p), [mc], [form], bound="le"))
        for s in v.in_row(row, "shortfall"):
            ps, ms = v.in_row(row, "points", s.year), maxes_by_year.get(s.year, [])
            if len(ps) == 1 and len(ms) == 1:
                p, m = _cell(ps[0]), _cell(ms[0])
                forms = [linear([(1.0, m), (-1.0, p)], v.tols, "tối đa − đạt"),
                         linear([(1.0, p), (-1.0, m)], v.tols, "đạt − tối đa")]
                out.append(Relation("shortfall", _cell(s), [m, p], forms))
        for rank in v.in_row(row, "rank"):
            of = v.cells.get((rank.row, rank.col, "rank_of"))
            one = Form("1", lambda vals: 1.0, lambda vals: 0.0)
            out.append(Relation("rank_range", _cell(rank), [], [one], bound="ge"))
            if of is not None:
                oc = _cell(of)
                form = Form("số đơn vị xếp hạng", lambda vals, c=oc: vals.get(c), lambda vals: 0.0)
                out.append(Relation("rank_range", _cell(rank), [_cell(of)], [form], bound="le"))
            else:
                m = _RANK_OF.search(rank.column_raw)
                if m:
                    n = float(m.group(1))
                    form = Form(f"{int(n)} đơn vị", lambda vals, n=n: n, lambda vals: 0.0)
                    out.append(Relation("rank_range", _cell(rank), [], [form], bound="le"))
    return out


def delta_relations(v: TableView) -> list[Relation]:
    """A Tăng/Giảm cell is the difference of the same quantity in two years."""
    out: list[Relation] = []
    rank_votes: list[tuple[int, int, float | None, tuple]] = []
    for d in [r for r in v.records if r.measure == "delta"]:
        measure = "rank" if d.unit == "rank" else None
        same_row = [r for r in v.by_row[d.row] if r.measure != "delta" and r.col != d.col]
        if same_row:
            measure = measure or ("ratio" if d.unit == "%" or any(r.measure == "ratio" for r in same_row) else
                                  "points")
            cands = [r for r in same_row if r.measure == measure]
            compared = _COMPARED_YEAR.search(d.column_raw)
            years = sorted({r.year for r in cands if r.year is not None})
            if len(years) < 2:
                continue
            new_year = d.year if d.year in years else years[-1]
            old_year = int(compared.group(1)) if compared else max(y for y in years if y != new_year)
            new = [r for r in cands if r.year == new_year]
            old = [r for r in cands if r.year == old_year]
            if len(new) != 1 or len(old) != 1:
                continue
            a, b = _cell(new[0]), _cell(old[0])
            vals = (new[0].value, old[0].value)
        else:
            # a difference row under rows labelled by year, column by column
            want = "rank" if d.unit == "rank" else ("ratio" if d.unit == "%" or d.value_raw.endswith("%") else None)
            above = [r for r in v.records if r.col == d.col and r.row < d.row and r.measure != "delta"
                     and r.year is not None and (want is None or r.measure == want)]
            by_year: dict[int, Record] = {}
            for r in sorted(above, key=lambda r: r.row):
                by_year[r.year] = r  # type: ignore[index]
            if len(by_year) < 2:
                continue
            ys = sorted(by_year)
            a, b = _cell(by_year[ys[-1]]), _cell(by_year[ys[-2]])
            measure = by_year[ys[-1]].measure
            vals = (by_year[ys[-1]].value, by_year[ys[-2]].value)
        forms = [linear([(1.0, a), (-1.0, b)], v.tols, "năm sau − năm trước")]
        if measure == "rank":
            forms.append(linear([(1.0, b), (-1.0, a)], v.tols, "hạng năm trước − hạng năm sau"))
            rank_votes.append((len(out), d.col, d.value, vals))
        out.append(Relation("delta", _cell(d), [a, b], forms))
    _one_rank_convention(out, rank_votes)
    return out


def _one_rank_convention(rels: list[Relation], votes: list[tuple[int, int, float | None, tuple]]) -> None:
    """A column of rank changes counts them one way for every row.

    Reports differ (``hạng năm trước − hạng năm sau``: a climb is positive; or
    the plain difference), so both are allowed — but per column, not per
    cell: the convention most of its rows follow is the only one kept, and a
    cell whose sign was misread (``+1`` for ``-1``) then fails instead of
    passing under the other convention.
    """
    by_col: dict[int, list[tuple[int, int]]] = {}
    for i, col, found, (new, old) in votes:
        if found is None or new is None or old is None or new == old:
            continue
        plain = abs(found - (new - old)) < 1e-9
        flipped = abs(found - (old - new)) < 1e-9
        if plain != flipped:
            by_col.setdefault(col, []).append((i, 0 if plain else 1))
    for col, seen in by_col.items():
        n_flip = sum(k for _, k in seen)
        n_plain = len(seen) - n_flip
        if max(n_plain, n_flip) < 2 or n_plain == n_flip:
            continue
        keep = 1 if n_flip > n_plain else 0
        for i, c, _f, _v in votes:
            if c == col:
                rels[i].forms = [rels[i].forms[keep]]


# ---------------------------------------------------------------- group relations
def _is_subtotal_label(v: TableView, row: int) -> bool:
    texts = v.table.rows[row - 1] if row - 1 < len(v.table.rows) else []
    first = next((t for t in texts if t.strip() and not _numberish(t)), "")
    return bool(re.match(r"^(cộng|tổng cộng|tổng)\b", first.strip(), re.IGNORECASE))


def _members(v: TableView, row: int) -> list[int]:
    """The rows a group/subtotal/total row aggregates (see the module docstring)."""
    rows = sorted(v.kinds)
    kind = v.kinds.get(row)
    if kind == "total":
        start = max((r for r in rows if r < row and v.kinds[r] == "total"), default=0)
        groups = [r for r in rows if start < r < row and v.kinds[r] == "group" and not _is_subtotal_label(v, r)]
        subtotals = [r for r in rows if start < r < row and v.kinds[r] == "group" and _is_subtotal_label(v, r)]
        if subtotals:
            return subtotals
        if groups:
            return groups
        return [r for r in rows if start < r < row and v.kinds[r] == "data"]
    if _is_subtotal_label(v, row):
        out = []
        for r in reversed([r for r in rows if r < row]):
            if v.kinds[r] != "data":
                break
            out.append(r)
        return sorted(out)
    out = []
    for r in (r for r in rows if r > row):
        if v.kinds[r] != "data":
            break
        out.append(r)
    return out


def group_relations(v: TableView, derived: set[Cell]) -> list[Relation]:
    """Group and total rows against their members, column by column.

    A ratio already derived within its row (points / maximum, or from counts) is
    checked there; a table of ratios alone is not checked this way, because a
    group's ratio is then usually weighted by how many people were surveyed.
    """
    out: list[Relation] = []
    has_amounts = any(r.measure in ("points", "max_points", "count") for r in v.records)
    for rec in v.records:
        kind = v.kinds.get(rec.row)
        if kind not in ("group", "total") or rec.measure not in AGGREGATED:
            continue
        if rec.measure == "ratio" and (_cell(rec) in derived or not has_amounts):
            continue
        members = [
            (r, rec.col, rec.measure) for r in _members(v, rec.row) if (r, rec.col, rec.measure) in v.cells
        ]
        if len(members) < 2:
            continue
        forms = [sum_of(members, v.tols), mean_of(members, v.tols)]
        rule = "total" if kind == "total" else "group"
        out.append(Relation(rule, _cell(rec), members, forms))
    return out


def breakdown_relations(v: TableView) -> list[Relation]:
    """Rows "X / Cấp huyện", "X / Cấp xã" (see normalize/link) add up to row X."""
    out: list[Relation] = []
    parents: dict[str, int] = {}
    for row in sorted(v.by_row):
        raw = v.by_row[row][0].entity_raw
        if " / " not in raw:
            parents[raw] = row
    for raw, prow in parents.items():
        subs = sorted({r.row for r in v.records if r.entity_raw.startswith(raw + " / ")})
        if len(subs) < 2:
            continue
        for rec in v.by_row[prow]:
            if rec.measure not in ("count", "points", "max_points"):
                continue
            members = [(r, rec.col, rec.measure) for r in subs if (r, rec.col, rec.measure) in v.cells]
            if len(members) == len(subs):
                out.append(Relation("breakdown", _cell(rec), members, [sum_of(members, v.tols)]))
    return out


# ---------------------------------------------------------------- indicator fields
def value_relations(v: TableView, yes_no_codes: set[str]) -> list[Relation]:
    out: list[Relation] = []
    zero = Form("0", lambda vals: 0.0, lambda vals: 0.0)
    for rec in v.records:
        if rec.item_code and rec.item_code in yes_no_codes:
            out.append(Relation("yes_no", _cell(rec), [], bound="in", allowed=(0.0, 1.0)))
        elif rec.measure == "count" and rec.item_code:
            out.append(Relation("not_negative", _cell(rec), [], [zero], bound="ge"))
    return out


def _flow_key(name: str) -> tuple[int, str] | None:
    """(stage, what the flow is about) for an indicator name, or None outside a flow."""
    from schemas.vocab import headers

    key = fold(name)
    if "qua han" in key:
        return None  # "… hoàn thành nhưng quá hạn" is a part beside "… đúng hạn", not a later stage
    stage = None
    for k in reversed(range(len(headers()["flow_stages"]))):
        pats = headers()["flow_stages"][k]
        if any(p in key for p in pats):
            stage = k if stage is None else stage
    if stage is None:
        return None
    for pats in headers()["flow_stages"]:
        for p in pats:
            key = key.replace(p, " ")
    filler = set(headers()["flow_filler"])
    return stage, " ".join(w for w in re.sub(r"[^a-z0-9]+", " ", key).split() if w not in filler)


def flow_relations(v: TableView, indicators: dict[str, tuple[str, str | None]]) -> list[Relation]:
    """Submission indicators along one flow: đúng hạn ≤ giải quyết ≤ tiếp nhận (catalogue siblings)."""
    out: list[Relation] = []
    groups: dict[tuple[str | None, str], dict[int, Record]] = defaultdict(dict)
    for rec in v.records:
        if rec.measure not in ("count", "value") or rec.item_code not in indicators:
            continue
        name, parent = indicators[rec.item_code]
        fk = _flow_key(name)
        if fk is None:
            continue
        stage, about = fk
        groups[(parent, about)].setdefault(stage, rec)
    # a percentage whose own sub-items are a planned and a done count: rate = done / planned
    for rec in v.records:
        if rec.item_code not in indicators or rec.measure not in ("ratio", "value"):
            continue
        name, _ = indicators[rec.item_code]
        if "ty le" not in fold(name):
            continue
        kids = [g for (parent, _about), g in groups.items() if parent == rec.item_code]
        for stages in kids:
            if 0 in stages and 1 in stages:
                done, planned = _cell(stages[1]), _cell(stages[0])
                form = ratio_of(done, planned, v.tols, "đã hoàn thành / kế hoạch × 100")
                out.append(Relation("plan_rate", _cell(rec), [done, planned], [form]))
                break
    for stages in groups.values():
        order = sorted(stages)
        for a, b in zip(order, order[1:], strict=False):
            earlier, later = stages[a], stages[b]
            ec = _cell(earlier)
            form = Form(f"không quá «{indicators[earlier.item_code][0][:50]}»", lambda vals, c=ec: vals.get(c),
                        lambda vals, c=ec: v.tols.get(c, 0.0))
            out.append(Relation("flow_order", _cell(later), [ec], [form], bound="le"))
    return out


def scaled_points(v: TableView, row_max: dict[int, float]) -> list[Relation]:
    """Points converted from an index: points = index % × the unit's maximum / 100.

    The maximum is not printed; it comes from the catalogue (a unit-level SIPAS
    of 100 % is worth 15 points for a department, 16 for a central agency).
    """
    out: list[Relation] = []
    for row, mx in row_max.items():
        for p in v.in_row(row, "points"):
            # the index column may be printed without "%" ("Chỉ số Sipas | 99,71"): a plain value then
            ratios = [
                r for r in v.by_row.get(row, [])
                if r.measure in ("ratio", "value") and r.year == p.year and r.item_code and r.item_code == p.item_code
            ]
            if len(ratios) != 1 or v.in_row(row, "max_points", p.year):
                continue
            rc = _cell(ratios[0])
            form = Form(
                f"{ratios[0].value_raw} × {mx:g} / 100 (điểm tối đa theo danh mục)",
                lambda vals, c=rc, m=mx: vals[c] * m / 100 if c in vals else None,
                lambda vals, c=rc, m=mx: v.tols[c] * m / 100,
            )
            out.append(Relation("points_from_ratio", _cell(p), [rc], [form]))
    return out


def all_relations(
    v: TableView,
    yes_no_codes: set[str] | None = None,
    row_max: dict[int, float] | None = None,
    indicators: dict[str, tuple[str, str | None]] | None = None,
) -> list[Relation]:
    formulas = column_formulas(v)
    if not formulas and v.table.method in ("ocr", "text"):
        # only where the header cannot be trusted: in a clean table, columns of small
        # counts (zeros, ones) satisfy made-up sums by coincidence
        formulas = discovered_formulas(v)
    targets = {(r.target[0], r.target[1]) for r in formulas}
    rows = row_relations(v, targets)
    derived = {r.target for r in rows if r.rule in ("ratio", "ratio_counts")}
    rels = [
        *formulas,
        *rows,
        *delta_relations(v),
        *group_relations(v, derived),
        *breakdown_relations(v),
        *value_relations(v, yes_no_codes or set()),
        *scaled_points(v, row_max or {}),
        *flow_relations(v, indicators or {}),
    ]
    for rel in rels:
        rel.label = v.label(rel.target)
    return rels


def no_rule_reason(v: TableView) -> str:
    """Why a table gets no check, in words for the person reading tables.jsonl."""
    if not v.records:
        return "bảng không có số liệu"
    measures = {r.measure for r in v.records}
    if measures <= {"count", "value"} and not any(k != "data" for k in v.kinds.values()):
        return "chỉ có số đếm rời, không có dòng tổng, tỷ lệ hay cột công thức để đối chiếu"
    if not any(matches_any(fold(r.column_raw), "total_rows") for r in v.records):
        return "không có dòng tổng, cột tối đa/tỷ lệ hay công thức để đối chiếu"
    return "không có quan hệ số học nào đối chiếu được"
