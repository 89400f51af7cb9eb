"""Build the small Word/Excel test files from seed 001's facts (run: ``python tests/data/office/make_office.py``).

Seed 001 is a 2024 city CCHC submission (Tp Sóc Trăng): a letterhead, a
contact table, and a statistics appendix ``TT | TÊN CHỈ TIÊU | ĐƠN VỊ TÍNH |
Số lượng/ tỷ lệ | Ghi chú`` whose values are printed as ``22 bài viết``,
``Có = 1 Không = 0``, ``153,38%``.  The files written here carry those facts
in the shapes Word and Excel store them — merged cells, a repeat-header row,
a nested table, a superscript footnote mark, list numbering, a TCVN3 cell in
``.VnTime``, a formula with and one without a cached value — so the tests can
assert exact values.  The outputs are committed; rerun after changing this.
"""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.table import Table, _Cell
from openpyxl import Workbook
from openpyxl.styles import Font

HERE = Path(__file__).resolve().parent
TCVN3_NAME = "Sè hå s¬ tiÕp nhËn cña Së T\xad ph¸p"  # "Số hồ sơ tiếp nhận của Sở Tư pháp" in TCVN3
# TCVN3 "ạ" is the byte 0xB9, read as "¹": a superscript digit to the footnote splitter (see the tests)
TCVN3_WITH_SUPERSCRIPT = "t¹i Së T\xad ph¸p"  # "tại Sở Tư pháp"
FORMULA_NO_CACHE = "E7+E8"


def _set(cell: _Cell, text: str, *, bold: bool = False, italic: bool = False, font: str | None = None) -> None:
    """Write ``text`` into a cell (``\\n`` starts a new paragraph)."""
    lines = text.split("\n")
    cell.paragraphs[0].text = ""
    for k, line in enumerate(lines):
        para = cell.paragraphs[0] if k == 0 else cell.add_paragraph()
        run = para.add_run(line)
        run.bold = bold or None
        run.italic = italic or None
        if font:
            run.font.name = font


def _repeat_header(table: Table, rows: int) -> None:
    for r in range(rows):
        trpr = table.rows[r]._tr.get_or_add_trPr()
        flag = OxmlElement("w:tblHeader")
        flag.set(qn("w:val"), "true")
        trpr.append(flag)


def _borderless(table: Table) -> None:
    tblpr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        b.set(qn("w:val"), "nil")
        borders.append(b)
    tblpr.append(borders)


def _para(doc, text: str, *, bold: bool = False, italic: bool = False, center: bool = False, style=None):
    p = doc.add_paragraph(style=style)
    run = p.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    if center:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return p


APPENDIX = [
    # (TT, name, unit, value, note, bold)
    ("I", "Công tác chỉ đạo điều hành CCHC", "", "", "", True),
    ("1", "Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)", "%", "84",
     "Kế hoạch số 08/KH-UBND\nngày 17/01/2024", False),
    ("", "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", "25", "", False),
    ("", "Số lượng tin, bài viết, phóng sự đã đăng tại Chuyên mục CCHC", "Tin, bài", "22 bài viết", "", False),
    ("", "Có thực hiện tuyên truyền CCHC thường xuyên thông qua các cuộc họp, hội nghị", "Có = 1 Không = 0", "1",
     "", False),
    ("II", "Cải cách thể chế", "", "", "", True),
    ("1", "Số văn bản QPPL được ban hành", "Văn bản", "5", "", False),
    ("III", "Cải cách thủ tục hành chính", "", "", "", True),
    ("6", "Số hồ sơ TTHC do UBND cấp huyện tiếp nhận", "Hồ sơ", "16.865", "Còn 77 hồ sơ đang giải quyết", False),
    ("", "Số hồ sơ TTHC do UBND cấp xã tiếp nhận", "Hồ sơ", "14.654", "", False),
    ("", TCVN3_NAME, "Hå s¬", "1.165", "", False),
    ("", TCVN3_WITH_SUPERSCRIPT, "Hå s¬", "12", "", False),
    ("V", "Cải cách chế độ công vụ", "", "", "", True),
    ("", "Số người đã được đào tạo, bồi dưỡng thực tế", "Người", "408", "Đạt 153,38%", False),
    ("", "Tỷ lệ đào tạo, bồi dưỡng so với kế hoạch", "%", "153,38%", "", False),
]


def make_docx(path: Path) -> None:
    doc = Document()
    head = doc.add_table(rows=3, cols=2)  # the letterhead: a borderless layout table
    _borderless(head)
    for r, (left, right) in enumerate([
        ("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
        ("THÀNH PHỐ SÓC TRĂNG", "Độc lập - Tự do - Hạnh phúc"),
        ("Số: 638/BC-UBND", "Tp Sóc Trăng, ngày 12 tháng 12 năm 2024"),
    ]):
        _set(head.cell(r, 0), left, bold=r < 2)
        _set(head.cell(r, 1), right, bold=r < 2)
    _para(doc, "BÁO CÁO", bold=True, center=True)
    _para(doc, "Tình hình thực hiện cải cách hành chính năm 2024", bold=True, center=True)
    _para(doc, "Công tác chỉ đạo điều hành", bold=True, style="List Number")
    _para(doc, "Ban hành các văn bản chỉ đạo, điều hành", bold=True, style="List Number")
    _para(doc, "Trong năm Ủy ban nhân dân thành phố đã ban hành 25 nhiệm vụ, hoàn thành 22/25 nhiệm vụ đạt 88%.")

    # the contact table, with a nested table in its last cell
    _para(doc, "Danh sách cán bộ đầu mối", italic=True)
    contact = doc.add_table(rows=3, cols=5)
    contact.style = "Table Grid"
    for c, text in enumerate(["STT", "Nội dung", "Họ tên", "Chức vụ", "Email/điện thoại"]):
        _set(contact.cell(0, c), text, bold=True)
    people = [
        ("1", "Lãnh đạo phụ trách cải cách hành chính", "Trần Văn Trí", "CT. UBND TPST", "tvtri@soctrang.gov.vn"),
        ("2", "Công chức phụ trách tham mưu cải cách hành chính", "Trần Thị Thu Suong", "Trưởng phòng Nội vụ",
         "suongnv@gmail.com"),
    ]
    for r, person in enumerate(people, 1):
        for c, text in enumerate(person[:4]):
            _set(contact.cell(r, c), text)
    last = contact.cell(1, 4)
    _set(last, people[0][4])
    inner = last.add_table(rows=1, cols=1)
    _set(inner.cell(0, 0), "0299 3821 234")
    _set(contact.cell(2, 4), people[1][4])

    # the appendix: caption block, repeat-header row, merged group rows, a vertical merge
    _para(doc, "")
    _para(doc, "PHỤ LỤC", bold=True, center=True)
    _para(doc, "THỐNG KÊ SỐ LIỆU VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM 2024", bold=True,
          center=True)
    _para(doc, "")
    table = doc.add_table(rows=1 + len(APPENDIX), cols=5)
    table.style = "Table Grid"
    for c, text in enumerate(["TT", "TÊN CHỈ TIÊU", "ĐƠN VỊ TÍNH", "Số lượng/ tỷ lệ", "Ghi chú"]):
        _set(table.cell(0, c), text, bold=True)
    _repeat_header(table, 1)
    for r, (tt, name, unit, value, note, bold) in enumerate(APPENDIX, 1):
        if bold and r != 1:
            _set(table.cell(r, 0), tt, bold=True)
            merged = table.cell(r, 1).merge(table.cell(r, 4))
            _set(merged, name, bold=True)
            continue
        font = ".VnTime" if name in (TCVN3_NAME, TCVN3_WITH_SUPERSCRIPT) else None
        _set(table.cell(r, 0), tt, bold=bold)
        _set(table.cell(r, 1), name, bold=bold, font=font)
        _set(table.cell(r, 2), unit, bold=bold, font=font)
        _set(table.cell(r, 3), value, bold=bold)
        if note:
            _set(table.cell(r, 4), note, bold=bold)
        if name.startswith("Số văn bản QPPL"):
            sup = table.cell(r, 1).paragraphs[0].add_run("1")
            sup.font.superscript = True
    # "6" and its note span the two rows of records received (vertical merges)
    r6 = next(k for k, row in enumerate(APPENDIX, 1) if row[0] == "6")
    table.cell(r6, 0).merge(table.cell(r6 + 1, 0))
    table.cell(r6, 4).merge(table.cell(r6 + 1, 4))

    # a second table: two-row merged header, no repeat flag (header found from the layout)
    _para(doc, "Bảng 2. Kết quả Chỉ số CCHC các phường")
    t2 = doc.add_table(rows=4, cols=6)
    t2.style = "Table Grid"
    t2.cell(0, 0).merge(t2.cell(1, 0))
    t2.cell(0, 1).merge(t2.cell(1, 1))
    _set(t2.cell(0, 0), "STT", bold=True)
    _set(t2.cell(0, 1), "Đơn vị", bold=True)
    _set(t2.cell(0, 2).merge(t2.cell(0, 3)), "Năm 2023", bold=True)
    _set(t2.cell(0, 4).merge(t2.cell(0, 5)), "Năm 2024", bold=True)
    for c, text in enumerate(["Điểm", "Xếp hạng", "Điểm", "Xếp hạng"], 2):
        _set(t2.cell(1, c), text, bold=True)
    for r, row in enumerate([("1", "Phường 1", "85,50", "3", "88,25", "2"),
                             ("2", "Phường 2", "90,10", "1", "87,00", "3")], 2):
        for c, text in enumerate(row):
            _set(t2.cell(r, c), text)

    sign = doc.add_table(rows=2, cols=2)  # the signature block: layout again
    _borderless(sign)
    _set(sign.cell(0, 0), "Nơi nhận:\n- Như trên;\n- Lưu: VT.", italic=True)
    _set(sign.cell(0, 1), "TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", bold=True)
    _set(sign.cell(1, 1), "Trần Văn Trí", bold=True)
    buf = io.BytesIO()
    doc.save(buf)
    _add_footnote(buf.getvalue(), path, "Công tác chỉ đạo điều hành", FOOTNOTE)


FOOTNOTE = "Kế hoạch số 218/KH-UBND, ngày 19/12/2023 của UBND tỉnh"
_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_FOOTNOTES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:footnotes xmlns:w="{_W}">
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
<w:footnote w:id="1"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>
<w:r><w:t xml:space="preserve"> {{text}}</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""


def _add_footnote(data: bytes, path: Path, after: str, text: str) -> None:
    """python-docx cannot write footnotes: add one (part, relationship, reference) by hand."""
    src = zipfile.ZipFile(io.BytesIO(data))
    ref = '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    edits = {
        "word/document.xml": (f"<w:t>{after}</w:t></w:r>", f"<w:t>{after}</w:t></w:r>{ref}"),
        "word/_rels/document.xml.rels": (
            "</Relationships>",
            '<Relationship Id="rIdFootnotes" Target="footnotes.xml" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"/></Relationships>',
        ),
        "[Content_Types].xml": (
            "</Types>",
            '<Override PartName="/word/footnotes.xml" ContentType="application/'
            'vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/></Types>',
        ),
    }
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename in edits:
                old, new = edits[info.filename]
                body = blob.decode("utf-8")
                assert old in body, f"{old} not in {info.filename}"
                blob = body.replace(old, new, 1).encode("utf-8")
            out.writestr(info, blob)
        out.writestr("word/footnotes.xml", _FOOTNOTES.replace("{text}", text))


def make_xlsx(path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "Chỉ số CCHC 2023"
    ws["A1"] = "KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA CÁC PHƯỜNG"
    ws["A1"].font = Font(name="Times New Roman", bold=True)
    ws.merge_cells("A1:F1")
    ws["A2"] = "Đơn vị tính: điểm"
    head = {"A3": "STT", "B3": "Đơn vị", "C3": "Chỉ số CCHC", "E3": "Xếp hạng", "F3": "Ghi chú",
            "C4": "Điểm", "D4": "Tỷ lệ (%)"}
    for ref, text in head.items():
        ws[ref] = text
        ws[ref].font = Font(name="Times New Roman", bold=True)
    for rng in ("A3:A4", "B3:B4", "C3:D3", "E3:E4", "F3:F4"):
        ws.merge_cells(rng)
    ws["A5"], ws["B5"] = "I", "CÁC PHƯỜNG"
    ws["A5"].font = ws["B5"].font = Font(name="Times New Roman", bold=True)
    rows = [(1, "Phường 1", 93.5, 0.935, 1), (2, "Phường 2", 90.1, 0.901, 2)]
    for k, (stt, name, score, ratio, rank) in enumerate(rows, 6):
        ws.cell(k, 1, stt)
        ws.cell(k, 2, name)
        ws.cell(k, 3, score)
        ws.cell(k, 4, ratio).number_format = "0.0%"
        ws.cell(k, 5, rank)
    ws["B8"] = "Ph\xadêng 3"  # "Phường 3" in TCVN3
    ws["B8"].font = Font(name=".VnTime")
    ws["C8"] = 78.25
    ws["D8"] = 0.7825
    ws["D8"].number_format = "0.00%"
    ws["E8"] = 3
    ws["B9"] = "Tæng"  # "Tổng" in TCVN3; read as Unicode it would be "Tăng": only the font tells
    ws["B9"].font = Font(name=".VnTime", bold=True)
    ws["C9"] = "=SUM(C6:C8)"  # cached value patched in below
    ws["E9"] = f"={FORMULA_NO_CACHE}"  # left without a cached value
    ws["A11"] = "Ghi chú: số liệu do Phòng Nội vụ tổng hợp"

    other = wb.create_sheet("Sheet2")
    for r, row in enumerate([("TT", "Chỉ tiêu", "Số lượng"), ("1", "Số TTHC áp dụng tại UBND cấp huyện", 287),
                             ("2", "Số hồ sơ TTHC do UBND cấp huyện tiếp nhận", 16865),
                             ("3", "Tỷ lệ đào tạo so với kế hoạch", 1.5338)], 1):
        for c, v in enumerate(row, 1):
            other.cell(r, c, v)
    other["C4"].number_format = "0.00%"
    wb.create_sheet("Trống")
    buf = io.BytesIO()
    wb.save(buf)
    _patch_cached_value(buf.getvalue(), path, "C9", "SUM(C6:C8)", str(93.5 + 90.1 + 78.25))


def _patch_cached_value(data: bytes, path: Path, ref: str, formula: str, value: str) -> None:
    """openpyxl writes formulas without cached values; give one of them the value Excel would store."""
    src = zipfile.ZipFile(io.BytesIO(data))
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            blob = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                text = blob.decode("utf-8")
                pattern = rf'(<c r="{ref}"[^>]*><f>{re.escape(formula)}</f>)<v\s*/?>(?:</v>)?'
                text, n = re.subn(pattern, rf"\g<1><v>{value}</v>", text)
                assert n == 1, "formula cell not found"
                blob = text.encode("utf-8")
            out.writestr(info, blob)


def main() -> None:
    make_docx(HERE / "cchc_2024.docx")
    make_xlsx(HERE / "par_2023.xlsx")
    (HERE / "corrupt.docx").write_bytes((HERE / "cchc_2024.docx").read_bytes()[:2000])
    print("written:", ", ".join(p.name for p in sorted(HERE.glob("*.*")) if p.suffix in (".docx", ".xlsx")))


if __name__ == "__main__":
    main()
