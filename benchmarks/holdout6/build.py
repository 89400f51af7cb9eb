#!/usr/bin/env python
"""Build holdout6: six born-digital PDFs that look like ordinary Sóc Trăng CCHC / PAR Index /
SIPAS reports, with `<name>.expected.json` for benchmarks/accuracy.py.

Built blind (without looking at the extractor).  Table contents are real figures taken from
the seed reports (2023 provincial PAR/SIPAS report, 2024 city submission, 2021 unit-level
report, 2022 improvement scheme); the paragraphs between tables are short filler.

Producers:
  * python-docx -> LibreOffice (soffice --headless --convert-to pdf): 4 documents
  * reportlab: 1 document
  * fpdf2: 1 document

    .venv/bin/python benchmarks/holdout6/build.py
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata

import pdfplumber

HERE = os.path.dirname(os.path.abspath(__file__))
FONT_DIR = "/usr/share/fonts/truetype/liberation2"

# --------------------------------------------------------------------------------------------
# table spec helpers
# --------------------------------------------------------------------------------------------


def T(title, header, merges, rows, kinds, widths, *, rec=None, marks=None, hmarks=None,
      repeat=True, size=11, rules="grid", numbered_header=False):
    """A table specification.

    header  - header grid, merged text repeated across its span (the expected header)
    merges  - (r0, c0, r1, c1) header merges for rendering
    rows    - body rows (expected text, without footnote markers)
    kinds   - row kinds
    widths  - column widths in cm
    rec     - {col (1-based): (measure, year or {row: year})} columns that give expected records
    marks   - {(row, col) 0-based: marker} footnote markers rendered after the body cell text
    hmarks  - same for header cells
    """
    n = len(header[0])
    assert all(len(r) == n for r in header), title
    for r in rows:
        assert len(r) == n, (title, r)
    assert len(rows) == len(kinds), title
    assert len(widths) == n, title
    return {"title": title, "header": header, "merges": merges, "rows": rows, "kinds": kinds,
            "widths": widths, "rec": rec or {}, "marks": marks or {}, "hmarks": hmarks or {},
            "repeat": repeat, "size": size, "rules": rules, "numbered_header": numbered_header}


def kinds_of(rows, group_keys=(), total_keys=("Tổng cộng", "TỔNG CỘNG")):
    out = []
    for r in rows:
        if r[0] in total_keys or r[1] in total_keys or (len(r) > 1 and r[1].startswith("KẾT QUẢ CHỈ SỐ")):
            out.append("total")
        elif r[0] in group_keys:
            out.append("group")
        else:
            out.append("data")
    return out


ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "A", "B")


def parse_num(text: str, dot_decimal=False):
    s = text.strip().replace(" ", "")
    if not s or s == "-":
        return None
    s = s.rstrip("%")
    if dot_decimal:
        s2 = s
    else:
        s2 = s.replace(".", "").replace(",", ".")
    try:
        return float(s2)
    except ValueError:
        return None


def records_for(tno, spec):
    out = []
    dot_cols = spec.get("dot_cols", set())
    for ri, row in enumerate(spec["rows"]):
        for col, (measure, year) in spec["rec"].items():
            y = year.get(ri) if isinstance(year, dict) else year
            if y is None:
                continue
            text = row[col - 1]
            if re.fullmatch(r"\d+/\d+", text.strip()):
                a, b = text.strip().split("/")
                out.append({"table": tno, "row": ri + 1, "col": col, "measure": "rank", "year": y, "value": float(a)})
                out.append({"table": tno, "row": ri + 1, "col": col, "measure": "rank_of", "year": y, "value": float(b)})
                continue
            v = parse_num(text, dot_decimal=col in dot_cols)
            if v is None:
                continue
            out.append({"table": tno, "row": ri + 1, "col": col, "measure": measure, "year": y, "value": v})
    return out


# --------------------------------------------------------------------------------------------
# data (from the seeds)
# --------------------------------------------------------------------------------------------

FILL = {
    "par": [
        "Căn cứ kết quả công bố Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước (SIPAS) năm 2023 được Ban Chỉ đạo Cải cách hành chính của Chính phủ công bố ngày 17/4/2024, Sở Nội vụ báo cáo Ủy ban nhân dân tỉnh kết quả phân tích, đánh giá như sau.",
        "Kết quả Chỉ số cải cách hành chính tỉnh Sóc Trăng năm 2023 đạt 81,7/100 điểm, tương đương 81,7%. So với năm 2022, điểm tự chấm giảm 1,44 điểm, tương ứng với tỷ lệ 2,13%, trong khi điểm điều tra xã hội học không thay đổi.",
    ],
    "par2": [
        "Báo cáo PAR Index năm 2023 của Bộ Nội vụ cho thấy Chỉ số cải cách hành chính tỉnh Sóc Trăng có 04/08 lĩnh vực cải thiện về tỷ lệ điểm đạt được và 04/08 lĩnh vực sụt giảm so với năm 2022. Vị trí xếp hạng của các Chỉ số thành phần cũng có sự thay đổi, cụ thể theo bảng thống kê sau đây.",
    ],
    "par3": [
        "Đối với nội dung điểm điều tra xã hội học, tổng điểm chưa đạt so với điểm chuẩn là 5,3775 điểm (đạt 26,6225/32,00 điểm). Kết quả chi tiết theo từng nội dung được tổng hợp tại bảng dưới đây.",
        "Nhìn chung, các nội dung điều tra xã hội học đều đạt trên 70% số điểm tối đa; tuy nhiên tác động của cải cách đến quản lý tài chính công và chất lượng đội ngũ công chức, viên chức vẫn là những nội dung có điểm chưa đạt cao nhất.",
    ],
}

# doc 1, table 2: component indices 2022/2023 (rows 1-5 from the seed report; rows 6-8 and the
# total completed so that the points add up to the published totals 83,14 and 81,70)
PAR_COMP = [
    ("1", "Công tác chỉ đạo, điều hành CCHC", "9,50", "9,10", "95,84%", "22", "9,50", "9,03", "95,01%", "39", "-0,83%", "-17"),
    ("2", "Cải cách thể chế", "10,00", "9,40", "93,99%", "7", "10,00", "9,45", "94,50%", "14", "0,51%", "-7"),
    ("3", "Cải cách thủ tục hành chính", "13,00", "12,59", "96,86%", "25", "13,00", "12,26", "94,31%", "38", "-2,55%", "-13"),
    ("4", "Cải cách tổ chức bộ máy", "10,50", "9,86", "93,95%", "5", "10,50", "9,94", "94,63%", "5", "0,68%", "0"),
    ("5", "Cải cách chế độ công vụ", "15,00", "12,23", "81,55%", "28", "15,00", "12,28", "81,90%", "41", "0,35%", "-13"),
    ("6", "Cải cách tài chính công", "13,50", "9,11", "67,48%", "55", "13,50", "8,91", "66,00%", "63", "-1,48%", "-8"),
    ("7", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "13,50", "9,42", "69,78%", "48", "13,50", "9,23", "68,37%", "62", "-1,41%", "-14"),
    ("8", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", "15,00", "11,43", "76,20%", "40", "15,00", "10,60", "70,67%", "58", "-5,53%", "-18"),
    ("", "Tổng cộng", "100,00", "83,14", "83,14%", "49/63", "100,00", "81,70", "81,70%", "62/63", "-1,44%", "-13"),
]

# doc 1, table 3: sociological survey points 2023
XHH = [
    ("3.2.1", "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật (QPPL) tại tỉnh", "", "", "", "group"),
    ("", "Tác động của cải cách đến chất lượng VBQPPL do tỉnh ban hành", "4,0", "3,4497", "- 0,5503", "group"),
    ("(1)", "Tính đồng bộ, thống nhất của các VBQPPL do địa phương ban hành", "1,0", "0,837", "- 0,163", "data"),
    ("(2)", "Tính hợp lý của các VBQPPL do địa phương ban hành", "1,0", "0,8499", "- 0,1501", "data"),
    ("(3)", "Tính khả thi của các VBQPPL do địa phương ban hành", "1,0", "0,8377", "- 0,1623", "data"),
    ("(4)", "Tính kịp thời phát hiện và xử lý các bất cập, vướng mắc trong tổ chức thực hiện VBQPPL tại địa phương", "1,0", "0,9251", "- 0,0749", "data"),
    ("3.2.2", "Cải cách tổ chức bộ máy hành chính", "", "", "", "group"),
    ("", "Tác động của cải cách đến tổ chức bộ máy hành chính", "4,0", "3,4358", "- 0,5642", "group"),
    ("(5)", "Tính hợp lý trong sắp xếp tổ chức bộ máy các cơ quan, đơn vị thuộc thẩm quyền của tỉnh", "1,0", "0,8435", "- 0,1565", "data"),
    ("(6)", "Tính hợp lý trong phân định chức năng, nhiệm vụ giữa các cơ quan, đơn vị tại địa phương", "1,0", "0,8556", "- 0,1444", "data"),
    ("(7)", "Tình hình thực hiện quy chế làm việc của UBND tỉnh", "1,0", "0,8613", "- 0,1387", "data"),
    ("(8)", "Tính hợp lý trong việc phân cấp, phân quyền thực hiện nhiệm vụ quản lý nhà nước giữa tỉnh và huyện", "1,0", "0,8754", "- 0,1246", "data"),
    ("3.2.3", "Cải cách chế độ công vụ", "", "", "", "group"),
    ("3.2.3.1", "Tác động của cải cách đến quản lý cán bộ, công chức", "4,0", "3,5731", "- 0,4269", "group"),
    ("(9)", "Tính công khai, minh bạch trong công tác tuyển dụng công chức, viên chức", "1,0", "0,8988", "- 0,1012", "data"),
    ("(10)", "Tình trạng tiêu cực trong công tác tuyển dụng công chức, viên chức", "1,0", "0,9033", "- 0,0967", "data"),
    ("(11)", "Tính công khai, minh bạch trong công tác bổ nhiệm công chức, viên chức", "1,0", "0,872", "- 0,128", "data"),
    ("(12)", "Tình trạng tiêu cực trong công tác bổ nhiệm công chức, viên chức", "1,0", "0,899", "- 0,101", "data"),
    ("3.2.3.2", "Tác động của cải cách đến công tác đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "1,0", "0,7942", "- 0,2058", "group"),
    ("(13)", "Chất lượng đào tạo, bồi dưỡng cán bộ, công chức, viên chức", "1,0", "0,7942", "- 0,2058", "data"),
    ("3.2.3.3", "Tác động của cải cách đến chất lượng đội ngũ công chức, viên chức", "4,0", "3,1674", "- 0,8326", "group"),
    ("(14)", "Năng lực chuyên môn của công chức trong phối hợp, xử lý công việc", "1,0", "0,783", "- 0,217", "data"),
    ("(15)", "Tinh thần trách nhiệm của công chức trong phối hợp, xử lý công việc", "1,0", "0,7945", "- 0,2055", "data"),
    ("(16)", "Tình trạng công chức lợi dụng chức vụ, quyền hạn để trục lợi cá nhân trong phối hợp, xử lý công việc", "1,0", "0,8606", "- 0,1394", "data"),
    ("(17)", "Tính hiệu quả trong việc thực thi chính sách thu hút người có tài năng vào bộ máy hành chính", "1,0", "0,7293", "- 0,2707", "data"),
    ("3.2.4", "Cải cách tài chính công", "", "", "", "group"),
    ("", "Tác động của cải cách đến quản lý tài chính công", "4,0", "3,1677", "- 0,8323", "group"),
    ("(18)", "Tính hiệu quả của việc thực hiện cơ chế tự chủ về sử dụng kinh phí quản lý hành chính", "1,0", "0,7538", "- 0,2462", "data"),
    ("(19)", "Thực hiện tiết kiệm, chống lãng phí trong quản lý, sử dụng kinh phí của cơ quan, đơn vị", "1,0", "0,8225", "- 0,1775", "data"),
    ("(20)", "Tính hiệu quả của việc quản lý, sử dụng tài sản công", "1,0", "0,8307", "- 0,1693", "data"),
    ("(21)", "Tính hiệu quả của việc thực hiện cơ chế tự chủ tại các đơn vị SNCL", "1,0", "0,7607", "- 0,2393", "data"),
    ("3.2.5", "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "", "", "", "group"),
    ("", "Tác động của cải cách đến xây dựng và phát triển chính quyền điện tử, chính quyền số", "1,0", "0,8492", "- 0,1508", "group"),
    ("(22)", "Chất lượng cung cấp thông tin trên Cổng thông tin điện tử của tỉnh", "1,0", "0,8492", "- 0,1508", "data"),
    ("3.2.6", "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội của tỉnh", "", "", "", "group"),
    ("", "Kết quả Chỉ số hài lòng (SIPAS)", "10,0", "8,1854", "- 1,8146", "group"),
    ("(23)", "Chỉ số hài lòng về tiếp cận dịch vụ", "1,5", "1,2284", "- 0,2716", "data"),
    ("(24)", "Chỉ số hài lòng về tổ chức giải quyết TTHC", "1,5", "1,2261", "- 0,2739", "data"),
    ("(25)", "Chỉ số hài lòng về công chức giải quyết TTHC", "2,5", "2,0525", "- 0,4475", "data"),
    ("(26)", "Chỉ số hài lòng về kết quả giải quyết TTHC", "2,5", "2,0498", "- 0,4502", "data"),
    ("(27)", "Chỉ số hài lòng về việc tiếp nhận, xử lý phản ánh, kiến nghị liên quan đến TTHC", "2,0", "1,6286", "- 0,3714", "data"),
    ("", "Tổng cộng", "32,0", "26,6225", "- 5,3775", "total"),
]

# doc 2: commune-level officials meeting the standards (Phụ lục 5 of the 2023 report)
CBCC = [
    ("A", "CÁN BỘ", "1.165", "1", "0", "1.164", "1", "1", "45", "3", "1.069", "46", "0", "6", "862", "297", "1.110", "95,28"),
    ("1", "Bí thư Đảng ủy", "107", "0", "0", "107", "0", "0", "0", "0", "83", "24", "0", "0", "7", "100", "107", "100"),
    ("2", "Phó Bí thư Đảng ủy", "128", "0", "0", "128", "0", "0", "0", "0", "126", "2", "0", "0", "56", "72", "128", "100"),
    ("3", "Chủ tịch Hội đồng nhân dân", "2", "0", "0", "2", "0", "0", "0", "0", "2", "0", "0", "0", "2", "0", "2", "100"),
    ("4", "Phó Chủ tịch Hội đồng nhân dân", "106", "0", "0", "106", "0", "0", "2", "0", "102", "2", "0", "0", "94", "12", "104", "98,11"),
    ("5", "Chủ tịch Ủy ban nhân dân", "83", "0", "0", "83", "0", "0", "0", "0", "74", "9", "0", "0", "28", "55", "83", "100"),
    ("6", "Phó Chủ tịch Ủy ban nhân dân", "209", "0", "0", "209", "0", "0", "1", "0", "201", "7", "0", "0", "171", "38", "208", "99,52"),
    ("7", "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam", "97", "0", "0", "97", "0", "0", "5", "0", "92", "0", "0", "0", "92", "5", "92", "94,85"),
    ("8", "Bí thư Đoàn Thanh niên Cộng sản Hồ Chí Minh", "108", "0", "0", "108", "0", "0", "2", "2", "103", "1", "0", "2", "103", "3", "103", "95,37"),
    ("9", "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam", "109", "0", "0", "109", "0", "0", "9", "0", "100", "0", "0", "1", "101", "7", "99", "90,83"),
    ("10", "Chủ tịch Hội Nông dân Việt Nam", "107", "0", "0", "107", "0", "0", "7", "0", "99", "1", "0", "1", "103", "3", "99", "92,52"),
    ("11", "Chủ tịch Hội Cựu chiến binh Việt Nam", "109", "1", "0", "108", "1", "1", "19", "1", "87", "0", "0", "2", "105", "2", "85", "77,98"),
    ("B", "CÔNG CHỨC", "1.014", "0", "0", "1.014", "0", "0", "69", "26", "908", "11", "61", "67", "878", "8", "966", "95,27"),
    ("1", "Chỉ huy trưởng Ban Chỉ huy Quân sự", "109", "0", "0", "109", "0", "0", "21", "20", "68", "0", "1", "0", "108", "0", "109", "100"),
    ("2", "Tư pháp - Hộ tịch", "159", "0", "0", "159", "0", "0", "6", "0", "152", "1", "8", "15", "136", "0", "159", "100"),
    ("3", "Văn phòng - Thống kê", "308", "0", "0", "308", "0", "0", "11", "1", "293", "3", "15", "12", "275", "6", "296", "96,10"),
    ("4", "Tài chính - Kế toán", "99", "0", "0", "99", "0", "0", "6", "1", "91", "1", "6", "7", "86", "0", "92", "92,93"),
    ("5", "Văn hóa - Xã hội", "162", "0", "0", "162", "0", "0", "7", "2", "152", "1", "10", "13", "138", "1", "153", "94,44"),
    ("6", "Địa chính - Xây dựng - Đô thị và Môi trường hoặc Địa chính - Nông nghiệp - Xây dựng và Môi trường", "177", "0", "0", "177", "0", "0", "18", "2", "152", "5", "21", "20", "135", "1", "157", "88,70"),
    ("", "TỔNG CỘNG", "2.179", "1", "0", "2.178", "1", "1", "114", "29", "1.977", "57", "61", "73", "1.740", "305", "2.076", "95,27"),
]

# doc 2: officials not meeting the standards by district (text of the 2023 report)
CHUA_DAT = [
    ("Thành phố Sóc Trăng", 3, 1), ("Huyện Châu Thành", 3, 4), ("Huyện Kế Sách", 11, 11),
    ("Huyện Mỹ Tú", 0, 4), ("Huyện Cù Lao Dung", 8, 2), ("Huyện Long Phú", 8, 6),
    ("Huyện Mỹ Xuyên", 4, 1), ("Thị xã Ngã Năm", 0, 3), ("Huyện Thạnh Trị", 1, 3),
    ("Thị xã Vĩnh Châu", 8, 6), ("Huyện Trần Đề", 9, 7),
]

# doc 3: SIPAS component indices
SIPAS = [
    ("I", "Mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách", "76,53%", "49", "81,52%", "37", "4,99%", "12"),
    ("1", "Mức độ hài lòng đối với trách nhiệm giải trình của chính quyền về chính sách", "78,30%", "45", "80,70%", "40", "2,40%", "5"),
    ("2", "Mức độ hài lòng đối với cơ hội tham gia vào quá trình xây dựng, tổ chức thực hiện chính sách", "77,68%", "38", "80,52%", "39", "2,84%", "-1"),
    ("3", "Mức độ hài lòng đối với chất lượng tổ chức thực hiện chính sách", "76,08%", "47", "81,64%", "37", "5,56%", "10"),
    ("4", "Mức độ hài lòng đối với kết quả, tác động của chính sách ở địa phương", "74,06%", "57", "81,77%", "48", "7,71%", "9"),
    ("II", "Mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công", "83,31%", "19", "81,82%", "35", "-1,49%", "-16"),
    ("5", "Mức độ hài lòng đối với tiếp cận dịch vụ", "80,67%", "39", "81,89%", "38", "1,22%", "1"),
    ("6", "Mức độ hài lòng đối với TTHC", "80,01%", "43", "81,74%", "40", "1,73%", "3"),
    ("7", "Mức độ hài lòng đối với công chức", "85,26%", "9", "82,10%", "35", "-3,16%", "-26"),
    ("8", "Mức độ hài lòng đối với kết quả dịch vụ", "86,93%", "5", "81,99%", "36", "-4,94%", "-31"),
    ("9", "Mức độ hài lòng đối với việc cơ quan tiếp nhận, xử lý phản ánh, kiến nghị", "83,69%", "11", "81,43%", "34", "-2,26%", "-23"),
    ("", "KẾT QUẢ CHỈ SỐ HÀI LÒNG CHUNG", "79,92%", "32", "81,65%", "37", "1,73%", "-5"),
]

NHAN_DINH = [
    ("Mức độ quan tâm của người dân đối với các chính sách của cơ quan nhà nước", [
        ("Chính sách phát triển kinh tế ở địa phương", "75,45%", "92,96%"),
        ("Chính sách khám, chữa bệnh ở địa phương", "78,07%", "98,14%"),
        ("Chính sách giáo dục phổ thông ở địa phương", "78,89%", "96,27%"),
        ("Chính sách nước sinh hoạt ở địa phương", "78,62%", "98,55%"),
        ("Chính sách điện sinh hoạt ở địa phương", "80,15%", "98,55%"),
        ("Chính sách trật tự, an toàn xã hội ở địa phương", "80,80%", "98,34%"),
        ("Chính sách giao thông đường bộ ở địa phương", "78,98%", "96,89%"),
        ("Chính sách an sinh, xã hội ở địa phương", "79,14%", "97,72%"),
        ("Chính sách cải cách hành chính ở địa phương", "78,49%", ""),
    ]),
    ("Kênh thông tin người dân đã sử dụng để theo dõi các chính sách", [
        ("Qua loa phát thanh xã", "37,14%", "18,88%"),
        ("Qua họp, sinh hoạt, thông báo tại khu dân cư", "22,10%", "19,50%"),
        ("Qua chính quyền, công chức", "27,54%", "35,06%"),
        ("Qua người thân, bạn bè", "18,66%", "13,69%"),
        ("Qua đài, ti vi, báo chí", "41,30%", "47,10%"),
        ("Qua mạng internet", "32,79%", "28,01%"),
        ("Qua hình thức khác", "0,36%", "0,00%"),
    ]),
    ("Sự tham gia góp ý của người dân đối với chính sách", [
        ("Sẽ tham gia, nếu được xin ý kiến theo bất kỳ hình thức nào", "44,91%", ""),
        ("Sẽ tham gia, nếu được xin ý kiến theo hình thức gửi phiếu xin ý kiến đến nhà, cơ quan", "30,00%", ""),
        ("Sẽ tham gia, nếu được xin ý kiến tại cuộc họp cư dân", "22,73%", ""),
        ("Sẽ tham gia, nếu được xin ý kiến theo hình thức trực tuyến", "4,91%", ""),
    ]),
    ("Suy nghĩ của người dân về tình trạng công chức phiền hà, sách nhiễu", [
        ("Không có công chức nào gây phiền hà, sách nhiễu", "88,41%", "86,34%"),
        ("Có một số công chức gây phiền hà, sách nhiễu", "10,33%", "12,42%"),
        ("Có nhiều công chức gây phiền hà, sách nhiễu", "1,27%", "1,24%"),
    ]),
    ("Suy nghĩ của người dân về việc đưa tiền ngoài quy định cho công chức", [
        ("Không có người dân nào phải đưa tiền ngoài quy định", "89,67%", "89,65%"),
        ("Có một số người dân phải đưa tiền ngoài quy định", "8,88%", "8,90%"),
        ("Có nhiều người dân phải đưa tiền ngoài quy định", "1,45%", "1,45%"),
    ]),
    ("Mức độ phù hợp của các hình thức giải quyết TTHC", [
        ("Hình thức trực tiếp", "76,08%", "71,16%"),
        ("Hình thức trực tuyến toàn trình", "69,71%", "2,49%"),
        ("Hình thức trực tuyến một phần", "71,70%", "26,35%"),
    ]),
    ("Trải nghiệm của người dân về việc giải quyết công việc với cơ quan chính quyền", [
        ("Có người thân đang/đã đi học phổ thông 3 năm trở lại đây", "50,54%", "85,71%"),
        ("Bản thân/người thân đã khám, chữa bệnh tại bệnh viện, phòng khám đa khoa tuyến tỉnh, huyện, xã", "85,35%", "86,10%"),
        ("Đã giải quyết TTHC tại Trung tâm Phục vụ hành chính công của tỉnh", "51,99%", ""),
        ("Đã giải quyết TTHC tại Bộ phận Một cửa của huyện", "70,91%", "75,36%"),
        ("Đã giải quyết TTHC tại Bộ phận Một cửa của xã, phường", "79,96%", ""),
        ("Đã hỏi chính quyền, công chức về chính sách, TTHC", "65,21%", ""),
        ("Đã nêu ý kiến đánh giá với chính quyền về kết quả thực hiện chính sách, kết quả giải quyết TTHC", "47,73%", ""),
        ("Đã nêu ý kiến phản ánh, kiến nghị với chính quyền về chính sách, TTHC", "37,14%", ""),
    ]),
]

MONG_DOI = [
    ("Nâng cao tinh thần, thái độ phục vụ của CBCCVC đối với người dân trong giải quyết công việc", "46,47%", "Nâng cao hơn nữa sự quan tâm của cơ quan chính quyền đối với nhu cầu, mong đợi của người dân", "34,78%"),
    ("Tăng cường cơ sở vật chất, trang thiết bị phục vụ giải quyết công việc cho người dân", "44,85%", "Nâng cao hơn nữa chất lượng các chính sách quan trọng đối với đời sống của người dân", "34,37%"),
    ("Nâng cao năng lực của CBCCVC trong giải quyết công việc cho người dân", "44,67%", "Nâng cao hơn nữa thái độ phục vụ của CBCCVC đối với người dân", "32,92%"),
    ("Nâng cao chất lượng tiếp nhận, giải quyết ý kiến góp ý, phản ánh, kiến nghị của người dân", "44,12%", "Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết công việc cho người dân", "32,30%"),
    ("Tăng cường trách nhiệm giải trình của chính quyền đối với người dân", "44,10%", "Nâng cao hơn nữa chất lượng dịch vụ hành chính công (việc giải quyết TTHC)", "31,88%"),
    ("Tăng cường ứng dụng công nghệ thông tin, chuyển đổi số trong giải quyết công việc cho người dân", "43,94%", "Nâng cao hơn nữa năng lực của CBCCVC trong giải quyết công việc cho người dân", "31,68%"),
    ("Nâng cao hiệu lực, hiệu quả hoạt động của chính quyền địa phương", "43,01%", "Nâng cao hơn nữa chất lượng tiếp nhận, giải quyết ý kiến góp ý, phản ánh, kiến nghị của người dân", "31,47%"),
    ("Nâng cao chất lượng cung ứng dịch vụ công trực tuyến", "41,77%", "Nâng cao hơn nữa hiệu lực, hiệu quả hoạt động của bộ máy", ""),
    ("Mở rộng các cơ hội tham gia giám sát của người dân đối với hoạt động của chính quyền", "41,74%", "Nâng cao hơn nữa chất lượng cung cấp thông tin cho người dân", "30,42%"),
    ("Nâng cao tính công khai, minh bạch trong cung cấp thông tin cho người dân", "41,23%", "Nâng cao hơn nữa chất lượng trụ sở, trang thiết bị phục vụ giải quyết công việc", "25,31%"),
]

# doc 4: 2021 unit-level results (OCR-damaged seed, accents and numbers restored by hand)
SIPAS21 = [
    ("I", "SỞ, BAN NGÀNH TỈNH", [
        ("Sở Giáo dục và Đào tạo", "100", "15,00"), ("Sở Kế hoạch và Đầu tư", "100", "15,00"),
        ("Sở Khoa học và Công nghệ", "100", "15,00"), ("Sở Lao động - Thương binh và Xã hội", "100", "15,00"),
        ("Sở Nội vụ", "100", "15,00"), ("Sở Thông tin và Truyền thông", "100", "15,00"),
        ("Sở Văn hóa, Thể thao và Du lịch", "100", "15,00"), ("Văn phòng UBND tỉnh", "100", "15,00"),
        ("Sở Công Thương", "99,71", "14,96"), ("Sở Xây dựng", "99,40", "14,91"), ("Thanh tra tỉnh", "99,00", "14,85"),
        ("Sở Y tế", "98,91", "14,84"), ("Ban Dân tộc", "97,92", "14,69"), ("Sở Tài nguyên và Môi trường", "97,45", "14,62"),
        ("Sở Nông nghiệp và Phát triển nông thôn", "96,86", "14,53"), ("Sở Tài chính", "92,73", "13,91"),
        ("Sở Giao thông vận tải", "91,00", "13,65"), ("Sở Tư pháp", "90,57", "13,59"),
        ("Ban Quản lý các khu công nghiệp", "87,50", "13,13")]),
    ("II", "ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TỈNH", [
        ("Ban Quản lý Dự án 1", "100,00", "15,00"), ("Ban Quản lý Dự án 2", "100,00", "15,00"),
        ("Trường Cao đẳng Nghề Sóc Trăng", "99,29", "14,89"), ("Trường Cao đẳng Cộng đồng Sóc Trăng", "86,67", "13,00")]),
    ("III", "CƠ QUAN TRUNG ƯƠNG ĐẶT TẠI TỈNH", [
        ("Bảo hiểm xã hội tỉnh", "100", "16,00"), ("Ngân hàng Nhà nước Chi nhánh tỉnh Sóc Trăng", "100", "16,00"),
        ("Kho bạc Nhà nước tỉnh", "99,71", "15,95"), ("Công an tỉnh", "98,00", "15,68"), ("Cục Thuế tỉnh", "95,57", "15,29"),
        ("Chi cục Hải quan", "94,03", "15,04")]),
    ("IV", "UBND CẤP HUYỆN", [
        ("UBND thị xã Ngã Năm", "100,00", "15,00"), ("UBND huyện Trần Đề", "99,18", "14,88"),
        ("UBND thị xã Vĩnh Châu", "96,73", "14,51"), ("UBND huyện Mỹ Xuyên", "95,32", "14,30"),
        ("UBND huyện Kế Sách", "94,00", "14,10"), ("UBND huyện Mỹ Tú", "92,73", "13,91"),
        ("UBND huyện Cù Lao Dung", "90,82", "13,62"), ("UBND huyện Long Phú", "90,61", "13,59"),
        ("UBND thành phố Sóc Trăng", "89,59", "13,44"), ("UBND huyện Châu Thành", "88,95", "13,34"),
        ("UBND huyện Thạnh Trị", "74,18", "11,13")]),
]

CCHC21 = [
    ("I", "SỞ, BAN NGÀNH TỈNH", "91,26", "41,57", "18,34", "14,61", "74,52", "81,71%", [
        ("Sở Xây dựng", "94,00", "48,00", "19,18", "14,91", "82,09", "87,33%"),
        ("Sở Nội vụ", "93,50", "47,68", "18,92", "15,00", "81,60", "87,27%"),
        ("Ban Dân tộc", "87,00", "42,68", "18,36", "14,69", "75,73", "87,05%"),
        ("Sở Tư pháp", "92,00", "47,35", "18,43", "13,59", "79,37", "86,27%"),
        ("Sở Kế hoạch và Đầu tư", "93,50", "47,16", "18,38", "15,00", "80,54", "86,13%"),
        ("Sở Giao thông vận tải", "93,50", "47,31", "18,40", "13,65", "79,36", "84,88%"),
        ("Ban Quản lý các khu công nghiệp", "86,00", "40,52", "18,83", "13,13", "72,47", "84,27%"),
        ("Văn phòng UBND tỉnh", "77,50", "31,78", "17,50", "15,00", "64,28", "82,94%"),
        ("Sở Nông nghiệp và Phát triển nông thôn", "95,00", "46,54", "17,56", "14,53", "78,63", "82,76%"),
        ("Thanh tra tỉnh", "84,00", "35,45", "18,67", "14,85", "68,97", "82,10%"),
        ("Sở Tài chính", "89,00", "40,47", "18,56", "13,91", "72,94", "81,95%"),
        ("Sở Giáo dục và Đào tạo", "93,50", "41,97", "19,01", "15,00", "75,98", "81,26%"),
        ("Sở Công Thương", "94,00", "42,60", "17,92", "14,96", "75,47", "80,29%"),
        ("Sở Văn hóa, Thể thao và Du lịch", "94,00", "41,50", "18,93", "15,00", "75,43", "80,25%"),
        ("Sở Tài nguyên và Môi trường", "93,00", "41,64", "18,01", "14,62", "74,27", "79,86%"),
        ("Sở Thông tin và Truyền thông", "93,00", "40,57", "17,79", "15,00", "73,36", "78,89%"),
        ("Sở Lao động - Thương binh và Xã hội", "94,00", "38,85", "18,06", "15,00", "71,91", "76,50%"),
        ("Sở Khoa học và Công nghệ", "93,00", "37,74", "17,61", "15,00", "70,35", "75,64%"),
        ("Sở Y tế", "94,50", "30,07", "18,30", "14,84", "63,21", "66,89%")]),
    ("II", "ĐƠN VỊ SỰ NGHIỆP CÔNG LẬP TỈNH", "91,50", "34,37", "18,88", "14,47", "67,73", "73,96%", [
        ("Ban Quản lý Dự án 1", "91,50", "38,76", "18,38", "15,00", "72,14", "78,84%"),
        ("Trường Cao đẳng Nghề Sóc Trăng", "93,50", "39,88", "18,88", "14,89", "73,65", "78,77%"),
        ("Ban Quản lý Dự án 2", "90,50", "35,08", "20,56", "15,00", "70,64", "78,06%"),
        ("Trường Cao đẳng Cộng đồng Sóc Trăng", "90,50", "23,76", "17,71", "13,00", "54,47", "60,18%")]),
    ("III", "CƠ QUAN TRUNG ƯƠNG ĐẶT TẠI TỈNH", "100,70", "44,94", "23,15", "15,66", "83,76", "83,12%", [
        ("Công an tỉnh", "101,00", "55,76", "19,88", "15,68", "91,32", "90,42%"),
        ("Bảo hiểm xã hội tỉnh", "105,50", "49,15", "23,02", "16,00", "88,17", "83,58%"),
        ("Kho bạc Nhà nước tỉnh", "107,00", "46,42", "25,17", "15,95", "87,54", "81,81%"),
        ("Ngân hàng Nhà nước Chi nhánh tỉnh Sóc Trăng", "101,00", "41,53", "23,55", "16,00", "81,08", "80,27%"),
        ("Chi cục Hải quan", "80,50", "25,00", "23,93", "15,04", "63,97", "79,47%"),
        ("Cục Thuế tỉnh", "109,00", "46,81", "23,36", "15,29", "85,46", "78,41%")]),
    ("IV", "UBND CẤP HUYỆN", "93,18", "44,33", "16,16", "13,80", "74,29", "79,73%", [
        ("Thị xã Ngã Năm", "93,25", "49,62", "16,57", "15,00", "81,19", "87,07%"),
        ("Thị xã Vĩnh Châu", "93,25", "47,45", "15,43", "14,51", "77,39", "82,99%"),
        ("Huyện Châu Thành", "93,00", "46,42", "16,94", "13,34", "76,70", "82,48%"),
        ("Huyện Cù Lao Dung", "93,50", "47,09", "16,02", "13,62", "76,73", "82,07%"),
        ("Huyện Trần Đề", "93,75", "43,54", "16,93", "14,88", "75,34", "80,37%"),
        ("Huyện Mỹ Xuyên", "93,25", "43,93", "15,41", "14,30", "73,64", "78,97%"),
        ("Huyện Thạnh Trị", "93,00", "45,83", "16,23", "11,13", "73,19", "78,70%"),
        ("Thành phố Sóc Trăng", "93,25", "43,51", "16,12", "13,44", "73,06", "78,35%"),
        ("Huyện Kế Sách", "93,25", "40,23", "16,49", "14,10", "70,82", "75,94%"),
        ("Huyện Long Phú", "91,75", "39,04", "16,23", "13,59", "68,86", "75,06%"),
        ("Huyện Mỹ Tú", "93,75", "41,00", "15,39", "13,91", "70,30", "74,99%")]),
]

# doc 5: criteria below the maximum (Phụ lục 1) and publication of dossiers (Phụ lục 3)
TIEU_CHI = [
    ("1.3.2", "Xử lý các vấn đề phát hiện qua kiểm tra", "1", "0,8308", "83,08%", "Sở Nội vụ"),
    ("1.6", "Đối thoại của lãnh đạo tỉnh với người dân, doanh nghiệp", "1", "0,9375", "93,75%", "Sở Kế hoạch và Đầu tư"),
    ("1.7", "Thực hiện nhiệm vụ được Chính phủ, Thủ tướng Chính phủ giao", "1,5", "1,2573", "83,82%", "Văn phòng UBND tỉnh"),
    ("3.2.1", "Công bố TTHC, danh mục TTHC theo quy định", "0,5", "0", "-", "Văn phòng UBND tỉnh"),
    ("3.2.3", "Công khai tiến độ, kết quả giải quyết hồ sơ trên Hệ thống thông tin giải quyết TTHC", "1", "0,7701", "77,01%", "Văn phòng UBND tỉnh"),
    ("3.4.1", "Tỷ lệ hồ sơ TTHC do CQCM cấp tỉnh tiếp nhận trong năm được giải quyết đúng hạn", "1,5", "1,4994", "99,96%", "Văn phòng UBND tỉnh"),
    ("3.4.2", "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận trong năm được giải quyết đúng hạn", "1,5", "1,4919", "99,46%", "Văn phòng UBND tỉnh"),
    ("3.4.3", "Tỷ lệ hồ sơ TTHC do UBND cấp xã tiếp nhận trong năm được giải quyết đúng hạn", "1", "0,9984", "99,84%", "Văn phòng UBND tỉnh"),
    ("5.3.1", "Thực hiện quy định về bổ nhiệm các chức danh lãnh đạo, quản lý", "0,75", "0,5", "66,67%", "Sở Nội vụ"),
    ("5.4", "Chấp hành kỷ luật, kỷ cương hành chính của cán bộ, công chức, viên chức", "1,5", "1", "66,67%", "Sở Nội vụ"),
    ("5.6", "Tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã", "0,5", "0", "-", "Sở Nội vụ"),
    ("6.1.1", "Thực hiện giải ngân kế hoạch đầu tư vốn ngân sách nhà nước (NSNN)", "1", "0,9363", "93,63%", "Sở Tài chính"),
    ("6.1.2", "Thực hiện quy định về việc sử dụng kinh phí nguồn từ NSNN", "1", "0", "-", "Sở Tài chính"),
    ("6.1.3", "Thực hiện các kiến nghị sau thanh tra, kiểm tra, kiểm toán nhà nước về tài chính, ngân sách", "1", "0,6675", "66,75%", "Sở Tài chính"),
    ("6.3.3", "Thực hiện quy định về sử dụng các nguồn tài chính và phân phối kết quả tài chính tại các đơn vị SNCL", "1", "0", "-", "Sở Tài chính"),
    ("6.3.4", "Tỷ lệ giảm chi trực tiếp ngân sách cho đơn vị sự nghiệp so với năm 2021", "1", "0", "-", "Sở Tài chính"),
    ("7.1.2", "Triển khai Trung tâm dữ liệu phục vụ chuyển đổi số theo hướng sử dụng công nghệ điện toán đám mây", "1", "0,5", "50,00%", "Sở Thông tin và Truyền thông"),
    ("7.1.4", "Tỷ lệ số dịch vụ dữ liệu có trên Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (NDXP) được đưa vào sử dụng chính thức", "1", "0,4706", "47,06%", "Sở Thông tin và Truyền thông"),
    ("7.3.4", "Triển khai số hóa hồ sơ giải quyết TTHC", "1", "0", "-", "Sở Thông tin và Truyền thông"),
    ("7.3.5", "Tỷ lệ dịch vụ công trực tuyến toàn trình", "0,5", "0,2934", "58,68%", "Sở Thông tin và Truyền thông"),
    ("7.3.6", "Tỷ lệ hồ sơ trực tuyến toàn trình", "1,5", "0,8276", "55,17%", "Sở Thông tin và Truyền thông"),
    ("7.3.7", "Thực hiện thanh toán trực tuyến", "1,5", "0,3759", "25,06%", "Sở Thông tin và Truyền thông"),
    ("8.2", "Mức độ thu hút đầu tư của tỉnh", "1", "0", "-", "Sở Kế hoạch và Đầu tư"),
    ("8.3.1", "Số lượng doanh nghiệp gia nhập và tái gia nhập thị trường", "0,5", "0", "-", "Sở Kế hoạch và Đầu tư"),
    ("8.4", "Thực hiện thu ngân sách hàng năm của tỉnh theo Kế hoạch được Chính phủ giao", "1,5", "0,75", "50,00%", "Sở Tài chính"),
    ("8.5", "Mức độ thực hiện các chỉ tiêu phát triển KT-XH do HĐND tỉnh giao", "2", "1,225", "61,25%", "Sở Kế hoạch và Đầu tư"),
]

NOTE_PM = "Số hồ sơ chênh lệch do đơn vị sử dụng phần mềm chuyên ngành của Bộ chủ quản trong tiếp nhận và xử lý hồ sơ TTHC."
CONG_KHAI = [
    ("A", "Sở, ngành tỉnh", "", "", "", ""),
    ("1", "Sở Giao thông vận tải", "33.976", "424", "1,25", NOTE_PM),
    ("2", "Sở Kế hoạch và Đầu tư", "3.139", "41", "1,31", NOTE_PM),
    ("3", "Sở Lao động - Thương binh và Xã hội", "13.381", "4.060", "30,34", ""),
    ("4", "Sở Tài chính", "676", "18", "2,66", NOTE_PM),
    ("5", "Sở Y tế", "2.540", "2.007", "79,02", ""),
    ("B", "UBND cấp huyện, cấp xã", "", "", "", ""),
    ("I", "Thành phố Sóc Trăng", "42.541", "29.440", "69,20", ""),
    ("1", "Cấp huyện", "18.010", "17.640", "97,95", ""),
    ("2", "Cấp xã", "24.531", "11.800", "48,10", ""),
    ("II", "Huyện Kế Sách", "44.358", "34.521", "77,82", ""),
    ("1", "Cấp huyện", "6.853", "6.163", "89,93", ""),
    ("2", "Cấp xã", "37.505", "28.358", "75,61", ""),
    ("III", "Huyện Trần Đề", "94.050", "41.794", "44,44", ""),
    ("1", "Cấp huyện", "14.364", "14.059", "97,88", ""),
    ("2", "Cấp xã", "79.686", "27.735", "34,81", "Cấp xã chưa cập nhật đầy đủ hồ sơ tiếp nhận trực tiếp lên Hệ thống"),
    ("IV", "Huyện Thạnh Trị", "50.243", "33.169", "66,02", ""),
    ("1", "Cấp huyện", "5.510", "5.156", "93,58", ""),
    ("2", "Cấp xã", "44.733", "28.013", "62,62", ""),
    ("V", "Huyện Mỹ Tú", "26.106", "21.637", "82,88", ""),
    ("1", "Cấp huyện", "9.114", "9.546", "104,74", "Số hồ sơ cập nhật bao gồm hồ sơ tồn của năm trước chuyển sang"),
    ("2", "Cấp xã", "16.992", "12.091", "71,16", ""),
]

# doc 6: city statistics appendix 2024 (Thành phố Sóc Trăng)
THONG_KE = [
    ("I", "Công tác chỉ đạo điều hành CCHC", "", "", "", "group"),
    ("1", "Tỷ lệ hoàn thành Kế hoạch CCHC năm (lũy kế đến thời điểm báo cáo)", "%", "84", "Kế hoạch số 08/KH-UBND ngày 17/01/2024", "data"),
    ("", "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", "25", "", "data"),
    ("", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "21", "", "data"),
    ("", "Số văn bản chỉ đạo CCHC đã ban hành", "Văn bản", "3", "", "data"),
    ("2", "Tuyên truyền CCHC", "", "", "Kế hoạch số 27/KH-UBND ngày 26/02/2024", "data"),
    ("", "Tỷ lệ thực hiện nhiệm vụ tuyên truyền theo kế hoạch", "%", "100", "", "data"),
    ("", "Số lượng tin, bài viết, phóng sự gửi và duyệt đăng tại Chuyên trang CCHC tỉnh", "Tin, bài", "9", "", "data"),
    ("", "Số lượng tin, bài viết đã đăng tại Chuyên mục CCHC trên Trang Thông tin điện tử của đơn vị", "Tin, bài", "22", "", "data"),
    ("3", "Thực hiện nhiệm vụ UBND tỉnh giao", "", "", "", "data"),
    ("", "Tổng số nhiệm vụ được giao", "Nhiệm vụ", "12", "", "data"),
    ("", "Số nhiệm vụ đã hoàn thành đúng hạn", "Nhiệm vụ", "12", "", "data"),
    ("", "Số nhiệm vụ đã hoàn thành nhưng quá hạn", "Nhiệm vụ", "0", "", "data"),
    ("4", "Khảo sát sự hài lòng của người dân, tổ chức", "", "", "", "data"),
    ("", "Số lượng phiếu khảo sát", "Phiếu", "986", "", "data"),
    ("", "Tỷ lệ hài lòng trong kỳ báo cáo", "%", "100", "", "data"),
    ("II", "Cải cách thể chế", "", "", "", "group"),
    ("1", "Số VBQPPL kiểm tra theo thẩm quyền", "Văn bản", "8", "Quyết định quy định quy chế thực hiện dân chủ ở cơ sở của Phường 1, 2, 4, 5, 7, 8, 9 và 10", "data"),
    ("2", "Số VBQPPL phải rà soát", "Văn bản", "45", "Rà soát hệ thống hóa văn bản QPPL kỳ 2019 - 2023", "data"),
    ("", "Số VBQPPL đã rà soát", "Văn bản", "45", "", "data"),
    ("III", "Cải cách thủ tục hành chính", "", "", "", "group"),
    ("1", "Số TTHC được công bố mới", "Thủ tục", "14", "", "data"),
    ("2", "Số TTHC đã được bãi bỏ, thay thế", "Thủ tục", "45", "", "data"),
    ("3", "Số TTHC áp dụng tại UBND cấp huyện", "Thủ tục", "287", "", "data"),
    ("4", "Số TTHC áp dụng tại UBND cấp xã", "Thủ tục", "129", "", "data"),
    ("5", "Số hồ sơ TTHC do UBND cấp huyện tiếp nhận", "Hồ sơ", "16.865", "", "data"),
    ("", "Số hồ sơ TTHC do UBND cấp huyện giải quyết và trả kết quả", "Hồ sơ", "16.637", "Còn 228 hồ sơ đang giải quyết", "data"),
    ("", "Số hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn", "Hồ sơ", "16.369", "", "data"),
    ("6", "Số hồ sơ TTHC do UBND cấp xã tiếp nhận", "Hồ sơ", "14.654", "", "data"),
    ("", "Số hồ sơ TTHC do UBND cấp xã tiếp nhận được giải quyết đúng hạn", "Hồ sơ", "14.537", "Còn 77 hồ sơ đang giải quyết", "data"),
    ("IV", "Cải cách tổ chức bộ máy hành chính nhà nước", "", "", "", "group"),
    ("1", "Số phòng ban chuyên môn thuộc UBND cấp huyện", "Cơ quan, đơn vị", "11", "", "data"),
    ("2", "Số đơn vị SNCL thuộc UBND cấp huyện", "Cơ quan, đơn vị", "36", "", "data"),
    ("3", "Tổng số biên chế được giao trong năm", "Người", "92", "", "data"),
    ("", "Tổng số biên chế có mặt tại thời điểm báo cáo", "Người", "90", "", "data"),
    ("4", "Tổng số người làm việc được giao", "Người", "1.252", "Ngành Giáo dục: 1.181", "data"),
    ("", "Tổng số người làm việc có mặt", "Người", "1.093", "Ngành Giáo dục: 1.042", "data"),
    ("", "Số người đã tinh giản trong kỳ báo cáo", "Người", "7", "", "data"),
    ("V", "Cải cách chế độ công vụ", "", "", "", "group"),
    ("1", "Số cán bộ, công chức cấp xã được xét chuyển thành công chức cấp huyện trở lên", "Người", "2", "", "data"),
    ("2", "Số người được đào tạo, bồi dưỡng theo Kế hoạch", "Người", "266", "", "data"),
    ("", "Số người đã được đào tạo, bồi dưỡng thực tế", "Người", "408", "Đạt 153,38%", "data"),
    ("3", "Số lãnh đạo cấp phòng và tương đương thuộc UBND cấp huyện bị kỷ luật", "Người", "3", "", "data"),
    ("VI", "Cải cách tài chính công", "", "", "", "group"),
    ("1", "Số tổ chức hành chính thực hiện cơ chế tự chủ về quản lý kinh phí hành chính", "Cơ quan, đơn vị", "28", "", "data"),
    ("2", "Số đơn vị SNCL tự chủ một phần chi thường xuyên", "Cơ quan, đơn vị", "18", "", "data"),
    ("3", "Số đơn vị SNCL do nhà nước đảm bảo 100% chi thường xuyên", "Cơ quan, đơn vị", "15", "", "data"),
    ("VII", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", "", "", "", "group"),
    ("1", "Tổng số văn bản đi tại UBND cấp huyện", "Văn bản", "17.900", "", "data"),
    ("", "Số văn bản được gửi hoàn toàn dưới dạng điện tử", "Văn bản", "12.519", "", "data"),
    ("2", "Tổng số văn bản đi tại UBND cấp phường", "Văn bản", "3.864", "", "data"),
    ("", "Số văn bản được gửi hoàn toàn dưới dạng điện tử", "Văn bản", "3.385", "", "data"),
    ("3", "Số TTHC cung cấp trực tuyến mức độ 3 và mức độ 4 đã tích hợp trên Cổng Dịch vụ công Quốc gia", "TTHC", "119", "", "data"),
    ("4", "Số lượng công chức, viên chức có tài khoản thư điện tử chính thức", "Người", "308", "", "data"),
]


# --------------------------------------------------------------------------------------------
# table definitions per document
# --------------------------------------------------------------------------------------------


def doc1_tables():
    h1 = [["PAR INDEX"] + ["Điểm đánh giá, thẩm định"] * 3 + ["Điểm điều tra xã hội học"] * 3 + ["Điểm tổng hợp"] * 3,
          ["PAR INDEX"] + ["Điểm tối đa quy định", "Điểm đạt được", "Tỷ lệ đạt được"] * 3]
    r1 = [["Năm 2023", "68,00", "55.08", "81,00%", "32,00", "26,62", "83,18%", "100,00", "81,70", "81,70%"],
          ["Năm 2022", "68,00", "56.52", "83,13%", "32,00", "26,62", "83,18%", "100,00", "83,14", "83,14%"],
          ["So sánh (2023 - 2022)", "", "-1.44", "-2,13%", "", "0,00", "0,00%", "", "-1,44", "-1,44%"]]
    yrs = {0: 2023, 1: 2022}
    t1 = T("Bảng 1. Kết quả Chỉ số cải cách hành chính tỉnh Sóc Trăng năm 2023 so với năm 2022",
           h1, [(0, 0, 1, 0), (0, 1, 0, 3), (0, 4, 0, 6), (0, 7, 0, 9)], r1, ["data"] * 3,
           [2.2] + [1.53] * 9,
           rec={2: ("max_points", yrs), 3: ("points", yrs), 4: ("ratio", yrs), 5: ("max_points", yrs),
                6: ("points", yrs), 7: ("ratio", yrs), 8: ("max_points", yrs), 9: ("points", yrs), 10: ("ratio", yrs)},
           size=10)
    t1["dot_cols"] = {3}
    h2top = ["TT", "Lĩnh vực"] + ["Kết quả chỉ số thành phần năm 2022"] * 4 + ["Kết quả chỉ số thành phần năm 2023"] * 4 + ["Tăng (+), giảm (-) so với năm 2022"] * 2
    h2mid = ["TT", "Lĩnh vực", "Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng", "Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng", "Tỷ lệ % (+,-)", "Xếp hạng (+,-)"]
    h2low = ["TT", "Lĩnh vực", "Tối đa", "Đạt được", "Tỷ lệ (%)", "Xếp hạng", "Tối đa", "Đạt được", "Tỷ lệ (%)", "Xếp hạng", "Tỷ lệ % (+,-)", "Xếp hạng (+,-)"]
    m2 = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 5), (0, 6, 0, 9), (0, 10, 0, 11), (1, 2, 1, 3), (1, 4, 2, 4),
          (1, 5, 2, 5), (1, 6, 1, 7), (1, 8, 2, 8), (1, 9, 2, 9), (1, 10, 2, 10), (1, 11, 2, 11)]
    rows2 = [list(r) for r in PAR_COMP]
    t2 = T("Bảng 2. Kết quả các Chỉ số thành phần của tỉnh Sóc Trăng năm 2022 và năm 2023",
           [h2top, h2mid, h2low], m2, rows2, ["data"] * 8 + ["total"],
           [1.0, 6.6, 1.6, 1.7, 1.8, 1.6, 1.6, 1.7, 1.8, 1.6, 1.9, 1.9],
           rec={3: ("max_points", 2022), 4: ("points", 2022), 5: ("ratio", 2022), 6: ("rank", 2022),
                7: ("max_points", 2023), 8: ("points", 2023), 9: ("ratio", 2023), 10: ("rank", 2023)},
           marks={(8, 9): "1"}, size=11)
    rows3 = [list(r[:5]) for r in XHH]
    t3 = T("Bảng 3. Kết quả điểm điều tra xã hội học trong Chỉ số CCHC năm 2023",
           [["STT", "Nội dung", "Điểm tối đa", "Điểm đạt được", "Điểm chưa đạt"]], [], rows3, [r[5] for r in XHH],
           [1.5, 8.8, 1.8, 1.9, 2.0], rec={3: ("max_points", 2023), 4: ("points", 2023)},
           marks={(35, 3): "2"}, size=11)
    return [t1, t2, t3]


def doc2_tables():
    rows1 = []
    for i, (name, cb, cc) in enumerate(CHUA_DAT, 1):
        rows1.append([str(i), name, str(cb) if cb else "-", str(cc) if cc else "-", str(cb + cc)])
    sb = sum(x[1] for x in CHUA_DAT)
    sc = sum(x[2] for x in CHUA_DAT)
    rows1.append(["", "Tổng cộng", str(sb), str(sc), str(sb + sc)])
    t1 = T("Bảng 1. Cán bộ, công chức cấp xã chưa đạt chuẩn theo đơn vị cấp huyện",
           [["STT", "Đơn vị cấp huyện", "Cán bộ chưa đạt chuẩn", "Công chức chưa đạt chuẩn", "Tổng cộng"]], [],
           rows1, ["data"] * 11 + ["total"], [1.2, 6.0, 3.0, 3.0, 2.4],
           rec={3: ("count", 2023), 4: ("count", 2023), 5: ("count", 2023)}, size=12)
    top = ["TT", "Chức danh", "Số lượng"] + ["Trình độ"] * 13 + ["Số người đạt chuẩn theo quy định", "Tỷ lệ đạt chuẩn theo quy định (%)"]
    mid = ["TT", "Chức danh", "Số lượng"] + ["Học vấn"] * 3 + ["Chuyên môn"] * 6 + ["Lý luận chính trị"] * 4 + top[16:]
    low = ["TT", "Chức danh", "Số lượng", "THCS", "THPT", "TNC3", "Chưa qua đào tạo", "Sơ cấp", "Trung cấp",
           "Cao đẳng", "Đại học", "Sau đại học", "Chưa qua đào tạo", "Sơ cấp", "Trung cấp", "Cao cấp"] + top[16:]
    num = [str(i) for i in range(1, 19)]
    merges = [(0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 2, 2), (0, 3, 0, 15), (0, 16, 2, 16), (0, 17, 2, 17),
              (1, 3, 1, 5), (1, 6, 1, 11), (1, 12, 1, 15)]
    rows2 = [list(r) for r in CBCC]
    kinds = ["group" if r[0] in ("A", "B") else ("total" if r[1] == "TỔNG CỘNG" else "data") for r in rows2]
    rec = {c: ("count", 2023) for c in range(3, 18)}
    rec[18] = ("ratio", 2023)
    t2 = T("Bảng 2. Trình độ và tỷ lệ đạt chuẩn của cán bộ, công chức cấp xã tỉnh Sóc Trăng năm 2023",
           [top, mid, low, num], merges, rows2, kinds, [0.9, 4.0] + [1.4] * 16, rec=rec, size=10,
           numbered_header=True)
    t2["hsize"] = 9
    return [t1, t2]


def doc3_tables():
    h1 = [["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Năm 2022", "Năm 2022", "Năm 2023", "Năm 2023", "Tăng/giảm", "Tăng/giảm"],
          ["STT", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Tỷ lệ", "Xếp hạng", "Tỷ lệ", "Xếp hạng", "Tỷ lệ", "Xếp hạng"]]
    rows1 = [list(r) for r in SIPAS]
    t1 = T("Bảng 1. Kết quả các chỉ số thành phần SIPAS của tỉnh Sóc Trăng năm 2023",
           h1, [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 0, 3), (0, 4, 0, 5), (0, 6, 0, 7)], rows1,
           kinds_of(rows1, group_keys=ROMAN), [1.2, 5.2, 1.9, 1.5, 1.9, 1.5, 1.9, 1.5],
           rec={3: ("ratio", 2022), 4: ("rank", 2022), 5: ("ratio", 2023), 6: ("rank", 2023)},
           marks={(11, 4): "1"}, size=10)
    rows2, kinds2 = [], []
    for gi, (gname, items) in enumerate(NHAN_DINH):
        rows2.append([ROMAN[gi], gname, "", ""])
        kinds2.append("group")
        for ii, (name, a, b) in enumerate(items, 1):
            rows2.append([str(ii), name, a, b])
            kinds2.append("data")
    t2 = T("Bảng 2. Chỉ số nhận định, đánh giá của người dân năm 2023 và năm 2022",
           [["STT", "Tiêu chí", "Năm 2023", "Năm 2022"]], [], rows2, kinds2, [1.2, 10.6, 2.3, 2.3],
           rec={3: ("ratio", 2023), 4: ("ratio", 2022)}, size=10, rules="horizontal")
    rows3 = [[str(i)] + list(r) for i, r in enumerate(MONG_DOI, 1)]
    t3 = T("Bảng 3. Nội dung người dân mong đợi chính quyền ưu tiên cải thiện",
           [["STT", "Năm 2023", "Năm 2023", "Năm 2022", "Năm 2022"], ["STT", "Nội dung", "Tỷ lệ", "Nội dung", "Tỷ lệ"]],
           [(0, 0, 1, 0), (0, 1, 0, 2), (0, 3, 0, 4)], rows3, ["data"] * len(rows3), [1.2, 5.7, 1.9, 5.7, 1.9], size=10)
    return [t1, t2, t3]


def doc4_tables():
    rows1, kinds1 = [], []
    for g, gname, items in SIPAS21:
        rows1.append([g, gname, "", ""])
        kinds1.append("group")
        for i, (name, a, b) in enumerate(items, 1):
            rows1.append([str(i), name, a, b])
            kinds1.append("data")
    t1 = T("Bảng 1. Kết quả Chỉ số Sipas năm 2021 của các cơ quan, đơn vị, địa phương",
           [["STT", "Cơ quan, đơn vị", "Chỉ số Sipas (%)", "Điểm Sipas đạt được"]], [], rows1, kinds1,
           [1.3, 8.6, 3.0, 3.1], rec={3: ("ratio", 2021), 4: ("points", 2021)}, size=12, repeat=False)
    top = ["STT", "Cơ quan, đơn vị", "Điểm chuẩn tối đa", "Điểm tự đánh giá (đã thẩm định)", "Điểm ĐTXHH", "Điểm ĐTXHH",
           "Tổng điểm đạt được", "Chỉ số CCHC năm 2021"]
    mid = top[:4] + ["Khảo sát CBCCVC", "Chỉ số Sipas"] + top[6:]
    num = ["(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)=(4)+(5)+(6)", "(8)"]
    rows2, kinds2 = [], []
    for g, gname, a, b, c, d, e, f, items in CCHC21:
        rows2.append([g, gname, a, b, c, d, e, f])
        kinds2.append("group")
        for i, it in enumerate(items, 1):
            rows2.append([str(i)] + list(it))
            kinds2.append("data")
    t2 = T("Bảng 2. Kết quả Chỉ số CCHC năm 2021 của các cơ quan, đơn vị, địa phương",
           [top, mid, num], [(0, 0, 1, 0), (0, 1, 1, 1), (0, 2, 1, 2), (0, 3, 1, 3), (0, 4, 0, 5), (0, 6, 1, 6), (0, 7, 1, 7)],
           rows2, kinds2, [1.2, 3.8, 1.6, 1.9, 1.8, 1.6, 2.8, 1.8],
           rec={3: ("max_points", 2021), 4: ("points", 2021), 5: ("points", 2021), 6: ("points", 2021),
                7: ("points", 2021), 8: ("ratio", 2021)},
           marks={(0, 1): "3"}, size=11, numbered_header=True)
    t2["hsize"] = 9
    return [t1, t2]


def doc5_tables():
    rows1 = [list(r) for r in TIEU_CHI]
    t1 = T("Bảng 1. Các tiêu chí, tiêu chí thành phần chưa đạt điểm tối đa năm 2023",
           [["Tiêu chí", "Lĩnh vực/Tiêu chí/Tiêu chí thành phần", "Điểm chuẩn", "Điểm thẩm định", "Tỷ lệ %", "Cơ quan phụ trách tham mưu"]],
           [], rows1, ["data"] * len(rows1), [1.5, 7.1, 1.7, 1.9, 1.7, 3.4],
           rec={3: ("max_points", 2023), 4: ("points", 2023), 5: ("ratio", 2023)}, size=10)
    rows2 = [list(r) for r in CONG_KHAI]
    hdr = ["STT", "Tên đơn vị", "Tổng số hồ sơ tiếp nhận theo báo cáo kiểm soát TTHC năm 2023",
           "Số hồ sơ cập nhật, công khai trên Hệ thống thông tin giải quyết TTHC của tỉnh", "Tỷ lệ (%)", "Ghi chú"]
    t2 = T("Bảng 2. Tình hình công khai tiến độ, kết quả giải quyết hồ sơ TTHC năm 2023",
           [hdr], [], rows2, kinds_of(rows2, group_keys=ROMAN), [1.2, 4.2, 2.9, 3.3, 1.8, 3.9],
           rec={3: ("count", 2023), 4: ("count", 2023), 5: ("ratio", 2023)}, hmarks={(0, 3): "¹³"}, size=10)
    return [t1, t2]


def doc6_tables():
    rows1 = [list(r[:5]) for r in THONG_KE]
    t3 = T("Bảng 3. Thống kê số liệu và kết quả thực hiện công tác cải cách hành chính năm 2024",
           [["TT", "Tên chỉ tiêu", "Đơn vị tính", "Số lượng/ tỷ lệ", "Ghi chú"]], [], rows1, [r[5] for r in THONG_KE],
           [1.1, 7.1, 2.3, 1.9, 4.1], size=10.5)
    rows2 = [["Cấp thành phố", "1.607", "591", "940", "55", "18", "3"],
             ["Cấp phường", "291", "62", "226", "1", "0", "2"],
             ["Tổng cộng", "1.898", "653", "1.166", "56", "18", "5"]]
    t1 = T("Bảng 1. Kết quả đánh giá, xếp loại cán bộ, công chức, viên chức năm 2023",
           [["Cấp", "Tổng số", "Hoàn thành xuất sắc nhiệm vụ", "Hoàn thành tốt nhiệm vụ", "Hoàn thành nhiệm vụ",
             "Không hoàn thành nhiệm vụ", "Chưa đánh giá"]], [], rows2, ["data", "data", "total"],
           [3.0, 1.8, 2.5, 2.3, 2.3, 2.5, 2.1], size=10.5, rules="none")
    rows3 = [["1", "UBND cấp huyện", "16.865", "16.637", "16.369", "98,39%"],
             ["2", "UBND cấp xã", "14.654", "14.654", "14.537", "99,20%"],
             ["", "Tổng cộng", "31.519", "31.291", "30.906", "98,77%"]]
    t2 = T("Bảng 2. Kết quả tiếp nhận, giải quyết hồ sơ TTHC trên địa bàn thành phố năm 2024",
           [["STT", "Cấp giải quyết", "Số hồ sơ tiếp nhận", "Số hồ sơ đã giải quyết", "Giải quyết đúng hạn", "Tỷ lệ đúng hạn"]],
           [], rows3, ["data", "data", "total"], [1.2, 4.4, 2.8, 2.8, 2.8, 2.5], size=10.5)
    return [t1, t2, t3]


# --------------------------------------------------------------------------------------------
# python-docx renderer
# --------------------------------------------------------------------------------------------


def docx_render(path, blocks, *, font="Times New Roman", body_size=13, table_font=None, margins=(2.0, 2.0, 3.0, 2.0)):
    from docx import Document
    from docx.enum.section import WD_ORIENT, WD_SECTION
    from docx.enum.table import WD_CELL_VERTICAL_ALIGNMENT, WD_TABLE_ALIGNMENT
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Cm, Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = font
    st.font.size = Pt(body_size)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    if rf is None:
        rf = OxmlElement("w:rFonts")
        rpr.append(rf)
    for a in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rf.set(qn(a), font)
    st.paragraph_format.space_after = Pt(4)
    tfont = table_font or font

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    top, bottom, left, right = margins
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = Cm(top), Cm(bottom), Cm(left), Cm(right)
    # page number in the footer
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = fp.add_run()
    for kind, txt in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = txt
        run._r.append(el)
    run.font.size = Pt(11)

    def set_run_font(r, name, size, bold=False, italic=False, sup=False):
        r.font.name = name
        r.font.size = Pt(size)
        r.bold = bold
        r.italic = italic
        if sup:
            r.font.superscript = True
        rpr = r._r.get_or_add_rPr()
        rf = rpr.find(qn("w:rFonts"))
        if rf is None:
            rf = OxmlElement("w:rFonts")
            rpr.insert(0, rf)
        for a in ("w:ascii", "w:hAnsi", "w:cs"):
            rf.set(qn(a), name)

    def fill(cell, text, size, bold=False, italic=False, align="left", mark=None):
        for p in cell.paragraphs[1:]:
            p._element.getparent().remove(p._element)
        p = cell.paragraphs[0]
        for r in list(p.runs):
            r._r.getparent().remove(r._r)
        p.paragraph_format.space_after = Pt(0)
        p.paragraph_format.space_before = Pt(1)
        p.alignment = {"left": WD_ALIGN_PARAGRAPH.LEFT, "center": WD_ALIGN_PARAGRAPH.CENTER,
                       "right": WD_ALIGN_PARAGRAPH.RIGHT, "justify": WD_ALIGN_PARAGRAPH.JUSTIFY}[align]
        set_run_font(p.add_run(text), tfont, size, bold, italic)
        if mark:
            set_run_font(p.add_run(mark), tfont, size, bold, italic, sup=True)
        cell.vertical_alignment = WD_CELL_VERTICAL_ALIGNMENT.CENTER

    cur_landscape = False
    for b in blocks:
        kind = b[0]
        if kind in ("landscape", "portrait"):
            want = kind == "landscape"
            if want != cur_landscape:
                s = doc.add_section(WD_SECTION.NEW_PAGE)
                s.orientation = WD_ORIENT.LANDSCAPE if want else WD_ORIENT.PORTRAIT
                s.page_width, s.page_height = (Cm(29.7), Cm(21.0)) if want else (Cm(21.0), Cm(29.7))
                lm = b[1] if len(b) > 1 else None
                if lm:
                    s.left_margin = s.right_margin = Cm(lm)
                    s.top_margin = s.bottom_margin = Cm(lm)
                else:
                    s.top_margin, s.bottom_margin, s.left_margin, s.right_margin = Cm(top), Cm(bottom), Cm(left), Cm(right)
                cur_landscape = want
            continue
        if kind == "pagebreak":
            doc.add_page_break()
            continue
        if kind in ("h", "p", "note", "center", "caption"):
            text = b[1]
            p = doc.add_paragraph()
            pf = p.paragraph_format
            if kind == "h":
                set_run_font(p.add_run(text), font, body_size, bold=True)
                pf.space_before = Pt(6)
                pf.keep_with_next = True
            elif kind == "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                set_run_font(p.add_run(text), font, body_size + 1, bold=True)
            elif kind == "caption":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                set_run_font(p.add_run(text), font, body_size - 1, bold=True)
                pf.keep_with_next = True
                pf.space_before = Pt(6)
                pf.space_after = Pt(3)
            elif kind == "note":
                set_run_font(p.add_run(text), font, 10, italic=False)
                pf.space_after = Pt(2)
            else:
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                pf.first_line_indent = Cm(1.0)
                pf.line_spacing = 1.15
                set_run_font(p.add_run(text), font, body_size)
            continue
        if kind == "table":
            spec = b[1]
            size = spec["size"]
            hdr, rows = spec["header"], spec["rows"]
            nh, nc = len(hdr), len(hdr[0])
            tbl = doc.add_table(rows=nh + len(rows), cols=nc)
            if spec["rules"] == "grid":
                tbl.style = doc.styles["Table Grid"]
            tbl.alignment = WD_TABLE_ALIGNMENT.CENTER
            tbl.autofit = False
            for ci, w in enumerate(spec["widths"]):
                tbl.columns[ci].width = Cm(w)
                for cell in tbl.columns[ci].cells:
                    cell.width = Cm(w)
            covered = set()
            for (r0, c0, r1, c1) in spec["merges"]:
                tbl.cell(r0, c0).merge(tbl.cell(r1, c1))
                for rr in range(r0, r1 + 1):
                    for cc in range(c0, c1 + 1):
                        if (rr, cc) != (r0, c0):
                            covered.add((rr, cc))
            for r in range(nh):
                numrow = spec["numbered_header"] and r == nh - 1
                for c in range(nc):
                    if (r, c) in covered:
                        continue
                    fill(tbl.cell(r, c), hdr[r][c], spec.get("hsize", size), bold=not numrow, italic=numrow, align="center",
                         mark=spec["hmarks"].get((r, c)))
                if spec["repeat"]:
                    trpr = tbl.rows[r]._tr.get_or_add_trPr()
                    el = OxmlElement("w:tblHeader")
                    el.set(qn("w:val"), "true")
                    trpr.append(el)
            for ri, row in enumerate(rows):
                k = spec["kinds"][ri]
                bold = k in ("group", "total")
                italic = k == "group" and row[0] in ("",) and any(row[2:])
                for c, text in enumerate(row):
                    align = "left" if c == 1 or (c == 0 and spec.get("first_col_left")) else "center"
                    if c == len(row) - 1 and spec.get("last_col_left"):
                        align = "left"
                    fill(tbl.cell(nh + ri, c), text, size, bold=bold and not italic, italic=italic, align=align,
                         mark=spec["marks"].get((ri, c)))
            if spec["rules"] == "none":
                pass
            doc.add_paragraph().paragraph_format.space_after = Pt(2)
            continue
        raise ValueError(kind)
    doc.save(path)


def soffice_pdf(docx_path, outdir):
    prof = tempfile.mkdtemp(prefix="h6lo_")
    try:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                        "--outdir", outdir, docx_path], check=True, capture_output=True, timeout=240)
    finally:
        shutil.rmtree(prof, ignore_errors=True)
    return os.path.join(outdir, os.path.splitext(os.path.basename(docx_path))[0] + ".pdf")


# --------------------------------------------------------------------------------------------
# reportlab renderer (doc 3)
# --------------------------------------------------------------------------------------------


def rl_render(path, blocks):
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER, TA_JUSTIFY, TA_LEFT
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import cm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
    from reportlab.lib.fonts import addMapping

    for name, fn in (("LSans", "LiberationSans-Regular.ttf"), ("LSans-B", "LiberationSans-Bold.ttf"),
                     ("LSans-I", "LiberationSans-Italic.ttf"), ("LSans-BI", "LiberationSans-BoldItalic.ttf")):
        pdfmetrics.registerFont(TTFont(name, os.path.join(FONT_DIR, fn)))
    addMapping("LSans", 0, 0, "LSans")
    addMapping("LSans", 1, 0, "LSans-B")
    addMapping("LSans", 0, 1, "LSans-I")
    addMapping("LSans", 1, 1, "LSans-BI")

    body = ParagraphStyle("body", fontName="LSans", fontSize=12, leading=16, alignment=TA_JUSTIFY, firstLineIndent=1 * cm,
                          spaceAfter=5)
    head = ParagraphStyle("head", parent=body, fontName="LSans-B", firstLineIndent=0, spaceBefore=6)
    center = ParagraphStyle("center", parent=body, fontName="LSans-B", alignment=TA_CENTER, firstLineIndent=0, fontSize=13)
    cap = ParagraphStyle("cap", parent=body, fontName="LSans-B", alignment=TA_CENTER, firstLineIndent=0, fontSize=11,
                         spaceBefore=6, spaceAfter=3, keepWithNext=1)
    note = ParagraphStyle("note", parent=body, fontSize=9, leading=11, firstLineIndent=0)

    def on_page(canv, d):
        canv.saveState()
        canv.setFont("LSans", 10)
        canv.drawCentredString(A4[0] / 2, 1.2 * cm, str(canv.getPageNumber()))
        canv.restoreState()

    story = []
    for b in blocks:
        kind = b[0]
        if kind == "p":
            story.append(Paragraph(b[1], body))
        elif kind == "h":
            story.append(Paragraph(b[1], head))
        elif kind == "center":
            story.append(Paragraph(b[1], center))
        elif kind == "note":
            story.append(Paragraph(b[1], note))
        elif kind == "caption":
            story.append(Paragraph(b[1], cap))
        elif kind == "table":
            spec = b[1]
            sz = spec["size"]
            cst = ParagraphStyle("c", fontName="LSans", fontSize=sz, leading=sz * 1.2, alignment=TA_CENTER)
            lst = ParagraphStyle("l", parent=cst, alignment=TA_LEFT)
            nh = len(spec["header"])
            data = []
            covered = {(rr, cc) for (r0, c0, r1, c1) in spec["merges"] for rr in range(r0, r1 + 1)
                       for cc in range(c0, c1 + 1) if (rr, cc) != (r0, c0)}
            for r, row in enumerate(spec["header"]):
                data.append([Paragraph(f"<b>{t}</b>", cst) if (r, c) not in covered else "" for c, t in enumerate(row)])
            for ri, row in enumerate(spec["rows"]):
                k = spec["kinds"][ri]
                out = []
                for c, t in enumerate(row):
                    m = spec["marks"].get((ri, c))
                    txt = t + (f"<super>{m}</super>" if m else "")
                    if k in ("group", "total"):
                        txt = f"<b>{txt}</b>"
                    out.append(Paragraph(txt, lst if c == 1 else cst))
                data.append(out)
            tb = Table(data, colWidths=[w * cm for w in spec["widths"]], repeatRows=nh if spec["repeat"] else 0)
            cmds = [("VALIGN", (0, 0), (-1, -1), "MIDDLE"), ("TOPPADDING", (0, 0), (-1, -1), 2),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]
            for (r0, c0, r1, c1) in spec["merges"]:
                cmds.append(("SPAN", (c0, r0), (c1, r1)))
            if spec["rules"] == "grid":
                cmds.append(("GRID", (0, 0), (-1, -1), 0.5, colors.black))
            elif spec["rules"] == "horizontal":
                cmds += [("LINEABOVE", (0, 0), (-1, 0), 0.8, colors.black),
                         ("LINEBELOW", (0, nh - 1), (-1, nh - 1), 0.8, colors.black),
                         ("LINEBELOW", (0, nh), (-1, -1), 0.3, colors.black)]
            tb.setStyle(TableStyle(cmds))
            story.append(tb)
            story.append(Spacer(1, 6))
    d = SimpleDocTemplate(path, pagesize=A4, leftMargin=2.5 * cm, rightMargin=1.8 * cm, topMargin=2 * cm,
                          bottomMargin=2.2 * cm, title="Báo cáo kết quả SIPAS năm 2023", author="Sở Nội vụ")
    d.build(story, onFirstPage=on_page, onLaterPages=on_page)


# --------------------------------------------------------------------------------------------
# fpdf2 renderer (doc 5)
# --------------------------------------------------------------------------------------------


def fpdf_render(path, blocks):
    from fpdf import FPDF
    from fpdf.fonts import FontFace

    class PDF(FPDF):
        def footer(self):
            self.set_y(-15)
            self.set_font("LSerif", "", 10)
            self.cell(0, 8, str(self.page_no()), align="C")

    pdf = PDF(format="A4")
    pdf.set_margins(22, 18, 15)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("LSerif", "", os.path.join(FONT_DIR, "LiberationSerif-Regular.ttf"))
    pdf.add_font("LSerif", "B", os.path.join(FONT_DIR, "LiberationSerif-Bold.ttf"))
    pdf.add_font("LSerif", "I", os.path.join(FONT_DIR, "LiberationSerif-Italic.ttf"))
    pdf.add_page()
    for b in blocks:
        kind = b[0]
        if kind == "pagebreak":
            pdf.add_page()
        elif kind == "center":
            pdf.set_font("LSerif", "B", 13)
            pdf.multi_cell(0, 6.5, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "h":
            pdf.set_font("LSerif", "B", 13)
            pdf.multi_cell(0, 6.5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("LSerif", "", 13)
            pdf.multi_cell(0, 6.5, "      " + b[1], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "note":
            pdf.set_font("LSerif", "", 10)
            pdf.multi_cell(0, 5, b[1], new_x="LMARGIN", new_y="NEXT")
        elif kind == "caption":
            pdf.set_font("LSerif", "B", 12)
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            pdf.cell(0, 7, b[1], align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "table":
            spec = b[1]
            pdf.set_font("LSerif", "", spec["size"])
            nh = len(spec["header"])
            hdr = [list(r) for r in spec["header"]]
            for (r, c), m in spec["hmarks"].items():
                hdr[r][c] = hdr[r][c] + m
            bold = FontFace(emphasis="BOLD")
            with pdf.table(col_widths=[w * 10 for w in spec["widths"]], width=sum(spec["widths"]) * 10,
                           num_heading_rows=nh, repeat_headings=1, line_height=spec["size"] * 0.48,
                           headings_style=bold, text_align="CENTER", v_align="MIDDLE",
                           padding=(1, 1, 1, 1)) as table:
                for r in hdr:
                    row = table.row()
                    for t in r:
                        row.cell(t)
                for ri, r in enumerate(spec["rows"]):
                    k = spec["kinds"][ri]
                    row = table.row()
                    for c, t in enumerate(r):
                        st = bold if k in ("group", "total") else None
                        row.cell(t, align="LEFT" if c in (1, 5) else "CENTER", style=st)
            pdf.ln(3)
    pdf.set_title("Phụ lục kết quả PAR Index năm 2023")
    pdf.output(path)


# --------------------------------------------------------------------------------------------
# documents
# --------------------------------------------------------------------------------------------


def doc1_blocks(ts):
    t1, t2, t3 = ts
    return [
        ("center", "BÁO CÁO"),
        ("center", "Kết quả Chỉ số cải cách hành chính và Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Sóc Trăng năm 2023"),
        ("p", FILL["par"][0]),
        ("h", "I. KẾT QUẢ PAR INDEX NĂM 2023"),
        ("h", "1. Chỉ số tổng hợp"),
        ("p", FILL["par"][1]),
        ("caption", t1["title"]), ("table", t1),
        ("p", "Kết quả này kéo theo Chỉ số cải cách hành chính của Sóc Trăng giảm 1,44% và 13 bậc trong danh sách xếp hạng 63 tỉnh, thành phố so với năm 2022; trong khu vực Đồng bằng sông Cửu Long, tỉnh chỉ xếp hạng 12/13."),
        ("h", "2. Kết quả đạt được theo từng lĩnh vực"),
        ("p", FILL["par2"][0]),
        ("landscape", 1.8),
        ("caption", t2["title"]), ("table", t2),
        ("note", "¹ Xếp hạng chung của tỉnh trong 63 tỉnh, thành phố trực thuộc Trung ương (năm 2022 xếp hạng 49/63)."),
        ("portrait",),
        ("h", "3. Đánh giá những lĩnh vực, tiêu chí còn hạn chế"),
        ("p", FILL["par3"][0]),
        ("caption", t3["title"]), ("table", t3),
        ("note", "² Kết quả SIPAS do Bộ Nội vụ công bố tại Quyết định số 272/QĐ-BNV ngày 10/4/2024."),
        ("p", FILL["par3"][1]),
        ("p", "Sở Nội vụ kính báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo các cơ quan, đơn vị triển khai giải pháp cải thiện Chỉ số năm 2024."),
    ]


def doc2_blocks(ts):
    t1, t2 = ts
    return [
        ("center", "BÁO CÁO"),
        ("center", "Kết quả rà soát tiêu chuẩn cán bộ, công chức cấp xã năm 2023"),
        ("p", "Tính đến tháng 12/2023, toàn tỉnh có 95,28% cán bộ cấp xã và 95,27% công chức cấp xã đạt chuẩn theo Nghị định số 33/2023/NĐ-CP ngày 10/6/2023 của Chính phủ quy định về cán bộ, công chức cấp xã và người hoạt động không chuyên trách ở cấp xã, ở thôn, tổ dân phố."),
        ("p", "Như vậy, toàn tỉnh còn 55/1.165 cán bộ chưa đạt chuẩn (chiếm tỷ lệ 4,72%) và 48/1.014 công chức chưa đạt chuẩn (chiếm tỷ lệ 4,73%). Cán bộ chưa đạt chuẩn tập trung tại 9/11 đơn vị cấp huyện; công chức chưa đạt chuẩn thuộc 11/11 đơn vị cấp huyện, cụ thể như sau:"),
        ("caption", t1["title"]), ("table", t1),
        ("p", "Ủy ban nhân dân cấp huyện cần kiên quyết giải quyết chế độ, chính sách đối với cán bộ cấp xã không tái cử mà không có trình độ chuyên môn phù hợp với chức danh công chức cấp xã theo quy định; đồng thời quan tâm bồi dưỡng trình độ lý luận chính trị đối với công chức cấp xã."),
        ("p", "Chi tiết trình độ của từng chức danh cán bộ, công chức cấp xã được tổng hợp tại Phụ lục kèm theo."),
        ("landscape", 1.2),
        ("center", "PHỤ LỤC"),
        ("caption", t2["title"]), ("table", t2),
        ("note", "Ghi chú: TNC3 - tốt nghiệp cấp 3 (hệ bổ túc); số liệu tính đến ngày 31/12/2023."),
    ]


def doc3_blocks(ts):
    t1, t2, t3 = ts
    return [
        ("center", "BÁO CÁO"),
        ("center", "Kết quả Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Sóc Trăng năm 2023"),
        ("h", "1. Chỉ số tổng hợp"),
        ("p", "Chỉ số SIPAS năm 2023 của tỉnh Sóc Trăng đạt 81,65%, xếp hạng 37/63 tỉnh, thành phố, tăng 1,73% và giảm 05 bậc so với năm 2022 (79,92%, xếp hạng 32/63). Kết quả này được tổng hợp từ ý kiến đánh giá, cảm nhận của 558 người dân, doanh nghiệp trong tỉnh."),
        ("h", "2. Kết quả các chỉ số thành phần"),
        ("p", "Năm 2023 mức độ hài lòng của người dân tiếp tục được xác định dựa trên hai nội dung: mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách và mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công, với tất cả 09 chỉ số thành phần."),
        ("caption", t1["title"]), ("table", t1),
        ("note", "¹ Giá trị trung bình của cả nước năm 2023 là 82,66%."),
        ("p", "Mức độ hài lòng đối với việc xây dựng, tổ chức thực hiện chính sách tăng 4,99% và 12 bậc so với năm 2022, nhưng mức độ hài lòng đối với việc cung ứng dịch vụ hành chính công giảm 1,49% và giảm tương ứng 16 bậc."),
        ("h", "3. Kết quả đo lường, nhận định đánh giá của người dân"),
        ("p", "Kết quả cụ thể của từng tiêu chí trong nội dung đo lường, nhận định đánh giá của người dân đạt được như sau:"),
        ("caption", t2["title"]), ("table", t2),
        ("h", "4. Nhu cầu, mong đợi của người dân"),
        ("p", "Người dân mong đợi chính quyền ưu tiên cải thiện tinh thần, thái độ phục vụ và cơ sở vật chất phục vụ giải quyết công việc; tỷ lệ lựa chọn các nội dung năm 2023 đều cao hơn năm 2022."),
        ("caption", t3["title"]), ("table", t3),
        ("p", "Trên cơ sở kết quả trên, Sở Nội vụ đề xuất các cơ quan, đơn vị tập trung cải thiện chất lượng cung ứng dịch vụ hành chính công trong năm 2024."),
    ]


def doc4_blocks(ts):
    t1, t2 = ts
    return [
        ("center", "BÁO CÁO"),
        ("center", "Kết quả Chỉ số cải cách hành chính của các cơ quan, đơn vị trên địa bàn tỉnh Sóc Trăng năm 2021"),
        ("p", "Căn cứ Quyết định số 3119/QĐ-UBND ngày 05/11/2021 của Chủ tịch Ủy ban nhân dân tỉnh Sóc Trăng về việc ban hành Chỉ số cải cách hành chính của các sở, ban ngành, đơn vị sự nghiệp công lập tỉnh, Ủy ban nhân dân các huyện, thị xã, thành phố và các cơ quan Trung ương đặt tại tỉnh năm 2021 và những năm tiếp theo, Sở Nội vụ báo cáo kết quả như sau."),
        ("h", "1. Kết quả Chỉ số Sipas"),
        ("p", "Giá trị trung bình Chỉ số Sipas năm 2021 của các cơ quan, đơn vị trên địa bàn tỉnh đạt được là 94,06%, tăng 1,67% so với năm 2020 và tăng 5,79% so với năm 2019. Tỷ lệ điểm Sipas là tiêu chí trong Chỉ số CCHC, chiếm 15% tổng điểm tối đa."),
        ("caption", t1["title"]), ("table", t1),
        ("h", "2. Kết quả Chỉ số CCHC năm 2021"),
        ("p", "Kết quả Chỉ số CCHC năm 2021 được xác định dựa trên điểm tự chấm của đơn vị (đã được Tổ công tác thẩm định) và điểm điều tra xã hội học, cụ thể như sau:"),
        ("caption", t2["title"]), ("table", t2),
        ("note", "³ Giá trị trung bình của nhóm sở, ban ngành tỉnh."),
        ("p", "Trong 04 nhóm tham gia đánh giá Chỉ số CCHC năm 2021 thì nhóm các cơ quan Trung ương đặt tại tỉnh có giá trị trung bình cao nhất; nhóm đơn vị sự nghiệp tỉnh có giá trị trung bình thấp nhất (73,96%)."),
    ]


def doc5_blocks(ts):
    t1, t2 = ts
    return [
        ("center", "PHỤ LỤC 1"),
        ("center", "CÁC TIÊU CHÍ, TIÊU CHÍ THÀNH PHẦN CHƯA ĐẠT ĐIỂM TỐI ĐA TRONG CHỈ SỐ CCHC NĂM 2023"),
        ("p", "Tổng điểm tự chấm chưa đạt so với điểm chuẩn là 12,9183 điểm (đạt 55,0817/68,00 điểm). Các tiêu chí, tiêu chí thành phần bị trừ điểm và cơ quan phụ trách tham mưu được tổng hợp như sau:"),
        ("caption", t1["title"]), ("table", t1),
        ("pagebreak",),
        ("center", "PHỤ LỤC 3"),
        ("center", "TÌNH HÌNH CÔNG KHAI TIẾN ĐỘ, KẾT QUẢ GIẢI QUYẾT HỒ SƠ THỦ TỤC HÀNH CHÍNH TỈNH SÓC TRĂNG NĂM 2023"),
        ("p", "Trong năm 2023, toàn tỉnh đã tiếp nhận 605.859 hồ sơ TTHC và đã công khai trên Hệ thống của tỉnh 463.928 hồ sơ (đạt tỷ lệ 76,5%). Tình hình cụ thể của một số cơ quan, đơn vị như sau:"),
        ("caption", t2["title"]), ("table", t2),
        ("note", "¹³ Thống kê từ ngày 15/12/2022 đến ngày 14/12/2023."),
    ]


def doc6_blocks(ts):
    t1, t2, t3 = ts
    return [
        ("center", "BÁO CÁO"),
        ("center", "Tình hình, kết quả thực hiện công tác cải cách hành chính năm 2024 của Ủy ban nhân dân thành phố Sóc Trăng"),
        ("p", "Thực hiện Kế hoạch số 08/KH-UBND ngày 17/01/2024 về thực hiện cải cách hành chính năm 2024, Ủy ban nhân dân thành phố báo cáo tình hình, kết quả thực hiện như sau."),
        ("h", "1. Công tác xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức"),
        ("p", "Từ đầu năm đến nay đã cử 408/266 lượt cán bộ, công chức, viên chức tham dự các lớp đào tạo, bồi dưỡng, đạt 153,38% so với kế hoạch. Kết quả đánh giá, xếp loại cán bộ, công chức, viên chức năm 2023 như sau:"),
        ("caption", t1["title"]), ("table", t1),
        ("h", "2. Kết quả giải quyết thủ tục hành chính"),
        ("p", "Công tác cập nhật, rà soát TTHC được thực hiện thường xuyên. Tính từ đầu năm đến nay Ủy ban nhân dân tỉnh đã bãi bỏ, thay thế 45 TTHC và ban hành mới 14 TTHC áp dụng trên địa bàn thành phố."),
        ("caption", t2["title"]), ("table", t2),
        ("p", "Kèm theo Báo cáo này là Phụ lục thống kê số liệu và kết quả thực hiện công tác cải cách hành chính năm 2024."),
        ("pagebreak",),
        ("center", "PHỤ LỤC"),
        ("caption", t3["title"]), ("table", t3),
    ]


DOCS = [
    # name, tables, blocks, producer, options
    ("bc_par_sipas_2023_soctrang", doc1_tables, doc1_blocks, "docx",
     {"font": "Times New Roman", "body_size": 13, "margins": (2.0, 2.0, 3.0, 2.0)}),
    ("bc_chuan_hoa_cbcc_cap_xa_2023", doc2_tables, doc2_blocks, "docx",
     {"font": "Times New Roman", "body_size": 14, "margins": (2.0, 2.0, 3.0, 1.5)}),
    ("bc_sipas_2023_rl", doc3_tables, doc3_blocks, "reportlab", {}),
    ("bc_chi_so_cchc_donvi_2021", doc4_tables, doc4_blocks, "docx",
     {"font": "Times New Roman", "body_size": 14, "table_font": "Arial", "margins": (2.0, 2.0, 3.0, 1.5)}),
    ("phu_luc_par_2023_fpdf", doc5_tables, doc5_blocks, "fpdf2", {}),
    ("bc_cchc_tp_soctrang_2024", doc6_tables, doc6_blocks, "docx",
     {"font": "Arial", "body_size": 12, "margins": (2.5, 2.0, 2.5, 2.0)}),
]


# --------------------------------------------------------------------------------------------
# pages, expected JSON
# --------------------------------------------------------------------------------------------


def squash(s: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFC", s))


def page_texts(pdf_path):
    with pdfplumber.open(pdf_path) as pdf:
        words = [[unicodedata.normalize("NFC", w["text"]) for w in p.extract_words()] for p in pdf.pages]
    return ["".join(ws) for ws in words], [set(ws) for ws in words]


def sig(text, n=14):
    return squash(text)[:n]


def table_pages(texts, tables):
    """Start page: the page holding the caption; end page: the last page up to the next caption that
    holds the last body row."""
    starts = []
    for t in tables:
        s = sig(t["title"], 60)
        hits = [i for i, tx in enumerate(texts) if s in tx]
        if not hits:
            raise RuntimeError(f"caption not found: {t['title']}")
        starts.append(hits[0])
    out = []
    for k, t in enumerate(tables):
        st = starts[k]
        nxt = starts[k + 1] if k + 1 < len(tables) else len(texts) - 1
        last = t["rows"][-1]
        cell = max(last, key=lambda c: len(squash(c)))
        words = cell.split()
        key = squash(" ".join(words[:2]))
        if len(key) < 6:
            key = squash(" ".join(words[:3]))
        ends = [i for i in range(st, nxt + 1) if key in texts[i]]
        if not ends:
            raise RuntimeError(f"last row not found: {t['title']} {key}")
        # all rows must be somewhere in [st, end]
        end = ends[-1] if k + 1 == len(tables) else max(i for i in ends if i <= nxt)
        out.append(list(range(st + 1, end + 2)))
    return out


def check_rendered(wordsets, tables, pages):
    """The first and last word of every non-empty body cell must be a whole word on one of its table's
    pages (catches numbers broken over two lines and text that did not render)."""
    missing = []
    for t, pg in zip(tables, pages):
        ws = set().union(*(wordsets[p - 1] for p in pg))
        for ri, row in enumerate(t["rows"]):
            for ci, c in enumerate(row):
                if not c:
                    continue
                parts = unicodedata.normalize("NFC", c).split()
                if (ri, ci) in t["marks"]:
                    ok = any(w.startswith(parts[0]) for w in ws)
                else:
                    ok = parts[0] in ws and parts[-1] in ws
                if not ok:
                    missing.append((t["title"][:20], c))
    return missing


def main():
    tmp = tempfile.mkdtemp(prefix="h6build_")
    summary = []
    try:
        for name, tfun, bfun, producer, opts in DOCS:
            tables = tfun()
            blocks = bfun(tables)
            pdf_path = os.path.join(HERE, name + ".pdf")
            if producer == "docx":
                dpath = os.path.join(tmp, name + ".docx")
                docx_render(dpath, blocks, **opts)
                out = soffice_pdf(dpath, tmp)
                shutil.move(out, pdf_path)
            elif producer == "reportlab":
                rl_render(pdf_path, blocks)
            else:
                fpdf_render(pdf_path, blocks)
            texts, wordsets = page_texts(pdf_path)
            texts = [squash(x) for x in texts]
            pages = table_pages(texts, tables)
            miss = check_rendered(wordsets, tables, pages)
            if miss:
                print(f"WARNING {name}: {len(miss)} cells not found in page text, e.g. {miss[:5]}", file=sys.stderr)
            exp_tables, records = [], []
            for i, (t, pg) in enumerate(zip(tables, pages), 1):
                exp_tables.append({"table": i, "pages": pg, "title": t["title"], "header": t["header"],
                                   "rows": t["rows"], "row_kinds": t["kinds"]})
                records += records_for(i, t)
            exp = {"doc": name + ".pdf", "n_pages": len(texts), "producer": producer, "tables": exp_tables}
            if records:
                exp["records"] = records
            with open(os.path.join(HERE, name + ".expected.json"), "w", encoding="utf-8") as fh:
                json.dump(exp, fh, ensure_ascii=False, indent=1)
            cells = sum(len(r) for t in tables for r in t["rows"])
            summary.append((name, producer, len(texts), len(tables), cells, len(records), pages))
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    tot = [0, 0, 0]
    for name, prod, npg, nt, cells, nrec, pages in summary:
        print(f"{name:34} {prod:9} pages={npg:2} tables={nt} cells={cells:4} records={nrec:4} spans={pages}")
        tot[0] += nt
        tot[1] += cells
        tot[2] += nrec
    print(f"TOTAL tables={tot[0]} body cells={tot[1]} records={tot[2]}")


if __name__ == "__main__":
    main()
