#!/usr/bin/env python
"""Build the holdout2 PDFs (independent layout code) and their expected JSON.

Run: .venv/bin/python benchmarks/holdout2/build.py
Data: rows copied from /work/shared/seeds (000, 001, 003, 004); accents of OCR'd
seed-003 unit names restored by hand.
"""
import json, os, re, unicodedata
from xml.sax.saxutils import escape
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_JUSTIFY
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, PageBreak
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

HERE = os.path.dirname(os.path.abspath(__file__))
SEEDS = "/work/shared/seeds"
DJ = "/usr/share/fonts/truetype/dejavu/"
LB = "/usr/share/fonts/truetype/liberation2/"
FONTS = {
    "DejaVuSans": (DJ + "DejaVuSans.ttf", DJ + "DejaVuSans-Bold.ttf"),
    "DejaVuSerif": (DJ + "DejaVuSerif.ttf", DJ + "DejaVuSerif-Bold.ttf"),
    "LiberationSans": (LB + "LiberationSans-Regular.ttf", LB + "LiberationSans-Bold.ttf"),
    "LiberationSerif": (LB + "LiberationSerif-Regular.ttf", LB + "LiberationSerif-Bold.ttf"),
}
for name, (reg, bold) in FONTS.items():
    pdfmetrics.registerFont(TTFont(name, reg))
    pdfmetrics.registerFont(TTFont(name + "-B", bold))
    pdfmetrics.registerFontFamily(name, normal=name, bold=name + "-B", italic=name, boldItalic=name + "-B")


def norm(s):
    return unicodedata.normalize("NFC", " ".join(str(s).split()))


class PTable(Table):
    """Table that records the pages it is drawn on."""
    def drawOn(self, canv, x, y, _sW=0):
        self._rec.add(canv.getPageNumber())
        return Table.drawOn(self, canv, x, y, _sW)

    def split(self, aW, aH):
        parts = Table.split(self, aW, aH)
        for p in parts:
            p._rec = self._rec
        return parts


def para(text, font, size, bold=False, align=TA_LEFT):
    st = ParagraphStyle("c", fontName=font + ("-B" if bold else ""), fontSize=size,
                        leading=size * 1.22, alignment=align)
    return Paragraph(escape(text), st)


def make_table(spec):
    """spec: font,size,header(list rows, None = covered by span),hspans[(c0,r0,c1,r1)],
    rows,bspans (body coords, rows 0-based within body),kinds,widths,style('grid'|'hrules'),
    repeat(bool), align(list per col)"""
    font, size = spec["font"], spec["size"]
    H, R = spec["header"], spec["rows"]
    nh, ncol = len(H), len(H[0])
    aligns = spec.get("align") or [TA_LEFT] * ncol
    data = []
    for r in H:
        data.append([para(c, font, size, True, TA_CENTER) if c is not None else "" for c in r])
    for i, r in enumerate(R):
        b = spec["kinds"][i] in ("group", "total")
        data.append([para(c, font, size, b, aligns[j]) if c else "" for j, c in enumerate(r)])
    t = PTable(data, colWidths=spec["widths"], repeatRows=nh if spec.get("repeat") else 0)
    t._rec = set()
    cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    if spec.get("style", "grid") == "grid":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
    else:  # horizontal rules only + outer frame
        cmds += [("BOX", (0, 0), (-1, -1), 0.8, colors.black),
                 ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.black),
                 ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 1.0, colors.black)]
    if spec.get("shade"):
        cmds.append(("BACKGROUND", (0, 0), (-1, nh - 1), colors.HexColor("#e8e8e8")))
    for (c0, r0, c1, r1) in spec.get("hspans", []):
        cmds.append(("SPAN", (c0, r0), (c1, r1)))
    for (c0, r0, c1, r1) in spec.get("bspans", []):
        cmds.append(("SPAN", (c0, r0 + nh), (c1, r1 + nh)))
    t.setStyle(TableStyle(cmds))
    return t


def expected_table(spec):
    H = [list(r) for r in spec["header"]]
    for (c0, r0, c1, r1) in spec.get("hspans", []):
        v = H[r0][c0]
        for r in range(r0, r1 + 1):
            for c in range(c0, c1 + 1):
                H[r][c] = v
    R = [list(r) for r in spec["rows"]]
    for (c0, r0, c1, r1) in spec.get("bspans", []):
        v = R[r0][c0]
        for r in range(r0, r1 + 1):
            R[r][c0] = v
            for c in range(c0 + 1, c1 + 1):
                R[r][c] = ""
    return {"title": norm(spec["caption"]) if spec.get("caption") else None,
            "header": [[norm(c or "") for c in r] for r in H],
            "rows": [[norm(c or "") for c in r] for r in R],
            "row_kinds": list(spec["kinds"])}


def body_style(font, size):
    return ParagraphStyle("b", fontName=font, fontSize=size, leading=size * 1.35, alignment=TA_JUSTIFY,
                          spaceAfter=4)


def cap_style(font, size):
    return ParagraphStyle("cap", fontName=font + "-B", fontSize=size, leading=size * 1.3,
                          alignment=TA_CENTER, spaceBefore=6, spaceAfter=5)


def build(name, pagesize, story_items, specs):
    path = os.path.join(HERE, name + ".pdf")
    doc = SimpleDocTemplate(path, pagesize=pagesize, leftMargin=20 * mm, rightMargin=15 * mm,
                            topMargin=18 * mm, bottomMargin=18 * mm, title=name)
    tables = []
    story = []
    for it in story_items:
        if isinstance(it, dict):
            t = make_table(it)
            tables.append((it, t))
            story.append(t)
        else:
            story.append(it)
    page_count = {"n": 0}

    def onpage(canv, d):
        page_count["n"] = max(page_count["n"], canv.getPageNumber())
        canv.setFont("DejaVuSans", 8)
        canv.drawCentredString(pagesize[0] / 2, 10 * mm, str(canv.getPageNumber()))
    doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    exp = {"doc": name + ".pdf", "n_pages": page_count["n"], "tables": []}
    for i, (spec, t) in enumerate(tables, 1):
        e = expected_table(spec)
        exp["tables"].append({"table": i, "pages": sorted(t._rec), **e})
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(exp, fh, ensure_ascii=False, indent=1)
    print(name, exp["n_pages"], "pages;", [(x["table"], x["pages"], len(x["rows"])) for x in exp["tables"]])


def seed_lines(prefix):
    fn = [f for f in os.listdir(SEEDS) if f.startswith(prefix)][0]
    with open(os.path.join(SEEDS, fn), encoding="utf-8") as fh:
        return fh.read().split("\n")


# ---------------------------------------------------------------- documents
C, L = TA_CENTER, TA_LEFT


def doc_ppi_channels():
    """Seed 000: 'CHỈ SỐ NHẬN ĐỊNH, ĐÁNH GIÁ' channel/participation rows (vertically merged
    first column, two-row header), then seed 004 group means on page 2 with no caption."""
    L0 = seed_lines("000")
    i0 = next(i for i, l in enumerate(L0) if l.startswith("Kênh thông tin ND"))
    rows, spans, cur, start = [], [], None, 0
    for l in L0[i0:]:
        if l.startswith("Mức độ phù hợp của các hình thức giải quyết") or not l.strip():
            break
        f = l.split("\t")
        f += [""] * (4 - len(f))
        if f[0]:
            if cur is not None and len(rows) - 1 > start:
                spans.append((0, start, 0, len(rows) - 1))
            cur, start = f[0], len(rows)
        rows.append([cur if f[0] else "", f[1], f[2], f[3]])
    if len(rows) - 1 > start:
        spans.append((0, start, 0, len(rows) - 1))
    # stop after the 'Suy nghĩ ... phiền hà' block (keep the table to ~21 rows)
    keep = next(i for i, r in enumerate(rows) if r[0].startswith("Suy nghĩ của ND về việc đưa tiền"))
    rows = rows[:keep]
    spans = [s for s in spans if s[3] < keep]
    t1 = {"caption": "Chỉ số nhận định, đánh giá của người dân tỉnh Sóc Trăng",
          "font": "DejaVuSerif", "size": 10,
          "header": [["Tiêu chí", None, "Tỷ lệ đánh giá", None], [None, None, "Năm 2023", "Năm 2022"]],
          "hspans": [(0, 0, 1, 1), (2, 0, 3, 0)],
          "rows": rows, "bspans": spans, "kinds": ["data"] * len(rows),
          "widths": [48 * mm, 72 * mm, 22 * mm, 22 * mm], "align": [L, L, C, C]}
    gm = [["Sở ngành", "81.71%", "77.16%", "74.89%", "72.12%", "71.51%", "58.16%"],
          ["UBND cấp huyện", "79.73%", "76.97%", "71.43%", "72.44%", "73.94%", "52.95%"],
          ["Cơ quan ngành dọc", "83.12%", "79.51%", "72.62%", "64.23%", "-", "-"],
          ["Đơn vị sự nghiệp công lập tỉnh", "73.96%", "70.37%", "71.48%", "66.14%", "59.19%", "47.30%"]]
    t2 = {"caption": None, "font": "DejaVuSans", "size": 11,
          "header": [["Nhóm đơn vị", "Giá trị trung bình Chỉ số CCHC", None, None, None, None, None],
                     [None, "2021", "2020", "2019", "2018", "2017", "2016"]],
          "hspans": [(0, 0, 0, 1), (1, 0, 6, 0)], "rows": gm, "kinds": ["data"] * 4,
          "widths": [50 * mm] + [19 * mm] * 6, "align": [L] + [C] * 6, "shade": True}
    bs = body_style("DejaVuSerif", 11)
    story = [Paragraph("Kết quả cụ thể của từng tiêu chí trong nội dung này đạt được như sau:", bs),
             Paragraph(escape(t1["caption"]), cap_style("DejaVuSerif", 11)), t1,
             Spacer(1, 4 * mm),
             Paragraph("Ghi chú: ND là người dân; CS là chính sách; CQNN là cơ quan nhà nước.", bs),
             PageBreak(), t2, Spacer(1, 4 * mm),
             Paragraph("Giá trị trung bình của nhóm cơ quan ngành dọc tăng qua các năm.", bs)]
    build("ppi_channels_2023", A4, story, [t1, t2])


def doc_decisions():
    """Seed 000 Phụ lục 2: text-heavy decisions table, portrait, 9 pt Liberation Serif,
    runs over page breaks with the header repeated; body cells merged down rows 1-3."""
    L0 = seed_lines("000")
    i0 = next(i for i, l in enumerate(L0) if l.startswith("Số TT\tSố Quyết định"))
    hdr = L0[i0].split("\t")
    rows = []
    for l in L0[i0 + 1:]:
        if l.startswith("..."):
            break
        if not l.strip():
            continue
        f = l.split("\t")
        f += [""] * (6 - len(f))
        if f[0]:
            rows.append(f[:6])
        else:  # continuation of the previous row after a page break in the source
            for j in range(6):
                if f[j].strip():
                    rows[-1][j] = (rows[-1][j] + " " + f[j]).strip()
    rows = rows[:14]
    # in the source, cells of rows 1-3 (Sở Công Thương) are one merged block
    rows[0][4] = "Sở Công Thương"
    rows[1][4] = ""
    t = {"caption": "Danh mục các quyết định công bố TTHC trễ hạn theo quy định trong năm 2023",
         "font": "LiberationSerif", "size": 9,
         "header": [hdr], "rows": rows, "kinds": ["data"] * len(rows),
         "bspans": [(4, 0, 4, 2)], "repeat": True,
         "widths": [10 * mm, 52 * mm, 16 * mm, 36 * mm, 26 * mm, 35 * mm], "align": [C, L, C, L, L, L]}
    bs = body_style("LiberationSerif", 11)
    story = [Paragraph("<b>Phụ lục 2</b>", ParagraphStyle("pl", parent=bs, alignment=TA_CENTER)),
             Paragraph(escape(t["caption"]), cap_style("LiberationSerif", 11)), t,
             Spacer(1, 4 * mm),
             Paragraph("Danh mục gồm các quyết định do Văn phòng UBND tỉnh tổng hợp.", bs)]
    build("decisions_late_2023", A4, story, [t])


def doc_commune_quality():
    """Seed 000 Phụ lục 5: landscape, 3-row merged header, bold A/B group rows, bold TỔNG CỘNG."""
    L0 = seed_lines("000")
    i0 = next(i for i, l in enumerate(L0) if l.startswith("<b>A</b>\t<b>CÁN BỘ"))
    rows, kinds = [], []
    for l in L0[i0:]:
        if not l.strip():
            continue
        if l.startswith("T T\t") or l.startswith("\t\t\t") or l.startswith("1\t2\t3"):
            continue
        f = [re.sub(r"</?b>", "", x).strip() for x in l.split("\t")]
        if l.startswith("<b>B CÔNG CHỨC"):
            f = ["B", "CÔNG CHỨC"] + f[1:]
        f = f[:18] + [""] * (18 - len(f[:18]))
        k = "total" if "TỔNG CỘNG" in l else ("group" if "<b>" in l else "data")
        rows.append(f)
        kinds.append(k)
        if k == "total":
            break
    lv = ["THCS", "THPT", "TNC3"]
    cm = ["Chưa qua đào tạo", "Sơ cấp", "Trung cấp", "Cao đẳng", "Đại học", "Sau Đại học"]
    ll = ["Chưa qua đào tạo", "Sơ cấp", "Trung cấp", "Cao cấp"]
    last = ["Số người đạt chuẩn theo quy định", "Tỷ lệ đạt chuẩn theo quy định"]
    h1 = ["TT", "Chức danh", "Số lượng", "Trình độ"] + [None] * 12 + last
    h2 = [None, None, None, "Học vấn", None, None, "Chuyên môn"] + [None] * 5 + ["Lý luận chính trị", None, None, None, None, None]
    h3 = [None, None, None] + lv + cm + ll + [None, None]
    hs = [(0, 0, 0, 2), (1, 0, 1, 2), (2, 0, 2, 2), (3, 0, 15, 0), (16, 0, 16, 2), (17, 0, 17, 2),
          (3, 1, 5, 1), (6, 1, 11, 1), (12, 1, 15, 1)]
    w = [9 * mm, 52 * mm, 15 * mm] + [11 * mm] * 3 + [14 * mm, 11 * mm, 13 * mm, 13 * mm, 13 * mm, 13 * mm] \
        + [14 * mm, 11 * mm, 13 * mm, 12 * mm] + [18 * mm, 18 * mm]
    t = {"caption": "Thống kê chất lượng cán bộ, công chức cấp xã năm 2023 theo từng chức danh",
         "font": "LiberationSans", "size": 9, "header": [h1, h2, h3], "hspans": hs,
         "rows": rows, "kinds": kinds, "widths": w, "align": [C, L] + [C] * 16}
    bs = body_style("LiberationSans", 10)
    story = [Paragraph(escape(t["caption"]), cap_style("LiberationSans", 11)), t,
             Spacer(1, 3 * mm),
             Paragraph("Nguồn: Sở Nội vụ tổng hợp từ báo cáo của UBND các huyện, thị xã, thành phố.", bs)]
    build("commune_quality_2023", landscape(A4), story, [t])


def doc_city_indicators():
    """Seed 001: contact table (full grid) and the indicator table sections IV-VII
    (horizontal rules + outer frame only, over page breaks without repeated header)."""
    L1 = seed_lines("001")
    i0 = next(i for i, l in enumerate(L1) if l.startswith("STT\tNội dung\tHọ tên"))
    contact = []
    for l in L1[i0 + 1:]:
        if not l.strip():
            break
        f = l.split("\t")
        contact.append(f + [""] * (6 - len(f)))
    t1 = {"caption": "Thông tin liên hệ của cơ quan, đơn vị",
          "font": "DejaVuSans", "size": 9,
          "header": [["STT", "Nội dung", "Họ tên", "Chức vụ", "Trình độ chuyên môn", "Email/điện thoại"]],
          "rows": contact, "kinds": ["data"] * len(contact),
          "widths": [10 * mm, 45 * mm, 30 * mm, 32 * mm, 22 * mm, 40 * mm], "align": [C, L, L, L, L, L]}
    i1 = next(i for i, l in enumerate(L1) if l.startswith("IV\tCải cách tổ chức bộ máy"))
    rows, kinds, spans = [], [], []
    for l in L1[i1:]:
        if l.startswith("VII\t"):
            break
        if not l.strip():
            continue
        f = l.split("\t")
        f = (f + [""] * 5)[:5]
        if re.fullmatch(r"[IVX]+", f[0].strip()):
            kinds.append("group")
            spans.append((1, len(rows), 4, len(rows)))
        else:
            kinds.append("data")
        rows.append(f)
    t2 = {"caption": "Thống kê số liệu và kết quả thực hiện công tác cải cách hành chính năm 2024",
          "font": "LiberationSans", "size": 10, "style": "hrules",
          "header": [["TT", "TÊN CHỈ TIÊU", "ĐƠN VỊ TÍNH", "Số lượng/ tỷ lệ", "Ghi chú"]],
          "rows": rows, "kinds": kinds, "bspans": spans,
          "widths": [11 * mm, 72 * mm, 27 * mm, 20 * mm, 45 * mm], "align": [C, L, C, C, L]}
    bs = body_style("DejaVuSans", 10)
    story = [Paragraph("Danh sách công chức đầu mối thực hiện công tác cải cách hành chính:", bs),
             Paragraph(escape(t1["caption"]), cap_style("DejaVuSans", 10)), t1,
             Spacer(1, 3 * mm),
             Paragraph("Trình độ chuyên môn chỉ thống kê đối với công chức tham mưu CCHC, CNTT và công chức một cửa.", bs),
             Spacer(1, 3 * mm),
             Paragraph(escape(t2["caption"]), cap_style("LiberationSans", 11)), t2]
    build("city_indicators_2024", A4, story, [t1, t2])


def doc_sipas_units():
    """Seed 003: unit classification (side-by-side columns) and SIPAS result per unit
    (bold group rows, two-row header repeated over the page break). Accents restored."""
    left = [("I", "Sở ngành"), ("1", "Ban Dân tộc"), ("2", "Ban Quản lý các khu công nghiệp"),
            ("3", "Sở Công Thương"), ("4", "Sở Giáo dục và Đào tạo"), ("5", "Sở Giao thông vận tải"),
            ("6", "Sở Kế hoạch và Đầu tư"), ("7", "Sở Khoa học và Công nghệ"),
            ("8", "Sở Lao động - Thương binh và Xã hội"), ("9", "Sở Nội vụ"),
            ("10", "Sở Nông nghiệp và Phát triển nông thôn"), ("11", "Sở Tài chính"),
            ("12", "Sở Tài nguyên và Môi trường"), ("13", "Sở Thông tin và Truyền thông"),
            ("14", "Sở Tư pháp"), ("15", "Sở Văn hóa, Thể thao và Du lịch"), ("16", "Sở Xây dựng"),
            ("17", "Sở Y tế"), ("18", "Thanh tra tỉnh"), ("19", "Văn phòng UBND tỉnh"),
            ("II", "Đơn vị sự nghiệp công lập tỉnh"), ("20", "Ban Quản lý Dự án 1"),
            ("21", "Ban Quản lý Dự án 2"), ("22", "Trường Cao đẳng Cộng đồng Sóc Trăng"),
            ("23", "Trường Cao đẳng Nghề Sóc Trăng")]
    right = [("III", "Cơ quan Trung ương đặt tại tỉnh"), ("24", "Bảo hiểm xã hội"), ("25", "Công an tỉnh"),
             ("26", "Cục Thuế"), ("27", "Chi cục Hải quan"),
             ("28", "Ngân hàng Nhà nước Chi nhánh tỉnh Sóc Trăng"), ("29", "Kho bạc Nhà nước"),
             ("IV", "UBND cấp huyện"), ("30", "Huyện Châu Thành"), ("31", "Huyện Cù Lao Dung"),
             ("32", "Huyện Kế Sách"), ("33", "Huyện Long Phú"), ("34", "Huyện Mỹ Tú"),
             ("35", "Huyện Mỹ Xuyên"), ("36", "Huyện Thạnh Trị"), ("37", "Huyện Trần Đề"),
             ("38", "Thành phố Sóc Trăng"), ("39", "Thị xã Ngã Năm"), ("40", "Thị xã Vĩnh Châu")]
    rows, kinds = [], []
    for i in range(len(left)):
        a = left[i]
        b = right[i] if i < len(right) else ("", "")
        rows.append([a[0], a[1], b[0], b[1]])
        isg = lambda s: bool(re.fullmatch(r"[IVX]+", s))
        kinds.append("group" if isg(a[0]) and (isg(b[0]) or not b[0]) else "data")
    # bold only where both halves are group headings (row kinds are per row)
    t1 = {"caption": "Danh sách cơ quan, đơn vị tham gia xác định Chỉ số CCHC năm 2021",
          "font": "DejaVuSans", "size": 9,
          "header": [["STT", "Đơn vị", "STT", "Đơn vị"]], "rows": rows, "kinds": kinds,
          "widths": [12 * mm, 70 * mm, 12 * mm, 70 * mm], "align": [C, L, C, L]}
    S = [("I", "SỞ NGÀNH", "", ""),
         ("1", "Sở Giáo dục và Đào tạo", "100", "15,00"), ("2", "Sở Kế hoạch và Đầu tư", "100", "15,00"),
         ("3", "Sở Khoa học và Công nghệ", "100", "15,00"),
         ("4", "Sở Lao động, Thương binh và Xã hội", "100", "15,00"), ("5", "Sở Nội vụ", "100", "15,00"),
         ("6", "Sở Thông tin và Truyền thông", "100", "15,00"),
         ("7", "Sở Văn hóa, Thể thao và Du lịch", "100", "15,00"), ("8", "Văn phòng UBND tỉnh", "100", "15,00"),
         ("9", "Sở Công Thương", "99,71", "14,96"), ("10", "Sở Xây dựng", "99,40", "14,91"),
         ("11", "Thanh tra tỉnh", "99,00", "14,85"), ("12", "Sở Y tế", "98,91", "14,84"),
         ("13", "Ban Dân tộc", "97,92", "14,69"), ("14", "Sở Tài nguyên và Môi trường", "97,45", "14,62"),
         ("15", "Sở Nông nghiệp và Phát triển nông thôn", "96,86", "14,53"),
         ("16", "Sở Tài chính", "92,73", "13,91"), ("17", "Sở Giao thông vận tải", "91,00", "13,65"),
         ("18", "Sở Tư pháp", "90,57", "13,59"), ("19", "Ban Quản lý các khu công nghiệp", "87,50", "13,13"),
         ("II", "ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TỈNH", "", ""),
         ("1", "Ban Quản lý Dự án 1", "100,00", "15,00"), ("2", "Ban Quản lý Dự án 2", "100,00", "15,00"),
         ("3", "Trường Cao đẳng Nghề Sóc Trăng", "99,29", "14,89"),
         ("4", "Trường Cao đẳng Cộng đồng Sóc Trăng", "86,67", "13,00"),
         ("III", "CƠ QUAN TRUNG ƯƠNG ĐẶT TẠI TỈNH", "", ""),
         ("1", "Bảo hiểm xã hội", "100", "16,00"),
         ("2", "Ngân hàng Nhà nước Chi nhánh tỉnh Sóc Trăng", "100", "16,00"),
         ("3", "Kho bạc Nhà nước", "99,71", "15,95"), ("4", "Công an tỉnh", "98,00", "15,68"),
         ("5", "Cục Thuế", "95,57", "15,29"), ("6", "Chi cục Hải quan", "94,03", "15,04"),
         ("IV", "UBND CẤP HUYỆN", "", ""),
         ("1", "UBND thị xã Ngã Năm", "100,00", "15,00"), ("2", "UBND huyện Trần Đề", "99,18", "14,88"),
         ("3", "UBND thị xã Vĩnh Châu", "96,73", "14,51"), ("4", "UBND huyện Mỹ Xuyên", "95,32", "14,30"),
         ("5", "UBND huyện Kế Sách", "94,00", "14,10"), ("6", "UBND huyện Mỹ Tú", "92,73", "13,91"),
         ("7", "UBND huyện Cù Lao Dung", "90,82", "13,62"), ("8", "UBND huyện Long Phú", "90,61", "13,59"),
         ("9", "UBND thành phố Sóc Trăng", "89,59", "13,44"),
         ("10", "UBND huyện Châu Thành", "88,95", "13,34"), ("11", "UBND huyện Thạnh Trị", "74,18", "11,13")]
    rows2 = [list(r) for r in S]
    kinds2 = ["group" if re.fullmatch(r"[IVX]+", r[0]) else "data" for r in rows2]
    t2 = {"caption": "Kết quả Chỉ số Sipas năm 2021 của các cơ quan, đơn vị",
          "font": "LiberationSerif", "size": 11, "repeat": True,
          "header": [["STT", "Đơn vị", "Kết quả năm 2021", None], [None, None, "Chỉ số Sipas (%)", "Điểm quy đổi"]],
          "hspans": [(0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 3, 0)],
          "rows": rows2, "kinds": kinds2,
          "widths": [14 * mm, 95 * mm, 30 * mm, 30 * mm], "align": [C, L, C, C]}
    bs = body_style("LiberationSerif", 12)
    story = [Paragraph("Tổng số có 40/40 cơ quan, đơn vị, địa phương tham gia xác định Chỉ số CCHC năm 2021. "
                       "Cụ thể như sau:", bs),
             Paragraph(escape(t1["caption"]), cap_style("LiberationSerif", 12)), t1,
             Spacer(1, 4 * mm),
             Paragraph("Tỷ lệ điểm Sipas là tiêu chí trong Chỉ số CCHC, chiếm 15% tổng điểm tối đa của Chỉ số CCHC. "
                       "Kết quả Chỉ số Sipas năm 2021 cụ thể như sau:", bs),
             Paragraph(escape(t2["caption"]), cap_style("LiberationSerif", 12)), t2]
    build("sipas_units_2021", A4, story, [t1, t2])


if __name__ == "__main__":
    doc_ppi_channels()
    doc_decisions()
    doc_commune_quality()
    doc_city_indicators()
    doc_sipas_units()
