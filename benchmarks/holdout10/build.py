#!/usr/bin/env python
"""Build the holdout10 blind test set: 4 born-digital Vietnamese PAR/CCHC report PDFs + expected JSON.

    /work/main/.venv/bin/python benchmarks/holdout10/build.py

Documents
  1. bc_cchc_myxuyen_2024      python-docx -> LibreOffice PDF (ruled Word tables)
  2. qd_chiso_cchc_2024        python-docx -> LibreOffice PDF (portrait + landscape section)
  3. bc_phantich_par_sipas_2023 reportlab platypus
  4. bc_khaosat_hailong_2024   fpdf2 (hand-drawn tables)
Expected JSON follows benchmarks/accuracy.py; "pages" are measured with pdfplumber after rendering.
Deterministic: fixed random seed, no timestamps in content.
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
FONT_DIR = "/usr/share/fonts/truetype"
SUP = "\x01"  # marker: text after it in a cell is printed as a superscript footnote mark


def N(s: str) -> str:
    return unicodedata.normalize("NFC", s)


def vn(x: float, nd: int = 2) -> str:
    """Vietnamese number: 1.165 ; 93,50"""
    s = f"{x:,.{nd}f}"
    return s.replace(",", "\0").replace(".", ",").replace("\0", ".")


def dot(x: float, nd: int = 2) -> str:
    return f"{x:.{nd}f}"


def signed(x: float, nd: int = 2, f=vn) -> str:
    if round(x, nd) == 0:
        return f(0.0, nd)
    return ("+" if x > 0 else "-") + f(abs(x), nd)


def R(cells, kind="data", style=""):
    """A body row. style: '' | 'b' | 'i' | 'bi'."""
    return {"cells": [N(c) for c in cells], "kind": kind, "style": style}


def T(title, header, rows, **kw):
    d = {"title": N(title), "header": [[N(c) for c in r] for r in header], "rows": rows}
    d.update(kw)
    w = len(d["header"][0])
    for r in d["header"]:
        assert len(r) == w, (title, r)
    for r in rows:
        assert len(r["cells"]) == w, (title, r["cells"])
    return d


def header_rects(header):
    """Merge rectangles of an expanded header grid: list of (r0, c0, r1, c1, text)."""
    nr, nc = len(header), len(header[0])
    used = [[False] * nc for _ in range(nr)]
    out = []
    for r in range(nr):
        for c in range(nc):
            if used[r][c]:
                continue
            t = header[r][c]
            c1 = c
            while c1 + 1 < nc and header[r][c1 + 1] == t and not used[r][c1 + 1]:
                c1 += 1
            r1 = r
            while r1 + 1 < nr and all(header[r1 + 1][k] == t and not used[r1 + 1][k] for k in range(c, c1 + 1)):
                r1 += 1
            for rr in range(r, r1 + 1):
                for cc in range(c, c1 + 1):
                    used[rr][cc] = True
            out.append((r, c, r1, c1, t))
    return out


def plain(cell: str) -> str:
    """Expected text of a cell: superscript footnote markers dropped."""
    return cell.split(SUP)[0]


rng = random.Random(20241210)

# --------------------------------------------------------------------------------------------
# Common names
# --------------------------------------------------------------------------------------------
HUYEN = ["Thành phố Sóc Trăng", "Huyện Châu Thành", "Huyện Cù Lao Dung", "Huyện Kế Sách", "Huyện Long Phú",
         "Huyện Mỹ Tú", "Huyện Mỹ Xuyên", "Huyện Thạnh Trị", "Huyện Trần Đề", "Thị xã Ngã Năm",
         "Thị xã Vĩnh Châu"]
SO_NGANH = ["Ban Dân tộc", "Ban Quản lý các Khu công nghiệp", "Sở Công Thương", "Sở Giáo dục và Đào tạo",
            "Sở Giao thông vận tải", "Sở Kế hoạch và Đầu tư", "Sở Khoa học và Công nghệ",
            "Sở Lao động - Thương binh và Xã hội", "Sở Nội vụ", "Sở Nông nghiệp và Phát triển nông thôn",
            "Sở Tài chính", "Sở Tài nguyên và Môi trường", "Sở Thông tin và Truyền thông", "Sở Tư pháp",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Xây dựng", "Sở Y tế", "Thanh tra tỉnh",
            "Văn phòng Ủy ban nhân dân tỉnh"]
TW = ["Bảo hiểm xã hội tỉnh", "Công an tỉnh", "Cục Thuế tỉnh", "Chi cục Hải quan Sóc Trăng",
      "Ngân hàng Nhà nước Việt Nam - Chi nhánh tỉnh Sóc Trăng", "Kho bạc Nhà nước Sóc Trăng"]
SNCL = ["Ban Quản lý dự án 1", "Ban Quản lý dự án 2", "Trường Cao đẳng Cộng đồng Sóc Trăng",
        "Trường Cao đẳng Nghề Sóc Trăng"]
LINH_VUC8 = ["Công tác chỉ đạo, điều hành CCHC", "Xây dựng và tổ chức thực hiện thể chế",
             "Cải cách thủ tục hành chính", "Cải cách tổ chức bộ máy hành chính", "Cải cách chế độ công vụ",
             "Cải cách tài chính công", "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
             "Tác động của CCHC đến người dân, tổ chức và phát triển kinh tế - xã hội"]


# ============================================================================================
# Document 1 data: Báo cáo CCHC năm 2024 - UBND huyện Mỹ Xuyên (Word -> PDF)
# ============================================================================================
def doc1_tables():
    tabs = []
    # ---- Bảng 1: TTHC, two-row merged header + vertical merges + column-number row
    h1 = ["STT", "Đơn vị", "Tổng số hồ sơ tiếp nhận", "Hình thức tiếp nhận", "Hình thức tiếp nhận",
          "Số hồ sơ đã giải quyết", "Số hồ sơ đã giải quyết", "Số hồ sơ đã giải quyết",
          "Số hồ sơ đang giải quyết", "Tỷ lệ giải quyết trước và đúng hạn (%)"]
    h2 = ["STT", "Đơn vị", "Tổng số hồ sơ tiếp nhận", "Trực tuyến", "Trực tiếp, bưu chính",
          "Trước hạn", "Đúng hạn", "Quá hạn", "Số hồ sơ đang giải quyết", "Tỷ lệ giải quyết trước và đúng hạn (%)"]
    h3 = [f"({i})" for i in range(1, 11)]
    huyen_units = ["Văn phòng HĐND và UBND huyện", "Phòng Tài nguyên và Môi trường", "Phòng Kinh tế và Hạ tầng",
                   "Phòng Lao động - Thương binh và Xã hội", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch",
                   "Phòng Giáo dục và Đào tạo"]
    xa_units = ["Thị trấn Mỹ Xuyên", "Xã Đại Tâm", "Xã Tham Đôn", "Xã Thạnh Phú", "Xã Ngọc Đông", "Xã Thạnh Quới",
                "Xã Hòa Tú 1", "Xã Hòa Tú 2", "Xã Gia Hòa 1", "Xã Gia Hòa 2", "Xã Ngọc Tố"]

    def unit(lo, hi, late_p):
        n = rng.randint(lo, hi)
        online = int(n * rng.uniform(0.55, 0.92))
        pending = rng.randint(0, max(1, n // 60))
        late = rng.randint(0, max(1, int(n * late_p))) if rng.random() < 0.6 else 0
        early = int((n - pending - late) * rng.uniform(0.4, 0.8))
        ontime = n - pending - late - early
        return [n, online, n - online, early, ontime, late, pending]

    def fmt(v):
        n, on, off, e, o, l, p = v
        rate = (e + o) / (e + o + l) * 100
        return [vn(n, 0), vn(on, 0), vn(off, 0), vn(e, 0), vn(o, 0), vn(l, 0), vn(p, 0), vn(rate, 2)]

    hv = [unit(40, 2600, 0.01) for _ in huyen_units]
    xv = [unit(350, 1900, 0.004) for _ in xa_units]
    sh = [sum(col) for col in zip(*hv)]
    sx = [sum(col) for col in zip(*xv)]
    st = [a + b for a, b in zip(sh, sx)]
    rows = [R(["I", "Cấp huyện"] + fmt(sh), "group", "b")]
    rows += [R([str(i + 1), u] + fmt(v)) for i, (u, v) in enumerate(zip(huyen_units, hv))]
    rows += [R(["II", "Cấp xã"] + fmt(sx), "group", "b")]
    rows += [R([str(i + 1), u] + fmt(v)) for i, (u, v) in enumerate(zip(xa_units, xv))]
    rows += [R(["", "Tổng cộng"] + fmt(st), "total", "b")]
    tabs.append(T("Bảng 1. Kết quả tiếp nhận, giải quyết hồ sơ thủ tục hành chính năm 2024",
                  [h1, h2, h3], rows, widths=[1.2, 3.2, 1.45, 1.45, 1.45, 1.4, 1.4, 1.3, 1.45, 1.7],
                  fs=10, aligns="CL" + "C" * 8, colnum_row=True))
    tot1 = st

    # ---- Bảng 2: một cửa cấp xã, "-" and empty cells, sparse notes
    h = ["STT", "Đơn vị", "Số TTHC thực hiện tại Bộ phận Một cửa", "Số hồ sơ liên thông",
         "Số hồ sơ trực tuyến toàn trình", "Tỷ lệ số hóa hồ sơ (%)", "Ghi chú"]
    notes = {3: "Chưa bố trí đủ máy quét (scan)", 7: "Triển khai từ tháng 6/2024"}
    rows = []
    acc = [0, 0, 0]
    for i, u in enumerate(xa_units):
        tt = rng.randint(96, 118)
        lt = rng.randint(0, 40) if i not in (2, 9) else 0
        tr = rng.randint(150, 900) if i != 7 else 0
        sh_ = rng.uniform(62, 99.5)
        acc[0] += tt; acc[1] += lt; acc[2] += tr
        rows.append(R([str(i + 1), u, vn(tt, 0), "-" if lt == 0 else vn(lt, 0), "-" if tr == 0 else vn(tr, 0),
                       vn(sh_, 1) if i != 7 else "", notes.get(i, "")]))
    rows.append(R(["", "Cộng", vn(acc[0], 0), vn(acc[1], 0), vn(acc[2], 0), "", ""], "total", "b"))
    tabs.append(T("Bảng 2. Tình hình thực hiện cơ chế một cửa, một cửa liên thông và số hóa hồ sơ tại UBND cấp xã",
                  [h], rows, widths=[1.25, 3.45, 2.4, 1.9, 2.3, 1.9, 2.8], fs=11, aligns="CLCCCCL"))

    # ---- Bảng 3: đào tạo bồi dưỡng, letter groups, superscript footnote on a name
    h1 = ["STT", "Nội dung đào tạo, bồi dưỡng", "Số lượt người", "Số lượt người", "Số lượt người"]
    h2 = ["STT", "Nội dung đào tạo, bồi dưỡng", "Cấp huyện", "Cấp xã", "Tổng cộng"]
    items_a = ["Lý luận chính trị cao cấp", "Trung cấp lý luận chính trị", "Chuyên môn sau đại học",
               "Đại học (văn bằng 2, liên thông)"]
    items_b = ["Quản lý nhà nước chương trình chuyên viên", "Quản lý nhà nước chương trình chuyên viên chính",
               "Kiến thức quốc phòng - an ninh đối tượng 4",
               "Kỹ năng giao tiếp, ứng xử cho công chức làm việc tại Bộ phận Một cửa" + SUP + "1",
               "Chuyển đổi số, kỹ năng số cho cán bộ, công chức", "Nghiệp vụ công tác cải cách hành chính"]

    def grp(items):
        out, s = [], [0, 0]
        for i, it in enumerate(items):
            a, b = rng.randint(0, 25), rng.randint(0, 60)
            if i == 0:
                b = 0
            s[0] += a; s[1] += b
            out.append(R([str(i + 1), it, vn(a, 0) if a else "-", vn(b, 0) if b else "-", vn(a + b, 0)]))
        return out, s
    ra, sa = grp(items_a)
    rb, sb = grp(items_b)
    rows = [R(["A", "Đào tạo", vn(sa[0], 0), vn(sa[1], 0), vn(sum(sa), 0)], "group", "b")] + ra
    rows += [R(["B", "Bồi dưỡng", vn(sb[0], 0), vn(sb[1], 0), vn(sum(sb), 0)], "group", "b")] + rb
    rows += [R(["", "Tổng cộng", vn(sa[0] + sb[0], 0), vn(sa[1] + sb[1], 0), vn(sum(sa) + sum(sb), 0)], "total", "b")]
    tabs.append(T("Bảng 3. Kết quả đào tạo, bồi dưỡng cán bộ, công chức, viên chức năm 2024", [h1, h2], rows,
                  widths=[1.2, 8.0, 2.3, 2.3, 2.3], fs=12, aligns="CLCCC",
                  footnote="1 Bao gồm 02 lớp do Sở Nội vụ tổ chức tại huyện và 01 lớp do huyện tự tổ chức."))

    # ---- Phụ lục 1: biểu thống kê, long, repeated header, group rows, italic breakdown rows
    h = ["TT", "Tên chỉ tiêu", "Đơn vị tính", "Số lượng/ tỷ lệ", "Ghi chú"]
    g = lambda code, name: R([code, name, "", "", ""], "group", "b")
    d = lambda code, name, u, v, note="": R([code, name, u, v, note])
    it = lambda name, u, v: R(["", name, u, v, ""], "data", "i")
    rows = [
        g("I", "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CCHC"),
        d("1", "Tỷ lệ hoàn thành Kế hoạch CCHC năm (lũy kế đến thời điểm báo cáo)", "%", "92",
          "Kế hoạch số 08/KH-UBND ngày 17/01/2024 của UBND huyện"),
        d("", "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", "25"),
        d("", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "23"),
        d("2", "Kiểm tra CCHC", "", "", "Kế hoạch số 28/KH-UBND ngày 26/02/2024 kiểm tra công tác CCHC, phân cấp quản lý nhà nước và thực thi công vụ"),
        d("", "Số phòng, ban chuyên môn đã kiểm tra", "Cơ quan, đơn vị", "4"),
        d("", "Số UBND cấp xã đã kiểm tra", "Cơ quan, đơn vị", "5"),
        d("", "Số vấn đề phát hiện qua kiểm tra", "Vấn đề", "7"),
        d("", "Số vấn đề phát hiện đã xử lý xong", "Vấn đề", "7"),
        d("3", "Tuyên truyền CCHC", "", ""),
        d("", "Số lượng tin, bài viết, phóng sự đã đăng tại Chuyên mục CCHC trên Trang thông tin điện tử của huyện", "Tin, bài", "36"),
        d("", "Có thực hiện tuyên truyền CCHC thường xuyên thông qua các cuộc họp, hội nghị, hội thi, hội diễn", "Có = 1; Không = 0", "1"),
        d("4", "Khảo sát sự hài lòng của người dân, tổ chức", "", ""),
        d("", "Số lượng phiếu khảo sát", "Phiếu", "1.165"),
        d("", "Tỷ lệ hài lòng trong kỳ báo cáo", "%", "98,7"),
        g("II", "CẢI CÁCH THỂ CHẾ"),
        d("1", "Số văn bản quy phạm pháp luật do HĐND, UBND huyện ban hành", "Văn bản", "3"),
        d("2", "Số văn bản quy phạm pháp luật được rà soát, kiểm tra", "Văn bản", "27"),
        it("- Cấp huyện", "Văn bản", "19"),
        it("- Cấp xã", "Văn bản", "8"),
        g("III", "CẢI CÁCH THỦ TỤC HÀNH CHÍNH"),
        d("1", "Số TTHC được công bố, công khai tại Bộ phận Một cửa", "Thủ tục", "312"),
        it("- Cấp huyện", "Thủ tục", "214"),
        it("- Cấp xã", "Thủ tục", "98"),
        d("2", "Tỷ lệ hồ sơ TTHC được giải quyết trước và đúng hạn", "%", vn((tot1[3] + tot1[4]) / (tot1[3] + tot1[4] + tot1[5]) * 100, 2)),
        d("3", "Số phản ánh, kiến nghị về quy định, thủ tục hành chính", "Phản ánh", "0"),
        g("IV", "CẢI CÁCH TỔ CHỨC BỘ MÁY"),
        d("1", "Số phòng chuyên môn thuộc UBND huyện", "Cơ quan", "12"),
        d("2", "Số đơn vị sự nghiệp công lập thuộc UBND huyện", "Đơn vị", "58", "Giảm 03 đơn vị do sáp nhập trường học"),
        g("V", "CẢI CÁCH CHẾ ĐỘ CÔNG VỤ"),
        d("1", "Số cán bộ, công chức, viên chức được đào tạo, bồi dưỡng", "Người", "486"),
        it("- Cấp huyện", "Người", "173"),
        it("- Cấp xã", "Người", "313"),
        d("2", "Số cán bộ, công chức, viên chức bị xử lý kỷ luật", "Người", "2"),
        g("VI", "CẢI CÁCH TÀI CHÍNH CÔNG"),
        d("1", "Số đơn vị sự nghiệp công lập tự bảo đảm một phần chi thường xuyên", "Đơn vị", "6"),
        d("2", "Tỷ lệ giải ngân vốn đầu tư công", "%", "95,3", "Tính đến ngày 30/11/2024"),
        g("VII", "XÂY DỰNG VÀ PHÁT TRIỂN CHÍNH QUYỀN ĐIỆN TỬ, CHÍNH QUYỀN SỐ"),
        d("1", "Tỷ lệ văn bản đi được ký số và gửi trên môi trường điện tử", "%", "99,5"),
        d("2", "Tỷ lệ hồ sơ TTHC được tiếp nhận và giải quyết trực tuyến", "%", vn(tot1[1] / tot1[0] * 100, 2)),
        d("3", "Số hồ sơ TTHC được thanh toán phí, lệ phí trực tuyến", "Hồ sơ", "2.318"),
    ]
    tabs.append(T("Phụ lục 1 SỐ LIỆU THỐNG KÊ KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2024", [h], rows,
                  widths=[1.1, 7.0, 2.6, 2.0, 3.3], fs=12, aligns="CLCCL", repeat=True,
                  appendix=("Phụ lục 1", "SỐ LIỆU THỐNG KÊ KẾT QUẢ THỰC HIỆN CẢI CÁCH HÀNH CHÍNH NĂM 2024")))
    return tabs


# ============================================================================================
# Document 2 data: Quyết định công bố Chỉ số CCHC 2024 các sở, ngành, huyện (Word -> PDF)
# ============================================================================================
def doc2_tables():
    tabs = []
    # ---- Phụ lục 1: sở/ngành/TW/SNCL, 3 groups, spans pages WITHOUT repeated header
    h1 = ["STT", "Cơ quan, đơn vị", "Điểm đánh giá, thẩm định", "Điểm đánh giá, thẩm định", "Điểm đánh giá, thẩm định",
          "Điểm điều tra xã hội học", "Điểm điều tra xã hội học", "Tổng điểm đạt được", "Chỉ số CCHC (%)", "Xếp hạng"]
    h2 = ["STT", "Cơ quan, đơn vị", "Điểm tối đa", "Điểm tự đánh giá", "Điểm thẩm định",
          "Điểm tối đa", "Điểm đạt được", "Tổng điểm đạt được", "Chỉ số CCHC (%)", "Xếp hạng"]
    rows = []

    def block(names, maxa, maxb):
        vals = []
        for nm in names:
            sc = rng.uniform(0.78, 0.97)
            tu = round(maxa * min(0.995, sc + rng.uniform(0.01, 0.05)), 2)
            td = round(maxa * sc, 2)
            xh = round(maxb * rng.uniform(0.78, 0.93), 2)
            vals.append([nm, maxa, tu, td, maxb, xh, td + xh, (td + xh) / (maxa + maxb) * 100])
        order = sorted(range(len(vals)), key=lambda i: -vals[i][7])
        rk = {i: k + 1 for k, i in enumerate(order)}
        return [R([str(i + 1), v[0], vn(v[1]), vn(v[2]), vn(v[3]), vn(v[4]), vn(v[5]), vn(v[6]), vn(v[7]),
                   str(rk[i])]) for i, v in enumerate(vals)]
    rows.append(R(["I", "Sở, ban, ngành tỉnh", "", "", "", "", "", "", "", ""], "group", "b"))
    rows += block(SO_NGANH, 70.0, 30.0)
    rows.append(R(["II", "Cơ quan Trung ương đặt tại tỉnh", "", "", "", "", "", "", "", ""], "group", "b"))
    rows += block(TW, 75.0, 25.0)
    rows.append(R(["III", "Đơn vị sự nghiệp công lập thuộc tỉnh", "", "", "", "", "", "", "", ""], "group", "b"))
    rows += block(SNCL, 75.0, 25.0)
    tabs.append(T("Phụ lục 1 CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA CÁC SỞ, BAN, NGÀNH, CƠ QUAN TRUNG ƯƠNG ĐẶT TẠI TỈNH VÀ ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP",
                  [h1, h2], rows, widths=[1.2, 3.8, 1.35, 1.4, 1.4, 1.35, 1.35, 1.4, 1.5, 1.3], fs=10.5,
                  aligns="CL" + "C" * 8, repeat=False,
                  appendix=("Phụ lục 1", "CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024 CỦA CÁC SỞ, BAN, NGÀNH, CƠ QUAN TRUNG ƯƠNG ĐẶT TẠI TỈNH VÀ ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP")))

    # ---- Phụ lục 2: landscape, 13 columns, 8 lĩnh vực
    maxes = [8.0, 8.5, 12.0, 7.5, 13.0, 8.5, 10.5, 32.0]
    h1 = ["STT", "Đơn vị"] + ["Điểm đạt được theo từng lĩnh vực"] * 8 + ["Tổng điểm", "Chỉ số CCHC (%)", "Xếp hạng"]
    h2 = ["STT", "Đơn vị"] + LINH_VUC8 + ["Tổng điểm", "Chỉ số CCHC (%)", "Xếp hạng"]
    vals = []
    for u in HUYEN:
        base = rng.uniform(0.76, 0.93)
        sc = [round(m * min(0.995, base + rng.uniform(-0.08, 0.06)), 2) for m in maxes]
        vals.append((u, sc, sum(sc)))
    order = sorted(range(len(vals)), key=lambda i: -vals[i][2])
    rk = {i: k + 1 for k, i in enumerate(order)}
    rows = [R(["", "Điểm tối đa"] + [vn(m) for m in maxes] + [vn(sum(maxes)), "100", ""], "data", "i")]
    for i, (u, sc, s) in enumerate(vals):
        rows.append(R([str(i + 1), u] + [vn(x) for x in sc] + [vn(s), vn(s / sum(maxes) * 100), str(rk[i])]))
    avg = [sum(v[1][k] for v in vals) / len(vals) for k in range(8)]
    rows.append(R(["", "Giá trị trung bình"] + [vn(a) for a in avg] + [vn(sum(avg)), vn(sum(avg) / sum(maxes) * 100), ""],
                  "total", "b"))
    tabs.append(T("Phụ lục 2 ĐIỂM ĐẠT ĐƯỢC THEO TỪNG LĨNH VỰC CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ NĂM 2024",
                  [h1, h2], rows, widths=[1.2, 3.8] + [2.0] * 8 + [1.6, 1.6, 1.4], fs=10,
                  aligns="CL" + "C" * 11, landscape=True,
                  appendix=("Phụ lục 2", "ĐIỂM ĐẠT ĐƯỢC THEO TỪNG LĨNH VỰC CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ NĂM 2024")))
    huyen_idx = {u: (vals[i][2] / sum(maxes) * 100, rk[i]) for i, u in enumerate(HUYEN)}

    # ---- Phụ lục 3: so sánh 2023/2024 cấp huyện
    h1 = ["STT", "Đơn vị", "Năm 2023", "Năm 2023", "Năm 2024", "Năm 2024", "Tăng (+), giảm (-)", "Tăng (+), giảm (-)"]
    h2 = ["STT", "Đơn vị", "Chỉ số (%)", "Xếp hạng", "Chỉ số (%)", "Xếp hạng", "Chỉ số (%)", "Bậc xếp hạng"]
    prev = [(u, huyen_idx[u][0] + rng.uniform(-4.5, 4.0)) for u in HUYEN]
    po = sorted(range(len(prev)), key=lambda i: -prev[i][1])
    prk = {i: k + 1 for k, i in enumerate(po)}
    rows = []
    for i, u in enumerate(HUYEN):
        a, b = prev[i][1], huyen_idx[u][0]
        d = prk[i] - huyen_idx[u][1]
        rows.append(R([str(i + 1), u, vn(a), str(prk[i]), vn(b), str(huyen_idx[u][1]), signed(b - a),
                       ("+" + str(d)) if d > 0 else str(d)]))
    tabs.append(T("Phụ lục 3 SO SÁNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ NĂM 2024 VỚI NĂM 2023",
                  [h1, h2], rows, widths=[1.3, 4.2, 1.8, 1.6, 1.8, 1.6, 1.9, 1.8], fs=12, aligns="CLCCCCCC",
                  appendix=("Phụ lục 3", "SO SÁNH CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND CÁC HUYỆN, THỊ XÃ, THÀNH PHỐ NĂM 2024 VỚI NĂM 2023")))

    # ---- Phụ lục 4: xếp loại cấp xã theo huyện, "-" cells, Toàn tỉnh total
    h1 = ["STT", "Đơn vị cấp huyện", "Số đơn vị cấp xã", "Số đơn vị cấp xã theo mức xếp loại",
          "Số đơn vị cấp xã theo mức xếp loại", "Số đơn vị cấp xã theo mức xếp loại",
          "Số đơn vị cấp xã theo mức xếp loại", "Giá trị trung bình (%)"]
    h2 = ["STT", "Đơn vị cấp huyện", "Số đơn vị cấp xã", "Tốt", "Khá", "Trung bình", "Yếu", "Giá trị trung bình (%)"]
    nxa = [10, 14, 8, 13, 8, 9, 11, 10, 11, 8, 9]
    rows, acc = [], [0, 0, 0, 0, 0]
    avgs = []
    for i, u in enumerate(HUYEN):
        n = nxa[i]
        t = rng.randint(0, 4)
        y = 1 if rng.random() < 0.15 else 0
        tb = rng.randint(0, 2)
        k = n - t - y - tb
        a = rng.uniform(78.5, 88.9)
        avgs.append(a * n)
        for j, v in enumerate([n, t, k, tb, y]):
            acc[j] += v
        rows.append(R([str(i + 1), u, str(n)] + [str(v) if v else "-" for v in (t, k, tb, y)] + [vn(a)]))
    rows.append(R(["", "Toàn tỉnh", str(acc[0])] + [str(v) if v else "-" for v in acc[1:]] + [vn(sum(avgs) / acc[0])],
                  "total", "b"))
    tabs.append(T("Phụ lục 4 TỔNG HỢP XẾP LOẠI CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN NĂM 2024",
                  [h1, h2], rows, widths=[1.3, 4.2, 2.0, 1.6, 1.6, 1.9, 1.6, 2.0], fs=12, aligns="CLCCCCCC",
                  appendix=("Phụ lục 4", "TỔNG HỢP XẾP LOẠI CHỈ SỐ CẢI CÁCH HÀNH CHÍNH CỦA UBND CÁC XÃ, PHƯỜNG, THỊ TRẤN NĂM 2024")))
    return tabs


# ============================================================================================
# Document 3 data: Báo cáo phân tích PAR INDEX và SIPAS 2023 tỉnh Sóc Trăng (reportlab)
# ============================================================================================
def doc3_tables():
    tabs = []
    # ---- Bảng 1: dot decimals, horizontal rules only, merged 2-row header
    h1 = ["Năm"] + ["Điểm đánh giá, thẩm định"] * 3 + ["Điểm điều tra xã hội học"] * 3 + ["Điểm tổng hợp"] * 3
    h2 = ["Năm"] + ["Điểm tối đa", "Điểm đạt được", "Tỷ lệ đạt được"] * 3
    rows = []
    hist = {2017: (62.0, 46.91, 38.0, 30.02), 2018: (62.0, 48.37, 38.0, 29.41), 2019: (62.0, 50.12, 38.0, 29.86),
            2020: (68.0, 54.45, 32.0, 26.10), 2021: (68.0, 55.83, 32.0, 25.92), 2022: (68.0, 56.52, 32.0, 26.62),
            2023: (68.0, 55.08, 32.0, 26.62)}
    for y in range(2017, 2024):
        ma, a, mb, b = hist[y]
        rows.append(R([f"Năm {y}", dot(ma), dot(a), dot(a / ma * 100) + "%", dot(mb), dot(b), dot(b / mb * 100) + "%",
                       dot(100.0), dot(a + b), dot(a + b) + "%"]))
    a3, b3, a2, b2 = hist[2023][1], hist[2023][3], hist[2022][1], hist[2022][3]
    rows.append(R(["So sánh (2023 - 2022)", "", dot(a3 - a2), dot((a3 - a2) / 68 * 100) + "%", "", dot(b3 - b2),
                   dot((b3 - b2) / 32 * 100) + "%", "", dot(a3 + b3 - a2 - b2), dot(a3 + b3 - a2 - b2) + "%"], "data", "i"))
    tabs.append(T("Bảng 1. Kết quả Chỉ số CCHC tỉnh Sóc Trăng giai đoạn 2017 - 2023", [h1, h2], rows,
                  widths=[2.9] + [1.42] * 9, fs=8.5, aligns="L" + "C" * 9, style="hlines"))

    # ---- Bảng 2: 8 lĩnh vực, 3-row header, ranks, deltas
    h1 = ["TT", "Lĩnh vực"] + ["Kết quả năm 2022"] * 4 + ["Kết quả năm 2023"] * 4 + ["Tăng (+), giảm (-) so với năm 2022"] * 2
    h2 = ["TT", "Lĩnh vực", "Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng", "Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng",
          "Tỷ lệ (%)", "Xếp hạng"]
    h3 = ["TT", "Lĩnh vực", "Tối đa", "Đạt được", "Tỷ lệ (%)", "Xếp hạng", "Tối đa", "Đạt được", "Tỷ lệ (%)",
          "Xếp hạng", "Tỷ lệ (%)", "Xếp hạng"]
    mx = [9.5, 10.0, 13.0, 10.5, 15.0, 10.0, 10.0, 22.0]
    rows, s2, s3 = [], 0.0, 0.0
    p2s = [rng.uniform(0.72, 0.97) for _ in mx]
    p3s = [min(0.99, p + rng.uniform(-0.06, 0.05)) for p in p2s]
    k2 = 83.14 / sum(m * p for m, p in zip(mx, p2s))
    k3 = 81.70 / sum(m * p for m, p in zip(mx, p3s))
    a2l = [round(m * p * k2, 2) for m, p in zip(mx, p2s)]
    a3l = [round(m * p * k3, 2) for m, p in zip(mx, p3s)]
    a2l[-1] = round(83.14 - sum(a2l[:-1]), 2)
    a3l[-1] = round(81.70 - sum(a3l[:-1]), 2)
    for i, (lv, m) in enumerate(zip(LINH_VUC8, mx)):
        a2_, a3_ = a2l[i], a3l[i]
        s2 += a2_; s3 += a3_
        r2, r3 = rng.randint(3, 60), rng.randint(3, 62)
        rows.append(R([str(i + 1), lv, vn(m), vn(a2_), vn(a2_ / m * 100), str(r2), vn(m), vn(a3_), vn(a3_ / m * 100),
                       str(r3), signed(a3_ / m * 100 - a2_ / m * 100), ("+" + str(r2 - r3)) if r2 > r3 else str(r2 - r3)]))
    rows.append(R(["", "Chỉ số CCHC", "100,00", vn(s2), vn(s2), "49", "100,00", vn(s3), vn(s3), "62",
                   signed(s3 - s2), "-13"], "total", "b"))
    tabs.append(T("Bảng 2. Kết quả chỉ số thành phần theo 08 lĩnh vực năm 2023 so với năm 2022", [h1, h2, h3], rows,
                  widths=[0.75, 3.45] + [1.25] * 10, fs=8.5, aligns="CL" + "C" * 10, style="grid"))

    # ---- Bảng 3: tiêu chí thành phần, long, header repeated, row split across pages
    h = ["STT", "Nội dung", "Điểm tối đa", "Điểm đạt được", "Điểm chưa đạt"]
    spec = [
        ("3.2.1", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật (QPPL) tại tỉnh",
         "Tác động của cải cách đến chất lượng văn bản QPPL do tỉnh ban hành",
         ["Tính đồng bộ, thống nhất của các văn bản QPPL do địa phương ban hành",
          "Tính hợp lý của các văn bản QPPL do địa phương ban hành",
          "Tính khả thi của các văn bản QPPL do địa phương ban hành",
          "Tính kịp thời phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện văn bản QPPL tại địa phương"]),
        ("3.2.2", "Cải cách tổ chức bộ máy hành chính",
         "Tác động của cải cách đến tổ chức bộ máy hành chính",
         ["Tính hợp lý trong sắp xếp tổ chức bộ máy các cơ quan, đơn vị thuộc thẩm quyền của tỉnh",
          "Tính hợp lý trong phân định chức năng, nhiệm vụ giữa các cơ quan, đơn vị tại địa phương",
          "Tình hình thực hiện quy chế làm việc của UBND tỉnh",
          "Tính hợp lý trong việc phân cấp, phân quyền thực hiện nhiệm vụ quản lý nhà nước giữa tỉnh và huyện"]),
        ("3.2.3", "Cải cách chế độ công vụ",
         "Tác động của cải cách đến quản lý cán bộ, công chức, viên chức",
         ["Tính công khai, minh bạch trong công tác tuyển dụng công chức, viên chức",
          "Tình trạng tiêu cực trong công tác tuyển dụng công chức, viên chức",
          "Tính công khai, minh bạch trong công tác bổ nhiệm công chức, viên chức",
          "Tình trạng tiêu cực trong công tác bổ nhiệm công chức, viên chức",
          "Năng lực chuyên môn của công chức trong phối hợp, xử lý công việc",
          "Tình trạng công chức lợi dụng chức vụ, quyền hạn để trục lợi cá nhân trong phối hợp, xử lý công việc"]),
        ("3.2.4", "Cải cách tài chính công",
         "Tác động của cải cách đến quản lý tài chính công",
         ["Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính",
          "Thực hiện tiết kiệm, chống lãng phí trong quản lý, sử dụng kinh phí của cơ quan, đơn vị",
          "Tính hiệu quả của việc quản lý, sử dụng tài sản công",
          "Tính hiệu quả của việc thực hiện cơ chế tự chủ tại các đơn vị sự nghiệp công lập"]),
        ("3.2.5", "Xây dựng và phát triển chính quyền điện tử, chính quyền số",
         "Tác động của cải cách đến xây dựng và phát triển chính quyền điện tử, chính quyền số",
         ["Chất lượng cung cấp thông tin trên Cổng thông tin điện tử của tỉnh",
          "Tính kết nối, liên thông của Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh"]),
    ]
    rows, k, tot_m, tot_a = [], 0, 0.0, 0.0
    for code, name, sub, crit in spec:
        rows.append(R([code, name, "", "", ""], "group", "b"))
        pts = [round(rng.uniform(0.72, 0.93), 4) for _ in crit]
        m = float(len(crit))
        rows.append(R(["", sub, vn(m, 1), vn(sum(pts), 4), "-" + vn(m - sum(pts), 4)], "group", "bi"))
        tot_m += m; tot_a += sum(pts)
        for c, p in zip(crit, pts):
            k += 1
            rows.append(R([f"({k})", c, "1,0", vn(p, 4), "-" + vn(1 - p, 4)]))
    rows.append(R(["", "Tổng điểm đánh giá tác động", vn(tot_m, 1), vn(tot_a, 4), "-" + vn(tot_m - tot_a, 4)], "total", "b"))
    tabs.append(T("Bảng 3. Điểm đánh giá tác động của cải cách hành chính theo tiêu chí thành phần", [h], rows,
                  widths=[1.45, 9.15, 1.9, 2.1, 2.1], fs=10, aligns="CLCCC", style="grid", repeat=True))

    # ---- Bảng 4: SIPAS, ranks x/63, superscript footnote on a rank
    h1 = ["STT", "Chỉ số thành phần", "Năm 2022", "Năm 2022", "Năm 2023", "Năm 2023", "Tăng (+), giảm (-) (%)"]
    h2 = ["STT", "Chỉ số thành phần", "Tỷ lệ (%)", "Xếp hạng", "Tỷ lệ (%)", "Xếp hạng", "Tăng (+), giảm (-) (%)"]
    sp = [("I", "Chỉ số hài lòng về sự phục vụ hành chính", [
        "Tiếp cận dịch vụ hành chính công", "Thủ tục hành chính", "Sự phục vụ của công chức",
        "Kết quả giải quyết công việc", "Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị"]),
          ("II", "Chỉ số hài lòng về cung ứng dịch vụ công", ["Dịch vụ giáo dục công", "Dịch vụ y tế công"]),
          ("III", "Chỉ số hài lòng về xây dựng và tổ chức thực hiện chính sách", [
              "Xây dựng chính sách", "Tổ chức thực hiện chính sách"])]
    rows = []
    fn_done = False
    for code, name, subs in sp:
        sub_rows, av, bv = [], [], []
        for i, s in enumerate(subs):
            a, b = round(rng.uniform(78, 89), 2), round(rng.uniform(76, 88), 2)
            av.append(a); bv.append(b)
            r3 = f"{rng.randint(5, 62)}/63"
            if code == "II" and not fn_done:
                r3 = "24/28" + SUP + "1"
                fn_done = True
            sub_rows.append(R([str(i + 1), s, vn(a), f"{rng.randint(5, 62)}/63", vn(b), r3, signed(b - a)]))
        g2, g3 = round(sum(av) / len(av), 2), round(sum(bv) / len(bv), 2)
        rows.append(R([code, name, vn(g2), f"{rng.randint(10, 55)}/63", vn(g3), f"{rng.randint(10, 60)}/63", signed(g3 - g2)],
                      "group", "b"))
        rows += sub_rows
    rows.append(R(["", "Chỉ số SIPAS", "83,90", "16/63", "81,80", "35/63", "-2,10"], "total", "b"))
    tabs.append(T("Bảng 4. Kết quả Chỉ số SIPAS tỉnh Sóc Trăng năm 2023 so với năm 2022", [h1, h2], rows,
                  widths=[1.1, 6.5, 1.8, 1.8, 1.8, 1.8, 2.1], fs=10, aligns="CLCCCCC", style="grid",
                  footnote="1 Có 28/63 tỉnh, thành phố đủ số phiếu hợp lệ để xếp hạng ở chỉ số thành phần này."))

    # ---- Bảng 5: ĐBSCL comparison, ranks 46/63
    h1 = ["TT", "Tỉnh, thành phố", "Năm 2022", "Năm 2022", "Năm 2023", "Năm 2023", "Tăng (+), giảm (-) bậc"]
    h2 = ["TT", "Tỉnh, thành phố", "Chỉ số (%)", "Xếp hạng", "Chỉ số (%)", "Xếp hạng", "Tăng (+), giảm (-) bậc"]
    prov = ["Long An", "Tiền Giang", "Bến Tre", "Trà Vinh", "Vĩnh Long", "Đồng Tháp", "An Giang", "Kiên Giang",
            "Thành phố Cần Thơ", "Hậu Giang", "Sóc Trăng", "Bạc Liêu", "Cà Mau"]
    used2, used3 = {49}, {62}
    rows = []
    for i, p in enumerate(prov):
        if p == "Sóc Trăng":
            a, ra, b, rb = 83.14, 49, 81.70, 62
        else:
            a, b = rng.uniform(82.5, 91.5), rng.uniform(82.5, 92.0)
            ra = rng.choice([x for x in range(2, 62) if x not in used2]); used2.add(ra)
            rb = rng.choice([x for x in range(2, 62) if x not in used3]); used3.add(rb)
        d = ra - rb
        rows.append(R([str(i + 1), p, vn(a), f"{ra}/63", vn(b), f"{rb}/63", ("+" + str(d)) if d > 0 else str(d)]))
    tabs.append(T("Bảng 5. Chỉ số CCHC năm 2023 của các tỉnh, thành phố vùng Đồng bằng sông Cửu Long", [h1, h2], rows,
                  widths=[1.0, 4.6, 2.1, 2.1, 2.1, 2.1, 2.6], fs=10, aligns="CLCCCCC", style="grid",
                  highlight="Sóc Trăng"))

    # ---- Bảng 6: text-heavy tasks table
    h = ["STT", "Chỉ số thành phần cần cải thiện", "Nhiệm vụ, giải pháp", "Cơ quan chủ trì", "Thời hạn"]
    tasks = [
        ("Xử lý các vấn đề phát hiện qua kiểm tra CCHC", "Theo dõi, đôn đốc các cơ quan, đơn vị khắc phục 100% tồn tại, hạn chế sau kiểm tra; báo cáo kết quả khắc phục về Sở Nội vụ", "Sở Nội vụ", "Thường xuyên"),
        ("Công bố TTHC, danh mục TTHC theo quy định", "Tham mưu UBND tỉnh công bố kịp thời danh mục TTHC mới ban hành, sửa đổi, bổ sung đúng thời hạn quy định", "Văn phòng UBND tỉnh", "Trong năm 2024"),
        ("Công khai tiến độ, kết quả giải quyết hồ sơ TTHC", "Đồng bộ đầy đủ trạng thái hồ sơ từ Hệ thống thông tin giải quyết TTHC của tỉnh lên Cổng Dịch vụ công quốc gia", "Sở Thông tin và Truyền thông", "Quý II/2024"),
        ("Số hóa hồ sơ, kết quả giải quyết TTHC", "Thực hiện số hóa hồ sơ ngay từ khâu tiếp nhận; tái sử dụng dữ liệu đã số hóa, không yêu cầu người dân nộp lại giấy tờ đã có", "Các sở, ban, ngành; UBND cấp huyện", "Thường xuyên"),
        ("Tuyển dụng, sử dụng công chức, viên chức", "Công khai đầy đủ kế hoạch, kết quả tuyển dụng trên Cổng thông tin điện tử; thực hiện đúng quy trình bổ nhiệm", "Sở Nội vụ", "Năm 2024"),
        ("Quản lý, sử dụng tài sản công", "Rà soát, sắp xếp lại nhà, đất; xử lý dứt điểm tài sản dôi dư sau sắp xếp đơn vị hành chính", "Sở Tài chính", "Quý III/2024"),
        ("Chất lượng Cổng thông tin điện tử của tỉnh", "Cập nhật thường xuyên thông tin chỉ đạo, điều hành; bổ sung chuyên mục hỏi đáp, tiếp nhận phản ánh, kiến nghị", "Văn phòng UBND tỉnh", "Thường xuyên"),
        ("Tác động của CCHC đến phát triển kinh tế - xã hội", "Đẩy mạnh thu hút đầu tư, cải thiện môi trường kinh doanh, nâng cao Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)", "Sở Kế hoạch và Đầu tư", "Năm 2024 - 2025"),
    ]
    rows = [R([str(i + 1), a, b, c, d]) for i, (a, b, c, d) in enumerate(tasks)]
    tabs.append(T("Bảng 6. Nhiệm vụ, giải pháp cải thiện các chỉ số thành phần đạt thấp", [h], rows,
                  widths=[1.0, 4.2, 6.6, 3.0, 2.2], fs=10, aligns="CLLLC", style="grid"))
    return tabs


# ============================================================================================
# Document 4 data: Báo cáo kết quả khảo sát mức độ hài lòng 2024 (fpdf2, hand-drawn tables)
# ============================================================================================
def doc4_tables():
    tabs = []
    # ---- Bảng 1: no rulings at all, aligned by whitespace
    h = ["Đơn vị", "Số phiếu phát ra", "Số phiếu thu về", "Tỷ lệ thu hồi (%)"]
    rows, a1, a2 = [], 0, 0
    for u in HUYEN:
        n = rng.randint(28, 60) * 10
        m = n - rng.randint(0, 22)
        a1 += n; a2 += m
        rows.append(R([u, vn(n, 0), vn(m, 0), vn(m / n * 100)]))
    rows.append(R(["Toàn tỉnh", vn(a1, 0), vn(a2, 0), vn(a2 / a1 * 100)], "total", "b"))
    tabs.append(T("Bảng 1. Số phiếu khảo sát phát ra và thu về theo đơn vị hành chính cấp huyện", [h], rows,
                  widths=[5.6, 3.4, 3.3, 3.7], fs=11, aligns="LRRR", style="none"))

    # ---- Bảng 2: outer box only + unit line
    h = ["Yếu tố, tiêu chí", "Rất hài lòng", "Hài lòng", "Bình thường", "Không hài lòng", "Rất không hài lòng"]
    spec = [("1. Tiếp cận dịch vụ hành chính công", ["Nơi ngồi chờ có đủ chỗ ngồi", "Trang thiết bị phục vụ đầy đủ, dễ sử dụng"]),
            ("2. Thủ tục hành chính", ["Thủ tục được niêm yết công khai, đầy đủ, chính xác", "Thành phần hồ sơ đúng quy định",
                                       "Phí, lệ phí phải nộp đúng quy định"]),
            ("3. Sự phục vụ của công chức", ["Công chức có thái độ giao tiếp lịch sự", "Công chức hướng dẫn kê khai hồ sơ tận tình, chu đáo"]),
            ("4. Kết quả giải quyết công việc", ["Kết quả đúng quy định", "Nhận kết quả đúng hẹn"]),
            ("5. Tiếp nhận, xử lý góp ý, phản ánh, kiến nghị", ["Dễ dàng thực hiện góp ý, phản ánh", "Được phản hồi kịp thời"])]
    rows = []
    for g, subs in spec:
        rows.append(R([g, "", "", "", "", ""], "group", "b"))
        for s in subs:
            b = round(rng.uniform(38, 56), 1); c = round(rng.uniform(1.5, 6.0), 1)
            d = round(rng.uniform(0, 1.4), 1); e = round(rng.uniform(0, 0.6), 1) if rng.random() < 0.6 else 0.0
            vals = [round(100 - b - c - d - e, 1), b, c, d, e]
            rows.append(R([s] + [vn(x, 1) if x > 0 else "-" for x in vals]))
    tabs.append(T("Bảng 2. Tỷ lệ ý kiến đánh giá theo mức độ hài lòng đối với từng yếu tố", [h], rows,
                  widths=[6.6, 2.0, 1.9, 2.0, 2.2, 2.3], fs=10, aligns="LCCCCC", style="box", unit="Đơn vị tính: %"))

    # ---- Bảng 3: by TTHC field, "-" and empty cells
    h1 = ["STT", "Lĩnh vực thủ tục hành chính", "Số phiếu", "Chỉ số hài lòng (%)", "Chỉ số hài lòng (%)",
          "Tăng (+), giảm (-)"]
    h2 = ["STT", "Lĩnh vực thủ tục hành chính", "Số phiếu", "Năm 2023", "Năm 2024", "Tăng (+), giảm (-)"]
    lv = ["Đất đai", "Hộ tịch", "Chứng thực", "Đăng ký kinh doanh", "Xây dựng", "Lao động - Thương binh và Xã hội",
          "Bảo trợ xã hội", "Giáo dục và Đào tạo", "Y tế", "Tư pháp", "Nông nghiệp và Phát triển nông thôn",
          "Dịch vụ công trực tuyến toàn trình"]
    rows, tp = [], 0
    for i, l in enumerate(lv):
        n = rng.randint(35, 690)
        tp += n
        b = rng.uniform(80, 97)
        if i == len(lv) - 1:
            rows.append(R([str(i + 1), l, vn(n, 0), "-", vn(b), ""]))
        else:
            a = rng.uniform(78, 96)
            rows.append(R([str(i + 1), l, vn(n, 0), vn(a), vn(b), signed(b - a)]))
    rows.append(R(["", "Chung", vn(tp, 0), "87,41", "89,06", "+1,65"], "total", "b"))
    tabs.append(T("Bảng 3. Chỉ số hài lòng theo lĩnh vực thủ tục hành chính năm 2024 so với năm 2023", [h1, h2], rows,
                  widths=[1.1, 6.4, 2.0, 2.4, 2.4, 2.7], fs=10.5, aligns="CLCCCC", style="grid"))

    # ---- Phụ lục 1: góp ý, kiến nghị
    h = ["STT", "Nội dung góp ý, kiến nghị", "Số ý kiến", "Tỷ lệ (%)", "Ghi chú"]
    gy = [("Rút ngắn thời gian giải quyết hồ sơ đất đai, nhất là hồ sơ cấp giấy chứng nhận quyền sử dụng đất lần đầu", 142, "Tập trung tại 03 huyện"),
          ("Bố trí thêm chỗ ngồi chờ, nước uống tại Bộ phận Một cửa cấp xã", 87, ""),
          ("Hướng dẫn rõ hơn cách nộp hồ sơ trực tuyến trên Cổng Dịch vụ công", 118, ""),
          ("Giảm phí, lệ phí đối với một số thủ tục", 36, ""),
          ("Công chức cần nhiệt tình, tận tụy hơn khi hướng dẫn người dân", 29, ""),
          ("Tăng cường thanh toán không dùng tiền mặt", 21, "Đã triển khai tại 100% cấp huyện"),
          ("Niêm yết công khai số điện thoại đường dây nóng", 17, ""),
          ("Ý kiến khác", 44, "")]
    tot = sum(x[1] for x in gy)
    rows = [R([str(i + 1), a, str(n), vn(n / tot * 100), note]) for i, (a, n, note) in enumerate(gy)]
    rows.append(R(["", "Tổng cộng", str(tot), "100", ""], "total", "b"))
    tabs.append(T("Phụ lục 1 TỔNG HỢP Ý KIẾN GÓP Ý, KIẾN NGHỊ CỦA NGƯỜI DÂN, TỔ CHỨC", [h], rows,
                  widths=[1.1, 8.4, 1.9, 1.9, 3.7], fs=10.5, aligns="CLCCL", style="grid",
                  appendix=("Phụ lục 1", "TỔNG HỢP Ý KIẾN GÓP Ý, KIẾN NGHỊ CỦA NGƯỜI DÂN, TỔ CHỨC")))

    # ---- Phụ lục 2: long, repeated header, a row split by the page break, sparse notes
    h = ["STT", "Đơn vị", "Số phiếu hợp lệ", "Chỉ số hài lòng (%)", "Xếp hạng", "Ghi chú"]
    xa = ["Phường 1, thành phố Sóc Trăng", "Phường 2, thành phố Sóc Trăng", "Phường 5, thành phố Sóc Trăng",
          "Phường 8, thành phố Sóc Trăng", "Thị trấn Châu Thành, huyện Châu Thành", "Xã Phú Tâm, huyện Châu Thành",
          "Xã An Thạnh 1, huyện Cù Lao Dung", "Thị trấn Kế Sách, huyện Kế Sách", "Xã Đại Hải, huyện Kế Sách",
          "Thị trấn Long Phú, huyện Long Phú", "Thị trấn Huỳnh Hữu Nghĩa, huyện Mỹ Tú", "Xã Mỹ Hương, huyện Mỹ Tú",
          "Thị trấn Mỹ Xuyên, huyện Mỹ Xuyên", "Xã Ngọc Tố, huyện Mỹ Xuyên", "Thị trấn Phú Lộc, huyện Thạnh Trị",
          "Thị trấn Trần Đề, huyện Trần Đề", "Xã Đại Ân 2, huyện Trần Đề", "Phường 1, thị xã Ngã Năm",
          "Xã Long Bình, thị xã Ngã Năm", "Phường 1, thị xã Vĩnh Châu", "Xã Lai Hòa, thị xã Vĩnh Châu"]
    notes_h = {2: "Khảo sát bổ sung trực tuyến do số phiếu thu về tại Bộ phận Một cửa chưa đạt yêu cầu tối thiểu",
               8: "Có 02 phiếu không hợp lệ bị loại"}
    notes_x = {4: "Thị trấn mới thành lập", 10: "Bộ phận Một cửa đang sửa chữa, tiếp nhận tạm tại hội trường UBND thị trấn từ tháng 8/2024 đến tháng 11/2024",
               14: "Khảo sát bổ sung trực tuyến do số phiếu thu về tại Bộ phận Một cửa chưa đạt yêu cầu tối thiểu",
               16: "Xã đạt chuẩn nông thôn mới nâng cao năm 2024",
               19: "Khảo sát bổ sung trực tuyến do số phiếu thu về tại Bộ phận Một cửa chưa đạt yêu cầu tối thiểu"}

    def blk(names, lo, hi, notes):
        v = [(nm, rng.randint(lo, hi), rng.uniform(84, 97.5)) for nm in names]
        order = sorted(range(len(v)), key=lambda i: -v[i][2])
        rk = {i: k + 1 for k, i in enumerate(order)}
        return v, [R([str(i + 1), nm, vn(n, 0), vn(s), str(rk[i]), notes.get(i, "")]) for i, (nm, n, s) in enumerate(v)]
    vh, rh = blk(HUYEN, 180, 420, notes_h)
    vx, rx = blk(xa, 60, 150, notes_x)
    nh = sum(x[1] for x in vh); nx = sum(x[1] for x in vx)
    sh = sum(x[1] * x[2] for x in vh) / nh; sx = sum(x[1] * x[2] for x in vx) / nx
    rows = [R(["A", "Cấp huyện", vn(nh, 0), vn(sh), "", ""], "group", "b")] + rh
    rows += [R(["B", "Cấp xã", vn(nx, 0), vn(sx), "", ""], "group", "b")] + rx
    rows += [R(["", "Toàn tỉnh", vn(nh + nx, 0), vn((sh * nh + sx * nx) / (nh + nx)), "", ""], "total", "b")]
    tabs.append(T("Phụ lục 2 CHỈ SỐ HÀI LÒNG TẠI BỘ PHẬN MỘT CỬA CẤP HUYỆN, CẤP XÃ NĂM 2024", [h], rows,
                  widths=[1.1, 5.6, 2.0, 2.1, 1.7, 4.5], fs=10.5, aligns="CLCCCL", style="grid", repeat=True,
                  split_rows=True,
                  appendix=("Phụ lục 2", "CHỈ SỐ HÀI LÒNG TẠI BỘ PHẬN MỘT CỬA CẤP HUYỆN, CẤP XÃ NĂM 2024")))
    return tabs


# ============================================================================================
# DOCX rendering (python-docx) + LibreOffice conversion
# ============================================================================================
def _docx():
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt
    return locals()


class Word:
    FONT = "Times New Roman"

    def __init__(self):
        D = self.D = _docx()
        self.doc = D["Document"]()
        st = self.doc.styles["Normal"]
        st.font.name = self.FONT
        st.font.size = D["Pt"](13)
        rpr = st.element.get_or_add_rPr()
        rf = rpr.find(D["qn"]("w:rFonts"))
        for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
            rf.set(D["qn"](a), self.FONT)
        pf = st.paragraph_format
        pf.space_before = D["Pt"](0)
        pf.space_after = D["Pt"](6)
        pf.line_spacing = 1.15
        sec = self.doc.sections[0]
        sec.page_width, sec.page_height = D["Cm"](21.0), D["Cm"](29.7)
        self._margins(sec)
        self._page_number(sec)

    def _margins(self, sec):
        Cm = self.D["Cm"]
        sec.top_margin, sec.bottom_margin = Cm(2.0), Cm(2.0)
        sec.left_margin, sec.right_margin = Cm(3.0), Cm(2.0)
        sec.header_distance = Cm(1.0)

    def _page_number(self, sec):
        D = self.D
        p = sec.header.paragraphs[0]
        p.alignment = D["WD_ALIGN_PARAGRAPH"].CENTER
        run = p.add_run()
        run.font.size = D["Pt"](12)
        for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
            if kind:
                e = D["OxmlElement"]("w:fldChar")
                e.set(D["qn"]("w:fldCharType"), kind)
            else:
                e = D["OxmlElement"]("w:instrText")
                e.set(D["qn"]("xml:space"), "preserve")
                e.text = txt
            run._r.append(e)

    def para(self, text="", bold=False, italic=False, align="J", size=None, indent=True, after=6, before=0,
             keep_next=False):
        D = self.D
        p = self.doc.add_paragraph()
        p.alignment = {"J": D["WD_ALIGN_PARAGRAPH"].JUSTIFY, "C": D["WD_ALIGN_PARAGRAPH"].CENTER,
                       "L": D["WD_ALIGN_PARAGRAPH"].LEFT, "R": D["WD_ALIGN_PARAGRAPH"].RIGHT}[align]
        if indent and align == "J":
            p.paragraph_format.first_line_indent = D["Cm"](1.0)
        p.paragraph_format.space_after = D["Pt"](after)
        p.paragraph_format.space_before = D["Pt"](before)
        if keep_next:
            p.paragraph_format.keep_with_next = True
        if getattr(self, "_pb", False):
            p.paragraph_format.page_break_before = True
            self._pb = False
        self._runs(p, N(text), bold, italic, size)
        return p

    def _runs(self, p, text, bold, italic, size):
        parts = text.split(SUP)
        r = p.add_run(parts[0])
        r.bold, r.italic = bold, italic
        if size:
            r.font.size = self.D["Pt"](size)
        for extra in parts[1:]:
            s = p.add_run(extra)
            s.font.superscript = True
            s.bold = bold
            if size:
                s.font.size = self.D["Pt"](size)

    def footnote(self, text):
        mark, rest = text.split(" ", 1)  # noqa
        p = self.para("", align="L", indent=False, before=3, size=11)
        r = p.add_run(mark)
        r.font.superscript = True
        r.font.size = self.D["Pt"](11)
        r2 = p.add_run(" " + N(rest))
        r2.font.size = self.D["Pt"](11)

    def page_break(self):
        self._pb = True  # the next paragraph starts a new page

    def new_section(self, landscape):
        D = self.D
        sec = self.doc.add_section(D["WD_SECTION"].NEW_PAGE)
        if landscape:
            sec.orientation = D["WD_ORIENT"].LANDSCAPE
            sec.page_width, sec.page_height = D["Cm"](29.7), D["Cm"](21.0)
            sec.left_margin = sec.right_margin = D["Cm"](1.5)
            sec.top_margin, sec.bottom_margin = D["Cm"](2.0), D["Cm"](1.5)
        else:
            sec.orientation = D["WD_ORIENT"].PORTRAIT
            sec.page_width, sec.page_height = D["Cm"](21.0), D["Cm"](29.7)
            self._margins(sec)

    def national_header(self, left, right):
        """Borderless 2-column heading block as in every Vietnamese administrative document."""
        D = self.D
        t = self.doc.add_table(rows=1, cols=2)
        t.alignment = D["WD_TABLE_ALIGNMENT"].CENTER
        t.autofit = False
        for ci, wd in enumerate((6.0, 10.0)):
            t.columns[ci].width = D["Cm"](wd)
        for ci, lines in enumerate((left, right)):
            c = t.cell(0, ci)
            c.width = D["Cm"](6.0 if ci == 0 else 10.0)
            c.paragraphs[0].text = ""
            for li, (txt, b, it) in enumerate(lines):
                p = c.paragraphs[0] if li == 0 else c.add_paragraph()
                p.alignment = D["WD_ALIGN_PARAGRAPH"].CENTER
                p.paragraph_format.space_after = D["Pt"](0)
                r = p.add_run(N(txt))
                r.bold, r.italic = b, it
                r.font.size = D["Pt"](12 if (ci == 0 or it) else 13)
        self.para("", after=4)

    def table(self, spec):
        D = self.D
        Cm, Pt = D["Cm"], D["Pt"]
        hdr, rows = spec["header"], spec["rows"]
        ncol = len(hdr[0])
        nh = len(hdr)
        fs = spec.get("fs", 12)
        aligns = spec.get("aligns", "C" * ncol)
        t = self.doc.add_table(rows=nh + len(rows), cols=ncol)
        t.style = self.doc.styles["Table Grid"]
        t.alignment = D["WD_TABLE_ALIGNMENT"].CENTER
        t.autofit = False
        widths = spec["widths"]
        # fixed layout
        tblPr = t._tbl.tblPr
        lay = D["OxmlElement"]("w:tblLayout")
        lay.set(D["qn"]("w:type"), "fixed")
        tblPr.append(lay)
        for ri, row in enumerate(t.rows):
            for ci, c in enumerate(row.cells):
                c.width = Cm(widths[ci])
        for ci, col in enumerate(t.columns):
            col.width = Cm(widths[ci])
        al = {"C": D["WD_ALIGN_PARAGRAPH"].CENTER, "L": D["WD_ALIGN_PARAGRAPH"].LEFT,
              "R": D["WD_ALIGN_PARAGRAPH"].RIGHT}

        def put(cell, text, bold=False, italic=False, align="C"):
            for extra in cell.paragraphs[1:]:
                extra._element.getparent().remove(extra._element)
            p = cell.paragraphs[0]
            p.text = ""
            p.alignment = al[align]
            pf = p.paragraph_format
            pf.space_before, pf.space_after = Pt(2), Pt(2)
            pf.line_spacing = 1.0
            pf.first_line_indent = Cm(0)
            self._runs(p, text, bold, italic, fs)
            cell.vertical_alignment = D["WD_CELL_VERTICAL_ALIGNMENT"].CENTER

        for (r0, c0, r1, c1, txt) in header_rects(hdr):
            a = t.cell(r0, c0)
            if (r1, c1) != (r0, c0):
                a = a.merge(t.cell(r1, c1))
            colnum = spec.get("colnum_row") and r0 == nh - 1
            put(a, txt, bold=not colnum, italic=bool(colnum), align="C")
        for ri in range(nh):
            trPr = t.rows[ri]._tr.get_or_add_trPr()
            if spec.get("repeat"):
                e = D["OxmlElement"]("w:tblHeader")
                e.set(D["qn"]("w:val"), "true")
                trPr.append(e)
        for ri, row in enumerate(rows):
            st = row["style"]
            for ci, txt in enumerate(row["cells"]):
                a = aligns[ci]
                put(t.cell(nh + ri, ci), txt, bold="b" in st, italic="i" in st, align=a)
        return t

    def caption(self, spec, size=13):
        if spec.get("appendix"):
            head, cap = spec["appendix"]
            self.para(head, bold=True, align="C", after=2, keep_next=True, size=size)
            self.para(cap, bold=True, align="C", after=8, keep_next=True, size=size)
        else:
            self.para(spec["title"], bold=True, align="L", after=4, keep_next=True, size=size, indent=False)

    def save_pdf(self, name, outdir):
        tmp = tempfile.mkdtemp(prefix="_tmp_", dir=HERE)
        path = os.path.join(tmp, name + ".docx")
        self.doc.save(path)
        env = dict(os.environ, HOME=tmp)
        subprocess.run(["soffice", "--headless", "-env:UserInstallation=file://" + tmp + "/lo",
                        "--convert-to", "pdf", "--outdir", tmp, path], check=True, env=env,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=300)
        shutil.copy(os.path.join(tmp, name + ".pdf"), os.path.join(outdir, name + ".pdf"))
        shutil.rmtree(tmp, ignore_errors=True)


def build_doc1(tabs, outdir, name):
    w = Word()
    w.national_header(
        [("ỦY BAN NHÂN DÂN", False, False), ("HUYỆN MỸ XUYÊN", True, False), ("", False, False),
         ("Số: 415/BC-UBND", False, False)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
         ("", False, False), ("Mỹ Xuyên, ngày 10 tháng 12 năm 2024", False, True)])
    w.para("BÁO CÁO", bold=True, align="C", after=0, size=14)
    w.para("Kết quả thực hiện công tác cải cách hành chính năm 2024", bold=True, align="C", after=10)
    w.para("Kính gửi: Sở Nội vụ tỉnh Sóc Trăng", align="C", after=10)
    w.para("Thực hiện Kế hoạch số 218/KH-UBND ngày 19/12/2023 của Ủy ban nhân dân tỉnh Sóc Trăng về thực hiện "
           "cải cách hành chính năm 2024; Công văn số 2761/SNV-CCHC ngày 15/11/2024 của Sở Nội vụ về việc báo cáo "
           "công tác cải cách hành chính năm 2024, Ủy ban nhân dân huyện Mỹ Xuyên báo cáo kết quả thực hiện như sau:")
    w.para("I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", bold=True, indent=False)
    w.para("Ủy ban nhân dân huyện đã ban hành Kế hoạch số 08/KH-UBND ngày 17/01/2024 thực hiện cải cách hành chính "
           "năm 2024 với 25 nhiệm vụ; đến thời điểm báo cáo đã hoàn thành 23/25 nhiệm vụ, đạt 92%. Công tác kiểm tra, "
           "tuyên truyền cải cách hành chính được triển khai thường xuyên, gắn với đánh giá, xếp loại cán bộ, công chức "
           "cuối năm. Kết quả khảo sát 1.165 phiếu tại Bộ phận Một cửa các cấp cho thấy tỷ lệ hài lòng đạt 98,7%.")
    w.para("II. KẾT QUẢ CẢI CÁCH THỦ TỤC HÀNH CHÍNH", bold=True, indent=False)
    w.para("Việc tiếp nhận, giải quyết hồ sơ thủ tục hành chính được thực hiện qua Hệ thống thông tin giải quyết thủ "
           "tục hành chính của tỉnh; 100% hồ sơ được cập nhật trạng thái xử lý. Tỷ lệ hồ sơ tiếp nhận trực tuyến tăng "
           "rõ so với năm 2023. Kết quả cụ thể tại Bảng 1:")
    # Bảng 1: wide, smaller margins not needed (16 cm text width)
    w.caption(tabs[0]); w.table(tabs[0])
    w.para("", after=2)
    w.para("Hồ sơ quá hạn chủ yếu thuộc lĩnh vực đất đai do phải xác minh nguồn gốc sử dụng đất; 100% hồ sơ trễ hạn "
           "đều có văn bản xin lỗi người dân theo quy định.")
    w.para("Tại cấp xã, Bộ phận Một cửa được bố trí tại trụ sở UBND xã, thị trấn; việc số hóa hồ sơ, kết quả giải quyết "
           "thủ tục hành chính được triển khai đồng bộ nhưng vẫn còn đơn vị chưa đạt chỉ tiêu:")
    w.caption(tabs[1]); w.table(tabs[1])
    w.para("", after=2)
    w.para("III. CẢI CÁCH CHẾ ĐỘ CÔNG VỤ", bold=True, indent=False)
    w.para("Công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức được thực hiện theo Kế hoạch số 15/KH-UBND ngày "
           "29/01/2024, chú trọng bồi dưỡng kỹ năng số và kỹ năng phục vụ người dân tại Bộ phận Một cửa. Kết quả như sau:")
    w.caption(tabs[2]); w.table(tabs[2])
    w.footnote(tabs[2]["footnote"])
    w.para("IV. ĐÁNH GIÁ CHUNG", bold=True, indent=False)
    w.para("Công tác cải cách hành chính năm 2024 của huyện đạt nhiều kết quả tích cực; tuy nhiên, việc số hóa hồ sơ "
           "ở cấp xã chưa đồng đều. Số liệu thống kê chi tiết tại Phụ lục 1 kèm theo.")
    w.para("Trên đây là báo cáo kết quả thực hiện công tác cải cách hành chính năm 2024 của Ủy ban nhân dân huyện./.")
    w.para("TM. ỦY BAN NHÂN DÂN", bold=True, align="R", after=0)
    w.para("CHỦ TỊCH", bold=True, align="R", after=24)
    w.para("Lâm Văn Hòa", bold=True, align="R")
    w.page_break()
    w.caption(tabs[3]); w.table(tabs[3])
    w.save_pdf(name, outdir)


def build_doc2(tabs, outdir, name):
    w = Word()
    w.national_header(
        [("ỦY BAN NHÂN DÂN", True, False), ("TỈNH SÓC TRĂNG", True, False), ("", False, False),
         ("Số: 3187/QĐ-UBND", False, False)],
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", True, False), ("Độc lập - Tự do - Hạnh phúc", True, False),
         ("", False, False), ("Sóc Trăng, ngày 26 tháng 12 năm 2024", False, True)])
    w.para("QUYẾT ĐỊNH", bold=True, align="C", after=0, size=14)
    w.para("Phê duyệt và công bố Chỉ số cải cách hành chính năm 2024 của các sở, ban, ngành tỉnh, cơ quan Trung ương "
           "đặt tại tỉnh, đơn vị sự nghiệp công lập và Ủy ban nhân dân các huyện, thị xã, thành phố", bold=True,
           align="C", after=10)
    w.para("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÓC TRĂNG", bold=True, align="C", after=10)
    for t in ["Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; Luật sửa đổi, bổ sung một số điều "
              "của Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương ngày 22 tháng 11 năm 2019;",
              "Căn cứ Quyết định số 3119/QĐ-UBND ngày 05/11/2021 của Chủ tịch Ủy ban nhân dân tỉnh ban hành Chỉ số cải cách "
              "hành chính của các cơ quan, đơn vị trên địa bàn tỉnh Sóc Trăng;",
              "Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 412/TTr-SNV ngày 18 tháng 12 năm 2024."]:
        w.para(t, italic=True)
    w.para("QUYẾT ĐỊNH:", bold=True, align="C", before=4)
    w.para("Điều 1. Phê duyệt và công bố Chỉ số cải cách hành chính năm 2024 của 29 sở, ban, ngành tỉnh, cơ quan Trung "
           "ương đặt tại tỉnh, đơn vị sự nghiệp công lập thuộc tỉnh và 11 Ủy ban nhân dân các huyện, thị xã, thành phố "
           "(chi tiết tại các Phụ lục 1, 2, 3 và 4 kèm theo).")
    w.para("Điều 2. Giao Sở Nội vụ công khai kết quả Chỉ số cải cách hành chính năm 2024 trên Cổng thông tin điện tử "
           "tỉnh; các cơ quan, đơn vị, địa phương căn cứ kết quả được công bố để phân tích, đánh giá nguyên nhân tồn tại, "
           "hạn chế và đề ra giải pháp khắc phục trong năm 2025.")
    w.para("Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Nội vụ, Thủ trưởng các sở, ban, ngành tỉnh, Chủ "
           "tịch Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan, đơn vị có liên quan chịu trách nhiệm thi "
           "hành Quyết định này./.")
    w.para("KT. CHỦ TỊCH", bold=True, align="R", after=0)
    w.para("PHÓ CHỦ TỊCH", bold=True, align="R", after=40)
    w.para("Huỳnh Thị Diễm Ngọc", bold=True, align="R")
    w.page_break()
    w.caption(tabs[0]); w.table(tabs[0])
    w.new_section(landscape=True)
    w.caption(tabs[1]); w.table(tabs[1])
    w.para("Ghi chú: Điểm lĩnh vực 8 gồm điểm điều tra xã hội học và điểm đánh giá tác động của cải cách hành chính.",
           italic=True, align="L", size=11, before=4, indent=False)
    w.new_section(landscape=False)
    w.caption(tabs[2]); w.table(tabs[2])
    w.para("", after=6)
    w.caption(tabs[3]); w.table(tabs[3])
    w.save_pdf(name, outdir)


# ============================================================================================
# reportlab rendering (document 3)
# ============================================================================================
def build_doc3(tabs, outdir, name, pad_before_t3=0.0):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT, TA_RIGHT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle, CondPageBreak

    fam, tfam = "DVSerif", "DVSerifCond"
    files = {"": "DejaVuSerif.ttf", "-Bold": "DejaVuSerif-Bold.ttf", "-Italic": "DejaVuSerif-Italic.ttf",
             "-BoldItalic": "DejaVuSerif-BoldItalic.ttf"}
    for suf, f in files.items():
        pdfmetrics.registerFont(TTFont(fam + suf, os.path.join(FONT_DIR, "dejavu", f)))
    pdfmetrics.registerFontFamily(fam, normal=fam, bold=fam + "-Bold", italic=fam + "-Italic",
                                  boldItalic=fam + "-BoldItalic")
    for suf, f in files.items():
        pdfmetrics.registerFont(TTFont(tfam + suf, os.path.join(FONT_DIR, "dejavu", f.replace("Serif", "SerifCondensed"))))
    body = ParagraphStyle("body", fontName=fam, fontSize=11, leading=15.5, alignment=TA_JUSTIFY,
                          firstLineIndent=1 * cm, spaceAfter=5)
    head = ParagraphStyle("head", parent=body, fontName=fam + "-Bold", firstLineIndent=0, spaceBefore=4,
                          alignment=TA_LEFT)
    cap = ParagraphStyle("cap", parent=body, fontName=fam + "-Bold", alignment=TA_CENTER, firstLineIndent=0,
                         spaceBefore=6, spaceAfter=5, keepWithNext=0, fontSize=10.5, leading=14)
    center = ParagraphStyle("center", parent=body, alignment=TA_CENTER, firstLineIndent=0)
    note = ParagraphStyle("note", parent=body, fontSize=8.5, leading=11, firstLineIndent=0, spaceBefore=2)

    def esc(t):
        t = t.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if SUP in t:
            a, b = t.split(SUP, 1)
            t = a + "<super>" + b + "</super>"
        return t

    def rl_table(spec):
        hdr, rows = spec["header"], spec["rows"]
        fs = spec["fs"]
        nh = len(hdr)
        aligns = spec["aligns"]
        amap = {"C": TA_CENTER, "L": TA_LEFT, "R": TA_RIGHT}

        def P(t, a, b=False, i=False):
            fn = tfam + ("-Bold" if b and not i else "-BoldItalic" if b and i else "-Italic" if i else "")
            st = ParagraphStyle("c", fontName=fn, fontSize=fs, leading=fs * 1.22, alignment=amap[a])
            return Paragraph(esc(t), st)
        data = [["" for _ in hdr[0]] for _ in hdr]
        cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2.5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 3), ("LEFTPADDING", (0, 0), (-1, -1), 3),
                ("RIGHTPADDING", (0, 0), (-1, -1), 3)]
        for (r0, c0, r1, c1, txt) in header_rects(hdr):
            data[r0][c0] = P(txt, "C", b=True)
            if (r0, c0) != (r1, c1):
                cmds.append(("SPAN", (c0, r0), (c1, r1)))
            if spec["style"] == "hlines" and r1 < nh - 1:
                cmds.append(("LINEBELOW", (c0, r1), (c1, r1), 0.6, colors.black))
        for ri, row in enumerate(rows):
            st = row["style"]
            cells = [P(c, aligns[ci], "b" in st, "i" in st) for ci, c in enumerate(row["cells"])]
            if spec.get("split_rows"):  # in-row splitting needs flowable lists
                cells = [[c] for c in cells]
            data.append(cells)
            if spec.get("highlight") and row["cells"][1] == spec["highlight"]:
                cmds.append(("BACKGROUND", (0, nh + ri), (-1, nh + ri), colors.HexColor("#e6e6e6")))
        if spec["style"] == "grid":
            cmds.append(("GRID", (0, 0), (-1, -1), 0.6, colors.black))
            cmds.append(("BACKGROUND", (0, 0), (-1, nh - 1), colors.HexColor("#f2f2f2")))
        elif spec["style"] == "hlines":
            cmds += [("LINEABOVE", (0, 0), (-1, 0), 1.2, colors.black),
                     ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.8, colors.black),
                     ("LINEBELOW", (0, nh), (-1, -2), 0.3, colors.grey),
                     ("LINEBELOW", (0, -1), (-1, -1), 1.2, colors.black)]
        t = Table(data, colWidths=[w * cm for w in spec["widths"]], repeatRows=nh if spec.get("repeat") else 0,
                  splitByRow=0 if spec.get("split_rows") else 1, splitInRow=1 if spec.get("split_rows") else 0,
                  hAlign="CENTER")
        t.setStyle(TableStyle(cmds))
        return t

    story = []
    P_ = lambda t, s=body: story.append(Paragraph(N(t), s))
    hdr_tbl = Table([[Paragraph("UBND TỈNH SÓC TRĂNG<br/><b>SỞ NỘI VỤ</b>", center),
                      Paragraph("<b>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</b><br/><b>Độc lập - Tự do - Hạnh phúc</b>",
                                ParagraphStyle("x", parent=center, fontSize=10.5))],
                     [Paragraph("Số: 96/BC-SNV", center),
                      Paragraph("<i>Sóc Trăng, ngày 08 tháng 5 năm 2024</i>", center)]],
                    colWidths=[6 * cm, 11 * cm])
    story += [hdr_tbl, Spacer(1, 10)]
    P_("<b>BÁO CÁO</b>", center)
    P_("<b>Phân tích kết quả Chỉ số cải cách hành chính (PAR INDEX) và Chỉ số hài lòng của người dân, tổ chức đối với "
       "sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 của tỉnh Sóc Trăng</b>", center)
    story.append(Spacer(1, 4))
    P_("Căn cứ kết quả công bố Chỉ số cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các "
       "tỉnh, thành phố trực thuộc Trung ương và Chỉ số SIPAS năm 2023 được Ban Chỉ đạo Cải cách hành chính của Chính "
       "phủ công bố ngày 17/4/2024, Sở Nội vụ báo cáo phân tích, đánh giá kết quả của tỉnh như sau:")
    P_("I. KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023", head)
    P_("Chỉ số cải cách hành chính của tỉnh Sóc Trăng năm 2023 đạt 81,70/100 điểm, xếp hạng 62/63 tỉnh, thành phố, "
       "giảm 1,44 điểm và giảm 13 bậc so với năm 2022. Điểm đánh giá, thẩm định đạt 55,08/68 điểm; điểm điều tra xã "
       "hội học đạt 26,62/32 điểm. Diễn biến kết quả qua các năm được tổng hợp tại Bảng 1 (số liệu trích từ Hệ thống "
       "phần mềm chấm điểm, giữ nguyên định dạng số của Bộ Nội vụ):")
    T1, T2, T3, T4, T5, T6 = tabs
    story += [CondPageBreak(4 * cm), Paragraph(esc(T1["title"]), cap), rl_table(T1)]
    P_("Như vậy, Chỉ số cải cách hành chính của tỉnh năm 2023 có sự sụt giảm ở nhóm điểm đánh giá, thẩm định, trong "
       "khi điểm điều tra xã hội học không thay đổi so với năm 2022; đây là nguyên nhân chính làm tỉnh giảm sâu về vị "
       "trí xếp hạng.")
    story[-1].style = ParagraphStyle("b2", parent=body, spaceBefore=6)
    P_("II. KẾT QUẢ THEO TỪNG LĨNH VỰC", head)
    P_("Năm 2023, tỉnh có 04/08 lĩnh vực tăng tỷ lệ điểm so với năm 2022, 04/08 lĩnh vực giảm điểm. Vị trí xếp hạng "
       "các lĩnh vực có sự thay đổi đáng kể, chi tiết tại Bảng 2:")
    story += [CondPageBreak(4 * cm), Paragraph(esc(T2["title"]), cap), rl_table(T2)]
    story.append(Spacer(1, 6))
    P_("Đối với nội dung đánh giá tác động của cải cách hành chính, kết quả khảo sát lãnh đạo, quản lý các cấp cho "
       "thấy các tiêu chí về tổ chức bộ máy và chế độ công vụ được đánh giá khá; tiêu chí về tài chính công và chính "
       "quyền số còn thấp.")
    if pad_before_t3:
        story.append(Spacer(1, pad_before_t3))
    story += [CondPageBreak(4 * cm), Paragraph(esc(T3["title"]), cap), rl_table(T3)]
    story.append(Spacer(1, 6))
    P_("III. KẾT QUẢ CHỈ SỐ SIPAS NĂM 2023", head)
    P_("Chỉ số SIPAS năm 2023 của tỉnh đạt 81,80%, xếp hạng 35/63, giảm 2,10% so với năm 2022. Chỉ số hài lòng về cung "
       "ứng dịch vụ công chỉ được xếp hạng đối với các tỉnh có đủ số phiếu hợp lệ.")
    story += [CondPageBreak(4 * cm), Paragraph(esc(T4["title"]), cap), rl_table(T4)]
    P_("<super>1</super> " + esc(T4["footnote"][2:]), note)
    P_("IV. SO SÁNH VỚI CÁC TỈNH VÙNG ĐỒNG BẰNG SÔNG CỬU LONG", head)
    P_("So với 13 tỉnh, thành phố trong vùng, Chỉ số cải cách hành chính năm 2023 của tỉnh xếp cuối vùng; nhiều "
       "tỉnh có cùng điều kiện như Trà Vinh, Hậu Giang, Bạc Liêu đều có kết quả cao hơn.")
    story += [CondPageBreak(4 * cm), Paragraph(esc(T5["title"]), cap), rl_table(T5)]
    story.append(Spacer(1, 6))
    P_("V. NHIỆM VỤ, GIẢI PHÁP NĂM 2024", head)
    P_("Để khắc phục những hạn chế nêu trên, Sở Nội vụ đề xuất Ủy ban nhân dân tỉnh giao các cơ quan, đơn vị thực hiện "
       "các nhiệm vụ trọng tâm sau:")
    story += [CondPageBreak(5 * cm), Paragraph(esc(T6["title"]), cap), rl_table(T6)]
    story.append(Spacer(1, 8))
    P_("Trên đây là báo cáo phân tích kết quả Chỉ số PAR INDEX và SIPAS năm 2023 của tỉnh Sóc Trăng, Sở Nội vụ kính "
       "trình Ủy ban nhân dân tỉnh xem xét, chỉ đạo./.")
    P_("<b>GIÁM ĐỐC</b>", ParagraphStyle("sig", parent=body, alignment=TA_RIGHT, rightIndent=1.2 * cm,
                                         spaceBefore=8, spaceAfter=40))
    P_("<b>Trần Văn Lâu</b>", ParagraphStyle("sig2", parent=body, alignment=TA_RIGHT, rightIndent=0.8 * cm))

    def on_page(c, doc):
        c.setFont(fam, 10)
        c.drawCentredString(A4[0] / 2, 1.2 * cm, str(doc.page))

    path = os.path.join(outdir, name + ".pdf")
    doc = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.8 * cm, topMargin=2 * cm,
                            bottomMargin=2 * cm, title="Báo cáo phân tích PAR INDEX và SIPAS 2023",
                            author="Sở Nội vụ tỉnh Sóc Trăng", invariant=1)
    doc.build(story, onFirstPage=on_page, onLaterPages=on_page)
    return path


# ============================================================================================
# fpdf2 rendering (document 4): tables drawn by hand
# ============================================================================================
def build_doc4(tabs, outdir, name, gap_before_pl2=0.0):
    from fpdf import FPDF

    class Doc(FPDF):
        def footer(self):
            self.set_y(-12)
            self.set_font("LS", "", 10)
            self.cell(0, 6, str(self.page_no()), align="C")

    pdf = Doc(format="A4", unit="mm")
    pdf.set_creation_date(__import__("datetime").datetime(2024, 12, 20))
    for st, f in (("", "LiberationSans-Regular.ttf"), ("B", "LiberationSans-Bold.ttf"),
                  ("I", "LiberationSans-Italic.ttf"), ("BI", "LiberationSans-BoldItalic.ttf")):
        pdf.add_font("LS", st, os.path.join(FONT_DIR, "liberation2", f))
    LM, RM, TM, BM = 25.0, 18.0, 18.0, 18.0
    pdf.set_margins(LM, TM, RM)
    pdf.set_auto_page_break(True, BM)
    W = 210 - LM - RM
    bottom = 297 - BM
    split_log = []

    def para(text, style="", size=11, align="J", h=5.6, indent=True, after=2.0):
        pdf.set_font("LS", style, size)
        if indent and align == "J":
            text = "\u00a0" * 6 + text
        pdf.multi_cell(W, h, N(text), align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def wrap(text, width, style, size):
        pdf.set_font("LS", style, size)
        words, lines, cur = text.split(), [], ""
        for w_ in words:
            t = (cur + " " + w_).strip()
            if pdf.get_string_width(t) <= width or not cur:
                cur = t
            else:
                lines.append(cur)
                cur = w_
        if cur:
            lines.append(cur)
        return lines or [""]

    def table(spec):
        hdr, rows, fs = spec["header"], spec["rows"], spec["fs"]
        widths = [w * 10 for w in spec["widths"]]
        tw = sum(widths)
        x0 = LM + (W - tw) / 2
        xs = [x0 + sum(widths[:i]) for i in range(len(widths) + 1)]
        style = spec["style"]
        pad, lh = 1.3, fs * 0.42
        nh = len(hdr)
        rects = header_rects(hdr)
        # header row heights
        hh = [0.0] * nh
        for (r0, c0, r1, c1, t) in rects:
            if r0 == r1:
                n = len(wrap(t, xs[c1 + 1] - xs[c0] - 2 * pad, "B", fs))
                hh[r0] = max(hh[r0], n * lh + 2 * pad)
        for (r0, c0, r1, c1, t) in rects:
            if r1 > r0:
                n = len(wrap(t, xs[c1 + 1] - xs[c0] - 2 * pad, "B", fs))
                need = n * lh + 2 * pad
                have = sum(hh[r0:r1 + 1])
                if need > have:
                    hh[r1] += need - have
        HH = sum(hh)
        seg = {"top": None}

        def text_lines(lines, x, w, y, align, st):
            pdf.set_font("LS", st, fs)
            for k, ln in enumerate(lines):
                pdf.set_xy(x + pad, y + pad + k * lh)
                pdf.cell(w - 2 * pad, lh, ln, align={"L": "L", "C": "C", "R": "R"}[align])

        def draw_header():
            y = pdf.get_y()
            seg["top"] = y
            for (r0, c0, r1, c1, t) in rects:
                x, w = xs[c0], xs[c1 + 1] - xs[c0]
                yy, h = y + sum(hh[:r0]), sum(hh[r0:r1 + 1])
                lines = wrap(t, w - 2 * pad, "B", fs)
                off = (h - len(lines) * lh - 2 * pad) / 2
                text_lines(lines, x, w, yy + off, "C", "B")
                if style == "grid":
                    pdf.rect(x, yy, w, h)
            if style in ("box", "none"):
                pass
            if style == "box":
                pdf.line(x0, y + HH, x0 + tw, y + HH) if False else None
            pdf.set_y(y + HH)

        def close_segment():
            if style == "box" and seg["top"] is not None:
                pdf.rect(x0, seg["top"], tw, pdf.get_y() - seg["top"])

        def draw_row_part(cells_lines, nlines, row, first_part):
            y = pdf.get_y()
            h = nlines * lh + 2 * pad
            st = row["style"].replace("b", "B").replace("i", "I")
            for ci, lines in enumerate(cells_lines):
                text_lines(lines, xs[ci], xs[ci + 1] - xs[ci], y, spec["aligns"][ci], st)
                if style == "grid":
                    pdf.line(xs[ci], y, xs[ci], y + h)
            if style == "grid":
                pdf.line(xs[-1], y, xs[-1], y + h)
                pdf.line(x0, y, x0 + tw, y)
                pdf.line(x0, y + h, x0 + tw, y + h)
            pdf.set_y(y + h)

        pdf.set_auto_page_break(False)
        if pdf.get_y() + HH + 2 * lh + 2 * pad > bottom:
            pdf.add_page()
        draw_header()
        for ri, row in enumerate(rows):
            st = row["style"].replace("b", "B").replace("i", "I")
            cl = [wrap(c, xs[ci + 1] - xs[ci] - 2 * pad, st, fs) if c else [""] for ci, c in enumerate(row["cells"])]
            n = max(len(l) for l in cl)
            h = n * lh + 2 * pad
            if pdf.get_y() + h > bottom:
                fit = int((bottom - pdf.get_y() - 2 * pad) // lh)
                if spec.get("split_rows") and n > 1 and 1 <= fit < n:
                    draw_row_part([l[:fit] for l in cl], fit, row, True)
                    split_log.append((spec["title"], ri, pdf.page_no()))
                    close_segment()
                    pdf.add_page()
                    if spec.get("repeat"):
                        draw_header()
                    else:
                        seg["top"] = pdf.get_y()
                    rest = [l[fit:] for l in cl]
                    draw_row_part(rest, max(len(l) for l in rest), row, False)
                    continue
                close_segment()
                pdf.add_page()
                if spec.get("repeat"):
                    draw_header()
                else:
                    seg["top"] = pdf.get_y()
            draw_row_part(cl, n, row, True)
        close_segment()
        pdf.set_auto_page_break(True, BM)
        pdf.ln(3)

    def caption(spec):
        if pdf.get_y() > bottom - 45:
            pdf.add_page()
        if spec.get("appendix"):
            a, b = spec["appendix"]
            pdf.set_font("LS", "B", 12)
            pdf.cell(W, 6, a, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("LS", "B", 11.5)
            pdf.multi_cell(W, 6, b, align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        else:
            pdf.set_font("LS", "B", 11)
            pdf.multi_cell(W, 5.8, spec["title"], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)
        if spec.get("unit"):
            pdf.set_font("LS", "I", 10)
            pdf.cell(W, 5, spec["unit"], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.5)

    T1, T2, T3, T4, T5 = tabs
    pdf.add_page()
    pdf.set_font("LS", "", 11)
    y = pdf.get_y()
    pdf.set_xy(LM - 5, y); pdf.multi_cell(70, 5.5, "UBND TỈNH SÓC TRĂNG", align="C")
    pdf.set_font("LS", "B", 11); pdf.set_x(LM - 5); pdf.multi_cell(70, 5.5, "SỞ NỘI VỤ", align="C")
    pdf.set_font("LS", "", 11); pdf.set_x(LM - 5); pdf.multi_cell(70, 7, "Số: 402/BC-SNV", align="C")
    pdf.set_xy(LM + 62, y); pdf.set_font("LS", "B", 11)
    pdf.multi_cell(110, 5.5, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", align="C")
    pdf.set_x(LM + 62); pdf.multi_cell(110, 5.5, "Độc lập - Tự do - Hạnh phúc", align="C")
    pdf.set_x(LM + 62); pdf.set_font("LS", "I", 11)
    pdf.multi_cell(110, 7, "Sóc Trăng, ngày 20 tháng 12 năm 2024", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    para("BÁO CÁO", "B", 13, "C", indent=False, after=0)
    para("Kết quả khảo sát mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà "
         "nước tỉnh Sóc Trăng năm 2024", "B", 11.5, "C", indent=False, after=4)
    para("Thực hiện Kế hoạch số 45/KH-UBND ngày 12/3/2024 của Ủy ban nhân dân tỉnh về đo lường sự hài lòng của người "
         "dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm 2024, Sở Nội vụ đã phối hợp với Ủy ban "
         "nhân dân các huyện, thị xã, thành phố tổ chức khảo sát bằng hình thức phát phiếu trực tiếp kết hợp khảo sát "
         "trực tuyến. Kết quả cụ thể như sau:")
    para("1. Số phiếu khảo sát", "B", indent=False)
    para("Tổng số phiếu phát ra và thu về theo từng đơn vị hành chính cấp huyện được tổng hợp dưới đây:")
    caption(T1); table(T1)
    para("Tỷ lệ thu hồi phiếu đạt trên 96% ở tất cả các đơn vị; các phiếu không hợp lệ chủ yếu do người trả lời bỏ "
         "trống nhiều câu hỏi hoặc chọn nhiều phương án cho cùng một câu hỏi.")
    para("2. Mức độ hài lòng theo từng yếu tố", "B", indent=False)
    para("Người dân, tổ chức đánh giá cao yếu tố sự phục vụ của công chức và kết quả giải quyết công việc; yếu tố "
         "tiếp nhận, xử lý góp ý, phản ánh, kiến nghị có tỷ lệ đánh giá chưa hài lòng cao nhất.")
    caption(T2); table(T2)
    para("3. Chỉ số hài lòng theo lĩnh vực", "B", indent=False)
    para("So với năm 2023, chỉ số hài lòng tăng ở phần lớn các lĩnh vực; lĩnh vực dịch vụ công trực tuyến toàn trình "
         "được khảo sát lần đầu trong năm 2024 nên chưa có số liệu so sánh.")
    caption(T3); table(T3)
    para("4. Đề xuất, kiến nghị", "B", indent=False)
    para("Tiếp tục chỉ đạo các cơ quan, đơn vị khắc phục những hạn chế được người dân, tổ chức phản ánh; tổng hợp ý "
         "kiến góp ý, kiến nghị và kết quả khảo sát tại từng Bộ phận Một cửa theo Phụ lục 1 và Phụ lục 2 kèm theo./.")
    pdf.set_font("LS", "B", 11)
    pdf.cell(W - 10, 6, "GIÁM ĐỐC", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(16)
    pdf.cell(W - 4, 6, "Trần Văn Lâu", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()
    caption(T4); table(T4)
    if gap_before_pl2:
        pdf.ln(gap_before_pl2)
    pdf.ln(4)
    caption(T5); table(T5)
    path = os.path.join(outdir, name + ".pdf")
    pdf.output(path)
    return split_log


# ============================================================================================
# Verification with pdfplumber and expected JSON
# ============================================================================================
def _squash(t: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", t or ""))


def page_texts(path):
    import pdfplumber
    with pdfplumber.open(path) as pdf:
        return [_squash(p.extract_text() or "") for p in pdf.pages], [p.extract_text() or "" for p in pdf.pages]


def _row_sig(cells):
    cells = [plain(c) for c in cells]
    k = max([i + 1 for i, c in enumerate(cells) if " " in c.strip()] or [0])
    tail = "".join(c.replace(" ", "") for c in cells[k:] if c)
    if len(tail) >= 4:
        return tail
    longest = max(cells, key=len)
    return "".join(longest.split()[:3])


def locate(path, tables):
    """For every table find the pages its body rows landed on (cursor search in reading order)."""
    pages, raw = page_texts(path)
    bad = [i + 1 for i, t in enumerate(raw) if "(cid:" in t or "\ufffd" in t]
    assert not bad, f"{path}: missing glyphs on pages {bad}"
    pg, pos = 0, 0
    info = []
    for t in tables:
        # start at the caption
        cap = _squash(t["appendix"][1] if t.get("appendix") else t["title"])[:40]
        while pg < len(pages) and pages[pg].find(cap, pos) < 0:
            pg, pos = pg + 1, 0
        assert pg < len(pages), (path, "caption not found", t["title"])
        pos = pages[pg].find(cap, pos) + len(cap)
        row_pages, splits = [], []
        for ri, r in enumerate(t["rows"]):
            sig = _row_sig(r["cells"])
            p0, q0 = pg, pos
            while pg < len(pages) and pages[pg].find(sig, pos) < 0:
                pg, pos = pg + 1, 0
            assert pg < len(pages), (path, t["title"], "row not found", ri, sig)
            start = pos
            pos = pages[pg].find(sig, pos) + len(sig)
            last = max((plain(c) for c in r["cells"]), key=len).split()[-1]
            rp = [pg + 1]
            if pages[pg].find(last, start) < 0 and pg + 1 < len(pages) and last in pages[pg + 1]:
                rp.append(pg + 2)
                splits.append(ri)
            row_pages.append(rp)
        first, lastp = row_pages[0][0], row_pages[-1][-1]
        info.append({"pages": list(range(first, lastp + 1)), "split_rows": splits,
                     "rows_per_page": {p: sum(1 for rp in row_pages if rp[0] == p) for p in range(first, lastp + 1)}})
        if lastp - 1 > pg:
            pg, pos = lastp - 1, 0
    return info, len(pages)


def write_expected(outdir, name, tables, info, n_pages):
    out = {"doc": name + ".pdf", "n_pages": n_pages, "tables": []}
    for i, (t, inf) in enumerate(zip(tables, info)):
        out["tables"].append({
            "table": i + 1,
            "pages": inf["pages"],
            "title": t["title"],
            "header": t["header"],
            "rows": [[plain(c) for c in r["cells"]] for r in t["rows"]],
            "row_kinds": [r["kind"] for r in t["rows"]],
        })
    with open(os.path.join(outdir, name + ".expected.json"), "w", encoding="utf-8") as fh:
        json.dump(out, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return out


def main():
    outdir = HERE
    t1, t2, t3, t4 = doc1_tables(), doc2_tables(), doc3_tables(), doc4_tables()
    docs = [("bc_cchc_myxuyen_2024", t1), ("qd_chiso_cchc_2024", t2),
            ("bc_phantich_par_sipas_2023", t3), ("bc_khaosat_hailong_2024", t4)]
    build_doc1(t1, outdir, docs[0][0])
    build_doc2(t2, outdir, docs[1][0])
    build_doc3(t3, outdir, docs[2][0])
    # fpdf2: shift Phụ lục 2 until a multi-line row straddles the page break
    for gap in range(0, 60):
        log = build_doc4(t4, outdir, docs[3][0], gap_before_pl2=float(gap))
        if any(x[0] == t4[4]["title"] for x in log):
            break
    else:
        raise SystemExit("doc4: could not produce a split row in Phụ lục 2")
    summary = []
    for name, tabs in docs:
        info, n = locate(os.path.join(outdir, name + ".pdf"), tabs)
        exp = write_expected(outdir, name, tabs, info, n)
        for t, inf in zip(exp["tables"], info):
            cells = sum(len(r) for r in t["rows"])
            summary.append((name, t["table"], t["pages"], len(t["rows"]), cells, inf["split_rows"], t["title"][:60]))
        print(f"{name}.pdf: {n} pages, {len(tabs)} tables, "
              f"{sum(len(r) for t in exp['tables'] for r in t['rows'])} body cells")
    for s in summary:
        print("  ", *s)


if __name__ == "__main__":
    main()
