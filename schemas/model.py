"""The typed document model every stage speaks.

Extractors (``extract/``) turn a file into a :class:`Document` holding
:class:`Table` objects; ``normalize/`` repairs their text in place and turns
their numbers into :class:`Record` objects; ``validate/`` adds :class:`Check`
rows.  The writers in ``parx/`` only serialise these objects, so the output
contract (``CONTRACT.md``) is pinned down here, in one place.

Why pydantic: the records leave the program as CSV/Parquet/DuckDB for other
people's scripts, so types are enforced at the boundary instead of trusted.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

Method = Literal["pdf", "ocr", "docx", "xlsx", "text"]
RowKind = Literal["data", "group", "total"]
Measure = Literal[
    "max_points",
    "points",
    "ratio",
    "rank",
    "rank_of",
    "shortfall",
    "count",
    "value",
    "delta",
    # extension: the denominator of a fraction such as ``21/25`` that is not a rank
    "denominator",
]
Status = Literal["ok", "repaired", "review"]


class Box(BaseModel):
    """A rectangle on a page, in PDF points from the top-left corner."""

    page: int
    x0: float
    top: float
    x1: float
    bottom: float


class HeaderCell(BaseModel):
    """One cell of the header grid with its span (the grid itself is expanded)."""

    text: str
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1


class Footnote(BaseModel):
    """A footnote marker found glued to a cell value (``07³``, ``Ngân hàng¹``)."""

    row: int  # 0-based body row, or -1 for the header
    col: int
    marker: str


class TextFix(BaseModel):
    """One text repair applied to a cell, caption or title (for explanations)."""

    where: str
    fix: str
    before: str
    after: str


class Table(BaseModel):
    """One logical table, possibly stitched together from several pages."""

    doc: str
    index: int  # 1-based within the document
    pages: list[int]
    method: Method
    title: str | None = None
    header: list[list[str]] = Field(default_factory=list)
    header_cells: list[HeaderCell] = Field(default_factory=list)
    rows: list[list[str]] = Field(default_factory=list)
    row_kinds: list[RowKind] = Field(default_factory=list)
    row_pages: list[int] = Field(default_factory=list)
    row_bold: list[bool] = Field(default_factory=list)
    row_italic: list[bool] = Field(default_factory=list)
    cell_boxes: list[list[Box | None]] | None = None
    cell_confidence: list[list[float | None]] | None = None
    footnotes: list[Footnote] = Field(default_factory=list)
    fixes: list[TextFix] = Field(default_factory=list)
    font_hints: list[list[str | None]] | None = None
    # the same for the header grid and the caption: legacy-font hints for the text repair
    header_fonts: list[list[str | None]] | None = None
    title_font: str | None = None
    # why no arithmetic check applies to this table (validate/), when none does
    check_note: str | None = None

    @property
    def width(self) -> int:
        if self.header:
            return len(self.header[0])
        return len(self.rows[0]) if self.rows else 0

    def contract_dict(self) -> dict:
        """The ``tables.jsonl`` object: the keys CONTRACT.md names, plus ``check_note`` when set."""
        return {
            "doc": self.doc,
            "table": self.index,
            "pages": self.pages,
            "method": self.method,
            "title": self.title,
            "header": self.header,
            "rows": self.rows,
            "row_kinds": self.row_kinds,
            # extension: why the table has no check, when it has none
            **({"check_note": self.check_note} if self.check_note else {}),
        }


class TextBlock(BaseModel):
    """A line of narrative text outside tables (used for titles, years, checks)."""

    page: int
    text: str
    bold: bool = False
    top: float = 0.0
    x0: float = 0.0
    x1: float = 0.0
    size: float = 0.0
    font: str | None = None


class Document(BaseModel):
    """Everything extracted from one input file."""

    path: str
    method: Method
    n_pages: int = 0
    title: str | None = None
    year: int | None = None
    entity: str | None = None
    entity_raw: str | None = None
    tables: list[Table] = Field(default_factory=list)
    text: list[TextBlock] = Field(default_factory=list)
    fixes: list[TextFix] = Field(default_factory=list)


RECORD_COLUMNS = [
    "doc",
    "table",
    "row",
    "col",
    "page",
    "year",
    "entity",
    "entity_raw",
    "item_code",
    "item",
    "item_raw",
    "measure",
    "value",
    "unit",
    "value_raw",
    "match_score",
    "status",
    # extensions (CONTRACT.md allows new columns after the contract's own)
    "row_code",
    "row_kind",
    "column_raw",
    "footnote",
    "catalogue",
]


class Record(BaseModel):
    """One number found in a table: the row of ``records.csv``."""

    doc: str
    table: int
    row: int
    col: int
    page: int
    year: int | None = None
    entity: str | None = None
    entity_raw: str = ""
    item_code: str | None = None
    item: str | None = None
    item_raw: str = ""
    measure: Measure
    value: float
    unit: str = ""
    value_raw: str = ""
    match_score: float | None = None
    status: Status = "ok"
    row_code: str = ""
    row_kind: RowKind = "data"
    column_raw: str = ""
    footnote: str = ""
    catalogue: str | None = None  # which catalogue item_code belongs to: par, sipas, unit_par, indicator
    # not written out: digits printed after the decimal mark, for the checks' tolerances
    decimals: int = Field(default=0, exclude=True)


CHECK_COLUMNS = ["doc", "table", "rule", "target", "expected", "found", "status", "detail"]


class Check(BaseModel):
    """One validation rule applied: the row of ``checks.csv``."""

    doc: str
    table: int
    rule: str
    target: str
    expected: str = ""
    found: str = ""
    status: Literal["pass", "fail", "repaired"]
    detail: str = ""


ERROR_COLUMNS = ["doc", "stage", "error"]


class ErrorRow(BaseModel):
    """One input that could not be processed: the row of ``errors.csv``."""

    doc: str
    stage: str
    error: str
