"""Write the output set of CONTRACT.md: jsonl, csv, parquet and duckdb.

Every file is first written completely under a temporary name in the output
folder and then moved over the old one with ``os.replace`` (atomic on POSIX),
only after *all* of them were written: a crash mid-run leaves the previous
complete set, never a half-written file.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from parx.outputs import OUTPUT_FILES
from schemas.model import (
    CHECK_COLUMNS,
    ERROR_COLUMNS,
    RECORD_COLUMNS,
    Check,
    ErrorRow,
    Record,
    Table,
)

RECORD_SCHEMA = pa.schema(
    [
        ("doc", pa.string()),
        ("table", pa.int64()),
        ("row", pa.int64()),
        ("col", pa.int64()),
        ("page", pa.int64()),
        ("year", pa.int64()),
        ("entity", pa.string()),
        ("entity_raw", pa.string()),
        ("item_code", pa.string()),
        ("item", pa.string()),
        ("item_raw", pa.string()),
        ("measure", pa.string()),
        ("value", pa.float64()),
        ("unit", pa.string()),
        ("value_raw", pa.string()),
        ("match_score", pa.float64()),
        ("status", pa.string()),
        ("row_code", pa.string()),
        ("row_kind", pa.string()),
        ("column_raw", pa.string()),
        ("footnote", pa.string()),
        ("catalogue", pa.string()),
    ]
)
assert RECORD_SCHEMA.names == RECORD_COLUMNS



def records_frame(records: Iterable[Record]) -> pd.DataFrame:
    rows = [r.model_dump() for r in records]
    df = pd.DataFrame(rows, columns=RECORD_COLUMNS)
    for c in ("table", "row", "col", "page", "year"):
        df[c] = df[c].astype("Int64")
    df["value"] = df["value"].astype("float64")
    df["match_score"] = df["match_score"].astype("float64")
    return df


def _frame(items: Iterable, columns: list[str]) -> pd.DataFrame:
    return pd.DataFrame([i.model_dump() for i in items], columns=columns)


def write_outputs(
    out: Path,
    tables: list[Table],
    records: list[Record],
    checks: list[Check],
    errors: list[ErrorRow],
) -> list[Path]:
    """Write the whole set into ``out`` atomically; return the final paths."""
    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix=".parx-tmp-", dir=out))
    try:
        rec_df = records_frame(records)
        chk_df = _frame(checks, CHECK_COLUMNS)
        err_df = _frame(errors, ERROR_COLUMNS)
        tab_rows = [t.contract_dict() for t in tables]

        with open(tmp / "tables.jsonl", "w", encoding="utf-8") as f:
            for t in tab_rows:
                f.write(json.dumps(t, ensure_ascii=False) + "\n")
        rec_df.to_csv(tmp / "records.csv", index=False)
        pq.write_table(
            pa.Table.from_pandas(rec_df, schema=RECORD_SCHEMA, preserve_index=False),
            tmp / "records.parquet",
        )
        chk_df.to_csv(tmp / "checks.csv", index=False)
        err_df.to_csv(tmp / "errors.csv", index=False)
        _write_duckdb(tmp / "parx.duckdb", rec_df, chk_df, err_df, tab_rows)
        _write_wide(tmp, rec_df)

        for name in OUTPUT_FILES:
            with open(tmp / name, "rb") as f:
                os.fsync(f.fileno())
        finals = []
        for name in OUTPUT_FILES:
            os.replace(tmp / name, out / name)
            finals.append(out / name)
        return finals
    finally:
        for p in tmp.glob("*"):
            p.unlink()
        tmp.rmdir()


def indicators_wide(rec_df: pd.DataFrame) -> pd.DataFrame:
    """Unit × indicator: one row per (year, unit), one column per submission indicator.

    For the office compiling the yearly submissions: the numbers of every unit side by
    side.  Only indicator values tied to the catalogue (code written, status not
    ``review``) and to a unit are taken; a value reported twice for the same unit,
    year and indicator is shown once (the first) — the long records keep both.
    """
    cols = ["year", "entity"]
    sel = rec_df[(rec_df["catalogue"] == "indicator") & rec_df["item_code"].notna() & rec_df["entity"].notna()
                 & (rec_df["status"] != "review") & ~rec_df["measure"].isin(["rank_of", "denominator"])]
    if sel.empty:
        return pd.DataFrame(columns=cols)
    sel = sel.assign(column=sel["item_code"] + " " + sel["item"].fillna(""))
    order = sorted(sel["column"].unique(), key=_code_order)
    wide = sel.pivot_table(index=cols, columns="column", values="value", aggfunc="first")
    return wide.reindex(columns=order).reset_index()


def _code_order(column: str) -> list:
    code = column.split(" ", 1)[0]
    roman = {"I": 1, "II": 2, "III": 3, "IV": 4, "V": 5, "VI": 6, "VII": 7, "VIII": 8, "IX": 9, "X": 10}
    return [(0, roman[p]) if p in roman else (1, int(p)) if p.isdigit() else (2, p) for p in code.split(".")]


def _write_wide(folder: Path, rec_df: pd.DataFrame) -> None:
    wide = indicators_wide(rec_df)
    wide.to_csv(folder / "indicators_wide.csv", index=False)
    with pd.ExcelWriter(folder / "indicators_wide.xlsx", engine="openpyxl") as xl:
        years = sorted(int(y) for y in wide["year"].dropna().unique()) if not wide.empty else []
        if not years:
            wide.to_excel(xl, sheet_name="chi-tieu", index=False)
        for y in years:
            part = wide[wide["year"] == y].dropna(axis=1, how="all")
            part.to_excel(xl, sheet_name=f"Năm {y}", index=False)


def _write_duckdb(
    path: Path,
    rec_df: pd.DataFrame,
    chk_df: pd.DataFrame,
    err_df: pd.DataFrame,
    tab_rows: list[dict],
) -> None:
    tab_df = pd.DataFrame(
        [
            {**t, "pages": json.dumps(t["pages"]), "header": json.dumps(t["header"], ensure_ascii=False),
             "rows": json.dumps(t["rows"], ensure_ascii=False), "row_kinds": json.dumps(t["row_kinds"])}
            for t in tab_rows
        ],
        columns=["doc", "table", "pages", "method", "title", "header", "rows", "row_kinds"],
    )
    con = duckdb.connect(str(path))
    try:
        con.register("rec_df", rec_df)
        con.register("chk_df", chk_df.astype("string"))
        con.register("err_df", err_df.astype("string"))
        con.register("tab_df", tab_df)
        con.execute("CREATE TABLE records AS SELECT * FROM rec_df")
        con.execute("CREATE TABLE checks AS SELECT * FROM chk_df")
        con.execute("CREATE TABLE errors AS SELECT * FROM err_df")
        con.execute(
            "CREATE TABLE tables AS SELECT doc, CAST(\"table\" AS BIGINT) AS \"table\","
            " CAST(pages AS JSON) AS pages, method, title, CAST(header AS JSON) AS header,"
            " CAST(rows AS JSON) AS rows, CAST(row_kinds AS JSON) AS row_kinds FROM tab_df"
        )
        con.execute("CHECKPOINT")
    finally:
        con.close()
