"""End-to-end: ``parx extract samples/`` against the values the sample builder wrote.

The expected JSON files are written by samples/build_samples.py from the facts
of the seed reports, independently of the extractor; these tests compare whole
tables cell by cell and the records of the number-heavy tables value by value.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from tests.conftest import expected_docs

DOCS = expected_docs()
TABLE_CASES = [(d["doc"], t["table"]) for d in DOCS for t in d["tables"]]


def _expected(doc: str, table: int) -> dict:
    d = next(d for d in DOCS if d["doc"] == doc)
    return next(t for t in d["tables"] if t["table"] == table)


def _got(sample_tables, doc: str, table: int) -> dict:
    tables = sample_tables[Path(doc).name]
    return next(t for t in tables if t["table"] == table)


def test_every_table_found(sample_tables):
    for d in DOCS:
        got = sample_tables.get(Path(d["doc"]).name, [])
        assert len(got) == len(d["tables"]), f"{d['doc']}: {len(got)} tables, expected {len(d['tables'])}"


@pytest.mark.parametrize(("doc", "table"), TABLE_CASES)
def test_table_exact(sample_tables, doc, table):
    exp, got = _expected(doc, table), _got(sample_tables, doc, table)
    assert got["pages"] == exp["pages"]
    assert got["title"] == exp["title"]
    assert got["header"] == exp["header"]
    assert got["rows"] == exp["rows"]
    assert got["row_kinds"] == exp["row_kinds"]
    assert got["method"] == "pdf"


RECORD_CASES = [(d["doc"], r) for d in DOCS for r in d.get("records", [])]


@pytest.mark.parametrize(("doc", "rec"), RECORD_CASES, ids=lambda x: x if isinstance(x, str) else
                         f"t{x['table']}r{x['row']}c{x['col']}{x['measure']}")
def test_record_values(sample_records, doc, rec):
    df = sample_records
    sel = df[(df["doc"].map(lambda p: Path(p).name) == Path(doc).name) & (df["table"] == rec["table"])
             & (df["row"] == rec["row"]) & (df["col"] == rec["col"]) & (df["measure"] == rec["measure"])]
    assert len(sel) == 1, f"no single record for {rec}"
    got = sel.iloc[0]
    assert math.isclose(got["value"], rec["value"], rel_tol=0, abs_tol=1e-9)
    assert int(got["year"]) == rec["year"]
    assert str(got["value_raw"]) == rec["value_raw"]
    if "unit" in rec:
        assert got["unit"] == rec["unit"]
