#!/usr/bin/env python
"""Build benchmarks/holdout12: four born-digital PDF reports (Vietnamese PAR Index / SIPAS / CCHC)
with their `<name>.expected.json`, written independently of parx.

    /work/main/.venv/bin/python benchmarks/holdout12/build.py

Generators: reportlab (par_index_2024_bac_lieu), fpdf2 (sipas_2024_bac_lieu),
python-docx -> LibreOffice (ke_hoach_nang_cao_cchc_2025, xep_loai_cchc_2024).
Deterministic: fixed random seed; the pages of each table are read back with pdfplumber.
"""
from __future__ import annotations

import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
R = random.Random(20240612)
FONT_DIR = "/usr/share/fonts/truetype/liberation2"
FONTS = {"": "LiberationSerif-Regular.ttf", "B": "LiberationSerif-Bold.ttf",
         "I": "LiberationSerif-Italic.ttf", "BI": "LiberationSerif-BoldItalic.ttf"}


# ----------------------------------------------------------------------------------------------
# number formatting
# ----------------------------------------------------------------------------------------------
def vn(x: float, d: int = 2) -> str:
    """Vietnamese number: 1.165 ; 93,50"""
    s = f"{x:,.{d}f}"
    return s.replace(",", "\0").replace(".", ",").replace("\0", ".")


def vnp(x: float, d: int = 2) -> str:
    return vn(x, d) + "%"


def sgn(x: float, d: int = 2, pct: bool = False) -> str:
    v = round(x, d)
    suf = "%" if pct else ""
    if v > 0:
        return "+" + vn(v, d) + suf
    if v < 0:
        return "-" + vn(-v, d) + suf
    return vn(0, d) + suf


def dot(x: float, d: int = 2) -> str:
    return f"{x:.{d}f}"


def dsgn(x: float, d: int = 2, pct: bool = False) -> str:
    v = round(x, d)
    suf = "%" if pct else ""
    if v > 0:
        return "+" + f"{v:.{d}f}" + suf
    if v < 0:
        return "-" + f"{-v:.{d}f}" + suf
    return f"{0:.{d}f}" + suf


def isgn(n: int) -> str:
    return f"+{n}" if n > 0 else (str(n) if n < 0 else "0")


def nospace(s: str) -> str:
    return "".join(unicodedata.normalize("NFC", s or "").split())


def norm(s) -> str:
    return unicodedata.normalize("NFC", " ".join(str(s or "").split()))


# ----------------------------------------------------------------------------------------------
# table specification
# ----------------------------------------------------------------------------------------------
def H(text: str, cs: int = 1, rs: int = 1):
    return (text, cs, rs)


def expand(hspec):
    """hspec: list of header rows of cells (text | (text, colspan, rowspan)).
    Returns (grid with merged text repeated, blocks [(r0, c0, r1, c1, text)])."""
    nrows = len(hspec)
    ncols = sum((c[1] if isinstance(c, tuple) else 1) for c in hspec[0])
    grid = [[None] * ncols for _ in range(nrows)]
    blocks = []
    for r, row in enumerate(hspec):
        c = 0
        for cell in row:
            text, cs, rs = cell if isinstance(cell, tuple) else (cell, 1, 1)
            while grid[r][c] is not None:
                c += 1
            for rr in range(r, r + rs):
                for cc in range(c, c + cs):
                    assert grid[rr][cc] is None, (text, rr, cc)
                    grid[rr][cc] = text
            blocks.append((r, c, r + rs - 1, c + cs - 1, text))
            c += cs
    for r in range(nrows):
        assert all(g is not None for g in grid[r]), (hspec, r)
    return grid, blocks


def T(caption, hspec, widths, align, rows, kinds, *, appendix=None, unit=None, style="grid",
      repeat=False, fs=10, sup=None, italic=(), note_after=None):
    grid, blocks = expand(hspec)
    ncols = len(grid[0])
    assert len(widths) == ncols and len(align) == ncols, caption
    assert len(rows) == len(kinds), caption
    for r in rows:
        assert len(r) == ncols, (caption, r)
    styles = []
    for i, k in enumerate(kinds):
        s = "B" if k in ("group", "total") else ""
        if i in italic:
            s += "I"
        styles.append(s)
    return dict(caption=caption, appendix=appendix, unit=unit, hspec=hspec, grid=grid, blocks=blocks,
                widths=widths, align=align, rows=rows, kinds=kinds, styles=styles, style=style,
                repeat=repeat, fs=fs, sup=sup or {}, note_after=note_after)


def title_of(t) -> str:
    return (t["appendix"] + " " + t["caption"]) if t["appendix"] else t["caption"]


ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]

# ----------------------------------------------------------------------------------------------
# shared facts
# ----------------------------------------------------------------------------------------------
PROVINCE = "Bạc Liêu"
DBSCL = ["An Giang", "Bạc Liêu", "Bến Tre", "Cà Mau", "Cần Thơ", "Đồng Tháp", "Hậu Giang",
         "Kiên Giang", "Long An", "Sóc Trăng", "Tiền Giang", "Trà Vinh", "Vĩnh Long"]
DISTRICTS = ["Thành phố Bạc Liêu", "Thị xã Giá Rai", "Huyện Hồng Dân", "Huyện Phước Long",
             "Huyện Vĩnh Lợi", "Huyện Hòa Bình", "Huyện Đông Hải"]
SO_NGANH = ["Văn phòng UBND tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư", "Sở Tài chính",
            "Sở Công Thương", "Sở Nông nghiệp và Phát triển nông thôn", "Sở Giao thông vận tải",
            "Sở Xây dựng", "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông",
            "Sở Lao động - Thương binh và Xã hội", "Sở Văn hóa, Thể thao và Du lịch",
            "Sở Khoa học và Công nghệ", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Thanh tra tỉnh",
            "Ban Dân tộc", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh",
            "Ban Quản lý Khu công nghiệp tỉnh"]
LINH_VUC = ["Công tác chỉ đạo, điều hành cải cách hành chính", "Xây dựng và tổ chức thực hiện thể chế",
            "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy hành chính nhà nước",
            "Cải cách chế độ công vụ", "Cải cách tài chính công",
            "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
            "Tác động của cải cách hành chính đến người dân, tổ chức và các chỉ tiêu phát triển kinh tế - xã hội của tỉnh"]
LV_MAX = [9.00, 9.50, 13.00, 8.50, 13.50, 11.50, 12.00, 23.00]

# criteria (code, name, max, agency) grouped by field
CRIT = [
    [("1.3.2", "Xử lý các vấn đề phát hiện qua kiểm tra", 1.00, "Sở Nội vụ"),
     ("1.6", "Đối thoại của lãnh đạo tỉnh với người dân, doanh nghiệp", 1.00, "Sở Kế hoạch và Đầu tư"),
     ("1.7", "Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao", 1.50, "Văn phòng UBND tỉnh")],
    [("2.1.2", "Mức độ hoàn thành kế hoạch xây dựng văn bản quy phạm pháp luật của tỉnh trong năm", 1.00, "Sở Tư pháp"),
     ("2.3.3", "Xử lý các vấn đề phát hiện qua kiểm tra, rà soát văn bản quy phạm pháp luật theo thẩm quyền", 1.00, "Sở Tư pháp"),
     ("2.4.2", "Thực hiện kiến nghị của cơ quan có thẩm quyền về xử lý vi phạm trong lĩnh vực thanh tra, kiểm tra việc thi hành pháp luật tại địa phương", 0.50, "Thanh tra tỉnh")],
    [("3.2.1", "Công bố TTHC, danh mục TTHC theo quy định", 0.50, "Văn phòng UBND tỉnh"),
     ("3.2.3", "Công khai tiến độ, kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết TTHC", 1.00, "Văn phòng UBND tỉnh"),
     ("3.4.2", "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận trong năm được giải quyết đúng hạn", 1.50, "Văn phòng UBND tỉnh"),
     ("3.4.3", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn", 1.00, "Văn phòng UBND tỉnh")],
    [("4.1.3", "Thực hiện quy định về cơ cấu số lượng lãnh đạo tại các cơ quan chuyên môn thuộc UBND tỉnh và UBND cấp huyện", 1.00, "Sở Nội vụ"),
     ("4.2.2", "Tỷ lệ giảm số lượng đơn vị sự nghiệp công lập so với năm 2015", 1.00, "Sở Nội vụ"),
     ("4.3", "Thực hiện phân cấp, ủy quyền quản lý nhà nước theo quy định", 1.00, "Sở Nội vụ")],
    [("5.3.1", "Thực hiện quy định về bổ nhiệm các chức danh lãnh đạo, quản lý", 0.75, "Sở Nội vụ"),
     ("5.4", "Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức", 1.50, "Sở Nội vụ"),
     ("5.6", "Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã", 0.50, "Sở Nội vụ")],
    [("6.1.2", "Thực hiện quy định về việc sử dụng kinh phí nguồn từ ngân sách nhà nước", 1.00, "Sở Tài chính"),
     ("6.1.3", "Thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách", 1.00, "Sở Tài chính"),
     ("6.3.3", "Thực hiện quy định về sử dụng các nguồn tài chính và phân phối kết quả tài chính tại các đơn vị sự nghiệp công lập", 1.00, "Sở Tài chính")],
    [("7.1.2", "Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây", 1.00, "Sở Thông tin và Truyền thông"),
     ("7.1.4", "Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức", 1.00, "Sở Thông tin và Truyền thông"),
     ("7.3.4", "Triển khai số hóa hồ sơ giải quyết TTHC", 1.00, "Sở Thông tin và Truyền thông"),
     ("7.3.6", "Tỷ lệ hồ sơ trực tuyến toàn trình", 1.50, "Sở Thông tin và Truyền thông")],
    [("8.2", "Mức độ thu hút đầu tư của tỉnh", 1.00, "Sở Kế hoạch và Đầu tư"),
     ("8.3.1", "Số lượng doanh nghiệp gia nhập và tái gia nhập thị trường", 0.50, "Sở Kế hoạch và Đầu tư"),
     ("8.4", "Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao", 1.50, "Sở Tài chính"),
     ("8.5", "Mức độ thực hiện các chỉ tiêu phát triển kinh tế - xã hội do Hội đồng nhân dân tỉnh giao", 2.00, "Sở Kế hoạch và Đầu tư")],
]

YEU_TO = ["Tiếp cận dịch vụ hành chính công", "Thủ tục hành chính", "Sự phục vụ của công chức",
          "Kết quả giải quyết công việc", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị"]
TIEU_CHI = [
    ["Nơi ngồi chờ tại Bộ phận Một cửa có đủ chỗ ngồi",
     "Trang thiết bị phục vụ người dân, tổ chức tại Bộ phận Một cửa đầy đủ",
     "Trang thiết bị phục vụ người dân, tổ chức tại Bộ phận Một cửa hiện đại, dễ sử dụng",
     "Cổng dịch vụ công trực tuyến dễ truy cập, dễ sử dụng, thông tin được cập nhật thường xuyên",
     "Thông tin hướng dẫn về thủ tục hành chính được niêm yết công khai, đầy đủ, dễ tìm hiểu"],
    ["Thủ tục hành chính được niêm yết công khai đầy đủ",
     "Thủ tục hành chính được niêm yết công khai chính xác",
     "Thành phần hồ sơ mà người dân, tổ chức phải nộp là đúng quy định",
     "Phí, lệ phí mà người dân, tổ chức phải nộp là đúng quy định",
     "Thời hạn giải quyết ghi trên giấy tiếp nhận hồ sơ và hẹn trả kết quả là đúng quy định"],
    ["Công chức có thái độ giao tiếp lịch sự",
     "Công chức chú ý lắng nghe ý kiến của người dân, tổ chức",
     "Công chức trả lời, giải thích đầy đủ các ý kiến của người dân, tổ chức",
     "Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo",
     "Công chức hướng dẫn kê khai hồ sơ dễ hiểu",
     "Công chức tuân thủ đúng quy định trong giải quyết công việc"],
    ["Kết quả mà người dân, tổ chức nhận được là đúng quy định",
     "Kết quả mà người dân, tổ chức nhận được có thông tin đầy đủ",
     "Kết quả mà người dân, tổ chức nhận được có thông tin chính xác"],
    ["Cơ quan có bố trí hình thức tiếp nhận góp ý, phản ánh, kiến nghị",
     "Người dân, tổ chức dễ dàng thực hiện góp ý, phản ánh, kiến nghị",
     "Cơ quan tiếp nhận, xử lý tích cực các góp ý, phản ánh, kiến nghị và thông báo kết quả xử lý kịp thời cho người dân, tổ chức"],
]
assert sum(len(x) for x in TIEU_CHI) == 22


# ==============================================================================================
# Document A: PAR Index analysis (reportlab)
# ==============================================================================================
def data_par():
    # --- A1: 8 fields, two years
    d23 = [round(m * R.uniform(0.74, 0.95), 2) for m in LV_MAX]
    d24 = [round(m * R.uniform(0.76, 0.96), 2) for m in LV_MAX]
    s23, s24 = round(sum(d23), 2), round(sum(d24), 2)
    rows, kinds = [], []
    for i, name in enumerate(LINH_VUC):
        m = LV_MAX[i]
        rows.append([str(i + 1), name, vn(m), vn(d23[i]), vnp(d23[i] / m * 100), vn(m), vn(d24[i]),
                     vnp(d24[i] / m * 100), sgn(d24[i] - d23[i])])
        kinds.append("data")
    rows.append(["", "Tổng cộng", vn(100), vn(s23), vnp(s23), vn(100), vn(s24), vnp(s24), sgn(s24 - s23)])
    kinds.append("total")
    a1 = T("Bảng 1. Kết quả Chỉ số CCHC của tỉnh theo 8 lĩnh vực năm 2023 và năm 2024",
           [[H("STT", 1, 2), H("Lĩnh vực", 1, 2), H("Năm 2023", 3), H("Năm 2024", 3), H("Tăng (+), giảm (-) điểm", 1, 2)],
            ["Điểm tối đa", "Điểm đạt", "Tỷ lệ", "Điểm tối đa", "Điểm đạt", "Tỷ lệ"]],
           [9, 52, 14, 14, 16, 14, 14, 16, 21], "CLRRRRRRR", rows, kinds, unit="Đơn vị tính: điểm")

    # --- A3: region ranking (box only)
    idx24 = {p: round(R.uniform(79.5, 89.5), 2) for p in DBSCL}
    idx23 = {p: round(idx24[p] + R.uniform(-2.2, 1.6), 2) for p in DBSCL}
    idx23[PROVINCE], idx24[PROVINCE] = s23, s24
    def ranks(idx):
        order = sorted(DBSCL, key=lambda p: -idx[p])
        nat = sorted(R.sample(range(1, 64), 13))
        return {p: nat[i] for i, p in enumerate(order)}, {p: i + 1 for i, p in enumerate(order)}
    nat23, reg23 = ranks(idx23)
    nat24, reg24 = ranks(idx24)
    rows, kinds = [], []
    for i, p in enumerate(DBSCL):
        rows.append([str(i + 1), p, vn(idx23[p]), f"{nat23[p]}/63", vn(idx24[p]), f"{nat24[p]}/63",
                     f"{reg24[p]}/13", isgn(nat23[p] - nat24[p])])
        kinds.append("data")
    avg23 = sum(idx23.values()) / 13
    avg24 = sum(idx24.values()) / 13
    rows.append(["", "Bình quân vùng", vn(avg23), "-", vn(avg24), "-", "-", "-"])
    kinds.append("total")
    bl = DBSCL.index(PROVINCE)
    a3 = T("Bảng 3. Chỉ số CCHC và xếp hạng của các tỉnh, thành phố vùng Đồng bằng sông Cửu Long",
           [["STT", "Tỉnh, thành phố", "Chỉ số năm 2023 (%)", "Xếp hạng năm 2023", "Chỉ số năm 2024 (%)",
             "Xếp hạng năm 2024", "Xếp hạng trong vùng", "Tăng (+), giảm (-) bậc"]],
           [10, 36, 21, 20, 21, 20, 20, 22], "CLRCRCCC", rows, kinds, style="box",
           sup={(bl, 1): "1"},
           note_after=("<super>1</super> Tỉnh Bạc Liêu tăng " if nat23[PROVINCE] > nat24[PROVINCE] else
                       "<super>1</super> Tỉnh Bạc Liêu thay đổi ") +
           f"{abs(nat23[PROVINCE] - nat24[PROVINCE])} bậc so với năm 2023; đứng thứ {reg24[PROVINCE]}/13 trong vùng.")

    # --- A2: dot decimals over years (horizontal rules only)
    years = list(range(2018, 2025))
    tot = {y: round(R.uniform(78.0, 86.0), 2) for y in years}
    tot[2023], tot[2024] = s23, s24
    natr = {y: R.randint(20, 58) for y in years}
    natr[2023], natr[2024] = nat23[PROVINCE], nat24[PROVINCE]
    rows, kinds = [], []
    vals = {}
    for y in years:
        tdmax, xmax = (62.0, 38.0) if y < 2022 else (68.0, 32.0)
        x = round(xmax * R.uniform(0.78, 0.88), 2)
        td = round(tot[y] - x, 2)
        vals[y] = (td, td / tdmax * 100, x, x / xmax * 100, tot[y])
        rows.append([f"Năm {y}", dot(tdmax), dot(td), dot(td / tdmax * 100) + "%", dot(xmax), dot(x),
                     dot(x / xmax * 100) + "%", "100.00", dot(tot[y]), dot(tot[y]) + "%", f"{natr[y]}/63"])
        kinds.append("data")
    a, b = vals[2024], vals[2023]
    rows.append(["So sánh (2024 - 2023)", "", dsgn(a[0] - b[0]), dsgn(a[1] - b[1], pct=True), "",
                 dsgn(a[2] - b[2]), dsgn(a[3] - b[3], pct=True), "", dsgn(a[4] - b[4]),
                 dsgn(a[4] - b[4], pct=True), isgn(natr[2023] - natr[2024])])
    kinds.append("data")
    a2 = T("Bảng 2. Điểm đánh giá, thẩm định và điểm điều tra xã hội học giai đoạn 2018 - 2024",
           [[H("Năm", 1, 2), H("Điểm đánh giá, thẩm định", 3), H("Điểm điều tra xã hội học", 3),
             H("Điểm tổng hợp", 3), H("Xếp hạng", 1, 2)],
            ["Điểm tối đa", "Điểm đạt", "Tỷ lệ đạt"] * 3],
           [24] + [14.5] * 9 + [15.5], "LRRRRRRRRRC", rows, kinds, style="hrules", fs=9,
           italic=(len(rows) - 1,))

    # --- A4 (Phụ lục 1): criteria not at max, grouped by field, long names, header repeated
    rows, kinds = [], []
    notes = {"3.2.1": "Công bố trễ hạn", "5.6": "Chưa đạt chuẩn", "7.3.4": "Không có dữ liệu",
             "8.2": "Giảm so với năm 2023"}
    gmax_all = gdone_all = 0.0
    crit_vals = {}
    for g, items in enumerate(CRIT):
        grow = len(rows)
        rows.append(None)
        kinds.append("group")
        gm = gd = 0.0
        for code, name, mx, agency in items:
            r = R.random()
            got = 0.0 if r < 0.16 else round(mx * R.uniform(0.30, 0.995), 4)
            crit_vals[code] = got
            gm += mx
            gd += got
            rows.append([code, name, vn(mx), "0" if got == 0 else vn(got, 4),
                         "-" if got == 0 else vnp(got / mx * 100), agency, notes.get(code, "")])
            kinds.append("data")
        rows[grow] = [ROMAN[g], LINH_VUC[g].upper(), vn(gm), vn(gd, 4), vnp(gd / gm * 100), "", ""]
        gmax_all += gm
        gdone_all += gd
    rows.append(["", "Tổng cộng", vn(gmax_all), vn(gdone_all, 4), vnp(gdone_all / gmax_all * 100), "", ""])
    kinds.append("total")
    a4 = T("Kết quả các tiêu chí, tiêu chí thành phần chưa đạt điểm tối đa năm 2024",
           [["Tiêu chí", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm tối đa", "Điểm đạt", "Tỷ lệ",
             "Cơ quan chủ trì tham mưu", "Ghi chú"]],
           [16, 60, 15, 17, 17, 29, 16], "CLRRRLL", rows, kinds, appendix="Phụ lục 1", repeat=True)

    # --- A5 (Bảng 4): criteria up/down vs 2023
    pick = [c for grp in CRIT for c in grp]
    pick = [pick[i] for i in (0, 2, 4, 7, 9, 11, 13, 15, 18, 20, 22, 25)]
    rows, kinds = [], []
    for i, (code, name, mx, agency) in enumerate(pick):
        v24 = crit_vals[code]
        if code in ("7.1.4", "4.2.2"):
            rows.append([str(i + 1), f"{name} ({code})", vn(mx), "-", vn(v24), "-", "Tiêu chí mới năm 2024"])
        else:
            v23 = round(mx * R.uniform(0.35, 1.0), 2)
            note = "Giảm mạnh" if v24 - v23 < -0.4 else ""
            rows.append([str(i + 1), f"{name} ({code})", vn(mx), vn(v23), vn(v24), sgn(v24 - v23), note])
        kinds.append("data")
    a5 = T("Bảng 4. Các tiêu chí thành phần tăng, giảm điểm năm 2024 so với năm 2023",
           [["TT", "Tiêu chí thành phần", "Điểm tối đa", "Năm 2023", "Năm 2024", "Tăng (+), giảm (-)", "Ghi chú"]],
           [10, 64, 16, 16, 16, 18, 30], "CLRRRRL", rows, kinds)
    facts = dict(s23=s23, s24=s24, nat23=nat23[PROVINCE], nat24=nat24[PROVINCE], reg24=reg24[PROVINCE],
                 d23=d23, d24=d24)
    return [a1, a2, a3, a5, a4], facts


def xml_escape(s: str) -> str:
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_reportlab(path, story_spec):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib.fonts import addMapping

    names = {"": "LS", "B": "LS-B", "I": "LS-I", "BI": "LS-BI"}
    for k, f in FONTS.items():
        pdfmetrics.registerFont(TTFont(names[k], os.path.join(FONT_DIR, f)))
    addMapping("LS", 0, 0, "LS")
    addMapping("LS", 1, 0, "LS-B")
    addMapping("LS", 0, 1, "LS-I")
    addMapping("LS", 1, 1, "LS-BI")
    AL = {"L": TA_LEFT, "C": TA_CENTER, "R": TA_RIGHT, "J": TA_JUSTIFY}

    def pstyle(fs=13, font="LS", align="J", first=0, before=0, after=6, leading=None):
        return ParagraphStyle("x", fontName=font, fontSize=fs, leading=leading or fs * 1.25, alignment=AL[align],
                              firstLineIndent=first, spaceBefore=before, spaceAfter=after)

    def table_flowable(t):
        fs = t["fs"]
        grid, blocks = t["grid"], t["blocks"]
        nh, ncols = len(grid), len(grid[0])
        data = [[""] * ncols for _ in range(nh)]
        hst = pstyle(fs, "LS-B", "C", after=0, leading=fs * 1.15)
        for r0, c0, r1, c1, text in blocks:
            data[r0][c0] = Paragraph(xml_escape(text), hst)
        for i, row in enumerate(t["rows"]):
            st = t["styles"][i]
            out = []
            for c, text in enumerate(row):
                s = xml_escape(text)
                if (i, c) in t["sup"]:
                    s += "<super>" + t["sup"][(i, c)] + "</super>"
                out.append(Paragraph(s, pstyle(fs, names[st], t["align"][c], after=0, leading=fs * 1.15)))
            data.append(out)
        tbl = Table(data, colWidths=[w * mm for w in t["widths"]], repeatRows=nh if t["repeat"] else 0)
        cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
                ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
        for r0, c0, r1, c1, text in blocks:
            if (r0, c0) != (r1, c1):
                cmds.append(("SPAN", (c0, r0), (c1, r1)))
        black = colors.black
        if t["style"] == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.6, black))
        elif t["style"] == "hrules":
            cmds.append(("LINEABOVE", (0, 0), (-1, 0), 1.0, black))
            for r0, c0, r1, c1, text in blocks:
                if r1 < nh - 1:
                    cmds.append(("LINEBELOW", (c0, r1), (c1, r1), 0.5, black))
            cmds.append(("LINEBELOW", (0, nh - 1), (-1, nh - 1), 1.0, black))
            cmds.append(("LINEBELOW", (0, nh), (-1, -2), 0.4, black))
            cmds.append(("LINEBELOW", (0, -1), (-1, -1), 1.0, black))
        elif t["style"] == "box":
            cmds.append(("BOX", (0, 0), (-1, -1), 0.9, black))
        tbl.setStyle(TableStyle(cmds))
        return tbl

    def on_page(canv, doc):
        canv.saveState()
        canv.setFont("LS", 11)
        canv.drawCentredString(A4[0] / 2 + 5 * mm, 12 * mm, str(canv.getPageNumber()))
        canv.restoreState()

    story = []
    for item in story_spec:
        kind = item[0]
        if kind == "p":  # ("p", text, options)
            opt = item[2] if len(item) > 2 else {}
            story.append(Paragraph(item[1], pstyle(opt.get("fs", 13), opt.get("font", "LS"), opt.get("align", "J"),
                                                   opt.get("first", 10 * mm if opt.get("align", "J") == "J" else 0),
                                                   opt.get("before", 0), opt.get("after", 6))))
        elif kind == "head":  # national heading as borderless table (not an expected table)
            left, right = item[1], item[2]
            hs = pstyle(12, "LS-B", "C", after=0)
            hn = pstyle(12, "LS-I", "C", after=0)
            tb = Table([[Paragraph(left[0], hs), Paragraph(right[0], hs)],
                        [Paragraph(left[1], pstyle(12, "LS", "C", after=0)), Paragraph(right[1], hn)]],
                       colWidths=[65 * mm, 105 * mm])
            tb.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP")]))
            story.append(tb)
            story.append(Spacer(1, 6 * mm))
        elif kind == "t":
            t = item[1]
            if t["appendix"]:
                story.append(Paragraph(t["appendix"], pstyle(13, "LS-B", "C", after=2)))
            story.append(Paragraph(xml_escape(t["caption"]), pstyle(12.5, "LS-B", "C", before=4, after=3)))
            if t["unit"]:
                story.append(Paragraph(t["unit"], pstyle(11, "LS-I", "R", after=2)))
            story.append(table_flowable(t))
            if t["note_after"]:
                story.append(Spacer(1, 1.5 * mm))
                story.append(Paragraph(t["note_after"], pstyle(10, "LS", "L", after=4)))
            story.append(Spacer(1, 4 * mm))
        elif kind == "pb":
            story.append(PageBreak())
        elif kind == "sp":
            story.append(Spacer(1, item[1] * mm))
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=25 * mm, rightMargin=15 * mm, topMargin=18 * mm,
                            bottomMargin=20 * mm, title="Bao cao PAR Index", author="So Noi vu")
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)


def doc_par():
    tables, f = data_par()
    a1, a2, a3, a5, a4 = tables
    s23, s24 = f["s23"], f["s24"]
    up = s24 >= s23
    P = lambda s, **o: ("p", s, o)
    story = [
        ("head", ("UBND TỈNH BẠC LIÊU<br/>SỞ NỘI VỤ", "Số: 118/BC-SNV"),
         ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc", "Bạc Liêu, ngày 22 tháng 4 năm 2025")),
        P("BÁO CÁO", font="LS-B", align="C", fs=14, after=2),
        P("Phân tích kết quả Chỉ số cải cách hành chính (PAR INDEX) năm 2024 của tỉnh Bạc Liêu", font="LS-B",
          align="C", after=10),
        P("Căn cứ Quyết định số 156/QĐ-BNV ngày 28/3/2025 của Bộ Nội vụ phê duyệt và công bố Chỉ số cải cách "
          "hành chính năm 2024 của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc "
          "Trung ương, Sở Nội vụ báo cáo phân tích kết quả Chỉ số cải cách hành chính (viết tắt là PAR INDEX) "
          "của tỉnh như sau:"),
        P("<b>I. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024</b>", align="L", first=0),
        P(f"Năm 2024, Chỉ số cải cách hành chính của tỉnh Bạc Liêu đạt {vn(s24)}/100 điểm, tương đương "
          f"{vnp(s24)}, xếp hạng {f['nat24']}/63 tỉnh, thành phố; {'tăng' if up else 'giảm'} "
          f"{vn(abs(s24 - s23))} điểm so với năm 2023 ({vn(s23)} điểm). Kết quả theo từng lĩnh vực như sau:"),
        ("t", a1),
        P("Qua bảng trên cho thấy, lĩnh vực cải cách thủ tục hành chính và lĩnh vực xây dựng, phát triển "
          "Chính quyền điện tử, Chính quyền số tiếp tục là những lĩnh vực có tỷ lệ điểm đạt được cao; "
          "lĩnh vực tác động của cải cách hành chính đến người dân, tổ chức vẫn còn nhiều hạn chế."),
        P("Điểm đánh giá, thẩm định và điểm điều tra xã hội học của tỉnh qua các năm được tổng hợp tại Bảng 2 "
          "(số liệu theo công bố của Bộ Nội vụ, giữ nguyên định dạng số của tệp dữ liệu gốc)."),
        ("t", a2),
        P("Như vậy, tỷ lệ điểm đánh giá, thẩm định của tỉnh có sự biến động qua các năm, trong khi điểm điều "
          "tra xã hội học chưa có sự bứt phá. Trong 13 tỉnh, thành phố thuộc khu vực Đồng bằng sông Cửu Long, "
          f"tỉnh xếp hạng {f['reg24']}/13, cụ thể như sau:"),
        ("t", a3),
        P("<b>II. PHÂN TÍCH CÁC TIÊU CHÍ THÀNH PHẦN</b>", align="L", first=0),
        P("So với năm 2023, có nhiều tiêu chí thành phần tăng điểm; tuy nhiên vẫn còn một số tiêu chí thành "
          "phần giảm điểm hoặc không đạt điểm, tập trung ở các lĩnh vực cải cách tài chính công, cải cách chế "
          "độ công vụ và tác động của cải cách hành chính đến phát triển kinh tế - xã hội."),
        ("t", a5),
        P("Danh mục đầy đủ các tiêu chí, tiêu chí thành phần chưa đạt điểm tối đa năm 2024 và cơ quan chủ trì "
          "tham mưu khắc phục được tổng hợp tại Phụ lục 1 kèm theo Báo cáo này."),
        P("<b>III. ĐỀ XUẤT, KIẾN NGHỊ</b>", align="L", first=0),
        P("Đề nghị Ủy ban nhân dân tỉnh chỉ đạo các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố "
          "rà soát các tiêu chí, tiêu chí thành phần bị trừ điểm; xây dựng kế hoạch khắc phục cụ thể, phân công "
          "rõ trách nhiệm người đứng đầu và thời gian hoàn thành; định kỳ hằng quý báo cáo kết quả về Sở Nội vụ "
          "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh."),
        P("Trên đây là Báo cáo phân tích kết quả Chỉ số cải cách hành chính năm 2024 của tỉnh Bạc Liêu./."),
        P("<b>GIÁM ĐỐC</b>", align="R", first=0, before=8),
        ("pb",),
        ("t", a4),
        P("Ghi chú: Điểm đạt được làm tròn đến 4 chữ số thập phân theo kết quả thẩm định của Hội đồng thẩm định "
          "Trung ương.", fs=11, first=0),
    ]
    return story, [a1, a2, a3, a5, a4]


# ==============================================================================================
# Document B: SIPAS (fpdf2, hand-drawn tables)
# ==============================================================================================
def data_sipas():
    years = [2020, 2021, 2022, 2023, 2024]
    # B2: 22 criteria
    rows, kinds = [], []
    yt = {}
    all23, all24 = [], []
    notes = {(2, 0): "Cao nhất", (4, 1): "Thấp nhất", (1, 3): "Giảm"}
    for g, items in enumerate(TIEU_CHI):
        grow = len(rows)
        rows.append(None)
        kinds.append("group")
        v23s, v24s = [], []
        for j, name in enumerate(items):
            v23 = round(R.uniform(76.0, 90.0), 2)
            v24 = round(v23 + R.uniform(-2.5, 4.0), 2)
            if (g, j) == (1, 3):
                v24 = round(v23 - 1.37, 2)
            v23s.append(v23)
            v24s.append(v24)
            rows.append([f"{g + 1}.{j + 1}", name, vn(v23), vn(v24), sgn(v24 - v23), notes.get((g, j), "")])
            kinds.append("data")
        a23, a24 = round(sum(v23s) / len(v23s), 2), round(sum(v24s) / len(v24s), 2)
        yt[g] = (a23, a24)
        rows[grow] = [str(g + 1), YEU_TO[g], vn(a23), vn(a24), sgn(a24 - a23), ""]
        all23 += v23s
        all24 += v24s
    m23, m24 = round(sum(all23) / 22, 2), round(sum(all24) / 22, 2)
    rows.append(["", "Bình quân chung (22 tiêu chí)", vn(m23), vn(m24), sgn(m24 - m23), ""])
    kinds.append("total")
    b2 = T("Bảng 2. Tỷ lệ hài lòng theo 22 tiêu chí thành phần năm 2023 và năm 2024",
           [["Mã", "Yếu tố, tiêu chí", "Năm 2023 (%)", "Năm 2024 (%)", "Tăng (+), giảm (-)", "Ghi chú"]],
           [13, 79, 20, 20, 20, 18], "CLRRRL", rows, kinds, repeat=False, fs=10.5)

    # B1: 5 factors by year + SIPAS + ranks
    sip = {}
    rows, kinds = [["I", "Các yếu tố thành phần"] + [""] * 6], ["group"]
    for g in range(5):
        vals = [round(R.uniform(74.0, 86.0), 2) for _ in years[:3]] + list(yt[g])
        rows.append([str(g + 1), YEU_TO[g]] + [vn(v) for v in vals] + [sgn(vals[4] - vals[3])])
        kinds.append("data")
        for y, v in zip(years, vals):
            sip.setdefault(y, []).append(v)
    sipas = {y: round(sum(v) / 5, 2) for y, v in sip.items()}
    rank = {2020: 41, 2021: 49, 2022: 44, 2023: 46, 2024: 39}
    reg = {2020: 8, 2021: 11, 2022: 9, 2023: 10, 2024: 7}
    rows.append(["II", "Chỉ số tổng hợp"] + [""] * 6)
    kinds.append("group")
    rows.append(["1", "Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)"] + [vn(sipas[y]) for y in years]
                + [sgn(sipas[2024] - sipas[2023])])
    rows.append(["2", "Xếp hạng cả nước"] + [f"{rank[y]}/63" for y in years] + [f"tăng {rank[2023] - rank[2024]} bậc"])
    rows.append(["3", "Xếp hạng trong vùng Đồng bằng sông Cửu Long"] + [f"{reg[y]}/13" for y in years]
                + [f"tăng {reg[2023] - reg[2024]} bậc"])
    kinds += ["data"] * 3
    b1 = T("Bảng 1. Tỷ lệ hài lòng theo 5 yếu tố và Chỉ số SIPAS giai đoạn 2020 - 2024",
           [[H("STT", 1, 2), H("Yếu tố, chỉ số", 1, 2), H("Tỷ lệ hài lòng (%)", 5),
             H("Tăng (+), giảm (-) năm 2024 so với năm 2023", 1, 2)],
            [f"Năm {y}" for y in years]],
           [10, 52, 17, 17, 17, 17, 17, 23], "CLRRRRRC", rows, kinds)

    # B3: whitespace-aligned, per district
    rows, kinds = [], []
    units = ["Các cơ quan cấp tỉnh"] + DISTRICTS
    tp = tv = th = 0
    for i, u in enumerate(units):
        p = R.randint(130, 420) if i else 1165
        v = p - R.randint(0, 12)
        h = v - R.randint(2, 25)
        tp, tv, th = tp + p, tv + v, th + h
        rows.append([str(i + 1), u, vn(p, 0), vn(v, 0), vn(h, 0), vn(R.uniform(76, 90))])
        kinds.append("data")
    rows.append(["", "Tổng cộng", vn(tp, 0), vn(tv, 0), vn(th, 0), vn(sipas[2024])])
    kinds.append("total")
    b3 = T("Bảng 3. Số phiếu khảo sát và tỷ lệ hài lòng theo địa bàn năm 2024",
           [["STT", "Địa bàn khảo sát", "Phát ra", "Thu về", "Hợp lệ", "Hài lòng (%)"]],
           [12, 58, 24, 24, 24, 28], "CLRRRR", rows, kinds, style="none")

    # B4: sample structure with italic breakdown rows
    rows, kinds, ital = [], [], []
    def block(code, label, parts, note=""):
        t23 = sum(p[1] for p in parts)
        t24 = sum(p[2] for p in parts)
        rows.append([code, label, vn(t23, 0), "100,00", vn(t24, 0), "100,00", note])
        kinds.append("group")
        for name, a, b, n in parts:
            ital.append(len(rows))
            rows.append(["", "- " + name, vn(a, 0), vn(a / t23 * 100), vn(b, 0), vn(b / t24 * 100), n])
            kinds.append("data")
    out = [("Cấp tỉnh", 1165, 1180, ""), ("Cấp huyện", 1650, 1720, ""), ("Cấp xã", 2380, 2570, "Tăng 190 phiếu")]
    block("I", "Phiếu phát ra", out)
    valid = [(n, a - R.randint(20, 60), b - R.randint(15, 50), "") for n, a, b, _ in out]
    block("II", "Phiếu thu về hợp lệ", valid)
    v23 = sum(p[1] for p in valid)
    v24 = sum(p[2] for p in valid)
    nam23, nam24 = int(v23 * 0.54), int(v24 * 0.52)
    block("III", "Phân theo giới tính", [("Nam", nam23, nam24, ""), ("Nữ", v23 - nam23, v24 - nam24, "")])
    tt23, tt24 = int(v23 * 0.81), int(v24 * 0.74)
    block("IV", "Phân theo hình thức khảo sát", [("Phiếu giấy trực tiếp", tt23, tt24, ""),
                                                ("Khảo sát trực tuyến", v23 - tt23, v24 - tt24, "Qua ứng dụng")])
    b4 = T("Bảng 4. Cơ cấu mẫu điều tra xã hội học năm 2023 và năm 2024",
           [[H("STT", 1, 2), H("Nội dung", 1, 2), H("Năm 2023", 2), H("Năm 2024", 2), H("Ghi chú", 1, 2)],
            ["Số phiếu", "Tỷ lệ (%)", "Số phiếu", "Tỷ lệ (%)"]],
           [12, 56, 20, 20, 20, 20, 22], "CLRRRRL", rows, kinds, italic=tuple(ital))

    # B5: regional SIPAS (horizontal rules only)
    rows, kinds = [], []
    s23 = {p: round(R.uniform(78.0, 88.0), 2) for p in DBSCL}
    s24 = {p: round(s23[p] + R.uniform(-2.0, 3.5), 2) for p in DBSCL}
    s23[PROVINCE], s24[PROVINCE] = sipas[2023], sipas[2024]
    order = sorted(DBSCL, key=lambda p: -s24[p])
    for i, p in enumerate(DBSCL):
        rows.append([str(i + 1), p, vn(s23[p]), vn(s24[p]), sgn(s24[p] - s23[p]), f"{order.index(p) + 1}/13"])
        kinds.append("data")
    rows.append(["", "Bình quân vùng", vn(sum(s23.values()) / 13), vn(sum(s24.values()) / 13),
                 sgn(sum(s24.values()) / 13 - sum(s23.values()) / 13), ""])
    kinds.append("total")
    b5 = T("Bảng 5. Chỉ số SIPAS của các tỉnh, thành phố vùng Đồng bằng sông Cửu Long",
           [["STT", "Tỉnh, thành phố", "Năm 2023 (%)", "Năm 2024 (%)", "Tăng (+), giảm (-)", "Thứ hạng trong vùng"]],
           [12, 50, 26, 26, 28, 28], "CLRRRC", rows, kinds, style="hrules")
    return [b1, b2, b3, b4, b5], dict(sipas=sipas, rank=rank)


class _FPDFBase:
    pass


def make_fpdf():
    from fpdf import FPDF

    class PDF(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("LS", "", 11)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = PDF(format="A4", unit="mm")
    for k, f in FONTS.items():
        pdf.add_font("LS", k, os.path.join(FONT_DIR, f))
    pdf.set_margins(25, 18, 15)
    pdf.c_margin = 0
    pdf.set_auto_page_break(True, 20)
    pdf.set_title("Bao cao SIPAS")
    return pdf


def f_lines(pdf, text, w, style, size):
    pdf.set_font("LS", style, size)
    if not text:
        return [""]
    return pdf.multi_cell(w, 5, text, dry_run=True, output="LINES", padding=0)


def f_table(pdf, t, log):
    """Draw table t; returns dict row index -> set of pages, and the split rows."""
    fs = t["fs"]
    lh = fs * 0.3528 * 1.22
    pad = 1.3
    W = t["widths"]
    x0 = pdf.l_margin
    grid, blocks = t["grid"], t["blocks"]
    nh = len(grid)
    bottom = pdf.h - 20
    top = pdf.t_margin
    xs = [x0 + sum(W[:i]) for i in range(len(W) + 1)]
    total_w = xs[-1] - x0
    st = t["style"]
    # header geometry
    hl = {}
    rh = [lh + 2 * pad] * nh
    for b in blocks:
        r0, c0, r1, c1, text = b
        hl[b] = f_lines(pdf, text, xs[c1 + 1] - xs[c0] - 2 * pad, "B", fs)
        if r0 == r1:
            rh[r0] = max(rh[r0], len(hl[b]) * lh + 2 * pad)
    for b in blocks:
        r0, c0, r1, c1, text = b
        need = len(hl[b]) * lh + 2 * pad
        have = sum(rh[r0:r1 + 1])
        if need > have:
            rh[r1] += need - have
    HH = sum(rh)

    def draw_header(y):
        for b in blocks:
            r0, c0, r1, c1, text = b
            x, w = xs[c0], xs[c1 + 1] - xs[c0]
            yy, h = y + sum(rh[:r0]), sum(rh[r0:r1 + 1])
            if st == "grid":
                pdf.rect(x, yy, w, h)
            if st == "hrules" and r1 < nh - 1:
                pdf.line(x + 1, yy + h, x + w - 1, yy + h)
            lines = hl[b]
            ty = yy + (h - len(lines) * lh) / 2
            pdf.set_font("LS", "B", fs)
            for k, ln in enumerate(lines):
                pdf.set_xy(x + pad, ty + k * lh)
                pdf.cell(w - 2 * pad, lh, ln, align="C")
        if st == "hrules":
            pdf.set_line_width(0.35)
            pdf.line(x0, y, x0 + total_w, y)
            pdf.line(x0, y + HH, x0 + total_w, y + HH)
            pdf.set_line_width(0.2)
        return y + HH

    body = []
    for i, row in enumerate(t["rows"]):
        cl = [f_lines(pdf, txt, W[c] - 2 * pad, t["styles"][i], fs) for c, txt in enumerate(row)]
        body.append(cl)
    rowpages = {}
    splits = []
    seg_top = [pdf.get_y()]

    def close_segment(y):
        if st == "box":
            pdf.set_line_width(0.35)
            pdf.rect(x0, seg_top[0], total_w, y - seg_top[0])
            pdf.set_line_width(0.2)

    def draw_row(i, y, lines_per_cell, h, valign):
        row = t["rows"][i]
        style = t["styles"][i]
        pdf.set_font("LS", style, fs)
        for c in range(len(row)):
            x, w = xs[c], W[c]
            if st == "grid":
                pdf.rect(x, y, w, h)
            lines = lines_per_cell[c]
            n = len([l for l in lines])
            ty = y + pad if valign == "T" else y + (h - n * lh) / 2
            for k, ln in enumerate(lines):
                pdf.set_xy(x + pad, ty + k * lh)
                pdf.cell(w - 2 * pad, lh, ln, align=t["align"][c])
        if st == "hrules":
            last = i == len(t["rows"]) - 1
            pdf.set_line_width(0.35 if last else 0.15)
            pdf.line(x0, y + h, x0 + total_w, y + h)
            pdf.set_line_width(0.2)
        rowpages.setdefault(i, set()).add(pdf.page_no())

    pdf.set_auto_page_break(False)
    pdf.set_line_width(0.2)
    y = pdf.get_y()
    first_h = max(len(c) for c in body[0]) * lh + 2 * pad
    if y + HH + first_h > bottom:
        pdf.add_page()
        y = top
    seg_top[0] = y
    y = draw_header(y)
    for i, cl in enumerate(body):
        n = max(len(c) for c in cl)
        h = n * lh + 2 * pad
        if y + h > bottom:
            k = int((bottom - y - 2 * pad) / lh)
            if t.get("allow_split") and n >= 2 and 1 <= k < n:
                part1 = [c[:k] for c in cl]
                part2 = [c[k:] for c in cl]
                draw_row(i, y, part1, k * lh + 2 * pad, "T")
                close_segment(y + k * lh + 2 * pad)
                pdf.add_page()
                y = top
                seg_top[0] = y
                if t["repeat"]:
                    y = draw_header(y)
                h2 = max(len(c) for c in part2) * lh + 2 * pad
                draw_row(i, y, part2, h2, "T")
                splits.append(i)
                y += h2
                continue
            close_segment(y)
            pdf.add_page()
            y = top
            seg_top[0] = y
            if t["repeat"]:
                y = draw_header(y)
        draw_row(i, y, cl, h, "M")
        y += h
    close_segment(y)
    pdf.set_xy(pdf.l_margin, y + 2)
    pdf.set_auto_page_break(True, 20)
    log[id(t)] = dict(rowpages=rowpages, splits=splits)
    return rowpages, splits


def f_para(pdf, text, style="", size=13, align="J", indent=True, after=2.5):
    pdf.set_font("LS", style, size)
    pdf.multi_cell(0, size * 0.3528 * 1.35, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


def f_caption(pdf, t):
    bottom = pdf.h - 20
    if pdf.get_y() + 40 > bottom:
        pdf.add_page()
    if t["appendix"]:
        f_para(pdf, t["appendix"], "B", 13, "C", after=0.5)
    f_para(pdf, t["caption"], "B", 12.5, "C", after=1)
    if t["unit"]:
        f_para(pdf, t["unit"], "I", 11, "R", after=0.5)


def build_sipas(path, extra_space):
    tables, f = data_sipas_cached()
    b1, b2, b3, b4, b5 = tables
    b2["allow_split"] = True
    pdf = make_fpdf()
    pdf.add_page()
    log = {}
    pdf.set_font("LS", "B", 12)
    y0 = pdf.get_y()
    pdf.multi_cell(70, 5.5, "UBND TỈNH BẠC LIÊU\nSỞ NỘI VỤ", align="C")
    pdf.set_xy(95, y0)
    pdf.multi_cell(100, 5.5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", align="C")
    pdf.set_font("LS", "I", 12)
    pdf.set_xy(95, y0 + 14)
    pdf.cell(100, 6, "Bạc Liêu, ngày 05 tháng 5 năm 2025", align="C")
    pdf.set_font("LS", "", 12)
    pdf.set_xy(25, y0 + 14)
    pdf.cell(70, 6, "Số: 131/BC-SNV", align="C")
    pdf.set_xy(25, y0 + 26)
    f_para(pdf, "BÁO CÁO", "B", 14, "C", after=0)
    f_para(pdf, "Kết quả Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính "
                "nhà nước (SIPAS) năm 2024 của tỉnh Bạc Liêu", "B", 13, "C", after=5)
    s = f["sipas"]
    f_para(pdf, "Thực hiện Quyết định số 155/QĐ-BNV ngày 28/3/2025 của Bộ Nội vụ phê duyệt và công bố Chỉ số "
                "hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2024, "
                "Sở Nội vụ báo cáo kết quả Chỉ số SIPAS năm 2024 của tỉnh như sau:")
    f_para(pdf, "1. Kết quả chung", "B", 13, "L")
    f_para(pdf, f"Chỉ số SIPAS năm 2024 của tỉnh đạt {vnp(s[2024])}, {'tăng' if s[2024] >= s[2023] else 'giảm'} "
                f"{vn(abs(s[2024] - s[2023]))} điểm phần trăm so với năm 2023, xếp hạng {f['rank'][2024]}/63 "
                "tỉnh, thành phố. Kết quả theo 5 yếu tố (22 tiêu chí) như sau:")
    pdf.ln(extra_space)
    f_caption(pdf, b1)
    f_table(pdf, b1, log)
    f_para(pdf, "Các yếu tố \"Sự phục vụ của công chức\" và \"Kết quả giải quyết công việc\" tiếp tục đạt tỷ lệ "
                "hài lòng cao; yếu tố \"Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị\" có tỷ lệ thấp nhất, "
                "cần tập trung cải thiện trong thời gian tới.")
    f_para(pdf, "2. Kết quả theo tiêu chí thành phần", "B", 13, "L")
    f_para(pdf, "Tỷ lệ hài lòng đối với từng tiêu chí thành phần của 5 yếu tố được tổng hợp chi tiết tại Bảng 2 "
                "dưới đây; các tiêu chí có tỷ lệ giảm so với năm 2023 được ghi chú để các cơ quan, đơn vị "
                "theo dõi, khắc phục.")
    f_caption(pdf, b2)
    f_table(pdf, b2, log)
    f_para(pdf, "3. Kết quả theo địa bàn khảo sát", "B", 13, "L")
    f_para(pdf, "Số phiếu khảo sát phát ra, thu về và tỷ lệ hài lòng tại từng địa bàn được tổng hợp như sau:")
    f_caption(pdf, b3)
    f_table(pdf, b3, log)
    f_para(pdf, "Cơ cấu mẫu điều tra xã hội học theo cấp hành chính, giới tính và hình thức khảo sát:")
    f_caption(pdf, b4)
    f_table(pdf, b4, log)
    f_para(pdf, "4. So sánh với các tỉnh trong vùng", "B", 13, "L")
    f_para(pdf, "So với 12 tỉnh, thành phố còn lại trong vùng Đồng bằng sông Cửu Long, Chỉ số SIPAS của tỉnh "
                "như sau:")
    f_caption(pdf, b5)
    f_table(pdf, b5, log)
    f_para(pdf, "Trên đây là Báo cáo kết quả Chỉ số SIPAS năm 2024 của tỉnh Bạc Liêu./.")
    f_para(pdf, "GIÁM ĐỐC", "B", 13, "R")
    pdf.output(path)
    return tables, log


_SIPAS = None


def data_sipas_cached():
    global _SIPAS
    if _SIPAS is None:
        _SIPAS = data_sipas()
    return _SIPAS


def doc_sipas(path):
    """Rebuild with growing space before Bảng 2 until its page break splits a row."""
    for extra in range(0, 40):
        tables, log = build_sipas(path, extra)
        info = log[id(tables[1])]
        pages = set().union(*info["rowpages"].values())
        if info["splits"] and len(pages) > 1:
            return tables, log
    raise SystemExit("could not place a split row in Bảng 2")


# ==============================================================================================
# Documents C and D: python-docx -> LibreOffice
# ==============================================================================================
TASKS = [
    ("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", [
        ("Ban hành Kế hoạch cải cách hành chính năm 2025, Kế hoạch tuyên truyền cải cách hành chính năm 2025 và tổ chức triển khai thực hiện đầy đủ, đúng tiến độ các nhiệm vụ đề ra",
         "Sở Nội vụ", "Các sở, ban, ngành; UBND cấp huyện", "Tháng 01/2025", "Kế hoạch"),
        ("Tổ chức kiểm tra công tác cải cách hành chính tại ít nhất 30% cơ quan chuyên môn cấp tỉnh và 30% UBND cấp huyện; xử lý dứt điểm 100% các vấn đề phát hiện qua kiểm tra",
         "Sở Nội vụ", "Văn phòng UBND tỉnh; Sở Tư pháp", "Quý IV/2025", "Báo cáo"),
        ("Tổ chức đối thoại giữa lãnh đạo tỉnh với người dân, doanh nghiệp về thủ tục hành chính, môi trường đầu tư kinh doanh",
         "Sở Kế hoạch và Đầu tư", "Hiệp hội Doanh nghiệp tỉnh", "Quý III/2025", "Hội nghị đối thoại"),
        ("Theo dõi, đôn đốc thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao; bảo đảm không có nhiệm vụ quá hạn",
         "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Thường xuyên", "-")]),
    ("XÂY DỰNG VÀ TỔ CHỨC THỰC HIỆN THỂ CHẾ", [
        ("Xây dựng, ban hành văn bản quy phạm pháp luật đúng kế hoạch; rà soát, kiểm tra văn bản và xử lý kịp thời các văn bản có sai sót về nội dung, thẩm quyền",
         "Sở Tư pháp", "Các sở, ban, ngành", "Tháng 12/2025", "Báo cáo"),
        ("Theo dõi thi hành pháp luật trong lĩnh vực trọng tâm; thực hiện đầy đủ các kiến nghị của cơ quan có thẩm quyền sau theo dõi thi hành pháp luật",
         "Sở Tư pháp", "Thanh tra tỉnh", "Quý IV/2025", "Báo cáo"),
        ("Rà soát, hệ thống hóa văn bản quy phạm pháp luật do Hội đồng nhân dân, Ủy ban nhân dân tỉnh ban hành",
         "Sở Tư pháp", "", "Quý II/2025", "Danh mục văn bản")]),
    ("CẢI CÁCH THỦ TỤC HÀNH CHÍNH", [
        ("Công bố, công khai đầy đủ, kịp thời danh mục thủ tục hành chính trong thời hạn quy định sau khi bộ, ngành trung ương công bố",
         "Văn phòng UBND tỉnh", "Các sở, ban, ngành", "Thường xuyên", "Quyết định công bố"),
        ("Cập nhật, công khai 100% tiến độ, kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh; đồng bộ trạng thái hồ sơ lên Cổng Dịch vụ công quốc gia",
         "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông; UBND cấp huyện", "Thường xuyên", "-"),
        ("Giải quyết hồ sơ thủ tục hành chính đúng hạn; thực hiện xin lỗi người dân, tổ chức đối với 100% hồ sơ trễ hạn",
         "Các sở, ban, ngành; UBND cấp huyện", "Văn phòng UBND tỉnh", "Thường xuyên", "-"),
        ("Rà soát, đơn giản hóa thủ tục hành chính, giấy tờ công dân liên quan đến quản lý dân cư",
         "Văn phòng UBND tỉnh", "Công an tỉnh", "Tháng 9/2025", "Phương án đơn giản hóa")]),
    ("CẢI CÁCH TỔ CHỨC BỘ MÁY HÀNH CHÍNH NHÀ NƯỚC", [
        ("Sắp xếp tổ chức bộ máy các cơ quan chuyên môn thuộc UBND tỉnh, UBND cấp huyện theo hướng tinh gọn, hoạt động hiệu lực, hiệu quả",
         "Sở Nội vụ", "Các sở, ban, ngành; UBND cấp huyện", "Quý II/2025", "Đề án"),
        ("Thực hiện phân cấp, ủy quyền trong giải quyết thủ tục hành chính theo Nghị quyết của Chính phủ",
         "Sở Nội vụ", "Sở Tư pháp", "Quý III/2025", "Quyết định"),
        ("Kiểm tra tình hình tổ chức và hoạt động của các đơn vị sự nghiệp công lập",
         "Sở Nội vụ", "Sở Tài chính", "Quý IV/2025", "Báo cáo")]),
    ("CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", [
        ("Thực hiện đúng quy định về tuyển dụng, bổ nhiệm, điều động, luân chuyển cán bộ, công chức, viên chức; bảo đảm cơ cấu số lượng lãnh đạo theo quy định",
         "Sở Nội vụ", "Các sở, ban, ngành; UBND cấp huyện", "Thường xuyên", "-"),
        ("Tăng cường kỷ luật, kỷ cương hành chính; kiểm tra đột xuất việc chấp hành giờ giấc, thái độ phục vụ tại Bộ phận Một cửa các cấp",
         "Sở Nội vụ", "Thanh tra tỉnh; UBND cấp huyện", "Thường xuyên", "Biên bản kiểm tra"),
        ("Chuẩn hóa đội ngũ cán bộ, công chức cấp xã; bảo đảm 100% cán bộ, công chức cấp xã đạt chuẩn theo quy định",
         "UBND cấp huyện", "Sở Nội vụ", "Tháng 12/2025", "Báo cáo")]),
    ("CẢI CÁCH TÀI CHÍNH CÔNG", [
        ("Đẩy nhanh tiến độ giải ngân kế hoạch vốn đầu tư công; phấn đấu tỷ lệ giải ngân đạt trên 95% kế hoạch vốn được giao",
         "Sở Kế hoạch và Đầu tư", "Sở Tài chính; các chủ đầu tư", "Tháng 01/2026", "Báo cáo"),
        ("Thực hiện đầy đủ các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách",
         "Sở Tài chính", "Thanh tra tỉnh", "Quý IV/2025", "Báo cáo"),
        ("Hướng dẫn, kiểm tra việc sử dụng các nguồn tài chính và phân phối kết quả tài chính tại các đơn vị sự nghiệp công lập",
         "Sở Tài chính", "Sở Nội vụ", "Quý III/2025", "Văn bản hướng dẫn")]),
    ("XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ", [
        ("Triển khai Trung tâm dữ liệu tỉnh theo hướng sử dụng công nghệ điện toán đám mây; kết nối, chia sẻ dữ liệu với Nền tảng tích hợp, chia sẻ dữ liệu quốc gia",
         "Sở Thông tin và Truyền thông", "Các sở, ban, ngành", "Quý IV/2025", "Trung tâm dữ liệu"),
        ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính; tái sử dụng dữ liệu đã được số hóa",
         "Văn phòng UBND tỉnh", "Sở Thông tin và Truyền thông; UBND cấp huyện", "Thường xuyên", "-"),
        ("Nâng cao tỷ lệ hồ sơ trực tuyến toàn trình và thanh toán trực tuyến; hướng dẫn người dân sử dụng dịch vụ công trực tuyến tại Bộ phận Một cửa",
         "Sở Thông tin và Truyền thông", "Tỉnh Đoàn; UBND cấp huyện", "Thường xuyên", "")]),
    ("NÂNG CAO MỨC ĐỘ HÀI LÒNG CỦA NGƯỜI DÂN, TỔ CHỨC", [
        ("Tổ chức khảo sát sự hài lòng của người dân, tổ chức đối với sự phục vụ của các cơ quan, đơn vị; công khai kết quả khảo sát",
         "Sở Nội vụ", "Bưu điện tỉnh", "Tháng 10/2025", "Báo cáo"),
        ("Đầu tư nâng cấp trang thiết bị tại Bộ phận Một cửa các cấp, bảo đảm đủ chỗ ngồi, hiện đại, dễ sử dụng",
         "UBND cấp huyện", "Sở Tài chính", "Quý III/2025", ""),
        ("Tuyên truyền, phổ biến kết quả cải cách hành chính, Chỉ số SIPAS trên các phương tiện thông tin đại chúng",
         "Sở Thông tin và Truyền thông", "Báo Bạc Liêu; Đài Phát thanh và Truyền hình tỉnh", "Thường xuyên", "Tin, bài")]),
]


def data_kehoach():
    # C1
    rows = [
        ["1", "Chỉ số cải cách hành chính (PAR Index)", "84,27%", "≥ 86%", "≥ 88%", "Sở Nội vụ"],
        ["2", "Xếp hạng Chỉ số PAR Index", "35/63", "Nhóm 30 tỉnh dẫn đầu", "Nhóm 25 tỉnh dẫn đầu", "Sở Nội vụ"],
        ["3", "Chỉ số hài lòng của người dân, tổ chức (SIPAS)", "81,70%", "≥ 84%", "≥ 86%", "Sở Nội vụ"],
        ["4", "Tỷ lệ hồ sơ thủ tục hành chính được giải quyết đúng hạn", "98,56%", "≥ 99%", "100%", "Văn phòng UBND tỉnh"],
        ["5", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "48,30%", "≥ 60%", "≥ 80%", "Sở Thông tin và Truyền thông"],
        ["6", "Tỷ lệ hồ sơ trực tuyến toàn trình", "35,12%", "≥ 50%", "≥ 60%", "Sở Thông tin và Truyền thông"],
        ["7", "Tỷ lệ số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "72,45%", "≥ 80%", "≥ 90%", "Văn phòng UBND tỉnh"],
        ["8", "Tỷ lệ thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia", "28,60%", "≥ 45%", "≥ 50%", "Văn phòng UBND tỉnh"],
        ["9", "Tỷ lệ cán bộ, công chức cấp xã đạt chuẩn", "96,80%", "100%", "100%", "Sở Nội vụ"],
        ["10", "Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "64,25 điểm", "≥ 65 điểm", "≥ 66 điểm", "Sở Kế hoạch và Đầu tư"],
        ["11", "Tỷ lệ đơn vị sự nghiệp công lập tự chủ tài chính", "-", "≥ 20%", "≥ 25%", "Sở Tài chính"],
    ]
    c1 = T("Bảng 1. Chỉ tiêu nâng cao các chỉ số năm 2025 và năm 2026",
           [[H("STT", 1, 2), H("Chỉ tiêu", 1, 2), H("Kết quả năm 2024", 1, 2), H("Chỉ tiêu phấn đấu", 2),
             H("Cơ quan chủ trì theo dõi", 1, 2)],
            ["Năm 2025", "Năm 2026"]],
           [1.3, 5.4, 2.2, 2.3, 2.3, 3.0], "CLCCCL", rows, ["data"] * len(rows), fs=11)
    # C2
    rows, kinds = [], []
    n = 0
    for g, (gname, tasks) in enumerate(TASKS):
        rows.append([ROMAN[g], gname, "", "", "", ""])
        kinds.append("group")
        for task in tasks:
            n += 1
            rows.append([str(n)] + list(task))
            kinds.append("data")
    c2 = T("Danh mục nhiệm vụ nâng cao Chỉ số CCHC và Chỉ số SIPAS năm 2025",
           [["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành", "Sản phẩm"]],
           [1.3, 5.9, 2.7, 2.9, 2.0, 1.7], "CLLLCL", rows, kinds, appendix="Phụ lục 1", repeat=True, fs=11)
    # C3
    pick = [c for grp in CRIT for c in grp]
    pick = [pick[i] for i in (1, 3, 5, 8, 10, 14, 16, 17, 19, 21, 23, 26)]
    notes = {3: "Trừ điểm do chậm công bố", 8: "Chưa có hướng dẫn", 11: "Phụ thuộc số liệu thống kê"}
    rows = []
    for i, (code, name, mx, agency) in enumerate(pick):
        got = 0.0 if i in (4, 9) else round(mx * R.uniform(0.3, 0.9), 2)
        rows.append([str(i + 1), code, name, vn(mx), vn(got), "-" if got == 0 else vnp(got / mx * 100),
                     agency, notes.get(i, "")])
    c3 = T("Danh mục tiêu chí thành phần có điểm thấp và cơ quan chủ trì khắc phục",
           [["STT", "Mã tiêu chí", "Tiêu chí thành phần", "Điểm tối đa", "Điểm đạt năm 2024", "Tỷ lệ đạt",
             "Cơ quan chủ trì", "Ghi chú"]],
           [1.2, 1.4, 4.6, 1.5, 1.6, 1.7, 2.6, 1.9], "CCLRRRLL", rows, ["data"] * len(rows),
           appendix="Phụ lục 2", fs=10.5)
    # C4 budget
    prov = [("Tuyên truyền cải cách hành chính trên báo, đài", "Sở Thông tin và Truyền thông", 350, 0),
            ("Khảo sát sự hài lòng của người dân, tổ chức (SIPAS)", "Sở Nội vụ", 420, 0),
            ("Kiểm tra công tác cải cách hành chính", "Sở Nội vụ", 120, 0),
            ("Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh", 1250, 300),
            ("Số hóa hồ sơ, kết quả giải quyết thủ tục hành chính", "Văn phòng UBND tỉnh", 980, 0)]
    dist = [("Trang bị thiết bị Bộ phận Một cửa cấp huyện", "UBND cấp huyện", 1400, 600),
            ("Trang bị thiết bị Bộ phận Một cửa cấp xã", "UBND cấp huyện", 2150, 850),
            ("Tập huấn nghiệp vụ cho công chức Bộ phận Một cửa", "UBND cấp huyện", 210, 0)]
    rows, kinds = [], []
    tot = [0, 0]
    for code, label, items, gnote in (("A", "Cấp tỉnh", prov, ""), ("B", "Cấp huyện", dist, "Đối ứng 30%")):
        a = sum(i[2] for i in items)
        b = sum(i[3] for i in items)
        rows.append([code, label, "", vn(a + b, 0), vn(a, 0), vn(b, 0) if b else "-", gnote])
        kinds.append("group")
        for k, (name, unit, x, y) in enumerate(items):
            rows.append([str(k + 1), name, unit, vn(x + y, 0), vn(x, 0), vn(y, 0) if y else "-", ""])
            kinds.append("data")
        tot[0] += a
        tot[1] += b
    rows.append(["", "Tổng cộng", "", vn(sum(tot), 0), vn(tot[0], 0), vn(tot[1], 0), ""])
    kinds.append("total")
    c4 = T("Dự toán kinh phí thực hiện Kế hoạch năm 2025",
           [[H("STT", 1, 2), H("Nội dung", 1, 2), H("Đơn vị thực hiện", 1, 2), H("Kinh phí", 3), H("Ghi chú", 1, 2)],
            ["Tổng số", "Ngân sách tỉnh", "Nguồn khác"]],
           [1.3, 5.2, 3.3, 1.7, 1.8, 1.6, 1.6], "CLLRRRL", rows, kinds, appendix="Phụ lục 3",
           unit="Đơn vị tính: triệu đồng", fs=11)
    return [c1, c2, c3, c4]


def xep_loai(x):
    return "Tốt" if x >= 85 else ("Khá" if x >= 70 else "Trung bình")


def data_xeploai():
    # D3 (sở, ngành) and D4 (huyện)
    def score_rows(units, tdmax_of, xmax, low=()):
        recs = []
        for u in units:
            tdm = tdmax_of(u)
            lo = u in low
            td = round(tdm * (R.uniform(0.46, 0.56) if lo else R.uniform(0.72, 0.97)), 2)
            ld = round(xmax[0] * R.uniform(0.62, 0.97), 2)
            nd = round(xmax[1] * R.uniform(0.62, 0.96), 2)
            tu = round(min(tdm, td + R.uniform(0.8, 6.5)), 2)
            tmax = tdm + xmax[0] + xmax[1]
            tong = round(td + ld + nd, 2)
            recs.append(dict(u=u, tu=tu, tdm=tdm, td=td, ld=ld, nd=nd, tmax=tmax, tong=tong,
                             cs=round(tong / tmax * 100, 2)))
        order = sorted(recs, key=lambda r: -r["cs"])
        for i, r in enumerate(order):
            r["rank"] = i + 1
        rows, kinds = [], []
        for i, r in enumerate(recs):
            rows.append([str(i + 1), r["u"], vn(r["tu"]), vn(r["tdm"]), vn(r["td"]), vn(r["ld"]), vn(r["nd"]),
                         vn(r["tmax"]), vn(r["tong"]), vn(r["cs"]), str(r["rank"]), xep_loai(r["cs"])])
            kinds.append("data")
        k = len(recs)
        rows.append(["", "Bình quân", vn(sum(r["tu"] for r in recs) / k), "-", vn(sum(r["td"] for r in recs) / k),
                     vn(sum(r["ld"] for r in recs) / k), vn(sum(r["nd"] for r in recs) / k), "-",
                     vn(sum(r["tong"] for r in recs) / k), vn(sum(r["cs"] for r in recs) / k), "-", "-"])
        kinds.append("total")
        return recs, rows, kinds

    def hdr(xlabels):
        return [[H("STT", 1, 3), H("Tên đơn vị", 1, 3), H("Điểm tự đánh giá", 1, 3),
                 H("Điểm đánh giá của Hội đồng thẩm định", 4), H("Tổng điểm", 2), H("Chỉ số CCHC (%)", 1, 3),
                 H("Xếp hạng", 1, 3), H("Xếp loại", 1, 3)],
                [H("Điểm thẩm định", 2), H("Điểm điều tra xã hội học", 2), H("Điểm tối đa", 1, 2), H("Điểm đạt", 1, 2)],
                ["Điểm tối đa", "Điểm đạt"] + xlabels,
                [f"({i})" for i in range(1, 13)]]
    widths = [1.2, 4.0, 2.0, 1.9, 1.9, 2.2, 2.2, 1.9, 1.9, 2.0, 1.7, 2.1]
    small = ("Thanh tra tỉnh", "Ban Dân tộc", "Ban Quản lý dự án đầu tư xây dựng các công trình dân dụng và công nghiệp tỉnh",
             "Ban Quản lý Khu công nghiệp tỉnh")
    srecs, rows, kinds = score_rows(SO_NGANH, lambda u: 65.0 if u in small else 70.0, (10.0, 20.0),
                                    low=("Ban Quản lý Khu công nghiệp tỉnh", "Sở Xây dựng"))
    d3 = T("Kết quả đánh giá, xếp loại Chỉ số CCHC năm 2024 của các sở, ban, ngành tỉnh",
           hdr(["Lãnh đạo, quản lý", "Người dân, tổ chức"]), widths, "CLRRRRRRRRCC", rows, kinds,
           appendix="Phụ lục 1", repeat=True, fs=10.5, unit="Đơn vị tính: điểm")
    hrecs, rows, kinds = score_rows(DISTRICTS, lambda u: 62.0, (12.0, 26.0), low=("Huyện Hồng Dân",))
    d4 = T("Kết quả đánh giá, xếp loại Chỉ số CCHC năm 2024 của UBND các huyện, thị xã, thành phố",
           hdr(["Cán bộ, công chức cấp xã", "Người dân, tổ chức"]), widths, "CLRRRRRRRRCC", rows, kinds,
           appendix="Phụ lục 2", fs=10.5, unit="Đơn vị tính: điểm")

    # D1 by field
    smax = [7.0, 8.0, 11.0, 7.0, 12.0, 10.0, 10.0, 35.0]
    hmax = [8.0, 8.0, 13.0, 7.0, 12.0, 8.0, 10.0, 34.0]
    rows, kinds = [], []
    sa = [round(m * R.uniform(0.7, 0.95), 2) for m in smax]
    ha = [round(m * R.uniform(0.68, 0.95), 2) for m in hmax]
    for i in range(8):
        rows.append([str(i + 1), LINH_VUC[i], vn(smax[i]), vn(sa[i]), vnp(sa[i] / smax[i] * 100),
                     vn(hmax[i]), vn(ha[i]), vnp(ha[i] / hmax[i] * 100)])
        kinds.append("data")
    rows.append(["", "Tổng cộng", vn(100), vn(sum(sa)), vnp(sum(sa)), vn(100), vn(sum(ha)), vnp(sum(ha))])
    kinds.append("total")
    d1 = T("Bảng 1. Điểm bình quân theo lĩnh vực của khối sở, ban, ngành và khối huyện năm 2024",
           [[H("STT", 1, 2), H("Lĩnh vực", 1, 2), H("Sở, ban, ngành", 3), H("UBND cấp huyện", 3)],
            ["Điểm tối đa", "Điểm bình quân", "Tỷ lệ"] * 2],
           [1.3, 5.1, 1.6, 1.9, 1.8, 1.6, 1.9, 1.8], "CLRRRRRR", rows, kinds, unit="Đơn vị tính: điểm", fs=11)

    # D2 counts
    cats = ["Tốt", "Khá", "Trung bình", "Yếu"]
    def counts(recs):
        c = {k: 0 for k in cats}
        for r in recs:
            c[xep_loai(r["cs"])] += 1
        return c
    c24s, c24h = counts(srecs), counts(hrecs)
    c23s = {"Tốt": 5, "Khá": 12, "Trung bình": 3, "Yếu": 0}
    c23h = {"Tốt": 2, "Khá": 4, "Trung bình": 1, "Yếu": 0}
    rows, kinds = [], []
    for code, label, a, b in (("I", "Sở, ban, ngành", c23s, c24s), ("II", "UBND cấp huyện", c23h, c24h)):
        rows.append([code, label, "", "", "", "", ""])
        kinds.append("group")
        ta, tb = sum(a.values()), sum(b.values())
        for k, cat in enumerate(cats):
            rows.append([str(k + 1), cat, str(a[cat]), vn(a[cat] / ta * 100), str(b[cat]), vn(b[cat] / tb * 100),
                         isgn(b[cat] - a[cat])])
            kinds.append("data")
        rows.append(["", "Cộng", str(ta), "100,00", str(tb), "100,00", ""])
        kinds.append("group")
    n = len(SO_NGANH) + len(DISTRICTS)
    rows.append(["", "Tổng cộng", str(n), "100,00", str(n), "100,00", ""])
    kinds.append("total")
    d2 = T("Bảng 2. Tổng hợp số lượng, tỷ lệ đơn vị theo mức xếp loại năm 2023 và năm 2024",
           [[H("STT", 1, 2), H("Xếp loại", 1, 2), H("Năm 2023", 2), H("Năm 2024", 2), H("Tăng (+), giảm (-)", 1, 2)],
            ["Số lượng", "Tỷ lệ (%)", "Số lượng", "Tỷ lệ (%)"]],
           [1.2, 4.3, 2.0, 2.2, 2.0, 2.2, 2.6], "CLCRCRC", rows, kinds, fs=11)

    # D5 classification over three years
    rows, kinds = [["I", "Sở, ban, ngành", "", "", "", ""]], ["group"]
    chosen = [0, 2, 5, 8, 11, 14, 17, 19]
    levels = ["Tốt", "Khá", "Trung bình"]
    for k, i in enumerate(chosen):
        r = srecs[i]
        a, b = R.choice(levels), R.choice(levels)
        note = ""
        if r["u"] == "Ban Quản lý Khu công nghiệp tỉnh":
            a, note = "-", "Chưa tham gia đánh giá năm 2022"
        rows.append([str(k + 1), r["u"], a, b, xep_loai(r["cs"]), note])
        kinds.append("data")
    rows.append(["II", "UBND các huyện, thị xã, thành phố", "", "", "", ""])
    kinds.append("group")
    for k, i in enumerate([0, 2, 4, 6]):
        r = hrecs[i]
        rows.append([str(k + 1), r["u"], R.choice(levels), R.choice(levels), xep_loai(r["cs"]),
                     "Giữ vững mức Tốt" if k == 0 else ""])
        kinds.append("data")
    d5 = T("Bảng 3. Kết quả xếp loại của một số đơn vị qua 3 năm 2022 - 2024",
           [["STT", "Đơn vị", "Năm 2022", "Năm 2023", "Năm 2024", "Ghi chú"]],
           [1.3, 5.8, 2.0, 2.0, 2.0, 3.4], "CLCCCL", rows, kinds, fs=11)
    return [d1, d2, d5, d3, d4], dict(srecs=srecs, hrecs=hrecs, c24s=c24s, c24h=c24h)


def _docx():
    import docx
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_ALIGN_VERTICAL, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    return dict(docx=docx, WD_ORIENT=WD_ORIENT, WD_SECTION=WD_SECTION, WD_ALIGN_VERTICAL=WD_ALIGN_VERTICAL,
                WD_TABLE_ALIGNMENT=WD_TABLE_ALIGNMENT, WD_ALIGN_PARAGRAPH=WD_ALIGN_PARAGRAPH,
                OxmlElement=OxmlElement, qn=qn, Cm=Cm, Pt=Pt)


class DocxWriter:
    def __init__(self, margins=(3.0, 1.5)):
        m = self.m = _docx()
        self.doc = m["docx"].Document()
        st = self.doc.styles["Normal"]
        st.font.name = "Times New Roman"
        st.element.rPr.rFonts.set(m["qn"]("w:eastAsia"), "Times New Roman")
        st.font.size = m["Pt"](13)
        st.paragraph_format.space_after = m["Pt"](6)
        st.paragraph_format.space_before = m["Pt"](0)
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = m["Cm"](21.0), m["Cm"](29.7)
        sec.left_margin, sec.right_margin = m["Cm"](margins[0]), m["Cm"](margins[1])
        sec.top_margin, sec.bottom_margin = m["Cm"](2.0), m["Cm"](2.0)
        self._page_number(sec)

    def _page_number(self, sec):
        m = self.m
        p = sec.footer.paragraphs[0]
        p.alignment = m["WD_ALIGN_PARAGRAPH"].CENTER
        run = p.add_run()
        for tag, attr in (("w:fldChar", "begin"), ("w:instrText", None), ("w:fldChar", "end")):
            el = m["OxmlElement"](tag)
            if attr:
                el.set(m["qn"]("w:fldCharType"), attr)
            else:
                el.set(m["qn"]("xml:space"), "preserve")
                el.text = "PAGE"
            run._r.append(el)
        run.font.size = m["Pt"](12)

    def landscape(self, margins=(2.5, 1.5)):
        m = self.m
        sec = self.doc.add_section(m["WD_SECTION"].NEW_PAGE)
        sec.orientation = m["WD_ORIENT"].LANDSCAPE
        sec.page_width, sec.page_height = m["Cm"](29.7), m["Cm"](21.0)
        sec.left_margin, sec.right_margin = m["Cm"](margins[0]), m["Cm"](margins[1])
        sec.top_margin, sec.bottom_margin = m["Cm"](2.0), m["Cm"](1.8)

    def p(self, text, bold=False, italic=False, align="J", size=13, indent=True, before=0, after=6, page_break=False):
        m = self.m
        par = self.doc.add_paragraph()
        A = m["WD_ALIGN_PARAGRAPH"]
        par.alignment = {"J": A.JUSTIFY, "C": A.CENTER, "L": A.LEFT, "R": A.RIGHT}[align]
        pf = par.paragraph_format
        pf.space_before, pf.space_after = m["Pt"](before), m["Pt"](after)
        if page_break:
            pf.page_break_before = True
        if indent and align == "J":
            pf.first_line_indent = m["Cm"](1.0)
        r = par.add_run(text)
        r.bold, r.italic = bold, italic
        r.font.size = m["Pt"](size)
        return par

    def heading(self, left, right):
        """National heading block as a borderless 2x2 table (not an expected table)."""
        m = self.m
        tb = self.doc.add_table(rows=2, cols=2)
        tb.autofit = False
        lay = m["OxmlElement"]("w:tblLayout")
        lay.set(m["qn"]("w:type"), "fixed")
        tb._tbl.tblPr.append(lay)
        for i, col in enumerate(tb.columns):
            col.width = m["Cm"](6.5 if i == 0 else 10.0)
        for r, (a, b) in enumerate(zip(left, right)):
            for c, (txt, bold, ital) in enumerate((a, b)):
                cell = tb.cell(r, c)
                cell.width = m["Cm"](6.5 if c == 0 else 10.0)
                par = cell.paragraphs[0]
                par.alignment = m["WD_ALIGN_PARAGRAPH"].CENTER
                par.paragraph_format.space_after = m["Pt"](2)
                for k, line in enumerate(txt.split("\n")):
                    run = par.add_run(line)
                    run.bold, run.italic = bold, ital
                    run.font.size = m["Pt"](12.5)
                    if k < len(txt.split("\n")) - 1:
                        run.add_break()
        self.p("", after=4)

    def _cell(self, cell, text, bold=False, italic=False, align="L", size=11, sup=None):
        m = self.m
        par = cell.paragraphs[0]
        A = m["WD_ALIGN_PARAGRAPH"]
        par.alignment = {"L": A.LEFT, "C": A.CENTER, "R": A.RIGHT, "J": A.JUSTIFY}[align]
        pf = par.paragraph_format
        pf.space_before, pf.space_after = m["Pt"](2), m["Pt"](2)
        pf.first_line_indent = m["Cm"](0)
        pf.line_spacing = 1.0
        run = par.add_run(text)
        run.bold, run.italic = bold, italic
        run.font.size = m["Pt"](size)
        if sup:
            r2 = par.add_run(sup)
            r2.font.superscript = True
            r2.font.size = m["Pt"](size)
        cell.vertical_alignment = m["WD_ALIGN_VERTICAL"].CENTER

    def table(self, t):
        m = self.m
        Cm, qn, OxmlElement = m["Cm"], m["qn"], m["OxmlElement"]
        if t["appendix"]:
            self.p(t["appendix"], bold=True, align="C", size=13, after=0)
        self.p(t["caption"], bold=True, align="C", size=13, before=4, after=3 if t["unit"] else 6)
        if t["unit"]:
            self.p(t["unit"], italic=True, align="R", size=12, after=3)
        grid, blocks = t["grid"], t["blocks"]
        nh, ncols = len(grid), len(grid[0])
        tbl = self.doc.add_table(rows=nh + len(t["rows"]), cols=ncols)
        tbl.style = self.doc.styles["Table Grid"]
        tbl.alignment = m["WD_TABLE_ALIGNMENT"].CENTER
        tbl.autofit = False
        lay = OxmlElement("w:tblLayout")
        lay.set(qn("w:type"), "fixed")
        tbl._tbl.tblPr.append(lay)
        widths = [Cm(w) for w in t["widths"]]
        for i, col in enumerate(tbl.columns):
            col.width = widths[i]
        for row in tbl.rows:
            for i, c in enumerate(row.cells):
                c.width = widths[i]
        fs = t["fs"]
        for r0, c0, r1, c1, text in blocks:
            cell = tbl.cell(r0, c0)
            if (r0, c0) != (r1, c1):
                cell = cell.merge(tbl.cell(r1, c1))
            self._cell(cell, text, bold=True, align="C", size=fs, italic=text.startswith("(") and r0 == nh - 1)
        if t["repeat"]:
            for r in range(nh):
                trPr = tbl.rows[r]._tr.get_or_add_trPr()
                el = OxmlElement("w:tblHeader")
                el.set(qn("w:val"), "true")
                trPr.append(el)
        for i, row in enumerate(t["rows"]):
            st = t["styles"][i]
            cells = tbl.rows[nh + i].cells
            for c, text in enumerate(row):
                self._cell(cells[c], text, bold="B" in st, italic="I" in st, align=t["align"][c], size=fs,
                           sup=t["sup"].get((i, c)))
        self.p("", after=2, size=8)

    def save(self, path):
        self.doc.save(path)


def docx_to_pdf(docx_path, out_dir):
    prof = tempfile.mkdtemp(prefix="lo_h12_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", out_dir, docx_path], check=True, capture_output=True, timeout=300)
    finally:
        shutil.rmtree(prof, ignore_errors=True)


def doc_kehoach(path_docx):
    c1, c2, c3, c4 = data_kehoach()
    w = DocxWriter()
    w.heading([("ỦY BAN NHÂN DÂN\nTỈNH BẠC LIÊU", True, False), ("Số: 215/KH-UBND", False, False)],
              [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", True, False),
               ("Bạc Liêu, ngày 26 tháng 12 năm 2024", False, True)])
    w.p("KẾ HOẠCH", bold=True, align="C", size=14, after=0)
    w.p("Nâng cao Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức đối với "
        "sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2025", bold=True, align="C", after=10)
    w.p("Căn cứ Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ ban hành Chương trình tổng thể cải cách "
        "hành chính nhà nước giai đoạn 2021 - 2030; căn cứ kết quả Chỉ số cải cách hành chính và Chỉ số SIPAS "
        "năm 2024 của tỉnh, Ủy ban nhân dân tỉnh ban hành Kế hoạch nâng cao Chỉ số cải cách hành chính và Chỉ "
        "số SIPAS năm 2025 như sau:")
    w.p("I. MỤC ĐÍCH, YÊU CẦU", bold=True, align="L")
    w.p("Khắc phục những tồn tại, hạn chế trong công tác cải cách hành chính được chỉ ra qua kết quả đánh giá "
        "Chỉ số cải cách hành chính năm 2024; phấn đấu cải thiện vị trí xếp hạng của tỉnh, nâng cao mức độ hài "
        "lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước.")
    w.p("Xác định rõ nhiệm vụ, thời gian hoàn thành và trách nhiệm của cơ quan chủ trì, cơ quan phối hợp; gắn "
        "kết quả thực hiện với việc đánh giá, xếp loại người đứng đầu cơ quan, đơn vị.")
    w.p("II. CHỈ TIÊU CỤ THỂ", bold=True, align="L")
    w.p("Các chỉ tiêu phấn đấu trong năm 2025 và năm 2026 được xác định trên cơ sở kết quả năm 2024:")
    w.table(c1)
    w.p("III. NHIỆM VỤ, GIẢI PHÁP", bold=True, align="L")
    w.p("Các sở, ban, ngành, Ủy ban nhân dân các huyện, thị xã, thành phố tập trung thực hiện các nhiệm vụ, giải "
        "pháp theo từng lĩnh vực cải cách hành chính tại Phụ lục 1 kèm theo Kế hoạch này; đối với các tiêu chí "
        "thành phần có điểm thấp năm 2024, cơ quan chủ trì khắc phục theo Phụ lục 2.")
    w.p("IV. KINH PHÍ THỰC HIỆN", bold=True, align="L")
    w.p("Kinh phí thực hiện Kế hoạch được bố trí từ nguồn ngân sách nhà nước theo phân cấp hiện hành và các nguồn "
        "hợp pháp khác; dự toán chi tiết tại Phụ lục 3.")
    w.p("V. TỔ CHỨC THỰC HIỆN", bold=True, align="L")
    w.p("Giao Sở Nội vụ chủ trì, theo dõi, đôn đốc, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban "
        "nhân dân tỉnh kết quả thực hiện trước ngày 15/12/2025. Trong quá trình thực hiện, nếu có khó khăn, "
        "vướng mắc, các cơ quan, đơn vị kịp thời phản ánh về Sở Nội vụ để tổng hợp, báo cáo./.")
    w.p("TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH", bold=True, align="R")
    par = w.p("", after=0)
    par.paragraph_format.page_break_before = True
    w.table(c2)
    w.p("Các nhiệm vụ thường xuyên được tổng hợp kết quả thực hiện định kỳ hằng quý.", size=12)
    w.table(c3)
    w.table(c4)
    w.save(path_docx)
    return [c1, c2, c3, c4]


def doc_xeploai(path_docx):
    (d1, d2, d5, d3, d4), f = data_xeploai()
    w = DocxWriter(margins=(2.5, 1.5))
    w.heading([("UBND TỈNH BẠC LIÊU\nSỞ NỘI VỤ", True, False), ("Số: 412/BC-SNV", False, False)],
              [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc", True, False),
               ("Bạc Liêu, ngày 20 tháng 3 năm 2025", False, True)])
    w.p("BÁO CÁO", bold=True, align="C", size=14, after=0)
    w.p("Kết quả đánh giá, xếp loại Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành tỉnh và Ủy ban "
        "nhân dân các huyện, thị xã, thành phố", bold=True, align="C", after=10)
    w.p("Thực hiện Quyết định số 1245/QĐ-UBND ngày 12/7/2024 của Ủy ban nhân dân tỉnh phê duyệt Đề án xác định "
        "Chỉ số cải cách hành chính của các sở, ban, ngành tỉnh và Ủy ban nhân dân các huyện, thị xã, thành phố; "
        "trên cơ sở kết quả thẩm định của Hội đồng thẩm định và kết quả điều tra xã hội học, Sở Nội vụ báo cáo "
        "kết quả như sau:")
    w.p("1. Kết quả chung", bold=True, align="L")
    nS, nH = len(SO_NGANH), len(DISTRICTS)
    w.p(f"Năm 2024, có {nS} sở, ban, ngành và {nH} huyện, thị xã, thành phố được đánh giá. Khối sở, ban, ngành có "
        f"{f['c24s']['Tốt']} đơn vị xếp loại Tốt, {f['c24s']['Khá']} đơn vị xếp loại Khá, {f['c24s']['Trung bình']} "
        f"đơn vị xếp loại Trung bình; khối huyện có {f['c24h']['Tốt']} đơn vị xếp loại Tốt, {f['c24h']['Khá']} "
        f"đơn vị xếp loại Khá và {f['c24h']['Trung bình']} đơn vị xếp loại Trung bình.")
    w.table(d1)
    w.p("Điểm bình quân của khối huyện ở lĩnh vực cải cách tài chính công và lĩnh vực tác động của cải cách hành "
        "chính còn thấp; khối sở, ban, ngành cần cải thiện lĩnh vực cải cách chế độ công vụ.")
    w.table(d2)
    w.p("2. Biến động xếp loại qua các năm", bold=True, align="L")
    w.p("Một số đơn vị có sự thay đổi về mức xếp loại trong giai đoạn 2022 - 2024 như sau:")
    w.table(d5)
    w.p("3. Đề xuất", bold=True, align="L")
    w.p("Đề nghị Ủy ban nhân dân tỉnh công bố kết quả Chỉ số cải cách hành chính năm 2024; yêu cầu các đơn vị xếp "
        "loại Trung bình xây dựng kế hoạch khắc phục, báo cáo kết quả về Sở Nội vụ trước ngày 30/6/2025. "
        "Kết quả chi tiết của từng đơn vị tại Phụ lục 1 và Phụ lục 2 kèm theo./.")
    w.p("GIÁM ĐỐC", bold=True, align="R")
    w.landscape()
    w.table(d3)
    w.p("Ghi chú: Cột (12) xếp loại Tốt từ 85% trở lên, Khá từ 70% đến dưới 85%, Trung bình từ 50% đến dưới 70%.",
        size=11, indent=False, align="L")
    w.table(d4)
    w.save(path_docx)
    return [d1, d2, d5, d3, d4]


# ==============================================================================================
# read back with pdfplumber: which pages each table's rows landed on
# ==============================================================================================
def _consistent(got_row, want_row, sup_row=None):
    """(exact non-empty count, substring count) if every non-empty extracted cell equals or is a part of
    the expected cell, else None."""
    if len(got_row) != len(want_row):
        return None
    e = s = 0
    for c, (g, w) in enumerate(zip(got_row, want_row)):
        g, w = norm(g), norm(w)
        alts = {w}
        if sup_row and c in sup_row:
            alts.add(norm(w + sup_row[c]))
        if not g:
            continue
        if g in alts:
            e += 1
        elif w and nospace(g) in nospace(w):
            s += 1
        else:
            return None
    if e + s == 0:
        return None
    return e, s


def locate(pdf_path, tables, known=None):
    import pdfplumber
    pages = []
    with pdfplumber.open(pdf_path) as pdf:
        n_pages = len(pdf.pages)
        for p in pdf.pages:
            txt = p.extract_text() or ""
            pages.append((txt, nospace(txt), [tb.extract() for tb in p.find_tables()]))
    results = []
    cur = 0
    problems = []
    for ti, t in enumerate(tables):
        cap = nospace(t["caption"])
        start = next((p for p in range(cur, n_pages) if cap in pages[p][1]), None)
        if start is None:
            raise SystemExit(f"{pdf_path}: caption not found: {t['caption']}")
        if t["appendix"] and nospace(t["appendix"] + t["caption"]) not in pages[start][1]:
            problems.append(f"table {ti + 1}: appendix line not directly above caption")
        ncols = len(t["grid"][0])
        rowpages = {i: set() for i in range(len(t["rows"]))}
        full = set()
        sup_rows = {}
        for (r, c), v in t["sup"].items():
            sup_rows.setdefault(r, {})[c] = v
        if t["style"] == "grid":
            for p in range(start, min(n_pages, start + 4)):
                for ext in pages[p][2]:
                    if not ext or len(ext[0]) != ncols:
                        continue
                    hits = []
                    for erow in ext:
                        if any(_consistent(erow, h) and _consistent(erow, h)[0] == sum(1 for x in erow if norm(x))
                               for h in t["grid"]):
                            hits.append(("h", None))
                            continue
                        best = None
                        for i, want in enumerate(t["rows"]):
                            r = _consistent(erow, want, sup_rows.get(i))
                            if r is None:
                                continue
                            lastb = [h[1] for h in hits if h[0] == "b"]
                            sc = (r[0] * 2 + r[1], -abs(i - (lastb[-1] + 1 if lastb else 0)))
                            if best is None or sc > best[0]:
                                best = (sc, i, r)
                        if best:
                            hits.append(("b", best[1]))
                            i, r = best[1], best[2]
                            rowpages[i].add(p + 1)
                            nonempty = sum(1 for x in t["rows"][i] if norm(x))
                            if r[0] == nonempty and r[1] == 0:
                                full.add(i)
                        else:
                            hits.append(("x", erow))
                    nb = sum(1 for h in hits if h[0] == "b")
                    if nb >= len(hits) / 3:
                        for h in hits:
                            if h[0] == "x":
                                problems.append(f"table {ti + 1}: page {p + 1}: unmatched row {h[1]}")
        else:
            p = start
            for i, row in enumerate(t["rows"]):
                words = [nospace(w) for cell in row for w in norm(cell).split()]
                found = None
                for q in range(p, min(n_pages, p + 2)):
                    if all(w in pages[q][1] for w in words):
                        found = q
                        break
                if found is None:
                    problems.append(f"table {ti + 1}: row {i + 1} not found by text")
                    continue
                p = found
                rowpages[i].add(found + 1)
                full.add(i)
        if known is not None and id(t) in known:
            kp = known[id(t)]["rowpages"]
            for i in rowpages:
                if rowpages[i] != kp.get(i, set()):
                    problems.append(f"table {ti + 1}: row {i + 1} pages {sorted(rowpages[i])} vs drawn {sorted(kp.get(i, set()))}")
        missing = [i + 1 for i, s in rowpages.items() if not s]
        if missing:
            problems.append(f"table {ti + 1}: rows not located {missing}")
        partial = [i + 1 for i in rowpages if rowpages[i] and i not in full]
        allp = sorted(set().union(*rowpages.values()))
        first_row_page = min(rowpages[0]) if rowpages[0] else None
        if first_row_page is not None and first_row_page != start + 1:
            problems.append(f"table {ti + 1}: caption on page {start + 1}, first row on {first_row_page}")
        split_rows = [i + 1 for i, s in rowpages.items() if len(s) > 1]
        results.append(dict(pages=allp, partial=partial, split_rows=split_rows))
        cur = start
    return n_pages, results, problems, pages


def write_expected(pdf_path, tables, known=None):
    n_pages, res, problems, pages = locate(pdf_path, tables, known)
    name = os.path.basename(pdf_path)
    out = {"doc": name, "n_pages": n_pages, "tables": []}
    for i, (t, r) in enumerate(zip(tables, res)):
        out["tables"].append({"table": i + 1, "pages": r["pages"], "title": title_of(t),
                              "header": [list(h) for h in t["grid"]], "rows": [list(x) for x in t["rows"]],
                              "row_kinds": list(t["kinds"])})
    with open(pdf_path[:-4] + ".expected.json", "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
    cells = sum(len(row) for t in tables for row in t["rows"])
    print(f"{name}: {n_pages} pages, {len(tables)} tables, {cells} body cells")
    for i, (t, r) in enumerate(zip(tables, res)):
        print(f"  {i + 1:2d} p{r['pages']} rows={len(t['rows'])} cols={len(t['grid'][0])} hdr={len(t['grid'])} "
              f"{t['style']}{' repeat' if t['repeat'] else ''} split={r['split_rows']} partial={r['partial']} "
              f"| {title_of(t)[:60]}")
    for p in problems:
        print("  PROBLEM:", p)
    sample = pages[0][0][:160].replace("\n", " | ")
    print("  page 1 text:", sample)
    return out, problems


def main():
    os.makedirs(HERE, exist_ok=True)
    for f in os.listdir(HERE):
        if f.endswith(".pdf") or f.endswith(".expected.json"):
            os.remove(os.path.join(HERE, f))
    # A - reportlab
    story, tA = doc_par()
    pA = os.path.join(HERE, "par_index_2024_bac_lieu.pdf")
    build_reportlab(pA, story)
    # B - fpdf2
    pB = os.path.join(HERE, "sipas_2024_bac_lieu.pdf")
    tB, logB = doc_sipas(pB)
    # C, D - python-docx -> LibreOffice
    tmp = tempfile.mkdtemp(prefix="h12_docx_")
    try:
        dC = os.path.join(tmp, "ke_hoach_nang_cao_cchc_2025.docx")
        tC = doc_kehoach(dC)
        docx_to_pdf(dC, HERE)
        dD = os.path.join(tmp, "xep_loai_cchc_2024.docx")
        tD = doc_xeploai(dD)
        docx_to_pdf(dD, HERE)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    allprob = []
    for path, tabs, known in ((pA, tA, None), (pB, tB, logB),
                              (os.path.join(HERE, "ke_hoach_nang_cao_cchc_2025.pdf"), tC, None),
                              (os.path.join(HERE, "xep_loai_cchc_2024.pdf"), tD, None)):
        _, probs = write_expected(path, tabs, known)
        allprob += probs
    print("problems:", len(allprob))


if __name__ == "__main__":
    main()
