"""Arithmetic relations between the cells of a table, and how exact they must hold.

A relation says how one cell (the *target*) follows from others (the
*inputs*): a subtotal is the sum of its rows, a ratio is points over maximum,
a difference column is one year minus the other.  It is evaluated on a
mapping ``cell -> value`` so that the repair step can ask "would this
reading make it hold?" without touching the records.

Tolerances follow the printed precision: a value printed with *d* decimals
may be off by half a unit in its last place, and a computed value inherits
the tolerances of its inputs (first-order propagation).  Nothing is compared
with a fixed epsilon.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

# a cell of a table: (row, col, measure) — measure, because "46/63" is two numbers
Cell = tuple[int, int, str]
Values = dict[Cell, float]

_EPS = 1e-9


def half_unit(decimals: int) -> float:
    """Half a unit in the last printed place: the rounding a printed value may hide."""
    return 0.5 * 10.0 ** (-decimals)


@dataclass
class Form:
    """One way the target may follow from the inputs (a sum, a mean, a difference …)."""

    name: str
    value: Callable[[Values], float | None]
    tolerance: Callable[[Values], float]
    #: the input cells this form reads, when it reads fewer than the relation lists (None: all of them);
    #: a relation that holds proves only the cells of the form that holds
    uses: tuple[Cell, ...] | None = None


@dataclass
class Relation:
    """A checkable statement about a table's cells.

    ``forms``: the relation holds if the target matches any of them (a group
    row may be the sum *or* the mean of its members).  ``bound``: instead of
    an equality, ``"le"`` (target ≤ expected), ``"ge"``, or ``"in"`` with
    ``allowed`` values (a yes/no field).
    """

    rule: str
    target: Cell
    inputs: list[Cell]
    forms: list[Form] = field(default_factory=list)
    bound: str = "eq"
    allowed: Sequence[float] = ()
    label: str = ""  # how a person finds the target: "dòng 3 (Sở Xây dựng), cột Tổng điểm"

    @property
    def cells(self) -> list[Cell]:
        return [self.target, *self.inputs]

    def evaluate(self, values: Values, tol_target: float, strict: bool = False) -> tuple[bool, str, float | None]:
        """(holds, name of the form that holds or the closest one, expected value).

        ``strict``: the inputs' rounding is not allowed for — the target must be the
        expected value rounded to its own printed precision.  Used to accept a
        repair: a reading that only fits thanks to the inputs' rounding is not proved.
        """
        found = values.get(self.target)
        if found is None:
            return True, "", None
        if self.bound == "in":
            return any(abs(found - a) <= _EPS for a in self.allowed), "in", None
        best: tuple[float, str, float | None] = (float("inf"), "", None)
        for form in self.forms:
            expected = form.value(values)
            if expected is None:
                continue
            tol = (0.0 if strict else form.tolerance(values)) + tol_target + _EPS
            if self.bound == "le":
                ok, miss = found <= expected + tol, found - expected
            elif self.bound == "ge":
                ok, miss = found >= expected - tol, expected - found
            else:
                ok, miss = abs(found - expected) <= tol, abs(found - expected)
            if ok:
                return True, form.name, expected
            if miss < best[0]:
                best = (miss, form.name, expected)
        if best[2] is None:
            return True, "", None
        return False, best[1], best[2]


    def proved_cells(self, values: Values, tol_target: float, strict: bool = False) -> list[Cell]:
        """The cells an equality that holds proves: its target and the inputs of the forms that hold
        (a ratio with several candidate numerators does not prove the ones it did not use; a form
        that does not name its inputs proves them all)."""
        if self.bound != "eq" or not self.evaluate(values, tol_target, strict)[0]:
            return []
        found = values.get(self.target)
        if found is None:
            return self.cells
        out = [self.target]
        for f in self.forms:
            e = f.value(values)
            if e is None:
                continue
            if abs(found - e) <= (0.0 if strict else f.tolerance(values)) + tol_target + _EPS:
                if f.uses is None:
                    return self.cells
                out.extend(f.uses)
        return out

    def deviation(self, values: Values) -> float:
        """How far the target is from the nearest form (0 for bounds that hold)."""
        found = values.get(self.target)
        if found is None or self.bound != "eq":
            return 0.0
        devs = [abs(found - e) for f in self.forms if (e := f.value(values)) is not None]
        return min(devs) if devs else 0.0


# ------------------------------------------------------------------ form makers
def sum_of(cells: list[Cell], tols: dict[Cell, float], name: str = "tổng") -> Form:
    return Form(
        name,
        lambda v: sum(v[c] for c in cells) if all(c in v for c in cells) else None,
        lambda v: sum(tols.get(c, 0.0) for c in cells),
    )


def mean_of(cells: list[Cell], tols: dict[Cell, float], name: str = "trung bình") -> Form:
    return Form(
        name,
        lambda v: sum(v[c] for c in cells) / len(cells) if cells and all(c in v for c in cells) else None,
        lambda v: sum(tols.get(c, 0.0) for c in cells) / max(len(cells), 1),
    )


def linear(terms: list[tuple[float, Cell]], tols: dict[Cell, float], name: str) -> Form:
    """Σ coefficient × cell (a column formula such as (7) = (4) + (5) + (6))."""
    return Form(
        name,
        lambda v: sum(k * v[c] for k, c in terms) if all(c in v for _, c in terms) else None,
        lambda v: sum(abs(k) * tols.get(c, 0.0) for k, c in terms),
    )


def ratio_of(num: Cell, den: Cell, tols: dict[Cell, float], name: str = "tỷ lệ", scale: float = 100.0) -> Form:
    """num / den × scale, with the tolerance propagated from both."""

    def value(v: Values) -> float | None:
        if num not in v or den not in v or abs(v[den]) < _EPS:
            return None
        return v[num] / v[den] * scale

    def tolerance(v: Values) -> float:
        if num not in v or den not in v or abs(v[den]) < _EPS:
            return 0.0
        d = v[den]
        return scale * (tols.get(num, 0.0) / abs(d) + abs(v[num]) * tols.get(den, 0.0) / (d * d))

    return Form(name, value, tolerance, uses=(num, den))
