#!/usr/bin/env python
"""Build the holdout9 blind test set: 4 born-digital PDFs resembling Vietnamese public-administration
reports (PAR Index / SIPAS / CCHC), plus `<name>.expected.json` for benchmarks/accuracy.py.

    /work/main/.venv/bin/python benchmarks/holdout9/build.py

Generators: reportlab (A, D), python-docx -> LibreOffice (B), fpdf2 (C).
All table contents come from the data below; the expected JSON is derived from the same data
(never from an extraction).  Only the `pages` of each table is measured afterwards with pdfplumber
(page breaks depend on layout).  Deterministic: fixed random seed, fixed data.
"""

from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
WORK = os.path.join(HERE, "_work")
FONT_DIR = "/usr/share/fonts/truetype/liberation2"
DEJAVU_DIR = "/usr/share/fonts/truetype/dejavu"
RNG = random.Random(20240917)

SUP_RE = re.compile(r"\[\[(\d+)\]\]")  # footnote marker syntax inside cell text: "Tên đơn vị[[1]]"


# ----------------------------------------------------------------------------------------------
# table specification shared by all generators
# ----------------------------------------------------------------------------------------------
class TSpec:
    """One table.  `head` is the header as displayed: a grid of strings where "<" means "merged with
    the cell to the left" and "^" means "merged with the cell above".  `rows` are body rows as printed
    (footnote markers written as [[n]]).  `kinds` one per body row.  `italic` = set of body row indexes
    printed in italics (they stay `data`)."""

    def __init__(self, title, head, rows, kinds=None, italic=(), widths=None, align=None, caption=None,
                 pre_caption=None, note=None):
        self.title = title            # expected title text
        self.caption = caption if caption is not None else title  # printed caption line
        self.pre_caption = pre_caption  # e.g. "Phụ lục 2" printed on its own line above the caption
        self.head = head
        self.rows = rows
        n = len(head[0])
        for r in head:
            assert len(r) == n, (title, r)
        for r in rows:
            assert len(r) == n, (title, r)
        self.kinds = kinds or ["data"] * len(rows)
        assert len(self.kinds) == len(rows)
        self.italic = set(italic)
        self.widths = widths
        self.align = align
        self.note = note
        self.pages = None

    @property
    def ncols(self):
        return len(self.head[0])

    def spans(self):
        """[(r0, c0, r1, c1, text)] for every anchor cell of the header (inclusive bounds)."""
        out = []
        H = self.head
        for r, row in enumerate(H):
            for c, t in enumerate(row):
                if t in ("<", "^"):
                    continue
                c1 = c
                while c1 + 1 < len(row) and row[c1 + 1] == "<":
                    c1 += 1
                r1 = r
                while r1 + 1 < len(H) and all(H[r1 + 1][k] == "^" for k in range(c, c1 + 1)):
                    r1 += 1
                out.append((r, c, r1, c1, t))
        return out

    def expanded_header(self):
        H = [[None] * self.ncols for _ in self.head]
        for r0, c0, r1, c1, t in self.spans():
            for r in range(r0, r1 + 1):
                for c in range(c0, c1 + 1):
                    H[r][c] = t
        assert all(x is not None for row in H for x in row), self.title
        return [[norm(x) for x in row] for row in H]

    def expected(self, i):
        return {
            "table": i,
            "pages": self.pages,
            "title": norm(self.title),
            "header": self.expanded_header(),
            "rows": [[norm(strip_sup(c)) for c in row] for row in self.rows],
            "row_kinds": self.kinds,
        }


def norm(s: str) -> str:
    return unicodedata.normalize("NFC", " ".join(str(s).split()))


def strip_sup(s: str) -> str:
    return SUP_RE.sub("", s)


def vn(x: float, nd: int = 2, pct: bool = False, sign: bool = False) -> str:
    """Vietnamese number formatting: thousands '.', decimals ','."""
    neg = x < 0
    s = f"{abs(x):,.{nd}f}"
    s = s.replace(",", "X").replace(".", ",").replace("X", ".")
    if neg:
        s = "-" + s
    elif sign and x > 0:
        s = "+" + s
    return s + ("%" if pct else "")


def vint(n: int) -> str:
    return vn(n, 0)


# ----------------------------------------------------------------------------------------------
# verification with pdfplumber
# ----------------------------------------------------------------------------------------------
def collapse(s: str) -> str:
    return unicodedata.normalize("NFC", " ".join(s.split()))


def row_probes(row: list[str]) -> list[str]:
    cells = [norm(strip_sup(c)) for c in row]
    probes = []
    # trailing run of short cells (single line, printed next to each other on one text line)
    run = []
    for c in reversed(cells):
        if not c:
            continue
        if len(c) <= 16:
            run.insert(0, c)
        else:
            break
    for k in range(len(run), 1, -1):
        probes.append(" ".join(run[-k:]))
    # leading words of the long cells (first printed line of a wrapped cell)
    if len(cells) > 1 and cells[0] and cells[1]:
        w = cells[1].split()
        for k in range(3, min(len(w), 6) + 1):
            probes.append(cells[0] + " " + " ".join(w[:k]))
    for c in cells:
        w = c.split()
        if len(w) >= 2:
            for k in range(2, min(len(w), 6) + 1):
                probes.append(" ".join(w[:k]))
    return probes


def measure_pages(pdf_path: str, tables: list[TSpec]) -> tuple[int, list[str]]:
    import pdfplumber

    problems = []
    with pdfplumber.open(pdf_path) as pdf:
        texts = [collapse(p.extract_text() or "") for p in pdf.pages]
        n_pages = len(pdf.pages)
    whole = "\n".join(texts)
    if "(cid:" in whole or "\ufffd" in whole:
        problems.append("missing glyphs ((cid:) or U+FFFD) in text layer")
    # glyph / diacritics check: every word of every expected cell must occur in the text layer
    words_in_doc = set(whole.split())
    for t in tables:
        for row in t.rows + t.head:
            for c in row:
                if c in ("<", "^"):
                    continue
                for w in norm(strip_sup(c)).split():
                    if w not in words_in_doc and not any(w in x for x in words_in_doc):
                        problems.append(f"word {w!r} of table {t.title!r} not in text layer")
    for t in tables:
        found = []
        missing = 0
        for ri, row in enumerate(t.rows):
            page = None
            for p in row_probes(row):
                hits = [i for i, tx in enumerate(texts) for _ in re.finditer(re.escape(p), tx)]
                if len(hits) == 1:
                    page = hits[0] + 1
                    break
            if page is None:
                missing += 1
                if ri in (0, len(t.rows) - 1):
                    problems.append(f"table {t.title!r}: first/last body row not located")
            else:
                found.append(page)
        if not found:
            problems.append(f"table {t.title!r}: no row located")
            t.pages = []
            continue
        # a row whose first and last parts are on different pages (split row) is covered by the range
        t.pages = list(range(min(found), max(found) + 1))
        if found != sorted(found):
            problems.append(f"table {t.title!r}: rows located out of order {found}")
        if missing:
            t.missing = missing
    return n_pages, problems


def write_expected(name: str, tables: list[TSpec]) -> dict:
    pdf_path = os.path.join(HERE, name + ".pdf")
    n_pages, problems = measure_pages(pdf_path, tables)
    doc = {"doc": name + ".pdf", "n_pages": n_pages,
           "tables": [t.expected(i + 1) for i, t in enumerate(tables)]}
    with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(doc, fh, ensure_ascii=False, indent=1)
    cells = sum(len(r) for t in tables for r in t.rows)
    print(f"{name}.pdf: {n_pages} pages, {len(tables)} tables, {cells} body cells")
    for i, t in enumerate(tables):
        miss = getattr(t, "missing", 0)
        print(f"   T{i + 1:<2} pages {t.pages}  rows {len(t.rows):>2} x {t.ncols:>2}"
              f"{'  (rows not located: %d)' % miss if miss else ''}  {t.title[:70]}")
    for p in problems:
        print("   PROBLEM:", p)
    return doc


# ----------------------------------------------------------------------------------------------
# reportlab helpers (documents A and D)
# ----------------------------------------------------------------------------------------------
def rl_setup():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.lib.fonts import addMapping

    for fam, d, base in (("LS", FONT_DIR, "LiberationSerif"), ("DS", DEJAVU_DIR, "DejaVuSerif")):
        names = {"": "Regular", "-B": "Bold", "-I": "Italic", "-BI": "BoldItalic"}
        if fam == "DS":
            names = {"": "", "-B": "-Bold", "-I": "-Italic", "-BI": "-BoldItalic"}
        for suf, fn in names.items():
            path = os.path.join(d, f"{base}{('-' + fn) if fam == 'LS' else fn}.ttf")
            pdfmetrics.registerFont(TTFont(fam + suf, path))
        addMapping(fam, 0, 0, fam)
        addMapping(fam, 1, 0, fam + "-B")
        addMapping(fam, 0, 1, fam + "-I")
        addMapping(fam, 1, 1, fam + "-BI")


def rl_markup(s: str) -> str:
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return SUP_RE.sub(lambda m: f"<super>{m.group(1)}</super>", s)


def rl_table(t: TSpec, fam="LS", size=10.0, mode="full", repeat=True, split_in_row=False, pad=3, valign="MIDDLE"):
    from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, Table

    al = {"C": TA_CENTER, "L": TA_LEFT, "R": TA_RIGHT}
    cache = {}

    def st(font, a):
        key = (font, a)
        if key not in cache:
            cache[key] = ParagraphStyle(f"c{len(cache)}{fam}{size}", fontName=font, fontSize=size,
                                        leading=size * 1.22, alignment=al[a])
        return cache[key]

    data = []
    for row in t.head:
        data.append([Paragraph(rl_markup(x), st(fam + "-B", "C")) if x not in ("<", "^") else ""
                     for x in row])
    align = t.align or (["C", "L"] + ["C"] * (t.ncols - 2))
    for i, row in enumerate(t.rows):
        k = t.kinds[i]
        font = fam + "-B" if k in ("group", "total") else (fam + "-I" if i in t.italic else fam)
        data.append([Paragraph(rl_markup(x), st(font, align[c])) for c, x in enumerate(row)])
    nh = len(t.head)
    cmds = [("VALIGN", (0, 0), (-1, -1), valign), ("VALIGN", (0, 0), (-1, len(t.head) - 1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), pad), ("BOTTOMPADDING", (0, 0), (-1, -1), pad + 1),
            ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
    for r0, c0, r1, c1, _ in t.spans():
        if r1 > r0 or c1 > c0:
            cmds.append(("SPAN", (c0, r0), (c1, r1)))
    if mode == "full":
        cmds.append(("GRID", (0, 0), (-1, -1), 0.5, "black"))
    elif mode == "hlines":
        cmds += [("LINEABOVE", (0, 0), (-1, 0), 1.0, "black"),
                 ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.8, "black"),
                 ("LINEBELOW", (0, nh), (-1, -1), 0.3, "black"),
                 ("LINEBELOW", (0, -1), (-1, -1), 1.0, "black")]
    elif mode == "box":
        cmds += [("BOX", (0, 0), (-1, -1), 0.8, "black"),
                 ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.8, "black")]
    return Table(data, colWidths=t.widths, repeatRows=nh if repeat else 0,
                 splitInRow=1 if split_in_row else 0, splitByRow=0 if split_in_row else 1, style=cmds, hAlign="CENTER")


class RL:
    """Small paragraph factory for reportlab body text."""

    def __init__(self, fam="LS", size=13):
        from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
        from reportlab.lib.styles import ParagraphStyle

        self.fam = fam
        lead = size * 1.3
        self.s = {
            "body": ParagraphStyle("body" + fam, fontName=fam, fontSize=size, leading=lead, alignment=TA_JUSTIFY,
                                   firstLineIndent=28, spaceAfter=5),
            "h": ParagraphStyle("h" + fam, fontName=fam + "-B", fontSize=size, leading=lead, spaceBefore=6,
                                spaceAfter=4, keepWithNext=1, firstLineIndent=28),
            "title": ParagraphStyle("t" + fam, fontName=fam + "-B", fontSize=size + 1, leading=lead + 2,
                                    alignment=TA_CENTER, spaceAfter=2),
            "center": ParagraphStyle("c" + fam, fontName=fam, fontSize=size, leading=lead, alignment=TA_CENTER),
            "centerb": ParagraphStyle("cb" + fam, fontName=fam + "-B", fontSize=size, leading=lead,
                                      alignment=TA_CENTER, spaceAfter=4),
            "cap": ParagraphStyle("cap" + fam, fontName=fam + "-B", fontSize=size - 1, leading=lead - 1,
                                  alignment=TA_CENTER, spaceBefore=8, spaceAfter=5),
            "unit": ParagraphStyle("u" + fam, fontName=fam + "-I", fontSize=size - 2, leading=lead - 2,
                                   alignment=TA_RIGHT, keepWithNext=1, spaceAfter=2),
            "foot": ParagraphStyle("f" + fam, fontName=fam, fontSize=size - 3, leading=size - 1, spaceBefore=3,
                                   spaceAfter=6),
            "small": ParagraphStyle("s" + fam, fontName=fam, fontSize=size - 2, leading=size, alignment=TA_LEFT),
            "smallc": ParagraphStyle("sc" + fam, fontName=fam, fontSize=size - 1, leading=size + 1,
                                     alignment=TA_CENTER),
            "smallcb": ParagraphStyle("scb" + fam, fontName=fam + "-B", fontSize=size - 1, leading=size + 1,
                                      alignment=TA_CENTER),
        }

    def p(self, text, style="body"):
        from reportlab.platypus import Paragraph

        return Paragraph(text, self.s[style])


def rl_national_header(R: RL, left_top: str, left_bold: str, number: str, place_date: str, width: float):
    from reportlab.platypus import Table

    data = [[R.p(left_top, "smallc"), R.p("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b>", "smallc")],
            [R.p(f"<b>{left_bold}</b>", "smallc"), R.p("<b>Độc lập - Tự do - Hạnh phúc</b>", "smallc")],
            [R.p(number, "smallc"), R.p(f"<i>{place_date}</i>", "smallc")]]
    return Table(data, colWidths=[width * 0.4, width * 0.6],
                 style=[("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 1)])


def rl_build(path, story, landscape_needed=True, fam="LS"):
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.platypus import BaseDocTemplate, Frame, PageTemplate

    def footer(canvas, doc):
        canvas.saveState()
        canvas.setFont(fam, 11)
        w = canvas._pagesize[0]
        canvas.drawCentredString(w / 2, 28, str(doc.page))
        canvas.restoreState()

    pw, ph = A4
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=85, rightMargin=57, topMargin=57, bottomMargin=57,
                          title="Báo cáo", author="UBND")
    f1 = Frame(85, 57, pw - 85 - 57, ph - 114, id="p", leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    lw, lh = landscape(A4)
    f2 = Frame(57, 57, lw - 114, lh - 100, id="l", leftPadding=0, rightPadding=0, topPadding=0,
               bottomPadding=0)
    doc.addPageTemplates([PageTemplate(id="portrait", frames=[f1], onPage=footer, pagesize=A4),
                          PageTemplate(id="landscape", frames=[f2], onPage=footer, pagesize=landscape(A4))])
    doc.build(story)


def rl_caption(R: RL, t: TSpec, story, room=110):
    from reportlab.platypus import CondPageBreak

    story.append(CondPageBreak(room))
    if t.pre_caption:
        story.append(R.p(t.pre_caption, "cap"))
    story.append(R.p(rl_markup(t.caption), "cap"))


# ----------------------------------------------------------------------------------------------
# Document A (reportlab): Báo cáo kết quả PAR Index và SIPAS năm 2023 của tỉnh
# ----------------------------------------------------------------------------------------------
FIELDS8 = [
    ("Công tác chỉ đạo, điều hành cải cách hành chính", 9.5),
    ("Cải cách thể chế", 10.0),
    ("Cải cách thủ tục hành chính", 13.0),
    ("Cải cách tổ chức bộ máy hành chính nhà nước", 10.5),
    ("Cải cách chế độ công vụ", 15.0),
    ("Cải cách tài chính công", 12.0),
    ("Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", 15.0),
    ("Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", 15.0),
]


def doc_a_tables():
    RNG.seed(20240901)
    T = []
    # A1: dot decimals, two-row header, vertically merged first column, italic comparison rows, footnote
    d = [("Năm 2023", 55.08, 26.62), ("Năm 2022", 56.52, 26.62), ("Năm 2021", 54.90, 25.47),
         ("Năm 2020", 52.83, 26.05), ("Năm 2019", 52.11, 24.78)]

    def r1(label, a, b):
        return [label, "68.00", f"{a:.2f}", f"{a / 68 * 100:.2f}%", "32.00", f"{b:.2f}", f"{b / 32 * 100:.2f}%",
                "100.00", f"{a + b:.2f}", f"{a + b:.2f}%"]

    rows = [r1(*x) for x in d]

    def cmp(label, x, y):
        da, db = x[1] - y[1], x[2] - y[2]
        return [label, "", f"{da:.2f}", f"{(x[1] - y[1]) / 68 * 100:.2f}%", "", f"{db:.2f}",
                f"{db / 32 * 100:.2f}%", "", f"{da + db:.2f}", f"{da + db:.2f}%"]

    rows.append(cmp("So sánh (2023 - 2022)", d[0], d[1]))
    rows.append(cmp("So sánh (2023 - 2021)", d[0], d[2]))
    rows.append(r1("Bình quân cả nước[[1]]", 56.94, 27.14))
    T.append(TSpec(
        "Bảng 1. Kết quả Chỉ số CCHC của tỉnh năm 2023 so với các năm trước",
        [["PAR INDEX", "Điểm đánh giá, thẩm định", "<", "<", "Điểm điều tra xã hội học", "<", "<",
          "Điểm tổng hợp", "<", "<"],
         ["^", "Điểm tối đa", "Điểm đạt được", "Tỷ lệ đạt được"] * 1 + ["Điểm tối đa", "Điểm đạt được",
                                                                       "Tỷ lệ đạt được"] * 2],
        rows, italic={5, 6}, widths=[84] + [41] * 9, align=["L"] + ["C"] * 9))

    # A2: landscape, 12 columns, three header rows
    r22 = [9.10, 9.40, 12.59, 9.86, 12.23, 10.12, 11.20, 8.64]
    r23 = [9.03, 9.45, 12.26, 9.94, 12.28, 9.85, 11.42, 7.47]
    k22 = [22, 7, 25, 5, 28, 40, 45, 58]
    k23 = [39, 14, 38, 5, 41, 52, 49, 61]
    rows = []
    for i, (name, mx) in enumerate(FIELDS8):
        p22, p23 = round(r22[i] / mx * 100, 2), round(r23[i] / mx * 100, 2)
        rows.append([str(i + 1), name, vn(mx), vn(r22[i]), vn(p22), str(k22[i]), vn(mx), vn(r23[i]), vn(p23),
                     str(k23[i]), vn(p23 - p22), str(k22[i] - k23[i])])
    rows.append(["", "Tổng cộng", "100,00", vn(sum(r22)), vn(sum(r22)), "49", "100,00", vn(sum(r23)),
                 vn(sum(r23)), "62", vn(sum(r23) - sum(r22)), "-13"])
    T.append(TSpec(
        "Bảng 2. Kết quả các chỉ số thành phần của tỉnh năm 2022 và năm 2023",
        [["TT", "Lĩnh vực", "Kết quả chỉ số thành phần năm 2022", "<", "<", "<",
          "Kết quả chỉ số thành phần năm 2023", "<", "<", "<", "Tăng (+), giảm (-) so với năm 2022", "<"],
         ["^", "^", "Điểm", "<", "Tỷ lệ (%)", "Xếp hạng", "Điểm", "<", "Tỷ lệ (%)", "Xếp hạng", "Tỷ lệ (%)",
          "Xếp hạng"],
         ["^", "^", "Tối đa", "Đạt được", "^", "^", "Tối đa", "Đạt được", "^", "^", "^", "^"]],
        rows, kinds=["data"] * 8 + ["total"], widths=[28, 210] + [52] * 10))

    # A3: horizontal rules only, group rows
    rows = [["I", "Chỉ số hài lòng theo các yếu tố", "", "", "", ""],
            ["1", "Tiếp cận dịch vụ hành chính công", "83,12", "81,89", "-1,23", "41/63"],
            ["2", "Thủ tục hành chính", "84,05", "82,02", "-2,03", "37/63"],
            ["3", "Sự phục vụ của công chức", "85,40", "83,27", "-2,13", "29/63"],
            ["4", "Kết quả giải quyết thủ tục hành chính", "84,77", "82,63", "-2,14", "33/63"],
            ["5", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", "79,31", "77,48", "-1,83", "46/63"],
            ["II", "Chỉ số hài lòng chung", "", "", "", ""],
            ["6", "Hài lòng về sự phục vụ hành chính", "83,90", "81,80", "-2,10", "35/63"],
            ["7", "Hài lòng về cung ứng dịch vụ y tế công", "80,52", "81,14", "0,62", "30/63"],
            ["8", "Hài lòng về cung ứng dịch vụ giáo dục công", "81,36", "82,45", "1,09", "27/63"]]
    T.append(TSpec(
        "Bảng 3. Chỉ số hài lòng của người dân, tổ chức (SIPAS) năm 2023",
        [["TT", "Chỉ số thành phần", "Năm 2022 (%)", "Năm 2023 (%)", "Tăng, giảm (%)", "Xếp hạng năm 2023"]],
        rows, kinds=["group"] + ["data"] * 5 + ["group"] + ["data"] * 3, widths=[30, 190, 58, 58, 55, 62]))

    # A4: ranks 46/63, sparse notes
    prov = [("Đồng Tháp", 89.46, 5, 2, "Dẫn đầu khu vực"), ("Vĩnh Long", 88.12, 9, -3, ""),
            ("Thành phố Cần Thơ", 87.73, 12, 4, ""), ("Long An", 86.95, 17, -6, ""),
            ("Bến Tre", 86.21, 23, 6, ""), ("An Giang", 85.64, 28, 0, ""), ("Tiền Giang", 85.02, 33, -5, ""),
            ("Trà Vinh", 84.57, 38, 1, ""), ("Cà Mau", 84.11, 41, -12, "Giảm sâu nhất khu vực"),
            ("Kiên Giang", 83.79, 44, 3, ""), ("Bạc Liêu", 83.08, 51, -2, ""),
            ("Sóc Trăng", 81.70, 62, -13, "Thấp nhất từ năm 2018"), ("Hậu Giang", 81.52, 63, -8, "")]
    rows = [[str(i + 1), n, vn(v), f"{k}/63", (f"+{dk}" if dk > 0 else str(dk)), note]
            for i, (n, v, k, dk, note) in enumerate(prov)]
    T.append(TSpec(
        "Bảng 4. Xếp hạng Chỉ số CCHC năm 2023 của các tỉnh, thành phố vùng Đồng bằng sông Cửu Long",
        [["STT", "Tỉnh, thành phố", "Chỉ số CCHC năm 2023 (%)", "Xếp hạng", "Tăng (+), giảm (-) bậc so với năm 2022",
          "Ghi chú"]],
        rows, widths=[32, 120, 70, 56, 82, 93], align=["C", "L", "C", "C", "C", "L"]))

    # A5: long table over a page break, header repeated, row split inside (splitInRow)
    groups = [
        ("3.2.1", "Tác động của cải cách đến chất lượng văn bản quy phạm pháp luật do tỉnh ban hành", [
            "Tính đồng bộ, thống nhất của các văn bản quy phạm pháp luật do địa phương ban hành",
            "Tính hợp lý của các văn bản quy phạm pháp luật do địa phương ban hành",
            "Tính khả thi của các văn bản quy phạm pháp luật do địa phương ban hành",
            "Tính kịp thời trong việc phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện văn "
            "bản quy phạm pháp luật tại địa phương"], 1.0),
        ("3.2.2", "Tác động của cải cách đến tổ chức bộ máy hành chính", [
            "Tính hợp lý trong sắp xếp tổ chức bộ máy các cơ quan, đơn vị thuộc thẩm quyền của tỉnh",
            "Tính hợp lý trong phân định chức năng, nhiệm vụ giữa các cơ quan, đơn vị tại địa phương",
            "Tình hình thực hiện quy chế làm việc của Ủy ban nhân dân tỉnh",
            "Tính hợp lý trong việc phân cấp, phân quyền thực hiện nhiệm vụ quản lý nhà nước giữa tỉnh, "
            "huyện và xã"], 1.0),
        ("3.2.3", "Tác động của cải cách đến quản lý cán bộ, công chức, viên chức", [
            "Tính công khai, minh bạch trong công tác tuyển dụng công chức, viên chức",
            "Tình trạng tiêu cực trong công tác tuyển dụng công chức, viên chức",
            "Tính công khai, minh bạch trong công tác bổ nhiệm lãnh đạo, quản lý",
            "Chất lượng đào tạo, bồi dưỡng cán bộ, công chức, viên chức",
            "Tinh thần trách nhiệm, năng lực chuyên môn của công chức trong phối hợp, xử lý công việc tại "
            "các cơ quan chuyên môn và Ủy ban nhân dân cấp huyện"], 1.0),
        ("3.2.4", "Tác động của cải cách đến quản lý tài chính công", [
            "Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính",
            "Thực hiện tiết kiệm, chống lãng phí trong quản lý, sử dụng kinh phí của cơ quan, đơn vị",
            "Tính hiệu quả của việc quản lý, sử dụng tài sản công",
            "Tính hiệu quả của việc thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập"], 1.0),
        ("3.2.5", "Tác động đến xây dựng và phát triển Chính quyền điện tử, Chính quyền số", [
            "Chất lượng cung cấp thông tin trên Cổng thông tin điện tử của tỉnh",
            "Mức độ thuận tiện khi sử dụng dịch vụ công trực tuyến của tỉnh"], 1.0),
        ("3.2.6", "Tác động của cải cách hành chính đến người dân, tổ chức", [
            ("Chỉ số hài lòng về tiếp cận dịch vụ", 1.5), ("Chỉ số hài lòng về thủ tục hành chính", 1.5),
            ("Chỉ số hài lòng về công chức giải quyết thủ tục hành chính", 2.5),
            ("Chỉ số hài lòng về kết quả giải quyết thủ tục hành chính", 2.5),
            ("Chỉ số hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị liên quan đến thủ tục hành chính",
             2.0)], None),
    ]
    rows, kinds = [], []
    n = 0
    tmax = tgot = 0.0
    for code, name, items, mx in groups:
        its = []
        for it in items:
            nm, m = (it if isinstance(it, tuple) else (it, mx))
            got = round(m * RNG.uniform(0.72, 0.93), 4)
            n += 1
            its.append([f"({n})", nm, vn(m, 2), vn(got, 4), vn(got - m, 4)])
            tmax += m
            tgot += got
        gm = sum(float(r[2].replace(",", ".")) for r in its)
        gg = sum(float(r[3].replace(",", ".")) for r in its)
        rows.append([code, name, vn(gm, 2), vn(gg, 4), vn(gg - gm, 4)])
        kinds.append("group")
        rows += its
        kinds += ["data"] * len(its)
    rows.append(["", "Tổng cộng", vn(tmax, 2), vn(tgot, 4), vn(tgot - tmax, 4)])
    kinds.append("total")
    T.append(TSpec(
        "Bảng 5. Điểm đánh giá tác động của cải cách hành chính năm 2023",
        [["STT", "Nội dung", "Điểm tối đa", "Điểm đạt được", "Điểm chưa đạt"]],
        rows, kinds=kinds, widths=[40, 250, 50, 55, 58]))

    # A6: outer box + header line only
    hist = [(2016, 71.21, 45, None, 9), (2017, 75.84, 41, 4, 8), (2018, 76.30, 48, -7, 10),
            (2019, 76.89, 46, 2, 9), (2020, 78.88, 47, -1, 10), (2021, 80.37, 53, -6, 11),
            (2022, 83.14, 49, 4, 10), (2023, 81.70, 62, -13, 12)]
    rows = [[f"Năm {y}", vn(v), f"{k}/63", "-" if d is None else (f"+{d}" if d > 0 else str(d)), f"{r}/13"]
            for y, v, k, d, r in hist]
    T.append(TSpec(
        "Bảng 6. Kết quả Chỉ số CCHC của tỉnh giai đoạn 2016 - 2023",
        [["Năm", "Chỉ số CCHC (%)", "Xếp hạng cả nước", "Tăng (+), giảm (-) bậc", "Xếp hạng trong vùng"]],
        rows, widths=[80, 80, 80, 90, 90], align=["L", "C", "C", "C", "C"]))
    return T


def build_a(name="h9_a_baocao_parindex_sipas_2023"):
    from reportlab.platypus import NextPageTemplate, PageBreak, Spacer

    rl_setup()
    T = doc_a_tables()
    R = RL("LS", 13)
    W = 595.27 - 85 - 57
    s = [rl_national_header(R, "UBND TỈNH SÓC TRĂNG", "SỞ NỘI VỤ", "Số: 214/BC-SNV",
                            "Sóc Trăng, ngày 08 tháng 5 năm 2024", W), Spacer(1, 14),
         R.p("BÁO CÁO", "title"),
         R.p("Kết quả Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ "
             "của cơ quan hành chính nhà nước tỉnh Sóc Trăng năm 2023", "centerb"),
         R.p("Kính gửi: Ủy ban nhân dân tỉnh Sóc Trăng", "center"), Spacer(1, 8),
         R.p("Căn cứ kết quả công bố Chỉ số cải cách hành chính của các bộ, cơ quan ngang bộ, Ủy ban nhân dân "
             "các tỉnh, thành phố trực thuộc Trung ương (PAR Index) và Chỉ số hài lòng của người dân, tổ chức đối "
             "với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 được Ban Chỉ đạo Cải cách hành "
             "chính của Chính phủ công bố ngày 17/4/2024, Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh kết quả phân "
             "tích, đánh giá như sau:"),
         R.p("I. KẾT QUẢ PAR INDEX NĂM 2023", "h"),
         R.p("1. Chỉ số tổng hợp", "h"),
         R.p("Chỉ số cải cách hành chính của tỉnh năm 2023 đạt 81,70/100 điểm, xếp hạng 62/63 tỉnh, thành phố, "
             "giảm 1,44 điểm và 13 bậc so với năm 2022. Chi tiết kết quả qua các năm như sau:")]
    rl_caption(R, T[0], s)
    s.append(rl_table(T[0], size=9.5))
    s.append(R.p("<super>1</super> Giá trị trung bình Chỉ số CCHC năm 2023 của 63 tỉnh, thành phố trực "
                 "thuộc Trung ương.", "foot"))
    s.append(R.p("Như vậy, tỷ lệ điểm đánh giá, thẩm định năm 2023 giảm 2,12% so với năm 2022, trong khi điểm "
                 "điều tra xã hội học không có sự cải thiện. Kết quả các chỉ số thành phần được trình bày tại "
                 "Bảng 2."))
    s += [NextPageTemplate("landscape"), PageBreak()]
    s.append(R.p("2. Kết quả theo từng lĩnh vực", "h"))
    rl_caption(R, T[1], s)
    s.append(rl_table(T[1], size=10))
    s.append(Spacer(1, 6))
    s.append(R.p("So với năm 2022, có 04/08 lĩnh vực tăng tỷ lệ điểm (Cải cách thể chế; Cải cách tổ chức bộ "
                 "máy hành chính nhà nước; Cải cách chế độ công vụ; Xây dựng và phát triển Chính quyền điện tử, "
                 "Chính quyền số), 04/08 lĩnh vực giảm; trong đó lĩnh vực Tác động của cải cách hành chính giảm "
                 "mạnh nhất (7,80%) và xếp hạng 61/63."))
    s += [NextPageTemplate("portrait"), PageBreak()]
    s.append(R.p("3. Chỉ số hài lòng của người dân, tổ chức (SIPAS)", "h"))
    s.append(R.p("Chỉ số SIPAS năm 2023 của tỉnh đạt 81,80%, giảm 2,10% so với năm 2022 và xếp hạng 35/63. "
                 "Tất cả 05 yếu tố thành phần đều giảm, trong đó yếu tố tiếp nhận, xử lý góp ý, phản ánh, kiến "
                 "nghị đạt thấp nhất (77,48%)."))
    rl_caption(R, T[2], s)
    s.append(rl_table(T[2], size=10.5, mode="hlines"))
    s.append(R.p("Trong khu vực Đồng bằng sông Cửu Long, Chỉ số CCHC của tỉnh năm 2023 xếp thứ 12/13, chỉ "
                 "đứng trên tỉnh Hậu Giang. Đây là vị trí thấp nhất của tỉnh kể từ năm 2018 đến nay.",))
    rl_caption(R, T[3], s)
    s.append(rl_table(T[3], size=10.5))
    s.append(R.p("4. Điểm đánh giá tác động của cải cách hành chính", "h"))
    s.append(R.p("Nội dung đánh giá tác động của cải cách hành chính được thực hiện thông qua điều tra xã hội "
                 "học đối với đại biểu Hội đồng nhân dân, lãnh đạo, quản lý các cấp, công chức và người dân, tổ "
                 "chức. Kết quả chi tiết từng tiêu chí thành phần như sau:"))
    rl_caption(R, T[4], s)
    s.append(rl_table(T[4], size=10.5))
    s.append(R.p("Tổng số phiếu điều tra hợp lệ năm 2023 là 1.165 phiếu, trong đó phiếu khảo sát lãnh đạo, "
                 "quản lý cấp sở và cấp huyện chiếm 38,5%; phiếu khảo sát người dân, tổ chức chiếm 61,5%."))
    s.append(R.p("Các tiêu chí về tiếp nhận, xử lý phản ánh, kiến nghị và tính hiệu quả của cơ chế tự chủ tại "
                 "đơn vị sự nghiệp công lập có tỷ lệ điểm chưa đạt cao nhất, cần được ưu tiên cải thiện."))
    rl_caption(R, T[5], s)
    s.append(rl_table(T[5], size=10.5, mode="box"))
    s.append(R.p("II. ĐỀ XUẤT GIẢI PHÁP", "h"))
    for txt in [
        "Một là, tăng cường vai trò, trách nhiệm của người đứng đầu trong chỉ đạo, điều hành công tác cải "
        "cách hành chính; gắn kết quả Chỉ số CCHC với đánh giá, xếp loại và thi đua, khen thưởng hằng năm.",
        "Hai là, tập trung cải thiện các lĩnh vực có tỷ lệ điểm thấp, nhất là lĩnh vực tác động của cải cách "
        "hành chính và cải cách tài chính công; phân công cơ quan chủ trì theo dõi từng chỉ số thành phần.",
        "Ba là, đẩy mạnh tuyên truyền để người dân, tổ chức biết và tham gia đánh giá sự phục vụ của cơ quan "
        "hành chính nhà nước."]:
        s.append(R.p(txt))
    s.append(R.p("Trên đây là báo cáo kết quả Chỉ số CCHC và SIPAS năm 2023 của tỉnh Sóc Trăng, Sở Nội vụ "
                 "kính trình Ủy ban nhân dân tỉnh xem xét, chỉ đạo./."))
    s.append(Spacer(1, 10))
    s.append(R.p("<b>GIÁM ĐỐC</b>", "center"))
    rl_build(os.path.join(HERE, name + ".pdf"), s)
    return name, T



# ----------------------------------------------------------------------------------------------
# python-docx -> LibreOffice helpers (document B)
# ----------------------------------------------------------------------------------------------
def dx_setup(doc, size=13):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), "Times New Roman")
    st.paragraph_format.space_after = Pt(4)
    st.paragraph_format.space_before = Pt(0)
    for sec in doc.sections:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
        p = sec.footer.paragraphs[0]
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        fld = OxmlElement("w:fldSimple")
        fld.set(qn("w:instr"), "PAGE")
        r = OxmlElement("w:r")
        t = OxmlElement("w:t")
        t.text = "1"
        r.append(t)
        fld.append(r)
        p._p.append(fld)


def dx_par(doc, text="", bold=False, italic=False, align="J", indent=True, size=None, space_after=4,
           keep_next=False):
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    al = {"J": WD_ALIGN_PARAGRAPH.JUSTIFY, "C": WD_ALIGN_PARAGRAPH.CENTER, "L": WD_ALIGN_PARAGRAPH.LEFT,
          "R": WD_ALIGN_PARAGRAPH.RIGHT}
    p = doc.add_paragraph()
    p.alignment = al[align]
    if indent and align == "J":
        p.paragraph_format.first_line_indent = Cm(1.0)
    p.paragraph_format.space_after = Pt(space_after)
    p.paragraph_format.keep_with_next = keep_next
    dx_runs(p, text, bold, italic, size)
    return p


def dx_runs(p, text, bold=False, italic=False, size=None):
    from docx.shared import Pt

    pos = 0
    for m in list(SUP_RE.finditer(text)) + [None]:
        seg = text[pos:m.start()] if m else text[pos:]
        if seg:
            r = p.add_run(seg)
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
        if m:
            r = p.add_run(m.group(1))
            r.font.superscript = True
            r.bold, r.italic = bold, italic
            if size:
                r.font.size = Pt(size)
            pos = m.end()


def dx_caption(doc, t: TSpec, unit=None):
    if t.pre_caption:
        dx_par(doc, t.pre_caption, bold=True, align="C", space_after=0, keep_next=True)
    dx_par(doc, t.caption, bold=True, align="C", space_after=2 if unit else 6, keep_next=True)
    if unit:
        dx_par(doc, unit, italic=True, align="R", size=11, space_after=2, keep_next=True)


def dx_table(doc, t: TSpec, widths_cm, size=11, borders="full"):
    from docx.enum.table import WD_TABLE_ALIGNMENT, WD_CELL_VERTICAL_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    al = {"C": WD_ALIGN_PARAGRAPH.CENTER, "L": WD_ALIGN_PARAGRAPH.LEFT, "R": WD_ALIGN_PARAGRAPH.RIGHT}
    nh = len(t.head)
    tbl = doc.add_table(rows=nh + len(t.rows), cols=t.ncols)
    tbl.style = "Table Grid"
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    for i, w in enumerate(widths_cm):
        tbl.columns[i].width = Cm(w)
        for cell in tbl.columns[i].cells:
            cell.width = Cm(w)

    def fill(cell, text, bold, italic, align):
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER
        p = cell.paragraphs[0]
        p.alignment = al[align]
        pf = p.paragraph_format
        pf.space_after = Pt(1)
        pf.space_before = Pt(1)
        pf.first_line_indent = Cm(0)
        dx_runs(p, text, bold, italic, size)

    for r0, c0, r1, c1, text in t.spans():
        cell = tbl.cell(r0, c0)
        if r1 > r0 or c1 > c0:
            cell = cell.merge(tbl.cell(r1, c1))
        fill(cell, text, True, False, "C")
    align = t.align or (["C", "L"] + ["C"] * (t.ncols - 2))
    for i, row in enumerate(t.rows):
        k = t.kinds[i]
        for c, text in enumerate(row):
            fill(tbl.cell(nh + i, c), text, k in ("group", "total"), i in t.italic, align[c])
    if borders != "full":
        # replace the style's grid by: outer box + line under the header
        tblPr = tbl._tbl.tblPr
        b = OxmlElement("w:tblBorders")
        for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
            e = OxmlElement(f"w:{edge}")
            on = edge in ("top", "left", "bottom", "right")
            e.set(qn("w:val"), "single" if on else "nil")
            if on:
                e.set(qn("w:sz"), "6")
                e.set(qn("w:color"), "000000")
            b.append(e)
        tblPr.append(b)
        for c in range(t.ncols):
            tcPr = tbl.cell(nh - 1, c)._tc.get_or_add_tcPr()
            tb = OxmlElement("w:tcBorders")
            e = OxmlElement("w:bottom")
            e.set(qn("w:val"), "single")
            e.set(qn("w:sz"), "6")
            e.set(qn("w:color"), "000000")
            tb.append(e)
            tcPr.append(tb)
    return tbl


def dx_national_header(doc, left1, left2, number, place_date):
    from docx.enum.table import WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Pt

    tbl = doc.add_table(rows=3, cols=2)
    tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
    tbl.autofit = False
    data = [[(left1, False, False), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False)],
            [(left2, True, False), ("Độc lập - Tự do - Hạnh phúc", True, False)],
            [(number, False, False), (place_date, False, True)]]
    tbl.columns[0].width, tbl.columns[1].width = Cm(6.5), Cm(9.5)
    for r, row in enumerate(data):
        for c, (text, b, it) in enumerate(row):
            cell = tbl.cell(r, c)
            cell.width = Cm(6.5 if c == 0 else 9.5)
            p = cell.paragraphs[0]
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.paragraph_format.space_after = Pt(0)
            dx_runs(p, text, b, it, 12)


def docx_to_pdf(docx_path: str, pdf_path: str):
    outdir = os.path.dirname(docx_path)
    prof = "file://" + os.path.join(WORK, "lo_profile")
    subprocess.run(["soffice", f"-env:UserInstallation={prof}", "--headless", "--convert-to", "pdf",
                    "--outdir", outdir, docx_path], check=True, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, timeout=240)
    shutil.move(os.path.splitext(docx_path)[0] + ".pdf", pdf_path)


# ----------------------------------------------------------------------------------------------
# Document B (python-docx -> LibreOffice): Báo cáo công tác CCHC năm 2024 của UBND huyện + phụ lục
# ----------------------------------------------------------------------------------------------
B_FACTS = {}


def doc_b_tables():
    RNG.seed(20240902)
    T = []
    staff = [
        ("Lãnh đạo phụ trách cải cách hành chính", "Lâm Văn Hùng", "Phó Chủ tịch UBND huyện", "0913.456.218"),
        ("Công chức phụ trách tham mưu cải cách hành chính", "Trần Thị Thu Sương", "Trưởng phòng Nội vụ",
         "0939.112.405"),
        ("Công chức phụ trách kiểm soát thủ tục hành chính", "Nguyễn Hoàng Phúc",
         "Chuyên viên Văn phòng HĐND và UBND huyện", "0907.338.164"),
        ("Công chức phụ trách Bộ phận Tiếp nhận và Trả kết quả", "Trương Xuân Anh Khoa",
         "Phó Chánh Văn phòng HĐND và UBND huyện", "0918.620.773"),
        ("Công chức phụ trách cải cách tài chính công", "Lý Thị Ngọc Hân", "Phó Trưởng phòng Tài chính - Kế hoạch",
         "0974.205.896"),
        ("Công chức phụ trách chuyển đổi số", "Thạch Sô Phết", "Chuyên viên Phòng Văn hóa và Thông tin",
         "0947.551.032"),
        ("Công chức phụ trách tuyên truyền cải cách hành chính", "Danh Thị Mỹ Linh",
         "Chuyên viên Phòng Văn hóa và Thông tin", "0386.914.257"),
        ("Công chức phụ trách công tác tư pháp", "Huỳnh Quốc Bảo", "Phó Trưởng phòng Tư pháp", "0919.047.683"),
    ]
    T.append(TSpec("Bảng 1. Danh sách cán bộ, công chức phụ trách công tác cải cách hành chính",
                   [["STT", "Nội dung", "Họ và tên", "Chức vụ", "Số điện thoại"]],
                   [[str(i + 1), *x] for i, x in enumerate(staff)],
                   align=["C", "L", "L", "L", "C"]))

    # B2: two-row merged header + column-number row, group subtotals, total, '-' cells
    huyen = ["Đất đai", "Xây dựng", "Hộ tịch", "Thành lập và hoạt động của hộ kinh doanh",
             "Lao động - Thương binh và Xã hội", "Tư pháp - Chứng thực", "Giáo dục và Đào tạo",
             "Tài nguyên và Môi trường", "Nông nghiệp và Phát triển nông thôn"]
    xa = ["Chứng thực", "Hộ tịch", "Người có công", "Bảo trợ xã hội", "Hòa giải tranh chấp đất đai"]

    def gen(names, lo, hi):
        out = []
        for n in names:
            tot = RNG.randint(lo, hi)
            online = int(tot * RNG.uniform(0.35, 0.85))
            late = RNG.choice([0, 0, 0, RNG.randint(1, 9)])
            out.append([n, tot, online, tot - online, tot - late, late])
        return out

    H = gen(huyen, 180, 3400)
    X = gen(xa, 600, 4200)

    def fmt(stt, r, label=None):
        n, tot, on, off, ok, late = r
        return [stt, label or n, vint(tot), vint(on), vint(off), vint(ok), "-" if late == 0 else vint(late),
                vn(ok / tot * 100, 2)]

    def sumr(rs, label):
        return [label] + [sum(r[k] for r in rs) for k in range(1, 6)]

    rows, kinds = [fmt("I", sumr(H, "Cấp huyện"))], ["group"]
    rows += [fmt(str(i + 1), r) for i, r in enumerate(H)]
    kinds += ["data"] * len(H)
    rows.append(fmt("II", sumr(X, "Cấp xã")))
    kinds.append("group")
    rows += [fmt(str(i + 1), r) for i, r in enumerate(X)]
    kinds += ["data"] * len(X)
    rows.append(fmt("", sumr(H + X, "Tổng cộng")))
    kinds.append("total")
    T.append(TSpec("Bảng 2. Kết quả tiếp nhận và giải quyết hồ sơ thủ tục hành chính năm 2024",
                   [["STT", "Lĩnh vực", "Số hồ sơ nhận giải quyết", "<", "<", "Kết quả giải quyết", "<",
                     "Tỷ lệ đúng hạn (%)"],
                    ["^", "^", "Tổng số", "Trực tuyến", "Trực tiếp, bưu chính", "Đúng hạn", "Quá hạn", "^"],
                    ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"]],
                   rows, kinds=kinds))
    HT, XT = sumr(H, ""), sumr(X, "")
    tot = HT[1] + XT[1]
    F = B_FACTS
    F.update(tot=tot, h=HT[1], x=XT[1], online=(HT[2] + XT[2]) / tot * 100, ontime=(HT[4] + XT[4]) / tot * 100)

    # B4: satisfaction per commune, footnote marker, 'Cộng' total
    units = ["Thị trấn Mỹ Xuyên[[1]]", "Xã Đại Tâm", "Xã Tham Đôn", "Xã Thạnh Phú", "Xã Ngọc Đông",
             "Xã Thạnh Quới", "Xã Hòa Tú 1", "Xã Hòa Tú 2", "Xã Gia Hòa 1", "Xã Gia Hòa 2", "Xã Ngọc Tố"]
    notes = {0: "Có 35 phiếu trực tuyến", 6: "", 9: "Tăng 12 phiếu so với kế hoạch"}
    rows, ts, tg = [], 0, 0
    for i, u in enumerate(units):
        n = RNG.randint(62, 148)
        g = n - RNG.choice([0, 1, 1, 2, 3, 5, 7])
        ts, tg = ts + n, tg + g
        pct = g / n * 100
        rows.append([str(i + 1), u, vint(n), vint(g), vn(pct, 2), "Tốt" if pct >= 95 else "Khá", notes.get(i, "")])
    rows.append(["", "Cộng", vint(ts), vint(tg), vn(tg / ts * 100, 2), "", ""])
    t4 = (TSpec("Phụ lục 2 Kết quả khảo sát mức độ hài lòng của người dân tại UBND các xã, thị trấn năm 2024",
                   [["STT", "Tên đơn vị", "Số phiếu khảo sát", "Số phiếu hài lòng", "Tỷ lệ hài lòng (%)",
                     "Xếp loại", "Ghi chú"]],
                   rows, kinds=["data"] * 11 + ["total"], align=["C", "L", "C", "C", "C", "C", "L"],
                   pre_caption="Phụ lục 2",
                   caption="Kết quả khảo sát mức độ hài lòng của người dân tại UBND các xã, thị trấn năm 2024"))

    # B3: Phụ lục 1 statistics table (long, over a page break, no repeated header, italic breakdown rows)
    R3 = [
        ("I", "Công tác chỉ đạo, điều hành cải cách hành chính", "", "", "", "group"),
        ("1", "Tỷ lệ hoàn thành Kế hoạch cải cách hành chính năm", "%", "100",
         "Kế hoạch số 08/KH-UBND ngày 17/01/2024 của UBND huyện về thực hiện cải cách hành chính năm 2024", ""),
        ("", "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", "42", "", ""),
        ("", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "42", "", ""),
        ("2", "Thực hiện kiểm tra công tác cải cách hành chính", "Có = 1; Không = 0", "1",
         "Kế hoạch số 28/KH-UBND ngày 26/02/2024 về kiểm tra công tác cải cách hành chính, phân cấp quản lý "
         "nhà nước và thực thi công vụ năm 2024", ""),
        ("", "Số cơ quan, đơn vị đã kiểm tra", "Cơ quan, đơn vị", "9", "", ""),
        ("", "- Cấp huyện", "Cơ quan, đơn vị", "4", "", "i"),
        ("", "- Cấp xã", "Cơ quan, đơn vị", "5", "", "i"),
        ("", "Số vấn đề phát hiện qua kiểm tra", "Vấn đề", "7", "", ""),
        ("", "Số vấn đề phát hiện đã xử lý xong", "Vấn đề", "7", "", ""),
        ("3", "Tỷ lệ thực hiện nhiệm vụ tuyên truyền cải cách hành chính theo kế hoạch", "%", "100", "", ""),
        ("", "Số lượng tin, bài đăng trên Trang thông tin điện tử của huyện", "Tin, bài", "64", "", ""),
        ("", "Số cuộc đối thoại của lãnh đạo với người dân, doanh nghiệp", "Cuộc", "3", "", ""),
        ("4", "Khảo sát sự hài lòng của người dân, tổ chức", "Có = 1; Không = 0", "1", "", ""),
        ("", "Số lượng phiếu khảo sát", "Phiếu", vint(ts), "", ""),
        ("", "Tỷ lệ hài lòng trong kỳ báo cáo", "%", vn(tg / ts * 100, 2), "", ""),
        ("II", "Cải cách thể chế", "", "", "", "group"),
        ("1", "Số văn bản quy phạm pháp luật đã ban hành", "Văn bản", "2",
         "Quyết định ban hành quy chế phối hợp quản lý cụm công nghiệp và quy định quản lý chợ trên địa bàn "
         "huyện", ""),
        ("", "Số văn bản quy phạm pháp luật tự kiểm tra theo thẩm quyền", "Văn bản", "11", "", ""),
        ("", "Số văn bản quy phạm pháp luật phát hiện trái pháp luật", "Văn bản", "0", "", ""),
        ("2", "Thực hiện rà soát văn bản quy phạm pháp luật", "Có = 1; Không = 0", "1",
         "Rà soát, hệ thống hóa văn bản quy phạm pháp luật kỳ 2019 - 2023", ""),
        ("", "Số văn bản quy phạm pháp luật phải rà soát", "Văn bản", "45", "", ""),
        ("", "Số văn bản quy phạm pháp luật đã rà soát", "Văn bản", "45", "", ""),
        ("III", "Cải cách thủ tục hành chính", "", "", "", "group"),
        ("1", "Số thủ tục hành chính được công bố, công khai", "Thủ tục", "386", "", ""),
        ("", "- Cấp huyện", "Thủ tục", "275", "", "i"),
        ("", "- Cấp xã", "Thủ tục", "111", "", "i"),
        ("2", "Số hồ sơ thủ tục hành chính tiếp nhận", "Hồ sơ", vint(F["tot"]), "", ""),
        ("", "- Cấp huyện", "Hồ sơ", vint(F["h"]), "", "i"),
        ("", "- Cấp xã", "Hồ sơ", vint(F["x"]), "", "i"),
        ("3", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", vn(F["ontime"], 2), "", ""),
        ("4", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "%", vn(F["online"], 1),
         f"Chỉ tiêu tỉnh giao năm 2024 là 50% tổng số hồ sơ tiếp nhận; vượt {vn(F['online'] - 50, 1)}% so với "
         "chỉ tiêu", ""),
        ("IV", "Cải cách tổ chức bộ máy hành chính nhà nước", "", "", "", "group"),
        ("1", "Số cơ quan chuyên môn thuộc Ủy ban nhân dân huyện", "Cơ quan", "12", "", ""),
        ("2", "Số đơn vị sự nghiệp công lập trực thuộc", "Đơn vị", "87",
         "Giảm 03 đơn vị do sáp nhập các trường tiểu học và trung học cơ sở tại xã Tham Đôn, Hòa Tú 1", ""),
        ("3", "Số biên chế công chức được giao", "Người", "118", "", ""),
        ("", "Số biên chế công chức có mặt đến thời điểm báo cáo", "Người", "109", "", ""),
    ]
    T.append(TSpec("Phụ lục 1 Thống kê số liệu chỉ tiêu cải cách hành chính năm 2024",
                   [["TT", "Tên chỉ tiêu", "Đơn vị tính", "Số lượng/ tỷ lệ", "Ghi chú"]],
                   [list(r[:5]) for r in R3], kinds=["group" if r[5] == "group" else "data" for r in R3],
                   italic={i for i, r in enumerate(R3) if r[5] == "i"}, align=["C", "L", "C", "C", "L"],
                   pre_caption="Phụ lục 1",
                   caption="Thống kê số liệu chỉ tiêu cải cách hành chính năm 2024"))

    T.append(t4)

    # B5: outer box + header line only; italic breakdown rows
    def part(n, lo, hi):
        return int(n * RNG.uniform(lo, hi))

    h1, x1, h2, x2 = part(F["h"], 0.95, 0.99), part(F["x"], 0.78, 0.86), part(F["h"], 0.90, 0.96), \
        part(F["x"], 0.66, 0.75)
    R5 = [("1", "Số hồ sơ thủ tục hành chính được số hóa khi tiếp nhận", F["tot"], h1 + x1, ""),
          ("", "- Cấp huyện", F["h"], h1, ""), ("", "- Cấp xã", F["x"], x1, ""),
          ("2", "Số kết quả giải quyết thủ tục hành chính được số hóa", F["tot"], h2 + x2, ""),
          ("", "- Cấp huyện", F["h"], h2, ""), ("", "- Cấp xã", F["x"], x2, "Một số xã thiếu máy quét"),
          ("3", "Số hồ sơ thực hiện thanh toán trực tuyến", 6500, 5874, "Qua Cổng Dịch vụ công quốc gia"),
          ("", "- Cấp huyện", 4200, 4011, ""), ("", "- Cấp xã", 2300, 1863, ""),
          ("4", "Số tài khoản định danh điện tử mức 2 được kích hoạt", 45000, 47312, "Vượt chỉ tiêu")]
    rows = [[a, b, vint(p), vint(d), vn(d / p * 100, 2), n] for a, b, p, d, n in R5]
    T.append(TSpec("Phụ lục 3 Kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024",
                   [["TT", "Chỉ tiêu", "Kế hoạch", "Thực hiện", "Tỷ lệ (%)", "Ghi chú"]],
                   rows, italic={1, 2, 4, 5, 7, 8}, align=["C", "L", "C", "C", "C", "L"],
                   pre_caption="Phụ lục 3",
                   caption="Kết quả số hóa hồ sơ, kết quả giải quyết thủ tục hành chính năm 2024"))
    return T


def build_b(name="h9_b_baocao_cchc_huyen_my_xuyen_2024"):
    from docx import Document
    from docx.enum.text import WD_BREAK

    T = doc_b_tables()
    os.makedirs(WORK, exist_ok=True)
    doc = Document()
    dx_setup(doc)
    dx_national_header(doc, "ỦY BAN NHÂN DÂN", "HUYỆN MỸ XUYÊN", "Số: 412/BC-UBND",
                       "Mỹ Xuyên, ngày 10 tháng 12 năm 2024")
    dx_par(doc, "")
    dx_par(doc, "BÁO CÁO", bold=True, align="C", space_after=0)
    dx_par(doc, "Kết quả thực hiện công tác cải cách hành chính năm 2024", bold=True, align="C")
    dx_par(doc, "Kính gửi: Sở Nội vụ tỉnh Sóc Trăng", align="C")
    P = lambda x: dx_par(doc, x)  # noqa: E731
    H = lambda x: dx_par(doc, x, bold=True, keep_next=True)  # noqa: E731
    P("Thực hiện Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện cải "
      "cách hành chính năm 2024, Ủy ban nhân dân huyện Mỹ Xuyên báo cáo kết quả thực hiện công tác cải cách "
      "hành chính năm 2024 trên địa bàn huyện như sau:")
    H("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH")
    P("Ủy ban nhân dân huyện đã ban hành Kế hoạch cải cách hành chính năm 2024, Kế hoạch tuyên truyền cải cách "
      "hành chính, Kế hoạch kiểm soát thủ tục hành chính và Kế hoạch kiểm tra công tác cải cách hành chính; "
      "đồng thời phân công cụ thể cán bộ, công chức phụ trách từng lĩnh vực như sau:")
    dx_caption(doc, T[0])
    dx_table(doc, T[0], [1.3, 4.8, 3.3, 3.8, 2.8])
    P("Công tác kiểm tra cải cách hành chính được thực hiện tại 04 cơ quan chuyên môn và 05 Ủy ban nhân dân "
      "xã, thị trấn; qua kiểm tra đã phát hiện 07 vấn đề và chỉ đạo khắc phục dứt điểm trong năm.")
    H("II. CẢI CÁCH THỦ TỤC HÀNH CHÍNH")
    F = B_FACTS
    P(f"Năm 2024, Bộ phận Tiếp nhận và Trả kết quả cấp huyện và cấp xã đã tiếp nhận {vint(F['tot'])} hồ sơ, "
      f"trong đó hồ sơ tiếp nhận trực tuyến chiếm {vn(F['online'], 1)}%. Tỷ lệ hồ sơ giải quyết đúng hạn đạt "
      f"{vn(F['ontime'], 2)}%, các hồ sơ quá hạn đều "
      "có văn bản xin lỗi người dân theo quy định. Kết quả cụ thể theo từng lĩnh vực:")
    dx_caption(doc, T[1], unit="Đơn vị tính: hồ sơ")
    dx_table(doc, T[1], [1.2, 4.0, 1.9, 1.9, 2.1, 1.8, 1.4, 1.7], size=11)
    P("Nguyên nhân hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai và xây dựng do phải lấy ý kiến của nhiều cơ "
      "quan, xác minh nguồn gốc đất và thời gian luân chuyển hồ sơ giữa các cấp còn kéo dài.")
    H("III. ĐÁNH GIÁ CHUNG")
    P("Công tác cải cách hành chính năm 2024 của huyện cơ bản hoàn thành các chỉ tiêu, nhiệm vụ đề ra. Tuy "
      "nhiên, việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính ở cấp xã chưa đạt yêu cầu; một số công "
      "chức chưa thành thạo kỹ năng sử dụng phần mềm một cửa điện tử.")
    P("Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính năm 2024 của Ủy ban nhân dân huyện "
      "Mỹ Xuyên./.")
    dx_par(doc, "TM. ỦY BAN NHÂN DÂN", bold=True, align="R", space_after=0)
    dx_par(doc, "KT. CHỦ TỊCH", bold=True, align="R", space_after=0)
    dx_par(doc, "PHÓ CHỦ TỊCH", bold=True, align="R")
    doc.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)
    dx_caption(doc, T[2])
    dx_table(doc, T[2], [1.2, 5.6, 2.6, 1.9, 4.7])
    dx_par(doc, "")
    dx_caption(doc, T[3])
    dx_table(doc, T[3], [1.2, 4.2, 2.0, 2.0, 2.1, 1.8, 2.7])
    dx_par(doc, "¹ Bao gồm 35 phiếu khảo sát trực tuyến thực hiện qua Cổng Dịch vụ công của tỉnh.", size=10,
           align="L")
    dx_caption(doc, T[4])
    dx_table(doc, T[4], [1.2, 5.8, 2.0, 2.0, 1.9, 3.1], borders="box")
    path = os.path.join(WORK, name + ".docx")
    doc.save(path)
    docx_to_pdf(path, os.path.join(HERE, name + ".pdf"))
    return name, T



# ----------------------------------------------------------------------------------------------
# fpdf2 helpers (document C)
# ----------------------------------------------------------------------------------------------
def fp_new():
    from fpdf import FPDF

    class PDF(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("TNR", "", 11)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = PDF(format="A4", unit="mm")
    pdf.set_margins(30, 20, 20)
    pdf.set_auto_page_break(True, 20)
    for st, fn in (("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")):
        pdf.add_font("TNR", st, os.path.join(FONT_DIR, f"LiberationSerif-{fn}.ttf"))
    pdf.set_title("Quyết định công bố Chỉ số CCHC năm 2023")
    return pdf


def fp_par(pdf, text, style="", size=13, align="J", indent=True, h=6.6, after=1.5):
    pdf.set_font("TNR", style, size)
    if indent and align == "J":
        text = "\u2003\u2003" + text  # first-line indent (two em spaces)
    pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def fp_caption(pdf, t: TSpec, size=12.5):
    if pdf.will_page_break(40):
        pdf.add_page(orientation=pdf.cur_orientation)
    pdf.ln(2)
    if t.pre_caption:
        fp_par(pdf, t.pre_caption, "B", size, "C", after=0)
    fp_par(pdf, t.caption, "B", size, "C", after=2.5)


def fp_table(pdf, t: TSpec, widths, size=10.5, borders="ALL", repeat=True, lh=5.0):
    from fpdf.fonts import FontFace

    nh = len(t.head)
    span_at = {(r0, c0): (r1 - r0 + 1, c1 - c0 + 1, text) for r0, c0, r1, c1, text in t.spans()}
    align = t.align or (["C", "L"] + ["C"] * (t.ncols - 2))
    pdf.set_font("TNR", "", size)
    with pdf.table(col_widths=widths, width=sum(widths), line_height=lh, num_heading_rows=nh,
                   repeat_headings=1 if repeat else 0, borders_layout=borders, v_align="MIDDLE",
                   headings_style=FontFace(emphasis="BOLD", fill_color=None), text_align=tuple(align),
                   padding=(0.8, 1.0, 0.8, 1.0), first_row_as_headings=True) as table:
        for r in range(nh):
            row = table.row()
            for c in range(t.ncols):
                if (r, c) in span_at:
                    rs, cs, text = span_at[(r, c)]
                    row.cell(text, align="C", rowspan=rs, colspan=cs)
        for i, cells in enumerate(t.rows):
            k = t.kinds[i]
            emph = "BOLD" if k in ("group", "total") else ("ITALICS" if i in t.italic else None)
            style = FontFace(emphasis=emph) if emph else None
            row = table.row()
            for c, text in enumerate(cells):
                assert "[[" not in text
                row.cell(text, style=style)


# ----------------------------------------------------------------------------------------------
# Document C (fpdf2): Quyết định công bố Chỉ số CCHC năm 2023 các sở, ban, ngành và UBND cấp huyện
# ----------------------------------------------------------------------------------------------
SO_NGANH = ["Ban Dân tộc", "Ban Quản lý các khu công nghiệp", "Sở Công Thương", "Sở Giáo dục và Đào tạo",
            "Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư", "Sở Khoa học và Công nghệ",
            "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ", "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Tài chính", "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Tư pháp",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng", "Sở Y tế", "Thanh tra tỉnh",
            "Văn phòng Ủy ban nhân dân tỉnh"]
DVSN = ["Ban Quản lý dự án đầu tư xây dựng công trình dân dụng và công nghiệp tỉnh",
        "Ban Quản lý dự án đầu tư xây dựng công trình giao thông và nông nghiệp tỉnh",
        "Trường Cao đẳng Cộng đồng Sóc Trăng", "Trường Cao đẳng Nghề Sóc Trăng"]
TW = ["Bảo hiểm xã hội tỉnh", "Công an tỉnh", "Cục Thuế tỉnh", "Chi cục Hải quan Sóc Trăng",
      "Kho bạc Nhà nước Sóc Trăng", "Ngân hàng Nhà nước Việt Nam Chi nhánh tỉnh Sóc Trăng"]
HUYEN = ["Huyện Châu Thành", "Huyện Cù Lao Dung", "Huyện Kế Sách", "Huyện Long Phú", "Huyện Mỹ Tú",
         "Huyện Mỹ Xuyên", "Huyện Thạnh Trị", "Huyện Trần Đề", "Thành phố Sóc Trăng", "Thị xã Ngã Năm",
         "Thị xã Vĩnh Châu"]


def _scores(names, mx, survey=True):
    out = []
    for n in names:
        td = round(RNG.uniform(53.0, 68.2), 2)
        tu = round(min(70.0, td + RNG.uniform(0.5, 6.0)), 2)
        xh = round(RNG.uniform(21.0, 28.6), 2) if survey else None
        tot = round(td + (xh or 0), 2)
        out.append({"name": n, "max": mx, "tu": tu, "td": td, "xh": xh, "tot": tot, "idx": round(tot / mx * 100, 2)})
    order = sorted(range(len(out)), key=lambda i: -out[i]["idx"])
    for rk, i in enumerate(order):
        out[i]["rank"] = rk + 1
    return out


def doc_c_tables():
    RNG.seed(20240903)
    T = []
    S, D, W = _scores(SO_NGANH, 100), _scores(DVSN, 100), _scores(TW, 75, survey=False)
    rows, kinds = [], []
    for roman, label, grp in (("I", "Sở, ban, ngành tỉnh", S), ("II", "Đơn vị sự nghiệp công lập thuộc tỉnh", D),
                              ("III", "Cơ quan Trung ương đóng trên địa bàn tỉnh", W)):
        rows.append([roman, label] + [""] * 7)
        kinds.append("group")
        for i, x in enumerate(grp):
            rows.append([str(i + 1), x["name"], vn(x["max"]), vn(x["tu"]), vn(x["td"]),
                         "-" if x["xh"] is None else vn(x["xh"]), vn(x["tot"]), vn(x["idx"]), str(x["rank"])])
            kinds.append("data")
    T.append(TSpec("Phụ lục I KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA CÁC SỞ, BAN, NGÀNH VÀ CƠ QUAN, "
                   "ĐƠN VỊ THUỘC TỈNH",
                   [["STT", "Tên cơ quan, đơn vị", "Điểm tối đa", "Điểm đạt được", "<", "<", "Tổng điểm đạt được",
                     "Chỉ số CCHC (%)", "Xếp hạng"],
                    ["^", "^", "^", "Tự đánh giá", "Thẩm định", "Điều tra xã hội học", "^", "^", "^"]],
                   rows, kinds=kinds, widths=[11, 49, 13, 16, 16, 16, 14, 13, 12], pre_caption="Phụ lục I",
                   caption="KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA CÁC SỞ, BAN, NGÀNH VÀ CƠ QUAN, "
                           "ĐƠN VỊ THUỘC TỈNH"))

    Hs = _scores(HUYEN, 100)
    prev_rank = {n: r for n, r in zip(HUYEN, [3, 9, 6, 10, 4, 2, 11, 8, 1, 5, 7])}
    rows = []
    for i, x in enumerate(Hs):
        d = prev_rank[x["name"]] - x["rank"]
        note = f"Tăng {d} bậc" if d >= 4 else (f"Giảm {-d} bậc" if d <= -4 else "")
        rows.append([str(i + 1), x["name"], vn(x["max"]), vn(x["td"]), vn(x["xh"]), vn(x["tot"]), vn(x["idx"]),
                     str(x["rank"]), note])
    T.append(TSpec("Phụ lục II KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, "
                   "THÀNH PHỐ",
                   [["STT", "Tên đơn vị", "Điểm tối đa", "Điểm thẩm định", "Điểm điều tra xã hội học", "Tổng điểm",
                     "Chỉ số CCHC (%)", "Xếp hạng", "Ghi chú"]],
                   rows, widths=[11, 34, 13, 16, 18, 15, 15, 13, 25],
                   align=["C", "L", "C", "C", "C", "C", "C", "C", "L"], pre_caption="Phụ lục II",
                   caption="KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023 CỦA ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, "
                           "THÀNH PHỐ"))

    # landscape, 12 columns
    rows = []
    for i, x in enumerate(Hs):
        f = [vn(RNG.uniform(72.0, 99.5)) for _ in range(8)]
        rows.append([str(i + 1), x["name"]] + f + [vn(x["idx"]), str(x["rank"])])
    T.append(TSpec("Phụ lục III CHỈ SỐ THÀNH PHẦN THEO LĨNH VỰC NĂM 2023 CỦA ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, "
                   "THÀNH PHỐ",
                   [["STT", "Đơn vị", "Chỉ số thành phần theo lĩnh vực (%)", "<", "<", "<", "<", "<", "<", "<",
                     "Chỉ số CCHC (%)", "Xếp hạng"],
                    ["^", "^", "Chỉ đạo, điều hành", "Thể chế", "Thủ tục hành chính", "Tổ chức bộ máy",
                     "Chế độ công vụ", "Tài chính công", "Chính quyền số", "Tác động của CCHC", "^", "^"]],
                   rows, widths=[11, 42] + [19.5] * 8 + [20, 17], pre_caption="Phụ lục III",
                   caption="CHỈ SỐ THÀNH PHẦN THEO LĨNH VỰC NĂM 2023 CỦA ỦY BAN NHÂN DÂN CÁC HUYỆN, THỊ XÃ, "
                           "THÀNH PHỐ"))

    # no rulings: top 10 agencies
    allx = [(x, "Sở, ban, ngành") for x in S] + [(x, "Đơn vị sự nghiệp") for x in D] + \
           [(x, "Cơ quan Trung ương") for x in W] + [(x, "UBND cấp huyện") for x in Hs]
    allx.sort(key=lambda p: -p[0]["idx"])
    rows = [[str(i + 1), x["name"], k, vn(x["idx"]), str(x["rank"])] for i, (x, k) in enumerate(allx[:10])]
    T.append(TSpec("Phụ lục IV DANH SÁCH 10 CƠ QUAN, ĐƠN VỊ CÓ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CAO NHẤT NĂM 2023",
                   [["STT", "Tên cơ quan, đơn vị", "Khối", "Chỉ số CCHC (%)", "Xếp hạng trong khối"]],
                   rows, widths=[12, 62, 36, 25, 25], align=["C", "L", "L", "R", "C"], pre_caption="Phụ lục IV",
                   caption="DANH SÁCH 10 CƠ QUAN, ĐƠN VỊ CÓ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CAO NHẤT NĂM 2023"))

    # horizontal lines only: SIPAS per district
    rows = []
    for i, n in enumerate(HUYEN):
        v = [RNG.uniform(80.0, 97.0) for _ in range(5)]
        rows.append([str(i + 1), n] + [vn(a) for a in v] + [vn(sum(v) / 5)])
    T.append(TSpec("Phụ lục V CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2023 CỦA ỦY BAN NHÂN DÂN CẤP HUYỆN",
                   [["STT", "Đơn vị", "Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức giải quyết",
                     "Kết quả giải quyết", "Góp ý, phản ánh", "SIPAS chung"]],
                   rows, widths=[11, 38, 18, 18, 18, 18, 18, 21], pre_caption="Phụ lục V",
                   caption="CHỈ SỐ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC (SIPAS) NĂM 2023 CỦA ỦY BAN NHÂN DÂN CẤP "
                           "HUYỆN"))
    return T


def build_c(name="h9_c_quyetdinh_congbo_chiso_cchc_2023"):
    T = doc_c_tables()
    pdf = fp_new()
    pdf.add_page()
    pdf.set_font("TNR", "B", 12.5)
    y = pdf.get_y()
    pdf.multi_cell(62, 6, "ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("TNR", "", 12.5)
    pdf.ln(1)
    pdf.multi_cell(62, 7, "Số: 1085/QĐ-UBND", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(92, y)
    pdf.set_font("TNR", "B", 12)
    pdf.multi_cell(98, 6, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", align="C")
    pdf.set_x(92)
    pdf.set_font("TNR", "I", 12.5)
    pdf.multi_cell(98, 7, "Sóc Trăng, ngày 15 tháng 5 năm 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    fp_par(pdf, "QUYẾT ĐỊNH", "B", 14, "C", after=0)
    fp_par(pdf, "Về việc phê duyệt và công bố Chỉ số cải cách hành chính năm 2023 của các sở, ban, ngành tỉnh, "
                "Ủy ban nhân dân các huyện, thị xã, thành phố", "B", 13, "C", after=3)
    fp_par(pdf, "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", "B", 13, "C", after=3)
    for t in [
        "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
        "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
        "Căn cứ Quyết định số 3119/QĐ-UBND ngày 05/11/2021 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Bộ Chỉ số "
        "cải cách hành chính của các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố;",
        "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 96/TTr-SNV ngày 06 tháng 5 năm 2024."]:
        fp_par(pdf, t, "I", 13)
    fp_par(pdf, "QUYẾT ĐỊNH:", "B", 13, "C", after=2)
    for t in [
        "Điều 1. Phê duyệt và công bố Chỉ số cải cách hành chính năm 2023 của 19 sở, ban, ngành tỉnh, 04 đơn vị "
        "sự nghiệp công lập, 06 cơ quan Trung ương đóng trên địa bàn tỉnh và 11 Ủy ban nhân dân các huyện, thị "
        "xã, thành phố (chi tiết tại các Phụ lục kèm theo).",
        "Điều 2. Giao Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan hướng dẫn các cơ quan, đơn vị phân "
        "tích kết quả Chỉ số, xây dựng kế hoạch khắc phục tồn tại, hạn chế; các cơ quan, đơn vị có Chỉ số xếp "
        "hạng thấp phải báo cáo nguyên nhân và giải pháp cải thiện trước ngày 30/6/2024.",
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, "
        "Chủ tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách "
        "nhiệm thi hành Quyết định này kể từ ngày ký./."]:
        fp_par(pdf, t)
    pdf.ln(4)
    pdf.set_x(110)
    pdf.set_font("TNR", "B", 13)
    pdf.multi_cell(80, 6.5, "CHỦ TỊCH", align="C")

    pdf.add_page()
    fp_caption(pdf, T[0])
    fp_table(pdf, T[0], T[0].widths, size=10.5)
    pdf.ln(3)
    fp_par(pdf, "Ghi chú: Cơ quan Trung ương đóng trên địa bàn tỉnh không thực hiện điều tra xã hội học; điểm tối "
                "đa của khối này là 75 điểm.", "I", 11.5, indent=False, h=5.5)
    fp_caption(pdf, T[1])
    fp_table(pdf, T[1], T[1].widths, size=10.5)
    pdf.add_page(orientation="L")
    fp_caption(pdf, T[2])
    fp_table(pdf, T[2], T[2].widths, size=10.5)
    pdf.add_page(orientation="P")
    fp_caption(pdf, T[3])
    fp_table(pdf, T[3], T[3].widths, size=11, borders="NONE", lh=5.6)
    pdf.ln(4)
    fp_par(pdf, "Các cơ quan, đơn vị nêu trên được xem xét đề nghị khen thưởng theo quy định tại Điều 5 Quy chế "
                "đánh giá, xếp hạng Chỉ số cải cách hành chính.", "", 12.5)
    fp_caption(pdf, T[4])
    fp_table(pdf, T[4], T[4].widths, size=10.5, borders="HORIZONTAL_LINES")
    pdf.output(os.path.join(HERE, name + ".pdf"))
    return name, T



# ----------------------------------------------------------------------------------------------
# Document D (reportlab, DejaVu Serif): Kế hoạch cải thiện Chỉ số CCHC, SIPAS giai đoạn 2024 - 2025
# ----------------------------------------------------------------------------------------------
def doc_d_tables():
    RNG.seed(20240904)
    T = []
    rows = [["1", "Chỉ số cải cách hành chính (PAR Index)", "81,70%", "62/63", "84,00%", "Tốp 45", "86,00%", "Tốp 30"],
            ["2", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)", "81,80%", "35/63", "84,00%", "Tốp 30", "86,00%",
             "Tốp 25"],
            ["3", "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh (PAPI)", "42,15", "38/63", "43,00", "Tốp 35",
             "44,00", "Tốp 30"],
            ["4", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "64,71", "41/63", "65,50", "Tốp 35", "67,00", "Tốp 30"],
            ["5", "Chỉ số chuyển đổi số cấp tỉnh (DTI)", "0,4482", "47/63", "0,5000", "Tốp 40", "0,5500", "Tốp 35"],
            ["6", "Bộ chỉ số phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công",
             "75,36", "55/63", "80,00", "Tốp 40", "85,00", "Tốp 30"],
            ["7", "Chỉ số sẵn sàng ứng dụng công nghệ thông tin (ICT Index)", "0,3915", "50/63", "-", "-", "-", "-"],
            ["8", "Chỉ số công khai ngân sách cấp tỉnh (POBI)", "71,00", "29/63", "75,00", "Tốp 25", "80,00", "Tốp 20"]]
    T.append(TSpec("Bảng 1. Mục tiêu cải thiện các chỉ số giai đoạn 2024 - 2025",
                   [["TT", "Chỉ số", "Kết quả năm 2023", "<", "Mục tiêu năm 2024", "<", "Mục tiêu năm 2025", "<"],
                    ["^", "^", "Điểm/ tỷ lệ", "Xếp hạng", "Điểm/ tỷ lệ", "Xếp hạng", "Điểm/ tỷ lệ", "Xếp hạng"]],
                   rows, widths=[24, 165, 44, 44, 44, 44, 44, 44]))

    lost = [("1.3.2", "Kiểm tra công tác cải cách hành chính đối với các cơ quan chuyên môn và Ủy ban nhân dân "
             "cấp huyện", 0.5, 0.25, "Kiểm tra chưa đạt 30% số cơ quan"),
            ("1.5", "Tổ chức đối thoại giữa lãnh đạo tỉnh với người dân, doanh nghiệp", 0.5, 0.0,
             "Không tổ chức đối thoại"),
            ("2.2.3", "Xử lý văn bản trái pháp luật được phát hiện qua kiểm tra", 1.0, 0.5, ""),
            ("3.1.2", "Tỷ lệ thủ tục hành chính được công bố đúng thời hạn", 1.0, 0.75, "Công bố chậm 05 thủ tục"),
            ("3.3.1", "Tỷ lệ hồ sơ giải quyết trước và đúng hạn", 1.0, 0.5, "Còn 2,1% hồ sơ quá hạn"),
            ("3.4", "Thực hiện số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", 1.5, 0.75, ""),
            ("5.2.1", "Tuyển dụng công chức tại cơ quan hành chính", 0.5, 0.25, ""),
            ("5.6", "Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức", 1.0, 0.5,
             "Có 03 công chức bị kỷ luật"),
            ("6.1.3", "Giải ngân kế hoạch vốn đầu tư công", 1.0, 0.0, "Tỷ lệ giải ngân đạt 71,4%"),
            ("7.2.2", "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình", 1.5, 0.5, ""),
            ("7.4", "Tỷ lệ hồ sơ thanh toán trực tuyến", 1.0, 0.5, "")]
    rows = [[a, b, vn(m), vn(g), vn(g - m), n] for a, b, m, g, n in lost]
    sm, sg = sum(x[2] for x in lost), sum(x[3] for x in lost)
    rows.append(["", "Cộng", vn(sm), vn(sg), vn(sg - sm), ""])
    T.append(TSpec("Bảng 2. Các tiêu chí, tiêu chí thành phần bị mất điểm năm 2023",
                   [["STT", "Tiêu chí, tiêu chí thành phần", "Điểm tối đa", "Điểm đạt", "Điểm bị trừ", "Nguyên nhân"]],
                   rows, kinds=["data"] * len(lost) + ["total"], widths=[38, 175, 44, 40, 44, 112],
                   align=["C", "L", "C", "C", "C", "L"]))

    r23 = [9.03, 9.45, 12.26, 9.94, 12.28, 9.85, 11.42, 7.47]
    orgs = ["Sở Nội vụ", "Sở Tư pháp", "Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Sở Nội vụ", "Sở Tài chính",
            "Sở Thông tin và Truyền thông", "Sở Nội vụ"]
    rows = []
    for i, ((name, mx), org) in enumerate(zip(FIELDS8, orgs)):
        p = round(r23[i] / mx * 100, 2)
        rows.append([str(i + 1), name, org, vn(p), vn(min(99.0, p + RNG.choice([1.5, 2.0, 3.0, 4.0])))])
    T.append(TSpec("Bảng 3. Phân công cơ quan chủ trì theo dõi, cải thiện các chỉ số thành phần",
                   [["TT", "Lĩnh vực (chỉ số thành phần)", "Cơ quan chủ trì theo dõi", "Tỷ lệ điểm năm 2023 (%)",
                     "Mục tiêu năm 2024 (%)"]],
                   rows, widths=[26, 200, 110, 58, 59], align=["C", "L", "L", "C", "C"]))

    money = [("1.", "Kinh phí từ ngân sách tỉnh", None, None, "", "group"),
             ("1.1", "Tổ chức điều tra xã hội học đánh giá Chỉ số cải cách hành chính của các cơ quan, đơn vị",
              1165, 1250, "", ""),
             ("1.2", "Tập huấn, bồi dưỡng kỹ năng cho công chức làm công tác cải cách hành chính", 320, 350, "", ""),
             ("1.3", "Tuyên truyền, phổ biến về Chỉ số PAR Index, Chỉ số SIPAS", 280, 300, "", ""),
             ("1.4", "Nâng cấp phần mềm chấm điểm Chỉ số cải cách hành chính", 450, None, "Thực hiện năm 2024", ""),
             ("2.", "Kinh phí từ ngân sách cấp huyện", None, None, "", "group"),
             ("2.1", "Khảo sát sự hài lòng tại Bộ phận Một cửa cấp huyện, cấp xã", 660, 715, "", ""),
             ("2.2", "Khen thưởng tập thể, cá nhân có thành tích xuất sắc trong cải cách hành chính", 110, 110,
              "11 huyện, thị xã, thành phố", "")]
    rows, kinds = [], []
    gi = None
    tot4 = tot5 = 0
    for code, name, a, b, note, k in money:
        if k == "group":
            gi = len(rows)
            rows.append([code, name, 0, 0, 0, note])
            kinds.append("group")
            continue
        a0, b0 = a or 0, b or 0
        rows[gi][2] += a0
        rows[gi][3] += b0
        rows[gi][4] += a0 + b0
        tot4, tot5 = tot4 + a0, tot5 + b0
        rows.append([code, name, vint(a) if a else "-", vint(b) if b else "-", vint(a0 + b0), note])
        kinds.append("data")
    for r in rows:
        for k in (2, 3, 4):
            if isinstance(r[k], int):
                r[k] = vint(r[k])
    rows.append(["", "Tổng cộng", vint(tot4), vint(tot5), vint(tot4 + tot5), ""])
    kinds.append("total")
    T.append(TSpec("Bảng 4. Dự kiến kinh phí thực hiện Kế hoạch giai đoạn 2024 - 2025",
                   [["STT", "Nội dung", "Năm 2024", "Năm 2025", "Tổng", "Ghi chú"]],
                   rows, kinds=kinds, widths=[32, 200, 50, 50, 50, 71], align=["C", "L", "R", "R", "R", "L"]))

    tasks = [
        ("A", "Công tác chỉ đạo, điều hành cải cách hành chính", [
            ("Ban hành Kế hoạch cải cách hành chính năm 2025 bảo đảm đầy đủ nhiệm vụ, sản phẩm và thời gian "
             "hoàn thành", "Sở Nội vụ", "Các sở, ban, ngành; UBND các huyện, thị xã, thành phố", "Tháng 12/2024",
             "Kế hoạch của UBND tỉnh"),
            ("Tổ chức kiểm tra công tác cải cách hành chính tối thiểu 30% cơ quan, đơn vị, địa phương",
             "Sở Nội vụ", "Văn phòng UBND tỉnh; Sở Tư pháp", "Quý II - Quý III hằng năm",
             "Báo cáo kết quả kiểm tra"),
            ("Đưa kết quả Chỉ số cải cách hành chính vào tiêu chí đánh giá, xếp loại mức độ hoàn thành nhiệm vụ "
             "của người đứng đầu", "Sở Nội vụ", "Ban Thi đua - Khen thưởng", "Năm 2024", "Văn bản hướng dẫn"),
            ("Tổ chức đối thoại giữa lãnh đạo tỉnh với người dân, doanh nghiệp về cải cách hành chính",
             "Văn phòng UBND tỉnh", "Sở Kế hoạch và Đầu tư; Hiệp hội Doanh nghiệp tỉnh", "Hằng năm",
             "Hội nghị đối thoại")]),
        ("B", "Cải cách thể chế", [
            ("Rà soát, hệ thống hóa văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành",
             "Sở Tư pháp", "Các sở, ban, ngành", "Quý IV/2024", "Quyết định công bố kết quả rà soát"),
            ("Theo dõi tình hình thi hành pháp luật trong các lĩnh vực trọng tâm: đất đai, xây dựng, môi trường",
             "Sở Tư pháp", "Sở Tài nguyên và Môi trường; Sở Xây dựng", "Hằng năm",
             "Báo cáo theo dõi thi hành pháp luật"),
            ("Xử lý kịp thời văn bản trái pháp luật được phát hiện qua kiểm tra", "Sở Tư pháp",
             "Cơ quan ban hành văn bản", "Trong vòng 30 ngày kể từ khi phát hiện", "Văn bản xử lý")]),
        ("C", "Cải cách thủ tục hành chính", [
            ("Công bố, công khai đầy đủ, kịp thời danh mục thủ tục hành chính trên Cơ sở dữ liệu quốc gia về thủ "
             "tục hành chính", "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Thường xuyên", "Quyết định công bố"),
            ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính đạt tỷ lệ tối thiểu 80%", "Văn phòng UBND tỉnh",
             "Sở Thông tin và Truyền thông; UBND cấp huyện", "Năm 2025", "Hồ sơ được số hóa"),
            ("Nâng tỷ lệ hồ sơ trực tuyến toàn trình đạt từ 50% trở lên trên tổng số hồ sơ tiếp nhận",
             "Các sở, ban, ngành", "Trung tâm Phục vụ hành chính công", "Năm 2025", "Báo cáo định kỳ"),
            ("Khảo sát, đánh giá mức độ hài lòng của người dân, tổ chức tại Bộ phận Một cửa các cấp",
             "Sở Nội vụ", "Trung tâm Phục vụ hành chính công", "Quý III hằng năm", "Báo cáo kết quả khảo sát")]),
        ("D", "Cải cách tổ chức bộ máy và chế độ công vụ", [
            ("Sắp xếp, kiện toàn tổ chức bên trong các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh theo hướng "
             "tinh gọn, hoạt động hiệu lực, hiệu quả", "Sở Nội vụ", "Các sở, ban, ngành", "Năm 2024 - 2025",
             "Quyết định kiện toàn"),
            ("Thực hiện tuyển dụng công chức, viên chức công khai, minh bạch qua hình thức thi tuyển trên máy tính",
             "Sở Nội vụ", "Hội đồng tuyển dụng", "Theo kế hoạch", "Kết quả tuyển dụng"),
            ("Bồi dưỡng kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa", "Sở Nội vụ",
             "Trường Chính trị tỉnh", "Quý II/2024", "Lớp bồi dưỡng"),
            ("Kiểm tra việc chấp hành kỷ luật, kỷ cương hành chính tại các cơ quan, đơn vị", "Sở Nội vụ",
             "Thanh tra tỉnh", "Đột xuất", "Thông báo kết luận kiểm tra")]),
        ("Đ", "Cải cách tài chính công", [
            ("Giao quyền tự chủ tài chính cho đơn vị sự nghiệp công lập theo Nghị định số 60/2021/NĐ-CP của Chính "
             "phủ", "Sở Tài chính", "Các sở, ban, ngành; UBND cấp huyện", "Năm 2024", "Quyết định giao tự chủ"),
            ("Công khai ngân sách, tình hình thực hiện dự toán ngân sách trên Cổng thông tin điện tử của tỉnh",
             "Sở Tài chính", "Văn phòng UBND tỉnh", "Theo quy định", "Báo cáo công khai"),
            ("Đẩy nhanh tiến độ giải ngân vốn đầu tư công, phấn đấu đạt trên 95% kế hoạch vốn được giao",
             "Sở Kế hoạch và Đầu tư", "Các chủ đầu tư", "Hằng tháng", "Báo cáo tiến độ giải ngân")]),
        ("E", "Chính quyền số và tác động của cải cách hành chính", [
            ("Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh, kết nối, chia sẻ dữ liệu với "
             "Cổng Dịch vụ công quốc gia", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Quý IV/2024",
             "Hệ thống được nâng cấp"),
            ("Tuyên truyền về Chỉ số cải cách hành chính, Chỉ số SIPAS để người dân, tổ chức hiểu và tham gia "
             "đánh giá", "Sở Thông tin và Truyền thông", "Báo Sóc Trăng; Đài Phát thanh và Truyền hình tỉnh",
             "Thường xuyên", "Tin, bài, phóng sự"),
            ("Phân tích kết quả điều tra xã hội học, đề xuất giải pháp cải thiện các tiêu chí có điểm thấp",
             "Sở Nội vụ", "Các cơ quan được phân công theo dõi chỉ số thành phần", "Quý II hằng năm",
             "Báo cáo phân tích")]),
    ]
    rows, kinds = [], []
    for code, name, items in tasks:
        rows.append([code, name, "", "", "", ""])
        kinds.append("group")
        for i, it in enumerate(items):
            rows.append([str(i + 1), *it])
            kinds.append("data")
    T.append(TSpec("Phụ lục Danh mục nhiệm vụ cải thiện Chỉ số cải cách hành chính, Chỉ số SIPAS giai đoạn "
                   "2024 - 2025",
                   [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]],
                   rows, kinds=kinds, widths=[30, 150, 68, 86, 56, 63], align=["C", "L", "L", "L", "C", "L"],
                   pre_caption="Phụ lục",
                   caption="Danh mục nhiệm vụ cải thiện Chỉ số cải cách hành chính, Chỉ số SIPAS giai đoạn "
                           "2024 - 2025"))
    return T


def build_d(name="h9_d_kehoach_caithien_chiso_2024_2025"):
    from reportlab.platypus import PageBreak, Spacer

    rl_setup()
    T = doc_d_tables()
    R = RL("DS", 11.5)
    W = 595.27 - 85 - 57
    s = [rl_national_header(R, "ỦY BAN NHÂN DÂN", "TỈNH SÓC TRĂNG", "Số: 137/KH-UBND",
                            "Sóc Trăng, ngày 20 tháng 6 năm 2024", W), Spacer(1, 12),
         R.p("KẾ HOẠCH", "title"),
         R.p("Cải thiện, nâng cao Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức đối với sự "
             "phục vụ của cơ quan hành chính nhà nước tỉnh Sóc Trăng giai đoạn 2024 - 2025", "centerb"),
         Spacer(1, 6),
         R.p("Căn cứ kết quả Chỉ số cải cách hành chính năm 2023 được Bộ Nội vụ công bố tại Quyết định số "
             "273/QĐ-BNV ngày 10/4/2024, Ủy ban nhân dân tỉnh ban hành Kế hoạch cải thiện, nâng cao Chỉ số cải cách "
             "hành chính và Chỉ số SIPAS giai đoạn 2024 - 2025 như sau:"),
         R.p("I. MỤC ĐÍCH, YÊU CẦU", "h"),
         R.p("Khắc phục những tồn tại, hạn chế được chỉ ra qua kết quả đánh giá Chỉ số cải cách hành chính năm "
             "2023; xác định rõ trách nhiệm của từng cơ quan, đơn vị trong việc cải thiện các chỉ số thành phần, "
             "tiêu chí, tiêu chí thành phần bị mất điểm."),
         R.p("II. MỤC TIÊU", "h"),
         R.p("Phấn đấu đến năm 2025, Chỉ số cải cách hành chính của tỉnh đạt từ 86% trở lên, thuộc nhóm 30 tỉnh, "
             "thành phố dẫn đầu cả nước; các chỉ số có liên quan được cải thiện theo lộ trình tại Bảng 1.")]
    rl_caption(R, T[0], s)
    s.append(rl_table(T[0], fam="DS", size=8.5))
    s.append(R.p("III. NHIỆM VỤ, GIẢI PHÁP", "h"))
    s.append(R.p("1. Khắc phục các tiêu chí, tiêu chí thành phần bị mất điểm", "h"))
    s.append(R.p("Qua phân tích kết quả năm 2023, tỉnh bị mất điểm ở 11 tiêu chí, tiêu chí thành phần thuộc phần "
                 "đánh giá, thẩm định; tổng số điểm bị trừ là 6,00 điểm, tập trung ở các lĩnh vực cải cách thủ tục "
                 "hành chính và chính quyền số."))
    rl_caption(R, T[1], s)
    s.append(rl_table(T[1], fam="DS", size=8.5))
    s.append(R.p("2. Phân công theo dõi các chỉ số thành phần", "h"))
    s.append(R.p("Mỗi lĩnh vực được giao cho một cơ quan chủ trì theo dõi, tham mưu cải thiện; cơ quan chủ trì "
                 "báo cáo kết quả về Sở Nội vụ trước ngày 15 tháng 11 hằng năm để tổng hợp."))
    rl_caption(R, T[2], s)
    s.append(rl_table(T[2], fam="DS", size=8.5, mode="box"))
    s.append(R.p("IV. KINH PHÍ THỰC HIỆN", "h"))
    s.append(R.p("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và "
                 "các nguồn hợp pháp khác; dự kiến như sau:"))
    rl_caption(R, T[3], s)
    s.insert(len(s), R.p("Đơn vị tính: triệu đồng", "unit"))
    s.append(rl_table(T[3], fam="DS", size=8.5))
    s.append(R.p("V. TỔ CHỨC THỰC HIỆN", "h"))
    s.append(R.p("Các sở, ban, ngành tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố căn cứ nhiệm vụ được giao "
                 "tại Phụ lục kèm theo Kế hoạch này, xây dựng kế hoạch chi tiết và tổ chức thực hiện; định kỳ báo "
                 "cáo kết quả về Sở Nội vụ. Sở Nội vụ theo dõi, đôn đốc, tổng hợp, báo cáo Ủy ban nhân dân tỉnh./."))
    s.append(Spacer(1, 8))
    s.append(R.p("<b>TM. ỦY BAN NHÂN DÂN</b>", "center"))
    s.append(R.p("<b>CHỦ TỊCH</b>", "center"))
    s.append(PageBreak())
    s.append(Spacer(1, 24))
    rl_caption(R, T[4], s)
    s.append(rl_table(T[4], fam="DS", size=8.5, repeat=False, split_in_row=True, valign="TOP"))
    rl_build(os.path.join(HERE, name + ".pdf"), s, fam="DS")
    return name, T


def main():
    only = sys.argv[1:]
    builders = [build_a, build_b, build_c, build_d]
    for b in builders:
        if only and b.__name__.split("_")[1] not in only:
            continue
        name, T = b()
        write_expected(name, T)
    shutil.rmtree(WORK, ignore_errors=True)


if __name__ == "__main__":
    main()
