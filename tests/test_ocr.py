"""The OCR path on the scanned samples (samples/scans, built by samples/scans/build_scans.py).

The expected values are the printed values of the sample tables (the same
figures samples/*.expected.json holds); they are checked cell by cell on
cells the OCR reads reliably, plus the structure around them: spans in the
header, a table stitched over a page break, a page fed upside down, cell
boxes in PDF points that line up with the text-layer path, and a
confidence per cell.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.ocr import extract_scan, pages_needing_ocr, text_layer_quality

ROOT = Path(__file__).resolve().parents[1]
SCANS = ROOT / "samples" / "scans"


def test_pages_needing_ocr():
    assert pages_needing_ocr(SCANS / "unit_par_2021_scan.pdf") == [1, 2, 3, 4]
    assert pages_needing_ocr(ROOT / "samples" / "unit_par_2021.pdf") == []


def test_text_layer_quality():
    assert text_layer_quality("Kết quả Chỉ số cải cách hành chính năm 2021") == 1.0
    # TCVN3 text is repaired by normalize/, not OCR'd: Latin-1 letters count as plausible
    assert text_layer_quality("KÕt qu¶ ChØ sè c¶i c¸ch hµnh chÝnh") == 1.0
    # a broken ToUnicode map: control and private-use characters
    assert text_layer_quality("\x01\x02\x03 \ue001\ue002 \x05\x06 abc") < 0.5
    assert text_layer_quality("xin chào", is_word=lambda w: w == "chào") == 0.5


def test_superscript_marker_and_sign_space():
    """Image-level repairs of Tesseract words, on drawn glyphs (no Tesseract needed)."""
    import cv2
    import numpy as np

    from extract.ocr.layout import mark_superscripts, split_signs
    from extract.ocr.tess import Word

    ink = np.zeros((60, 120), np.uint8)
    cv2.putText(ink, "28", (5, 50), cv2.FONT_HERSHEY_SIMPLEX, 1.5, 255, 3)
    cv2.putText(ink, "1", (80, 22), cv2.FONT_HERSHEY_SIMPLEX, 0.6, 255, 2)  # a raised footnote marker
    words = [Word(t, 0, 0, 120, 60, 90.0, 1, 1, 1) for t in ("281", "28!", "28")]
    mark_superscripts(words, ink)
    assert [w.text for w in words] == ["28¹", "28¹", "28"]  # "28": the marker was not read, nothing to convert
    sign = np.zeros((40, 160), np.uint8)
    sign[18:22, 5:20] = 255  # "-", then a gap of a word space, then the figure
    cv2.putText(sign, "13", (45, 33), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 255, 2)
    tight = np.zeros((40, 160), np.uint8)
    tight[18:22, 5:20] = 255
    cv2.putText(tight, "13", (22, 33), cv2.FONT_HERSHEY_SIMPLEX, 1.0, 255, 2)
    spaced, close = Word("-13", 0, 0, 160, 40, 90.0, 1, 1, 1), Word("-13", 0, 0, 160, 40, 90.0, 1, 1, 1)
    split_signs([spaced], sign)
    split_signs([close], tight)
    assert (spaced.text, close.text) == ("- 13", "-13")


@pytest.fixture(scope="module")
def page2():
    """One 300 dpi grey JPEG page, scanned 1° crooked: two ruled tables with merged header cells."""
    return extract_scan(SCANS / "par_sipas_2023_p2.jpg", "par_sipas_2023_p2.jpg", jobs=1)


@pytest.mark.slow
def test_scan_page_tables(page2):
    assert [t.title for t in page2.tables] == [
        "Bảng 1. Kết quả các thành phần Chỉ số CCHC năm 2023 so với năm 2022",
        "Bảng 2. Kết quả 08 Chỉ số thành phần năm 2022 và năm 2023",
    ]
    t = page2.tables[1]
    assert t.method == "ocr" and t.pages == [1]
    assert len(t.header) == 3 and len(t.rows) == 8 and t.width == 12
    # "Kết quả chỉ số thành phần năm 2022" spans four columns; "TT" spans the three header rows
    assert t.header[0][2:6] == ["Kết quả chỉ số thành phần năm 2022"] * 4
    assert [row[0] for row in t.header] == ["TT", "TT", "TT"]
    assert t.header[2][2:4] == ["Tối đa", "Đạt được"]
    assert t.rows[0][:6] == ["1", "Công tác chỉ đạo, điều hành CCHC", "9.50", "9.10", "95.84%", "22"]
    assert t.rows[2][1:4] == ["Cải cách thủ tục hành chính", "13.00", "12.59"]
    assert t.rows[5][5] == "55" and t.rows[7][9] == "48"
    # a lone row number and a lone rank: re-read alone after the page pass dropped them
    assert [row[0] for row in t.rows] == [str(i) for i in range(1, 9)]
    assert t.rows[1][5] == "7"


@pytest.mark.slow
def test_scan_page_confidence_and_boxes(page2):
    t = page2.tables[1]
    assert t.cell_confidence is not None and t.cell_boxes is not None
    confs = [c for row in t.cell_confidence for c in row if c is not None]
    assert len(confs) >= 90 and all(0 <= c <= 100 for c in confs)
    assert sorted(confs)[len(confs) // 2] > 85
    # boxes in PDF points of an A4 page, and where the text-layer path puts the same cells
    # (the scan was turned 1° and straightened again: a few points of play)
    from extract.pdf import extract_pdf

    pdf = extract_pdf(ROOT / "samples" / "par_sipas_2023.pdf", "par_sipas_2023.pdf")
    ref = next(x for x in pdf.tables if x.title == t.title)
    assert ref.cell_boxes is not None
    for got, want in zip(t.cell_boxes[0], ref.cell_boxes[0], strict=True):
        assert got is not None and want is not None
        assert 0 <= got.x0 < got.x1 <= 595 and 0 <= got.top < got.bottom <= 842
        for a, b in ((got.x0, want.x0), (got.x1, want.x1), (got.top, want.top), (got.bottom, want.bottom)):
            assert abs(a - b) < 6


@pytest.mark.slow
def test_footnote_markers_become_superscripts(page2):
    t = page2.tables[0]
    assert t.rows[2][4] == "24/28¹ trong 63 tỉnh, thành được xếp hạng"
    assert t.rows[0][:3] == ["Năm 2023", "51,61", "8,19"]


@pytest.mark.slow
def test_upside_down_page_and_page_break():
    """Four pages at 200 dpi in a PDF, page 3 fed upside down; both tables run over a page break."""
    doc = extract_scan(SCANS / "unit_par_2021_scan.pdf", "unit_par_2021_scan.pdf", jobs=2)
    assert doc.method == "ocr" and doc.n_pages == 4
    assert [t.pages for t in doc.tables] == [[1, 2], [3, 4]]
    sipas, par = doc.tables
    assert len(sipas.rows) == 44 and len(par.rows) == 44
    assert sipas.header == [["STT", "Đơn vị", "Chỉ số Sipas", "Điểm Sipas quy đổi"]]
    assert sipas.rows[1] == ["1", "Sở Giáo dục và Đào tạo", "100", "15,00"]
    # page 3 was upside down: its table reads right way up
    # (the column-number row ends the header; "7=(4)+(5)+(6)" is read with a bracket or two lost)
    assert par.header[2][:6] == ["1", "2", "3", "4", "5", "6"] and par.header[2][7] == "8"
    assert par.rows[1] == ["1", "Sở Xây dựng", "94,00", "48,00", "19,18", "14,91", "82,09", "87,33%"]
    assert par.rows[0][2:] == ["91,26", "41,57", "18,34", "14,61", "74,52", "81,71%"]
    assert par.row_bold[0] and not par.row_bold[1]  # the group row is bold on paper


@pytest.mark.slow
def test_upside_down_page_found_by_its_reading(monkeypatch):
    """A page the ascender test does not flag is read as it lies; the low-confidence reading
    sends it to OSD, and it is read again the right way up."""
    from extract.ocr import page as ocr_page_module

    monkeypatch.setattr(ocr_page_module, "UPSIDE_DOWN_SCORE", -100.0)
    op = ocr_page_module.ocr_page(str(SCANS / "unit_par_2021_scan.pdf"), 3)
    assert op.turned == 180
    assert op.mean_conf is not None and op.mean_conf > 80
    cells = [c.text for g in op.grids for c in g.cells]
    assert "Sở Xây dựng" in cells and "94,00" in cells


def test_pages_shared_by_their_weight():
    """Workers get batches of about equal cost, guessed from each page's stored size."""
    from extract.ocr.raster import page_weights
    from extract.ocr.scan import MAX_BATCH, _chunks

    w = page_weights(SCANS / "par_sipas_2023_scan.tif")
    assert w is not None and len(w) == 10
    assert w[8] < 10_000 < 40_000 < w[3]  # page 9 is a few lines, page 4 a dense table
    assert page_weights(SCANS / "unit_par_2021_scan.pdf") is not None
    assert page_weights(SCANS / "par_sipas_2023_p10.png") is None  # PNG: no stored page sizes
    batches = _chunks(list(range(1, 11)), 2, w)
    assert sorted(p for b in batches for p in b) == list(range(1, 11))
    assert len(batches) == 4 and all(len(b) <= MAX_BATCH for b in batches)
    cost = [sum(w[p - 1] for p in b) for b in batches]
    assert cost == sorted(cost, reverse=True)  # the heaviest first
    # batches of about equal cost (within a quarter of a dense page); runs of pages: 3 : 1
    assert max(cost) - min(cost) < 12_000
    runs = _chunks(list(range(1, 11)), 2)
    assert runs == [[1, 2, 3], [4, 5, 6], [7, 8], [9, 10]]
    run_cost = [sum(w[p - 1] for p in b) for b in runs]
    assert max(run_cost) > 2.5 * min(run_cost)
    assert _chunks(list(range(1, 11)), 1) == [[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]]


@pytest.mark.slow
def test_sideways_page_turned_by_the_ascender_test(monkeypatch):
    """The landscape table page of the improvement scheme lies sideways: the ascender test alone
    turns it (270°); when the test is fooled into the wrong quarter, the noisy reading sends the
    page to OSD and it still comes out upright."""
    from extract.ocr import orient
    from extract.ocr import page as ocr_page_module

    path = str(SCANS / "improvement_scheme_2022_scan.pdf")
    calls: list[int] = []
    real_osd = orient.osd_turn
    monkeypatch.setattr(ocr_page_module.orient, "osd_turn", lambda *a, **k: calls.append(1) or real_osd(*a, **k))
    op = ocr_page_module.ocr_page(path, 3)
    assert (op.turned, calls) == (270, [])
    monkeypatch.setattr(ocr_page_module.orient, "upright_score", lambda *a, **k: 1.0)
    fooled = ocr_page_module.ocr_page(path, 3)
    assert fooled.turned == 270 and calls == [1]
    for got in (op, fooled):
        assert got.mean_conf is not None and got.mean_conf > 80
