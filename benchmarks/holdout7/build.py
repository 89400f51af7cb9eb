"""Build holdout7: 5 born-digital PDFs (python-docx -> LibreOffice, reportlab) + expected JSON.

Run: .venv/bin/python benchmarks/holdout7/build.py
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import unicodedata

import fitz
import pdfplumber
from docx import Document
from docx.enum.section import WD_ORIENT
from docx.enum.section import WD_SECTION
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

HERE = os.path.dirname(os.path.abspath(__file__))


def nfc(s: str) -> str:
    return unicodedata.normalize("NFC", " ".join(str(s).split()))


def strip_marker(s: str) -> str:
    return s.split("^")[0]


def merges(header: list[list[str]]) -> list[tuple[int, int, int, int]]:
    """Rectangles (r0, c0, r1, c1) of equal header text: extend right, then down."""
    nr, nc = len(header), len(header[0])
    seen = [[False] * nc for _ in range(nr)]
    out = []
    for r in range(nr):
        for c in range(nc):
            if seen[r][c]:
                continue
            t = header[r][c]
            c1 = c
            while c1 + 1 < nc and header[r][c1 + 1] == t and not seen[r][c1 + 1]:
                c1 += 1
            r1 = r
            while r1 + 1 < nr and all(header[r1 + 1][k] == t for k in range(c, c1 + 1)) and \
                    (c == 0 or header[r1 + 1][c - 1] != t) and (c1 + 1 >= nc or header[r1 + 1][c1 + 1] != t):
                r1 += 1
            for rr in range(r, r1 + 1):
                for cc in range(c, c1 + 1):
                    seen[rr][cc] = True
            out.append((r, c, r1, c1))
    return out


# ----------------------------------------------------------------------------- values -> records
def parse_num(s: str, mode: str) -> float | None:
    t = s.replace("%", "").replace(" ", "")
    if not t or t == "-":
        return None
    neg = t.startswith("-")
    t = t.lstrip("-+")
    if mode == "vn":
        t = t.replace(".", "").replace(",", ".")
    else:
        t = t.replace(",", ".")
    try:
        v = float(t)
    except ValueError:
        return None
    return -v if neg else v


def make_records(tno: int, rows: list[list[str]], spec: dict) -> list[dict]:
    """spec: {'mode': 'vn'|'en', 'cols': {col1: (measure, year)}} or 'cells': {(r1, c1): (measure, year)}."""
    recs = []
    cells = dict(spec.get("cells", {}))
    for r, row in enumerate(rows, 1):
        for c, (measure, year) in spec.get("cols", {}).items():
            cells.setdefault((r, c), (measure, year))
    for (r, c), (measure, year) in sorted(cells.items()):
        raw = rows[r - 1][c - 1]
        if "/" in raw and measure == "rank":
            a, b = raw.split("/")[:2]
            recs.append({"table": tno, "row": r, "col": c, "measure": "rank", "year": year, "value": float(a)})
            recs.append({"table": tno, "row": r, "col": c, "measure": "rank_of", "year": year, "value": float(b)})
            continue
        v = parse_num(raw, spec["mode"])
        if v is None:
            continue
        recs.append({"table": tno, "row": r, "col": c, "measure": measure, "year": year, "value": v})
    return recs


# ----------------------------------------------------------------------------- docx writer
def set_cell_margins_and_width(cell, width_cm: float) -> None:
    cell.width = Cm(width_cm)


def add_page_number_footer(section) -> None:
    p = section.footer.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    fld = OxmlElement("w:fldSimple")
    fld.set(qn("w:instr"), "PAGE")
    r = OxmlElement("w:r")
    t = OxmlElement("w:t")
    t.text = "1"
    r.append(t)
    fld.append(r)
    p._p.append(fld)


def docx_para(doc, text: str, bold: bool = False, align=None, size: int = 13, keep: bool = False, italic=False):
    p = doc.add_paragraph()
    run = p.add_run(text)
    run.bold = bold
    run.italic = italic
    run.font.size = Pt(size)
    if align is not None:
        p.alignment = align
    p.paragraph_format.space_after = Pt(4)
    if keep:
        p.paragraph_format.keep_with_next = True
    return p


def write_cell(cell, text: str, bold: bool, size: float, align) -> None:
    cell.text = ""
    p = cell.paragraphs[0]
    p.alignment = align
    p.paragraph_format.space_after = Pt(0)
    main, _, sup = text.partition("^")
    run = p.add_run(main)
    run.bold = bold
    run.font.size = Pt(size)
    if sup:
        r2 = p.add_run(sup)
        r2.font.superscript = True
        r2.font.size = Pt(size)


def docx_table(doc, t: dict) -> None:
    header, rows, kinds, widths = t["header_src"], t["rows_src"], t["kinds"], t["widths"]
    size = t.get("size", 11)
    nc = len(header[0])
    tbl = doc.add_table(rows=len(header) + len(rows), cols=nc)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    for i, w in enumerate(widths):
        tbl.columns[i].width = Cm(w)
    for r0, c0, r1, c1 in merges(header):
        a = tbl.cell(r0, c0)
        b = tbl.cell(r1, c1)
        m = a.merge(b) if (r0, c0) != (r1, c1) else a
        write_cell(m, header[r0][c0], True, size, WD_ALIGN_PARAGRAPH.CENTER)
    for r, row in enumerate(rows):
        bold = kinds[r] in ("group", "total")
        for c, txt in enumerate(row):
            align = WD_ALIGN_PARAGRAPH.LEFT if c in t.get("left", (1,)) else WD_ALIGN_PARAGRAPH.CENTER
            write_cell(tbl.cell(len(header) + r, c), txt, bold, size, align)
    for row in tbl.rows:
        for i, cl in enumerate(row.cells):
            cl.width = Cm(widths[i])
    if t.get("repeat", True):
        for i in range(len(header)):
            trpr = tbl.rows[i]._tr.get_or_add_trPr()
            el = OxmlElement("w:tblHeader")
            el.set(qn("w:val"), "true")
            trpr.append(el)
    for i in range(len(header) + len(rows)):
        trpr = tbl.rows[i]._tr.get_or_add_trPr()
        el = OxmlElement("w:cantSplit")
        el.set(qn("w:val"), "true")
        trpr.append(el)


def setup_section(sec, landscape: bool) -> None:
    if landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
        sec.left_margin = sec.right_margin = Cm(1.5)
    else:
        sec.orientation = WD_ORIENT.PORTRAIT
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
    sec.top_margin = sec.bottom_margin = Cm(2.0)


def build_docx(name: str, doc_spec: list, out_pdf_dir: str) -> None:
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Times New Roman")
    st.font.size = Pt(13)
    setup_section(doc.sections[0], False)
    add_page_number_footer(doc.sections[0])
    for kind, *arg in doc_spec:
        if kind == "h":
            docx_para(doc, arg[0], bold=True, align=WD_ALIGN_PARAGRAPH.CENTER)
        elif kind == "p":
            p = docx_para(doc, arg[0], align=WD_ALIGN_PARAGRAPH.JUSTIFY)
            p.paragraph_format.first_line_indent = Cm(1)
        elif kind == "fn":
            p = doc.add_paragraph()
            r = p.add_run(arg[0])
            r.font.superscript = True
            r.font.size = Pt(10)
            r2 = p.add_run(" " + arg[1])
            r2.font.size = Pt(10)
            r2.italic = True
        elif kind == "section":
            sec = doc.add_section(WD_SECTION.NEW_PAGE)
            setup_section(sec, arg[0] == "landscape")
        elif kind == "t":
            t = arg[0]
            docx_para(doc, t["title"], bold=True, size=12, keep=True)
            docx_table(doc, t)
    with tempfile.TemporaryDirectory() as td:
        path = os.path.join(td, name + ".docx")
        doc.save(path)
        subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{td}/lo", "--convert-to", "pdf",
                        "--outdir", out_pdf_dir, path], check=True, capture_output=True, timeout=180)


# ----------------------------------------------------------------------------- reportlab writer
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def register_fonts() -> None:
    pdfmetrics.registerFont(TTFont("DVS", os.path.join(FONT_DIR, "DejaVuSerif.ttf")))
    pdfmetrics.registerFont(TTFont("DVS-B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf")))
    pdfmetrics.registerFont(TTFont("DVS-I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf")))
    from reportlab.pdfbase.pdfmetrics import registerFontFamily
    registerFontFamily("DVS", normal="DVS", bold="DVS-B", italic="DVS-I", boldItalic="DVS-B")


def rl_text(s: str) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    main, _, sup = s.partition("^")
    return main + (f"<super>{sup}</super>" if sup else "")


def build_rl(name: str, doc_spec: list, out_pdf: str) -> None:
    register_fonts()
    body = ParagraphStyle("b", fontName="DVS", fontSize=11, leading=14, firstLineIndent=28, spaceAfter=5,
                          alignment=4)
    head = ParagraphStyle("h", fontName="DVS-B", fontSize=12, leading=15, alignment=1, spaceAfter=6)
    cap = ParagraphStyle("c", fontName="DVS-B", fontSize=10.5, leading=13, spaceAfter=4, keepWithNext=1)
    fn = ParagraphStyle("f", fontName="DVS-I", fontSize=8.5, leading=10, spaceAfter=6)
    story = []
    for kind, *arg in doc_spec:
        if kind == "h":
            story.append(Paragraph(rl_text(arg[0]), head))
        elif kind == "p":
            story.append(Paragraph(rl_text(arg[0]), body))
        elif kind == "fn":
            story.append(Paragraph(f"<super>{arg[0]}</super> {rl_text(arg[1])}", fn))
        elif kind == "t":
            t = arg[0]
            size = t.get("size", 9)
            cs = ParagraphStyle("cs", fontName="DVS", fontSize=size, leading=size + 2.5, alignment=1)
            cl = ParagraphStyle("cl", parent=cs, alignment=0)
            hs = ParagraphStyle("hs", parent=cs, fontName="DVS-B")
            header = t["header_src"]
            data = []
            for r, row in enumerate(header):
                data.append([Paragraph(rl_text(x), hs) for x in row])
            for r, row in enumerate(t["rows_src"]):
                bold = t["kinds"][r] in ("group", "total")
                cells = []
                for c, x in enumerate(row):
                    txt = rl_text(x)
                    if bold:
                        txt = f"<b>{txt}</b>"
                    cells.append(Paragraph(txt, cl if c in t.get("left", (1,)) else cs))
                data.append(cells)
            cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            for r0, c0, r1, c1 in merges(header):
                if (r0, c0) != (r1, c1):
                    cmds.append(("SPAN", (c0, r0), (c1, r1)))
                    for rr in range(r0, r1 + 1):
                        for cc in range(c0, c1 + 1):
                            if (rr, cc) != (r0, c0):
                                data[rr][cc] = ""
            nh = len(header)
            if t.get("rules") == "horizontal":
                cmds += [("LINEABOVE", (0, 0), (-1, 0), 1.0, colors.black),
                         ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.8, colors.black),
                         ("LINEBELOW", (0, nh), (-1, -2), 0.3, colors.black),
                         ("LINEBELOW", (0, -1), (-1, -1), 1.0, colors.black)]
            else:
                cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            tbl = Table(data, colWidths=[w * cm for w in t["widths"]], repeatRows=nh if t.get("repeat", True) else 0)
            tbl.setStyle(TableStyle(cmds))
            story.append(Paragraph(rl_text(t["title"]), cap))
            story.append(tbl)
            story.append(Spacer(1, 6))

    def page_no(canvas, d):
        canvas.setFont("DVS", 9)
        canvas.drawCentredString(A4[0] / 2, 1.2 * cm, str(d.page))

    SimpleDocTemplate(out_pdf, pagesize=A4, leftMargin=2.5 * cm, rightMargin=2 * cm, topMargin=2 * cm,
                      bottomMargin=2 * cm, title=name).build(story, onFirstPage=page_no, onLaterPages=page_no)


# ----------------------------------------------------------------------------- pages + expected
def squash(s: str) -> str:
    return "".join(nfc(s).split())


def find_pages(pdf: str, tables: list[dict], afters: list[str]) -> tuple[int, list[list[int]]]:
    with pdfplumber.open(pdf) as p:
        pages = [squash("".join(w["text"] for w in pg.extract_words())) for pg in p.pages]
    out = []
    for t, after in zip(tables, afters):
        tt = squash(t["title"])[:40]
        start = next(i for i, pg in enumerate(pages) if tt in pg)
        aft = squash(after)[:40]
        stop = next(i for i, pg in enumerate(pages) if i >= start and aft in pg)
        last = t["rows_src"][-1]
        longest = max(last, key=len)
        needle = squash(" ".join(strip_marker(longest).split()[:2]))
        hits = [i for i in range(start, stop + 1) if needle in pages[i]]
        if not hits:
            needle = squash(strip_marker(longest).split()[0])
            hits = [i for i in range(start, stop + 1) if needle in pages[i]]
        end = max(hits)
        out.append(list(range(start + 1, end + 2)))
    return len(pages), out


def finish(name: str, spec: list, producer: str) -> dict:
    pdf = os.path.join(HERE, name + ".pdf")
    if producer == "docx":
        build_docx(name, spec, HERE)
    else:
        build_rl(name, spec, pdf)
    tables, afters = [], []
    for i, item in enumerate(spec):
        if item[0] == "t":
            tables.append(item[1])
            nxt = next(x for x in spec[i + 1:] if x[0] in ("p", "h"))
            afters.append(nxt[1])
    with fitz.open(pdf) as d:
        n_pages = d.page_count
    _, pages = find_pages(pdf, tables, afters)
    exp = {"doc": name + ".pdf", "n_pages": n_pages, "producer": producer, "tables": [], "records": []}
    for k, (t, pg) in enumerate(zip(tables, pages), 1):
        hdr = [[nfc(strip_marker(x)) for x in row] for row in t["header_src"]]
        rows = [[nfc(strip_marker(x)) for x in row] for row in t["rows_src"]]
        assert all(len(r) == len(hdr[0]) for r in rows + hdr), t["title"]
        assert len(rows) == len(t["kinds"])
        exp["tables"].append({"table": k, "pages": pg, "title": nfc(t["title"]), "header": hdr, "rows": rows,
                              "row_kinds": t["kinds"]})
        if t.get("rec"):
            exp["records"] += make_records(k, rows, t["rec"])
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    return exp


def kinds_by_first(rows: list[list[str]], groups=("I", "II", "III", "IV", "A", "B"), totals=()) -> list[str]:
    out = []
    for r in rows:
        if r[0] in groups or r[1] in groups:
            out.append("group")
        elif any(x in totals for x in r[:2]):
            out.append("total")
        else:
            out.append("data")
    return out


# ============================================================================= data (from the seeds)
FILL = "Nội dung này được tổng hợp từ kết quả công bố chính thức và số liệu báo cáo của các cơ quan, đơn vị."

T1 = {
    "title": "Bảng 1. Kết quả các chỉ số thành phần năm 2022 và năm 2023",
    "header_src": [
        ["TT", "Lĩnh vực"] + ["Kết quả chỉ số thành phần năm 2022"] * 4 + ["Kết quả chỉ số thành phần năm 2023"] * 4
        + ["Tăng (+) Giảm (-) so với năm 2022"] * 2,
        ["TT", "Lĩnh vực", "Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng", "Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng",
         "Tỷ lệ % (+,-)", "Xếp hạng (+,-)"],
        ["TT", "Lĩnh vực", "Tối đa", "Đạt được", "Tỷ lệ (%)", "Xếp hạng", "Tối đa", "Đạt được", "Tỷ lệ (%)",
         "Xếp hạng", "Tỷ lệ % (+,-)", "Xếp hạng (+,-)"],
    ],
    "rows_src": [
        ["1", "Công tác chỉ đạo, điều hành CCHC", "9.50", "9.10", "95.84%", "22", "9.50", "9.03", "95.01%", "39^1",
         "-0.83%", "-17"],
        ["2", "Cải cách thể chế", "10.00", "9.40", "93.99%", "7", "10.00", "9.45", "94.50%", "14", "0.51%", "-7"],
        ["3", "Cải cách thủ tục hành chính", "13.00", "12.59", "96.86%", "25", "13.00", "12.26", "94.31%", "38",
         "-2.55%", "-13"],
        ["4", "Cải cách tổ chức bộ máy", "10.50", "9.86", "93.95%", "5", "10.50", "9.94", "94.63%", "5", "0.68%",
         "0"],
        ["5", "Cải cách chế độ công vụ", "15.00", "12.23", "81.55%", "28", "15.00", "12.28", "81.90%", "41", "0.35%",
         "-13"],
    ],
    "kinds": ["data"] * 5,
    "widths": [0.8, 3.4, 1.1, 1.2, 1.4, 1.1, 1.1, 1.2, 1.4, 1.1, 1.4, 1.3],
    "size": 8,
    "rec": {"mode": "en", "cols": {3: ("max_points", 2022), 4: ("points", 2022), 5: ("ratio", 2022),
                                   6: ("rank", 2022), 7: ("max_points", 2023), 8: ("points", 2023),
                                   9: ("ratio", 2023), 10: ("rank", 2023)}},
}

_T2 = """G|3.2.1|Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật (QPPL) tại tỉnh|||
S||Tác động của cải cách đến chất lượng VBQPPL do tỉnh ban hành|4,0|3,4497|- 0,5503
D|(1)|Tính đồng bộ, thống nhất của các VBQPPL do địa phương ban hành|1,0|0,837|- 0,163
D|(2)|Tính hợp lý của các VBQPPL do địa phương ban hành|1,0|0,8499|- 0,1501
D|(3)|Tính khả thi của các VBQPPL do địa phương ban hành|1,0|0,8377|- 0,1623
D|(4)|Tính kịp thời phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện VBQPPL tại địa phương|1,0|0,9251|- 0,0749
G|3.2.2|Cải cách tổ chức bộ máy hành chính|||
S||Tác động của cải cách đến tổ chức bộ máy hành chính|4,0|3.4358|- 0.5642
D|(5)|Tính hợp lý trong sắp xếp tổ chức bộ máy các cơ quan, đơn vị thuộc thẩm quyền của tỉnh|1,0|0.8435|- 0.1565
D|(6)|Tính hợp lý trong phân định chức năng, nhiệm vụ giữa các cơ quan, đơn vị tại địa phương|1,0|0.8556|- 0.1444
D|(7)|Tình hình thực hiện quy chế làm việc của UBND tỉnh|1,0|0.8613|- 0.1387
D|(8)|Tính hợp lý trong việc phân cấp, phân quyền thực hiện nhiệm vụ quản lý nhà nước giữa tỉnh và huyện|1,0|0.8754|- 0.1246
G|3.2.3|Cải cách chế độ công vụ|||
S|3.2.3.1|Tác động của cải cách đến quản lý cán bộ, công chức|4,0|3,5731|- 0,4269
D|(9)|Tính công khai, minh bạch trong công tác tuyển dụng công chức, viên chức|1,0|0,8988|- 0,1012
D|(10)|Tình trạng tiêu cực trong công tác tuyển dụng công chức, viên chức|1,0|0,9033|- 0,0967
D|(11)|Tính công khai, minh bạch trong công tác bổ nhiệm công chức, viên chức|1,0|0,872|- 0,128
D|(12)|Tình trạng tiêu cực trong công tác bổ nhiệm công chức, viên chức|1,0|0,899|- 0,101
S|3.2.3.2|Tác động của cải cách đến công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức|1,0|0,7942|- 0,2058
D|(13)|Chất lượng đào tạo, bồi dưỡng cán bộ, công chức, viên chức|1,0|0,7942|0,2058
S|3.2.3.3|Tác động của cải cách đến chất lượng đội ngũ công chức, viên chức|4,0|3,1674|- 0,8326
D|(14)|Năng lực chuyên môn của công chức trong phối hợp, xử lý công việc|1,0|0,783|- 0,217
D|(15)|Tinh thần trách nhiệm của công chức trong phối hợp, xử lý công việc|1,0|0,7945|- 0,2055
D|(16)|Tình trạng công chức lợi dụng chức vụ, quyền hạn để trục lợi cá nhân trong phối hợp, xử lý công việc|1,0|0,8606|- 0,1394
D|(17)|Tính hiệu quả trong việc thực thi chính sách thu hút người có tài năng vào bộ máy hành chính|1,0|0,7293|- 0,2707
G|3.2.4|Cải cách tài chính công|||
S||Tác động của cải cách đến quản lý tài chính công|4,0|3,1677|- 0,8323
D|(18)|Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính|1,0|0,7538|- 0,2462
D|(19)|Thực hiện tiết kiệm, chống lãng phí trong quản lý, sử dụng kinh phí của cơ quan, đơn vị|1,0|0,8225|- 0,1775
D|(20)|Tính hiệu quả của việc quản lý, sử dụng tài sản công|1,0|0,8307|- 0,1693
D|(21)|Tính hiệu quả của việc thực hiện cơ chế tự chủ tại các đơn vị SNCL|1,0|0,7607|- 0,2393
G|3.2.5|Xây dựng và phát triển chính quyền điện tử, chính quyền số|||
S||Tác động của cải cách đến Xây dựng và phát triển chính quyền điện tử, chính quyền số|1,0|0,8492|- 0,1508
D|(22)|Chất lượng cung cấp thông tin trên Cổng thông tin điện tử của tỉnh|1,0|0,8492|- 0,1508
G|3.2.6|Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh|||
S||Kết quả Chỉ số hài lòng (SIPAS)|10,0|8,1854|- 1,8146
D|(23)|Chỉ số hài lòng về tiếp cận dịch vụ|1,5|1,2284|- 0,2716
D|(24)|Chỉ số hài lòng về tổ chức giải quyết TTHC|1,5|1,2261|- 0,2739
D|(25)|Chỉ số hài lòng về công chức giải quyết TTHC|2,5|2,0525|- 0,4475
D|(26)|Chỉ số hài lòng về kết quả giải quyết TTHC|2,5|2.0498|- 0,4502
D|(27)|Chỉ số hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị liên quan đến TTHC|2,0|1,6286|- 0,3714
T||Tổng cộng|32,00|26,6225|- 5,3775"""


def parse_lines(src: str) -> tuple[list[list[str]], list[str]]:
    km = {"G": "group", "S": "group", "D": "data", "T": "total"}
    rows, kinds = [], []
    for line in src.strip().split("\n"):
        k, *cells = line.split("|")
        rows.append(cells)
        kinds.append(km[k])
    return rows, kinds


_r, _k = parse_lines(_T2)
T2 = {
    "title": "Bảng 2. Kết quả điểm điều tra xã hội học năm 2023 theo từng tiêu chí thành phần",
    "header_src": [["STT", "Nội dung", "Điểm tối đa", "Điểm đạt được", "Điểm chưa đạt"]],
    "rows_src": _r, "kinds": _k, "widths": [1.6, 8.6, 1.9, 1.9, 2.0], "size": 11,
    "rec": {"mode": "en", "cols": {3: ("max_points", 2023), 4: ("points", 2023)}},
}

_T3 = """G|A|CÁN BỘ|1.165|1|0|1.164|1|1|45|3|1.069|46|0|6|862|297|1.110|95,28
D|1|Bí thư Đảng ủy|107|0|0|107|0|0|0|0|83|24|0|0|7|100|107|100
D|2|Phó Bí thư Đảng ủy|128|0|0|128|0|0|0|0|126|2|0|0|56|72|128|100
D|3|Chủ tịch Hội đồng nhân dân|2|0|0|2|0|0|0|0|2|0|0|0|2|0|2|100
D|4|Phó Chủ tịch Hội đồng nhân dân|106|0|0|106|0|0|2|0|102|2|0|0|94|12|104|98,11
D|5|Chủ tịch Ủy ban nhân dân|83|0|0|83|0|0|0|0|74|9|0|0|28|55|83|100
D|6|Phó Chủ tịch Ủy ban nhân dân|209|0|0|209|0|0|1|0|201|7|0|0|171|38|208|99,52
D|7|Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam|97|0|0|97|0|0|5|0|92|0|0|0|92|5|92|94,85
D|8|Bí thư Đoàn Thanh niên Cộng sản Việt Nam|108|0|0|108|0|0|2|2|103|1|0|2|103|3|103|95,37
D|9|Chủ tịch Hội Liên hiệp phụ nữ Việt Nam|109|0|0|109|0|0|9|0|100|0|0|1|101|7|99|90,83
D|10|Chủ tịch Hội Nông dân Việt Nam|107|0|0|107|0|0|7|0|99|1|0|1|103|3|99|92,52
D|11|Chủ tịch Hội Cựu Chiến binh Việt Nam|109|1|0|108|1|1|19|1|87|0|0|2|105|2|85|77,98
G|B|CÔNG CHỨC|1.014|0|0|1.014|0|0|69|26|908|11|61|67|878|8|966|95,27
D|1|Chỉ huy trưởng BCH Quân sự|109|0|0|109|0|0|21|20|68|0|1|0|108|0|109|100
D|2|Tư pháp - Hộ tịch|159|0|0|159|0|0|6|0|152|1|8|15|136|0|159|100
D|3|Văn phòng - Thống kê|308|0|0|308|0|0|11|1|293|3|15|12|275|6|296|96,10
D|4|Tài chính - Kế toán|99|0|0|99|0|0|6|1|91|1|6|7|86|0|92|92,93
D|5|Văn hóa - Xã hội|162|0|0|162|0|0|7|2|152|1|10|13|138|1|153|94,44
D|6|Địa chính - Xây dựng - Đô thị và Môi trường hoặc Địa chính - Nông nghiệp - Xây dựng và Môi trường|177|0|0|177|0|0|18|2|152|5|21|20|135|1|157|88,70
T||TỔNG CỘNG|2.179|1|0|2.178|1|1|114|29|1.977|57|61|73|1.740|305|2.076|95,27"""
_r, _k = parse_lines(_T3)
_SN = "Số người đạt chuẩn theo quy định"
_TL = "Tỷ lệ đạt chuẩn theo quy định (%)"
T3 = {
    "title": "Bảng 3. Thống kê chất lượng cán bộ, công chức cấp xã năm 2023 theo từng chức danh",
    "header_src": [
        ["TT", "Chức danh", "Số lượng"] + ["Trình độ"] * 13 + [_SN, _TL],
        ["TT", "Chức danh", "Số lượng"] + ["Học vấn"] * 3 + ["Chuyên môn"] * 6 + ["Lý luận chính trị"] * 4
        + [_SN, _TL],
        ["TT", "Chức danh", "Số lượng", "THCS", "THPT", "TNC3", "Chưa qua đào tạo", "Sơ cấp", "Trung cấp",
         "Cao đẳng", "Đại học", "Sau Đại học", "Chưa qua đào tạo", "Sơ cấp", "Trung cấp", "Cao cấp", _SN, _TL],
        [str(i) for i in range(1, 19)],
    ],
    "rows_src": _r, "kinds": _k,
    "widths": [0.8, 5.2, 1.3] + [1.1] * 3 + [1.35] * 6 + [1.35] * 4 + [1.9, 1.9], "size": 9,
    "rec": {"mode": "vn", "cols": {**{c: ("count", 2023) for c in range(3, 18)}, 18: ("ratio", 2023)}},
}

T4 = {
    "title": "Bảng 1. Kết quả 09 chỉ số thành phần của Chỉ số SIPAS năm 2022 và năm 2023",
    "header_src": [
        ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Năm 2022", "Năm 2022", "Năm 2023", "Năm 2023",
         "Tăng/giảm", "Tăng/giảm"],
        ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Tỷ lệ", "Xếp hạng", "Tỷ lệ", "Xếp hạng", "Tỷ lệ",
         "Xếp hạng"],
    ],
    "rows_src": [
        ["I", "Mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách", "76.53%", "49", "81.52%", "37",
         "4.99%", "12"],
        ["1", "Mức độ hài lòng đối với trách nhiệm giải trình của chính quyền về chính sách", "78.30%", "45",
         "80.70%", "40", "2.40%", "5"],
        ["2", "Mức độ hài lòng đối với cơ hội tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách",
         "77.68%", "38", "80.52%", "39", "2.84%", "-1"],
        ["3", "Mức độ hài lòng đối với chất lượng tổ chức thực hiện chính sách", "76.08%", "47", "81.64%", "37",
         "5.56%", "10"],
        ["4", "Mức độ hài lòng đối với kết quả, tác động của chính sách ở địa phương", "74.06%", "57", "81.77%",
         "48", "7.71%", "9"],
        ["II", "Mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công", "83.31%", "19", "81.82%", "35",
         "-1.49%", "-16"],
        ["5", "Mức độ hài lòng đối với tiếp cận dịch vụ", "80.67%", "39", "81.89%", "38", "1.22%", "1"],
        ["6", "Mức độ hài lòng đối với TTHC", "80.01%", "43", "81.74%", "40", "1.73%", "3"],
        ["7", "Mức độ hài lòng đối với công chức", "85.26%", "9", "82.10%", "35", "-3.16%", "-26"],
        ["8", "Mức độ hài lòng đối với kết quả dịch vụ", "86.93%", "5", "81.99%", "36", "-4.94%", "-31"],
        ["9", "Mức độ hài lòng đối với việc cơ quan tiếp nhận, xử lý phản ánh, kiến nghị", "83.69%", "11",
         "81.43%", "34", "-2.26%", "-23"],
        ["", "KẾT QUẢ CHỈ SỐ HÀI LÒNG CHUNG", "79.92%", "32", "81.65%", "37", "1.73%", "-5"],
    ],
    "kinds": ["group", "data", "data", "data", "data", "group", "data", "data", "data", "data", "data", "total"],
    "widths": [1.0, 6.4, 1.5, 1.3, 1.5, 1.3, 1.5, 1.3], "size": 10,
    "rec": {"mode": "en", "cols": {3: ("ratio", 2022), 4: ("rank", 2022), 5: ("ratio", 2023), 6: ("rank", 2023)}},
}

_T5 = """G|I. VIỆC XÂY DỰNG, TỔ CHỨC THỰC HIỆN CS|81.52%|76.53%
G|A. Trách nhiệm giải trình của chính quyền về CS|80.70%|78.30%
D|1. Chính quyền cung cấp, giải thích thông tin CS theo nhiều hình thức, dễ tìm, dễ thấy.|80.40%|78.09%
D|2. Chính quyền cung cấp thông tin CS đầy đủ, dễ hiểu ND.|81.01%|78.51%
G|B. Sự tham gia của ND vào quá trình xây dựng, tổ chức thực hiện CS|80.52%|77.68%
D|3. Chính quyền tổ chức nhiều hình thức để ND dễ dàng tham gia ý kiến xây dựng CS.|80.14%|77.06%
D|4. Chính quyền tổ chức nhiều hình thức để ND dễ dàng phản hồi ý kiến đánh giá tình hình triển khai và kết quả, tác động của CS ở địa phương.|80.90%|78.30%
G|C. Chất lượng tổ chức thực hiện CS (năm 2023)|81.64%|76.08%
G|C. Chất lượng CS (năm 2022)||
D|5. Chính quyền tổ chức thực hiện tốt CS phát triển kinh tế ở địa phương|81.37%|
D|6. Chính quyền tổ chức thực hiện tốt CS khám chữa bệnh ở địa phương|81.77%|
D|7. Chính quyền tổ chức thực hiện tốt CS giáo dục phổ thông ở địa phương.|82.59%|
D|8. Chính quyền tổ chức thực hiện tốt CS trật tự, an toàn xã hội ở địa phương.|82.85%|
D|9. Chính quyền tổ chức thực hiện tốt CS giao thông đường bộ ở địa phương.|82.05%|
D|10. Chính quyền tổ chức thực hiện tốt CS điện sinh hoạt ở địa phương.|80.83%|
D|11. Chính quyền tổ chức thực hiện tốt CS nước sinh hoạt ở địa phương.|80.65%|
D|12. Chính quyền tổ chức thực hiện tốt CS an sinh xã hội ở địa phương.|81.77%|
D|13. Chính quyền tổ chức thực hiện tốt CS cải cách hành chính ở địa phương.|80.90%|
G|D. Kết quả, tác động của CS|81.77%|74.06%
D|14. Kinh tế gia đình của ND địa phương tốt hơn.|80.65%|73.33%
D|15. Kinh tế - xã hội của địa phương tốt hơn.|80.97%|
D|16. Bệnh viện công lập ở địa phương khám chữa bệnh cho ND tốt hơn.|81.12%|
D|17. Trường phổ thông công lập dạy học sinh tốt hơn.|82.20%|
D|18. Trật tự, an toàn xã hội ở địa phương tốt hơn.|82.38%|
D|19. Đường bộ, giao thông ở địa phương tốt hơn.|82.09%|
D|20. Điện sinh hoạt của ND ở địa phương tốt hơn.|82.74%|
D|21. Nước sinh hoạt của ND ở địa phương tốt hơn.|81.44%|
D|22. An sinh xã hội đối với ND ở địa phương tốt hơn.|81.95%|
D|23. CQHCNN, CBCCVC ở địa phương có năng lực và thực thi công vụ tốt hơn.|82.20%|
D|CS đã góp phần giúp cho chất lượng cuộc sống của ND địa phương ngày càng tốt hơn||74.78%
G|II. VIỆC CUNG ỨNG DVHCC|81.82%|83.31%
G|E. Tiếp cận dịch vụ|81.89%|80.67%
D|24. BPMC có biển hiệu, hướng dẫn rõ ràng, dễ tìm, dễ thấy.|81.69%|81.61%
D|25. BPMC có đủ ghế ngồi chờ, ghế ngồi giải quyết công việc và bàn viết cho ND.|82.20%|
D|26. BPMC có trang thiết bị phục vụ ND đầy đủ, chất lượng tốt, giúp giải quyết công việc dễ dàng hơn.|81.77%|80.16%
D|Cơ quan cung cấp thông tin về việc giải quyết TTHC theo nhiều hình thức, dễ tiếp cận, dễ hiểu đối với mọi ND||78.92%
D|Trụ sở cơ quan tiếp nhận hồ sơ, trả kết quả sạch sẽ, văn minh||81.98%
G|G. TTHC|81.74%|80.01%
D|27. Quy định TTHC được niêm yết công khai tại BPMC để thấy, dễ đọc.|81.80%|82.44%
D|28. Công chức yêu cầu ND nộp hồ sơ TTHC đúng quy định.|81.73%|80.16%"""
_r, _k = parse_lines(_T5)
T5 = {
    "title": "Bảng 2. Chỉ số hài lòng của tỉnh Sóc Trăng theo tiêu chí",
    "header_src": [["Tiêu chí", "Năm 2023", "Năm 2022"]],
    "rows_src": _r, "kinds": _k, "widths": [11.0, 2.5, 2.5], "size": 11, "left": (0,), "repeat": False,
    "rec": {"mode": "en", "cols": {2: ("ratio", 2023), 3: ("ratio", 2022)}},
}

T6 = {
    "title": "Bảng 3. Chỉ số nhu cầu, mong đợi của người dân tỉnh Sóc Trăng",
    "header_src": [["Tiêu chí", "Năm 2023", "Tiêu chí", "Năm 2022"]],
    "rows_src": [
        ["Nâng cao tinh thần, thái độ phục vụ của CBCCVC đối với ND trong giải quyết công việc cho ND.", "46.47%",
         "Nâng cao hơn nữa sự quan tâm của cơ quan chính quyền đối với nhu cầu, mong đợi của ND", "34.78%"],
        ["Tăng cường cơ sở vật chất, trang thiết bị phục vụ giải quyết công việc cho người ND.", "44.85%",
         "Nâng cao hơn nữa chất lượng các CS quan trọng đối với đời sống của ND", "34.37%"],
        ["Nâng cao năng lực của CBCCVC trong giải quyết công việc cho ND.", "44.67%",
         "Nâng cao hơn nữa thái độ phục vụ của CBCCVC đối với ND", "32.92%"],
        ["Nâng cao chất lượng tiếp nhận, giải quyết ý kiến góp ý, phản ánh, kiến nghị của ND", "44.12%",
         "Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết công việc cho ND", "32.30%"],
        ["Tăng cường trách nhiệm giải trình của chính quyền đối với ND.", "44.10%",
         "Nâng cao hơn nữa chất lượng DVHCC (việc giải quyết TTHC).", "31.88%"],
        ["Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết công việc cho ND.", "43.94%",
         "Nâng cao hơn nữa năng lực của CBCCVC trong giải quyết công việc cho ND", "31.68%"],
        ["Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền địa phương.", "43.01%",
         "Nâng cao hơn nữa chất lượng tiếp nhận, giải quyết ý kiến góp ý, phản ánh, kiến nghị của ND", "31.47%"],
        ["Nâng cao chất lượng cung ứng dịch vụ công trực tuyến để tạo điều kiện thuận lợi, dễ dàng cho ND trong "
         "thực hiện dịch vụ công trực tuyến.", "41.77%",
         "Nâng cao hơn nữa hiệu lực, hiệu quả hoạt động của bộ máy cơ quan chính quyền", "31.26%"],
        ["Mở rộng các cơ hội tham gia giám sát của ND đối với hoạt động của chính quyền.", "41.74%",
         "Nâng cao hơn nữa chất lượng cung cấp thông tin cho ND", "30.42%"],
        ["Nâng cao tính công khai, minh bạch trong cung cấp thông tin cho ND.", "41.23%",
         "Nâng cao hơn nữa chất lượng trụ sở, trang thiết bị phục vụ giải quyết công việc cho người ND", "25.31%"],
    ],
    "kinds": ["data"] * 10, "widths": [5.8, 2.0, 5.8, 2.0], "size": 10, "left": (0, 2),
    "rec": {"mode": "en", "cols": {2: ("ratio", 2023), 4: ("ratio", 2022)}},
}

_T7 = """G|I|SỞ NGÀNH||
D|1|Sở Giáo dục và Đào tạo|100|15,00
D|2|Sở Kế hoạch và Đầu tư|100|15,00
D|3|Sở Khoa học và Công nghệ|100|15,00
D|4|Sở Lao động, Thương binh và Xã hội|100|15,00
D|5|Sở Nội vụ|100|15,00
D|6|Sở Thông tin và Truyền thông|100|15,00
D|7|Sở Văn hóa, Thể thao và Du lịch|100|15,00
D|8|Văn phòng UBND tỉnh|100|15,00
D|9|Sở Công Thương|99,71|14,96
D|10|Sở Xây dựng|99,40|14,91
D|11|Thanh tra tỉnh|99,00|14,85
D|12|Sở Y tế|98,91|14,84
D|13|Ban Dân tộc|97,92|14,69
D|14|Sở Tài nguyên và Môi trường|97,45|14,62
D|15|Sở Nông nghiệp và Phát triển nông thôn|96,86|14,53
D|16|Sở Tài chính|92,73|13,91
D|17|Sở Giao thông vận tải|91,00|13,65
D|18|Sở Tư pháp|90,57|13,59
D|19|Ban Quản lý các khu công nghiệp|87,50|13,13
G|II|ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TỈNH||
D|1|Ban Quản lý Dự án 1|100,00|15,00
D|2|Ban Quản lý Dự án 2|100,00|15,00
D|3|Trường Cao đẳng Nghề Sóc Trăng|99,29|14,89
D|4|Trường Cao đẳng Cộng đồng Sóc Trăng|86,67|13,00
G|III|CƠ QUAN TRUNG ƯƠNG ĐẶT TẠI TỈNH||
D|1|Bảo hiểm xã hội|100|16,00
D|2|Ngân hàng Nhà nước Chi nhánh tỉnh Sóc Trăng|100|16,00
D|3|Kho bạc Nhà nước|99,71|15,95
D|4|Công an tỉnh|98,00|15,68
D|5|Cục Thuế|95,57|15,29
D|6|Chi cục Hải quan|94,03|15,04
G|IV|UBND CẤP HUYỆN||
D|1|UBND thị xã Ngã Năm|100,00|15,00
D|2|UBND huyện Trần Đề|99,18|14,88
D|3|UBND thị xã Vĩnh Châu|96,73|14,51
D|4|UBND huyện Mỹ Xuyên|95,32|14,30
D|5|UBND huyện Kế Sách|94,00|14,10
D|6|UBND huyện Mỹ Tú|92,73|13,91
D|7|UBND huyện Cù Lao Dung|90,82|13,62
D|8|UBND huyện Long Phú|90,61|13,59
D|9|UBND thành phố Sóc Trăng|89,59|13,44
D|10|UBND huyện Châu Thành|88,95|13,34
D|11|UBND huyện Thạnh Trị|74,18|11,13"""
_r, _k = parse_lines(_T7)
T7 = {
    "title": "Bảng 1. Kết quả Chỉ số Sipas năm 2021 của các cơ quan, đơn vị, địa phương",
    "header_src": [["STT", "Đơn vị", "Kết quả năm 2021", "Kết quả năm 2021"],
                   ["STT", "Đơn vị", "Chỉ số Sipas (%)", "Điểm quy đổi trong Chỉ số CCHC"]],
    "rows_src": _r, "kinds": _k, "widths": [1.2, 8.3, 3.0, 3.5], "size": 10,
    "rec": {"mode": "vn", "cols": {3: ("ratio", 2021), 4: ("points", 2021)}},
}

_XL = "Số lượng cơ quan, đơn vị"
T8 = {
    "title": "Bảng 2. Xếp loại Chỉ số cải cách hành chính năm 2021 theo nhóm",
    "header_src": [["STT", "Nhóm", "Xếp loại Chỉ số CCHC năm 2021"] + [_XL] * 5,
                   ["STT", "Nhóm", "Xếp loại Chỉ số CCHC năm 2021", "Sở ngành", "UBND huyện", "Đơn vị SNCL",
                    "Cơ quan ngành dọc", "Tổng"]],
    "rows_src": [
        ["1", "Nhóm 1", "Chỉ số CCHC trên 90%", "-", "-", "-", "1", "1"],
        ["2", "Nhóm 2", "Chỉ số CCHC từ 80% đến dưới 90%", "14", "5", "-", "3", "22"],
        ["3", "Nhóm 3", "Chỉ số CCHC từ 65% đến dưới 80%", "5", "5", "4", "2", "16"],
        ["4", "Nhóm 4", "Chỉ số CCHC từ 50% đến dưới 65%", "-", "1", "-", "-", "1"],
        ["5", "Nhóm 5", "Chỉ số CCHC dưới 50%", "-", "-", "-", "-", "-"],
        ["", "TỔNG CỘNG", "", "19", "11", "4", "6", "40"],
    ],
    "kinds": ["data"] * 5 + ["total"], "widths": [1.0, 2.5, 4.4, 1.5, 1.6, 1.5, 1.9, 1.1], "size": 9.5,
    "left": (2,), "rules": "horizontal",
    "rec": {"mode": "vn", "cols": {c: ("count", 2021) for c in range(4, 9)}},
}


T9_ROWS = [
    ['I', 'Công tác chỉ đạo điều hành CCHC', '', '', ''],
    ['1', 'Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)', '%', '84', 'Kế hoạch số 08/KH-UBND ngày 17/01/2024 thực hiện cải cách hành chính năm 2024'],
    ['', 'Số nhiệm vụ đề ra trong kế hoạch', '', '25', ''],
    ['', 'Số nhiệm vụ đã hoàn thành', 'Nhiệm vụ', '21', ''],
    ['', 'Số văn bản chỉ đạo CCHC đã ban hành', 'Văn bản', '3', ''],
    ['2', 'Kiểm tra CCHC', '', '', 'Kế hoạch số 28/KH-UBND ngày 26/02/2024 Kiểm tra công tác CCHC, phân cấp quản lý nhà nước và thực thi công vụ năm 2024'],
    ['', 'Số phòng ban đã kiểm tra', 'Cơ quan, đơn vị', '0', ''],
    ['', 'Số đơn vị trực thuộc đã kiểm tra', 'Cơ quan, đơn vị', '0', ''],
    ['', 'Số UBND cấp xã đã kiểm tra', 'Cơ quan, đơn vị', '0', ''],
    ['', 'Số vấn đề phát hiện qua kiểm tra', 'Vấn đề', '0', ''],
    ['', 'Số vấn đề phát hiện đã xử lý xong', 'Vấn đề', '0', ''],
    ['3', 'Tuyên truyền CCHC', '', '', 'Kế hoạch số 27/KH-UBND ngày 26/02/2024 Tuyên truyền CCHC năm 2024'],
    ['', 'Tỷ lệ thực hiện nhiệm vụ tuyên truyền theo kế hoạch', '%', '100', ''],
    ['', 'Số lượng tin, bài viết, phóng sự gửi và duyệt đăng tại Chuyên trang CCHC tỉnh (https://cchc.soctrang.gov.vn/)', 'Tin, bài', '9', ''],
    ['', 'Số lượng tin, bài viết, phóng sự đã đăng tại Chuyên mục CCHC trên Trang Thông tin điện tử của đơn vị', 'Tin, bài', '22 bài viết', ''],
    ['', 'Có thực hiện tuyên truyền CCHC thường xuyên thông qua phương tiện truyền thông (báo, đài, website, zalo, ...)', 'Tin, bài', '', ''],
    ['', 'Có thực hiện tuyên truyền CCHC thường xuyên thông qua các cuộc họp, hội nghị, hội thi, hội diễn, ...', 'Có = 1 Không = 0', '1', ''],
    ['4', 'Thực hiện nhiệm vụ UBND tỉnh giao', '', '', ''],
    ['', 'Tổng số nhiệm vụ được giao', 'Nhiệm vụ', '12', ''],
    ['', 'Số nhiệm vụ đã hoàn thành đúng hạn', 'Nhiệm vụ', '12', ''],
    ['', 'Số nhiệm vụ đã hoàn thành nhưng quá hạn', 'Nhiệm vụ', '0', ''],
    ['5', 'Có sáng kiến, giải pháp mới về CCHC', 'Không = 0; Có = 1', '1', ''],
    ['6', 'Thực hiện khen thưởng về kết quả CCHC', 'Không = 0; Có = 1', '1', ''],
    ['7', 'Khảo sát sự hài lòng của người dân, tổ chức', '', '', ''],
    ['', 'Số lượng phiếu khảo sát', 'Số lượng', '986', ''],
    ['', 'Hình thức khảo sát', 'Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2', '0', ''],
    ['', 'Tỷ lệ hài lòng trong kỳ báo cáo', '%', '100', ''],
    ['6', 'Tổ chức đối thoại của lãnh đạo với người dân, doanh nghiệp', 'Có = 1 Không = 0', '0', ''],
    ['7', 'Việc chấp hành Chỉ thị 10 của Chủ tịch UBND tỉnh và Chỉ thị 10, Chỉ thị 26 của Thủ tướng Chính phủ về kỷ luật, kỷ cương hành chính', 'Tốt = 1 Có vi phạm = 0', '1', ''],
    ['8', 'Kết quả thực hiện nhiệm vụ khác (nếu có)', '', '', ''],
    ['II', 'Cải cách thể chế', '', '', ''],
    ['1', 'Số VBQPPL đã ban hành', 'Văn bản', '0', ''],
    ['', 'Số VBQPPL được ban hành đúng tiến độ', 'Văn bản', '0', ''],
    ['', 'Số VBQPPL được ban hành đúng quy trình, thủ tục theo quy định', 'Văn bản', '0', ''],
    ['2', 'Kiểm tra và tự kiểm tra, xử lý VBQPPL', '', '', ''],
    ['', 'Số VBQPPL tự kiểm tra theo thẩm quyền', 'Văn bản', '0', ''],
    ['', 'Số VBQPPL phát hiện trái pháp luật', 'Văn bản', '0', ''],
    ['', 'Số VBQPPL phát hiện trái pháp luật đã được xử lý', 'Văn bản', '0', ''],
    ['', 'Số VBQPPL kiểm tra theo thẩm quyền', 'Văn bản', '8', 'Quyết định quy định quy chế thực hiện dân chủ ở cơ sở của Phường 1, 2, 4, 5, 7, 8, 9 và 10'],
    ['', 'Số VBQPPL phát hiện trái pháp luật', 'Văn bản', '0', ''],
    ['', 'Số VBQPPL phát hiện trái pháp luật đã được xử lý', 'Văn bản', '0', ''],
    ['3', 'Rà soát VBQPPL', '', '', ''],
    ['', 'Số VBQPPL phải rà soát', 'Văn bản', '45', 'Rà soát hệ thống hóa văn bản Quy phạm pháp luật kỳ 2019 - 2023'],
    ['', 'Số VBQPPL đã rà soát', 'Văn bản', '45', ''],
    ['', 'Số VBQPPL đã kiến nghị xử lý sau kiểm tra, rà soát', 'Văn bản', '0', ''],
    ['', 'Số VBQPPL có kiến nghị xử lý đã được xử lý xong', 'Văn bản', '0', ''],
    ['', 'Thực hiện công tác phổ biến giáo dục pháp luật', 'Không = 0; Có = 1', '1', ''],
    ['', 'Số lượng văn bản đã tuyên truyền', 'Văn bản', '', 'Tuyên truyền một số quy định của pháp luật về xử lý vi phạm hành chính'],
    ['III', 'Cải cách thủ tục hành chính', '', '', ''],
    ['', 'Kiểm soát TTHC', 'Không = 0; Có = 1', '1', 'Kế hoạch số 10/KH-UBND ngày 19/01/2024 về việc thực hiện công tác kiểm soát thủ tục hành chính năm 2024'],
    ['', 'Số lượng TTHC thực hiện rà soát', 'TTHC', '1', 'TTHC: Chuyển mục đích sử dụng đất phải được phép của cơ quan nhà nước có thẩm quyền đối với hộ gia đình, cá nhân'],
    ['1', 'Kế hoạch rà soát TTHC', 'Có = 1 Không = 0', '1', 'Kế hoạch số 11/KH-UBND ngày 19/01/2024 về việc rà soát, đánh giá thủ tục hành chính năm 2024 trên địa bàn thành phố Sóc Trăng'],
    ['', 'Đơn giản hóa TTHC', 'Không = 0; Có = 1', '1', 'Chưa đến thời hạn báo cáo'],
    ['', 'Rút ngắn thời gian giải quyết so với quy định', 'Thủ tục', '2', 'Lĩnh vực hoạt động xây dựng'],
    ['', 'Giảm thành phần hồ sơ', 'Thủ tục', '0', ''],
    ['', 'Khác', 'Thủ tục', '0', ''],
    ['2', 'Thống kê TTHC', '', '', ''],
    ['', 'Số TTHC được công bố mới', 'Thủ tục', '14', ''],
    ['', 'Số TTHC đã được bãi bỏ, thay thế', 'Thủ tục', '45', ''],
    ['', 'Tổng số TTHC đang có hiệu lực:', 'Thủ tục', '', ''],
    ['', '- Số TTHC áp dụng tại UBND cấp huyện:', 'Thủ tục', '287', ''],
    ['', '- Số TTHC áp dụng tại UBND cấp xã:', 'Thủ tục', '129', ''],
    ['4', 'Có thực hiện niêm yết địa chỉ tiếp nhận phản ánh kiến nghị của cá nhân, tổ chức đối với TTHC thuộc thẩm quyền giải quyết', 'Có = 1 Không = 0', '1', ''],
    ['', 'Số lượng ý kiến đã tiếp nhận', 'Ý kiến', '1', ''],
    ['', 'Số lượng ý kiến đã giải quyết', 'Ý kiến', '1', ''],
    ['5', 'Thực hiện cơ chế một cửa, một cửa liên thông', '', '', ''],
    ['', 'Số TTHC liên thông cùng cấp', 'Thủ tục', '287', ''],
    ['', 'Số TTHC liên thông giữa các cấp chính quyền', 'Thủ tục', '287', ''],
    ['', 'Tỷ lệ quy trình nội bộ giải quyết TTHC đã được điện tử hóa', '%', '', ''],
    ['6', 'Kết quả giải quyết TTHC', '', '', ''],
    ['', 'Số hồ sơ TTHC do UBND cấp huyện tiếp nhận', 'Hồ sơ', '16.865', ''],
    ['', 'Số hồ sơ TTHC do UBND cấp huyện giải quyết và trả kết quả', '', '16.637', 'còn 228 hồ sơ đang giải quyết'],
    ['', 'Số hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn', 'Hồ sơ', '16.369', ''],
    ['', 'Số hồ sơ TTHC do UBND cấp xã tiếp nhận', 'Hồ sơ', '14.654', ''],
    ['', 'Số hồ sơ TTHC do UBND cấp xã giải quyết và trả kết quả', 'Hồ sơ', '14.654', ''],
    ['', 'Số hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn', 'Hồ sơ', '14.537', 'Còn 77 hồ sơ đang giải quyết'],
]

T9 = {
    "title": "Bảng 2. Số liệu chỉ tiêu cải cách hành chính năm 2024",
    "header_src": [["TT", "TÊN CHỈ TIÊU", "ĐƠN VỊ TÍNH", "Số lượng/ tỷ lệ", "Ghi chú"]],
    "rows_src": T9_ROWS, "kinds": ["group" if r[0] in ("I", "II", "III") else "data" for r in T9_ROWS],
    "widths": [1.0, 6.4, 2.4, 1.9, 4.3], "size": 10, "left": (1, 4),
}

T10 = {
    "title": "Bảng 1. Danh sách cán bộ, công chức đầu mối thực hiện cải cách hành chính",
    "header_src": [["STT", "Nội dung", "Họ tên", "Chức vụ", "Trình độ chuyên môn", "Email/điện thoại"]],
    "rows_src": [
        ["1", "Lãnh đạo phụ trách cải cách hành chính", "Trần Văn Trí", "CT. UBND TPST", "",
         "tvtri@soctrang.gov.vn"],
        ["2", "Công chức phụ trách tham mưu cải cách hành chính", "Trần Thị Thu Suong", "Trưởng phòng Nội vụ", "",
         "suongnv@gmail.com"],
        ["3", "Công chức phụ trách Bộ phận một cửa", "Trương Xuân Anh Khoa", "Phó chánh Văn phòng HĐND – UBND TPST",
         "", "txakhoa@soctrang.gov.vn"],
        ["4", "Nhân viên phụ trách tham mưu CNTT", "Nguyễn Bá Khang", "Nhân viên VP. HĐND – UBND TPST", "",
         "nbkhang@soctrang.gov.vn"],
    ],
    "kinds": ["data"] * 4, "widths": [1.0, 4.0, 2.6, 3.0, 1.9, 3.5], "size": 10, "left": (1, 2, 3, 5),
}

_YRS = list(range(2016, 2022))
T11 = {
    "title": "Bảng 2. Tỷ lệ điểm các Chỉ số thành phần trong Chỉ số CCHC tỉnh Sóc Trăng giai đoạn 2016 - 2021",
    "header_src": [["TT", "Chỉ số thành phần"] + ["Tỷ lệ điểm đạt được qua các năm"] * 6,
                   ["TT", "Chỉ số thành phần"] + [f"Năm {y}" for y in _YRS]],
    "rows_src": [
        ["1", "Công tác chỉ đạo, điều hành cải cách hành chính", "79.41%", "79.40%", "88.10%", "86.00%", "87.65%",
         "97.87%"],
        ["2", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật", "93.33%", "85.60%", "90.90%", "91.90%",
         "90.10%", "91.70%"],
        ["3", "Cải cách thủ tục hành chính", "83.33%", "77.50%", "80.70%", "83.86%", "90.74%", "97.91%"],
        ["4", "Cải cách tổ chức bộ máy hành chính nhà nước", "65.38%", "72.70%", "78.60%", "76.08%", "91.65%",
         "92.96%"],
        ["5", "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức", "47.37%", "59.00%", "77.80%",
         "82.86%", "88.00%", "76.89%"],
        ["6", "Cải cách tài chính công", "62.50%", "74.60%", "61.30%", "70.08%", "83.42%", "91.91%"],
        ["7", "Hiện đại hóa hành chính", "30.56%", "66.40%", "70.70%", "80.54%", "81.80%", "85.25%"],
        ["8", "Thực hiện cơ chế một cửa, một cửa liên thông", "56.25%^3", "-", "-", "-", "-", "-"],
        ["9", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", "80.14%",
         "87.10%", "83.00%", "86.44%", "73.75%", "74.66%"],
    ],
    "kinds": ["data"] * 9, "widths": [0.9, 5.6] + [1.6] * 6, "size": 9,
    "rec": {"mode": "en", "cols": {3 + i: ("ratio", y) for i, y in enumerate(_YRS)}},
}

_T12_CELLS = {}
for _r0, (_m, _y) in enumerate([("points", 2023), ("ratio", 2023), ("rank", 2023), ("points", 2022),
                                 ("ratio", 2022), ("rank", 2022)], 1):
    for _c in range(2, 7):
        _T12_CELLS[(_r0, _c)] = (_m, _y)
_TD = "Điểm đánh giá tác động của CCHC"
T12 = {
    "title": "Bảng 1. Cơ cấu kết quả Chỉ số cải cách hành chính tỉnh Sóc Trăng năm 2023 so với năm 2022",
    "header_src": [["PAR Index", "Điểm thẩm định", _TD, _TD, _TD, "Kết quả chung"],
                   ["PAR Index", "Điểm thẩm định", "Chỉ số SIPAS", "Khảo sát CC, LĐ quản lý", "Tác động PT KT-XH",
                    "Kết quả chung"]],
    "rows_src": [
        ["Điểm năm 2023", "51,61", "8,19", "18,44", "3,47", "81,70"],
        ["Tỷ lệ năm 2023", "83,92%", "81,80%", "83,82%", "53,38%", "81,70%"],
        ["Xếp hạng năm 2023", "61/63", "35/63", "21/63", "24/28^1", "18/63"],
        ["Điểm năm 2022", "52,07", "8,39", "18,23", "4,46", "83,14"],
        ["Tỷ lệ năm 2022", "84,67%", "83,90%", "82,86%", "68,62%", "83,14%"],
        ["Xếp hạng năm 2022", "55/63", "16/63", "14/63", "42/59^2", "49/63"],
        ["Tăng/ Giảm (%)", "-0.75%", "-2.10%", "0.96%", "-15.24%", "-1.44%"],
    ],
    "kinds": ["data"] * 7, "widths": [3.2, 2.4, 2.3, 2.6, 2.4, 2.4], "size": 9.5, "left": (0,),
    "rec": {"mode": "vn", "cells": _T12_CELLS},
}

DOCS = [
    ("h7_par2023_soctrang_phuluc", "docx", [
        ("h", "BÁO CÁO PHÂN TÍCH KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA TỈNH SÓC TRĂNG"),
        ("p", "Báo cáo PAR Index năm 2023 của Bộ Nội vụ cho thấy tỉnh có 04/08 lĩnh vực cải thiện tỷ lệ điểm "
              "và 04/08 lĩnh vực sụt giảm so với năm 2022. Chi tiết các lĩnh vực như sau:"),
        ("t", T1),
        ("fn", "1", "Nhiều đơn vị trùng tỷ lệ, vị trí xếp hạng"),
        ("p", "Tổng điểm điều tra xã hội học chưa đạt so với điểm chuẩn là 5,3775 điểm. " + FILL),
        ("t", T2),
        ("p", "Các tiêu chí có giá trị thấp cần được các cơ quan chủ trì phân tích nguyên nhân và đề ra giải pháp "
              "khắc phục trong năm tiếp theo. " + FILL * 3),
        ("section", "landscape"),
        ("p", "Phụ lục kèm theo: thống kê chất lượng đội ngũ cán bộ, công chức cấp xã."),
        ("t", T3),
        ("p", "Ghi chú: số liệu do Ủy ban nhân dân cấp huyện tổng hợp và báo cáo về Sở Nội vụ."),
    ]),
    ("h7_sipas2023_soctrang", "docx", [
        ("h", "KẾT QUẢ ĐO LƯỜNG SỰ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2023"),
        ("p", "Chỉ số Sipas năm 2023 tỉnh Sóc Trăng đạt 81,65%, xếp hạng 37/63 tỉnh, thành phố. Kết quả được tổng "
              "hợp từ ý kiến của 558 người dân, doanh nghiệp trong tỉnh."),
        ("t", T4),
        ("p", "Mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách tăng 4,99% và 12 bậc. "
              "Kết quả chi tiết theo từng tiêu chí được thể hiện tại bảng sau."),
        ("t", T5),
        ("p", "Những tiêu chí mong đợi được thống kê theo thứ tự ưu tiên mong đợi rất nhiều từ cao đến thấp."),
        ("t", T6),
        ("p", "Trên cơ sở kết quả đo lường, các cơ quan, đơn vị cần tập trung cải thiện những tiêu chí còn thấp. "
              + FILL),
    ]),
    ("h7_sipas_cchc_2021_donvi", "reportlab", [
        ("h", "BÁO CÁO KẾT QUẢ XÁC ĐỊNH CHỈ SỐ CCHC VÀ CHỈ SỐ SIPAS NĂM 2021"),
        ("p", "Giá trị trung bình Chỉ số Sipas năm 2021 của các cơ quan, đơn vị trên địa bàn tỉnh đạt 94,06%, "
              "tăng 1,67% so với năm 2020. " + FILL * 4),
        ("p", "Tỷ lệ điểm Sipas là tiêu chí trong Chỉ số CCHC, chiếm 15% tổng điểm tối đa của Chỉ số CCHC. "
              "Kết quả cụ thể như sau:"),
        ("t", T7),
        ("p", "Trong năm 2021, 100% (40/40) đơn vị tham gia Chỉ số CCHC đều có tỷ lệ Chỉ số từ 60% trở lên. "
              "Kết quả xếp loại được phân theo các nhóm như sau:"),
        ("t", T8),
        ("p", "Giá trị trung bình Chỉ số CCHC của 40 đơn vị năm 2021 đạt 80,48%, tăng 0,09% so với năm 2020."),
    ]),
    ("h7_baocao_cchc_2024_tpst", "docx", [
        ("h", "BÁO CÁO CÔNG TÁC CẢI CÁCH HÀNH CHÍNH QUÝ I NĂM 2024 CỦA THÀNH PHỐ SÓC TRĂNG"),
        ("p", "Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh, Ủy ban nhân dân thành phố báo cáo thông tin đầu mối "
              "và số liệu cải cách hành chính như sau:"),
        ("t", T10),
        ("p", "Số liệu chỉ tiêu cải cách hành chính được tổng hợp lũy kế đến thời điểm báo cáo."),
        ("t", T9),
        ("p", "Ủy ban nhân dân thành phố Sóc Trăng kính báo cáo Ủy ban nhân dân tỉnh, Sở Nội vụ theo dõi."),
    ]),
    ("h7_de_an_cchc_2022", "reportlab", [
        ("h", "ĐỀ ÁN NÂNG CAO CHỈ SỐ CẢI CÁCH HÀNH CHÍNH TỈNH SÓC TRĂNG"),
        ("p", "Cơ cấu Chỉ số cải cách hành chính của tỉnh gồm 04 thành phần: điểm thẩm định, điểm SIPAS, khảo "
              "sát công chức, lãnh đạo quản lý và tác động phát triển kinh tế - xã hội."),
        ("t", T12),
        ("fn", "1", "Nhiều đơn vị trùng tỷ lệ, vị trí xếp hạng"),
        ("fn", "2", "Nhiều đơn vị trùng tỷ lệ, vị trí xếp hạng"),
        ("p", "Tỷ lệ điểm các Chỉ số thành phần qua các năm của giai đoạn trước được tổng hợp như sau. " + FILL),
        ("t", T11),
        ("fn", "3", "Chỉ thực hiện đánh giá trong năm 2016"),
        ("p", "Giai đoạn 2016 - 2021, tỉnh đã cải thiện 15 bậc xếp hạng so với thời điểm bắt đầu triển khai."),
    ]),
]


def main() -> None:
    tot_t = tot_c = tot_r = 0
    for name, producer, spec in DOCS:
        exp = finish(name, spec, producer)
        nt = len(exp["tables"])
        nc = sum(len(r) for t in exp["tables"] for r in t["rows"])
        tot_t, tot_c, tot_r = tot_t + nt, tot_c + nc, tot_r + len(exp["records"])
        print(f"{name}: {producer}, {exp['n_pages']} pages, tables {nt}, body cells {nc}, "
              f"records {len(exp['records'])}, pages {[t['pages'] for t in exp['tables']]}")
    print(f"TOTAL tables {tot_t}, body cells {tot_c}, records {tot_r}")


if __name__ == "__main__":
    main()
