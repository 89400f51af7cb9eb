"""A PDF typed in a TCVN3 font (WinAnsi, no ToUnicode map) goes through ``parx extract`` and comes out right.

``tests/data/tcvn3_table.pdf`` is written by ``tests/data/make_tcvn3_pdf.py``:
its text layer is TCVN3 bytes in fonts named ``.VnTime``/``.VnTimeH``, so the
extractor sees ``Së T ph¸p`` (pdfminer turns the ``ư`` at byte 0xAD into a
space) and the normalize stage must give ``Sở Tư pháp``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pdfplumber

ROOT = Path(__file__).resolve().parents[1]
PDF = ROOT / "tests" / "data" / "tcvn3_table.pdf"


def test_the_pdf_text_layer_is_tcvn3() -> None:
    with pdfplumber.open(PDF) as pdf:
        page = pdf.pages[0]
        text = page.extract_text()
        fonts = {c["fontname"] for c in page.chars}
    assert "Së T" in text and "ph¸p" in text and "HuyÖn TrÇn §Ò" in text
    assert fonts == {".VnTime", ".VnTimeH", ".VnTime-Bold"}


def test_extract_repairs_the_cells_and_the_caption(tmp_path: Path) -> None:
    out = tmp_path / "out"
    r = subprocess.run(
        [sys.executable, "-m", "parx", "extract", str(PDF.relative_to(ROOT)), "-o", str(out), "--quiet"],
        cwd=ROOT,
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert r.returncode == 0, r.stderr.decode()
    tables = [json.loads(ln) for ln in (out / "tables.jsonl").read_text("utf-8").splitlines()]
    assert len(tables) == 1
    t = tables[0]
    assert t["header"] == [["STT", "Tên đơn vị", "Điểm"]]
    assert t["rows"] == [
        ["1", "Sở Tư pháp", "85,50"],
        ["2", "Sở Lao động - Thương binh và Xã hội", "80,25"],
        ["3", "Huyện Trần Đề", "78,10"],
    ]
    assert t["title"] == "Bảng 1. Điểm của các cơ quan, đơn vị thuộc tỉnh"
