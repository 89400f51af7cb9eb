"""Turn the numbers of a repaired table into long-format records.

A table is read the way a person reads it: some columns name the row
(index/code and label columns), some hold remarks, one may print the unit,
and the rest hold values.  Each value cell becomes a :class:`Record` whose
``measure`` comes from the column header vocabulary (``schemas/vocab``) and
the printed shape of the number, and whose ``year`` comes from the row label,
the column header, the caption or the document, in that order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from normalize.numbers import ParsedNumber, column_uses_dot_decimals, parse_number
from schemas.model import Document, Record, Table
from schemas.vocab import YEAR, fold, matches_any, measure_for_header, names_only_measure

_CODE = re.compile(r"^\(?(?:\d+(?:\.\d+)*|[IVXLC]+|[A-ZĐ])[.)]?\)?$")
_YEAR_LABEL = re.compile(r"^nam (19[89]\d|20[0-4]\d)$")

ROLE_INDEX, ROLE_LABEL, ROLE_VALUE, ROLE_NOTE, ROLE_UNIT = "index", "label", "value", "note", "unit"


def header_path(table: Table, col: int) -> list[str]:
    """The distinct header texts above a column, top to bottom."""
    out: list[str] = []
    for hrow in table.header:
        t = hrow[col].strip() if col < len(hrow) else ""
        if t and (not out or out[-1] != t) and not _is_column_number(t):
            out.append(t)
    return out


def _is_column_number(text: str) -> bool:
    """Header cells such as ``4`` or ``7=(4)+(5)+(6)`` that only number the columns (a year is a name)."""
    if YEAR.fullmatch(text.strip()):
        return False
    return bool(re.fullmatch(r"\d{1,2}|[A-Z]?\s?=?\s?[\d()+\-*/=\sA-Z]+", text)) and any(
        ch.isdigit() for ch in text
    )


def column_roles(table: Table) -> list[str]:
    """Classify every column as index, label, value, note or unit."""
    roles: list[str] = []
    width = table.width
    for j in range(width):
        path = " ".join(header_path(table, j))
        leaf = header_path(table, j)[-1] if header_path(table, j) else ""
        cells = [r[j] for r in table.rows if j < len(r) and r[j].strip()]
        numeric = sum(parse_number(c, True) is not None for c in cells)
        codes = sum(bool(_CODE.match(c.strip())) for c in cells)
        share = numeric / len(cells) if cells else 0.0
        code_share = codes / len(cells) if cells else 0.0
        if path and matches_any(path, "unit_headers"):
            roles.append(ROLE_UNIT)
        elif path and matches_any(path, "note_headers") and share < 0.5:
            # ("Trình độ chuyên môn" holds a person's degree in a staff list, but
            # counts per degree when its cells are numbers)
            roles.append(ROLE_NOTE)
        elif leaf and matches_any(leaf, "index_headers", whole=True) and (code_share >= 0.6 or not cells):
            roles.append(ROLE_INDEX)
        elif j == 0 and cells and code_share >= 0.8 and width > 1:
            roles.append(ROLE_INDEX)
        elif path and matches_any(path, "label_headers", whole=True) and share < 0.5:
            roles.append(ROLE_LABEL)
        elif cells and share >= 0.5:
            roles.append(ROLE_VALUE)
        elif not cells and measure_for_header(path):
            roles.append(ROLE_VALUE)
        else:
            roles.append(ROLE_LABEL)
    return roles


@dataclass
class _RowContext:
    label: str
    code: str
    unit: str
    year: int | None
    is_delta: bool
    measure: str | None = None  # what the row label says its numbers are ("Xếp hạng", "Tỷ lệ (%)")


def _year_of(text: str) -> int | None:
    years = [int(y) for y in YEAR.findall(text)]
    return max(years) if years else None


def _item_from_header(table: Table, col: int) -> str:
    """The item a column stands for: its leaf header, or the nearest ancestor
    when the leaf only names a measure (``Điểm tối đa quy định``)."""
    path = header_path(table, col)
    if not path:
        return ""
    for text in reversed(path):
        if measure_for_header(text) is None:
            return text
    return path[0]


def _measure(header_measure: str | None, p: ParsedNumber, integer_column: bool) -> str:
    if p.percent:
        if header_measure in ("delta", "shortfall"):
            return header_measure
        return "ratio"
    if header_measure:
        return header_measure
    return "count" if integer_column else "value"


def _unit(measure: str, p: ParsedNumber, header_text: str, row_unit: str) -> str:
    if p.percent:
        return "%"
    if measure in ("rank", "rank_of"):
        return "rank"
    if measure == "delta" and ("xep hang" in fold(header_text)):
        return "rank"
    if measure in ("points", "max_points", "shortfall", "delta"):
        return "points"
    if row_unit:
        return row_unit
    return p.suffix


def build_records(doc: Document) -> list[Record]:
    """All records of a document, table by table, row by row."""
    records: list[Record] = []
    for table in doc.tables:
        records.extend(table_records(doc, table))
    return records


def table_records(doc: Document, table: Table) -> list[Record]:
    """The records of one table (see the module docstring for the rules)."""
    roles = column_roles(table)
    if ROLE_VALUE not in roles:
        return []
    label_cols = [j for j, r in enumerate(roles) if r == ROLE_LABEL]
    index_cols = [j for j, r in enumerate(roles) if r == ROLE_INDEX]
    unit_cols = [j for j, r in enumerate(roles) if r == ROLE_UNIT]
    label_header = " ".join(" ".join(header_path(table, j)) for j in label_cols)
    entity_rows = bool(label_header) and matches_any(label_header, "entity_label_headers", whole=True)

    col_info = {}
    for j, role in enumerate(roles):
        if role != ROLE_VALUE:
            continue
        path_text = " ".join(header_path(table, j))
        cells = [r[j] for r in table.rows if j < len(r)]
        dot = column_uses_dot_decimals(cells)
        if dot is None:
            dot = column_uses_dot_decimals([c for r in table.rows for c in r])
        parsed = [parse_number(c, dot) for c in cells]
        # (a percentage row under counts — "Tỷ lệ chưa đạt chuẩn 4,72%" — does not make them values)
        integer_column = all(p is None or p.percent or (p.value == int(p.value) and p.decimals == 0) for p in parsed)
        col_info[j] = (path_text, measure_for_header(path_text), dot, integer_column, _year_of(path_text))

    title_year = _year_of(table.title or "")
    records: list[Record] = []
    prev: _RowContext | None = None
    for i, row in enumerate(table.rows):
        label = next((row[j].strip() for j in reversed(label_cols) if row[j].strip()), "")
        code = " ".join(row[j].strip() for j in index_cols if row[j].strip())
        unit = " ".join(row[j].strip() for j in unit_cols if row[j].strip())
        if not label and not code and prev is not None:
            ctx = _RowContext(prev.label, prev.code, unit or prev.unit, prev.year, prev.is_delta, prev.measure)
        else:
            ylab = _YEAR_LABEL.match(fold(label))
            row_year = int(ylab.group(1)) if ylab else None
            if row_year is None and label and (y := _year_of(label)) is not None:
                # "Điểm năm 2022", "Xếp hạng năm 2022": a measure and a year, nothing else
                if names_only_measure(YEAR.sub(" ", label).replace("năm", " ")):
                    row_year = y
            ctx = _RowContext(
                label, code, unit, row_year,
                matches_any(label, "delta_rows") if label else False,
                (names_only_measure(label) or ("ratio" if "(%)" in label else None)) if label else None,
            )
        prev = ctx
        kind = table.row_kinds[i] if i < len(table.row_kinds) else "data"
        page = table.row_pages[i] if i < len(table.row_pages) else (table.pages[0] if table.pages else 1)
        for j, (path_text, hmeasure, dot, integer_column, col_year) in col_info.items():
            raw = row[j]
            p = parse_number(raw, dot)
            if p is None:
                continue
            # the column names the measure; failing that, the row label may ("Xếp hạng" in year columns)
            hmeasure_eff = "delta" if ctx.is_delta else (hmeasure or ctx.measure)
            year = ctx.year
            if year is None:
                if hmeasure_eff == "delta":
                    year = doc.year or col_year or title_year
                else:
                    year = col_year or title_year or doc.year
            item_raw = ctx.label
            if ctx.year is not None or ctx.is_delta or entity_rows or not item_raw:
                item_raw = _item_from_header(table, j)
            entity_raw = ctx.label if entity_rows else (doc.entity_raw or "")
            entity = ctx.label if entity_rows else doc.entity
            notes = ",".join(f.marker for f in table.footnotes if f.row == i and f.col == j)
            base = dict(
                doc=table.doc, table=table.index, row=i + 1, col=j + 1, page=page, year=year,
                entity=entity, entity_raw=entity_raw, item_raw=item_raw, value_raw=raw,
                row_code=ctx.code, row_kind=kind, column_raw=path_text, footnote=notes, decimals=p.decimals,
            )
            if p.denominator is not None and hmeasure_eff in (None, "rank", "ratio", "value", "points"):
                records.append(Record(**base, measure="rank", value=p.value, unit="rank"))
                records.append(Record(**base, measure="rank_of", value=p.denominator, unit="rank"))
                continue
            measure = _measure(hmeasure_eff, p, integer_column)
            unit_txt = _unit(measure, p, path_text, ctx.unit)
            records.append(Record(**base, measure=measure, value=p.value, unit=unit_txt))
            if p.denominator is not None:
                records.append(Record(**base, measure="denominator", value=p.denominator, unit=unit_txt))
    return records
