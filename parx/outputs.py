"""The names of the files a run writes into OUT (CONTRACT.md, plus parx's extensions).

Kept apart from :mod:`parx.writers` so that checking whether the outputs exist does
not import pandas, pyarrow and duckdb.
"""

OUTPUT_FILES = (
    "tables.jsonl",
    "records.csv",
    "records.parquet",
    "checks.csv",
    "errors.csv",
    "parx.duckdb",
    "indicators_wide.csv",
    "indicators_wide.xlsx",
)
