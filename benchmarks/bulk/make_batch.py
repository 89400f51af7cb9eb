"""A realistic batch of yearly CCHC submissions, for the bulk benchmark.

``make_batch(dest, n=200, seed=0)`` writes ``n`` files under ``dest``: the
yearly "BÁO CÁO Kết quả thực hiện công tác cải cách hành chính" of the
province's units (sở ngành, ĐVSNCL, central agencies and the 11 districts,
taken from the gazetteer) over several years, each with the statistics
appendix of seed 001 (``TT | TÊN CHỈ TIÊU | ĐƠN VỊ TÍNH | Số lượng/ tỷ lệ |
Ghi chú``, sections I–VII, 20–60 indicator rows with values varied per unit)
and a contact table.

Mix (rounded): 45 % DOCX (python-docx), 30 % text-layer PDF (reportlab; up to
10 of them DOCX → LibreOffice when ``soffice`` is installed), 15 % XLSX
(openpyxl, title row and merged header), 4 % scans (the appendix rendered at
200 dpi with noise, as PNG, JPG or an image-only PDF) and 6 % corrupt files
(truncated PDF/DOCX/XLSX, empty files, a ``.pdf`` that is a PNG, an ``.xlsx``
that is a ZIP of the PDF, a DOCX package without its document part, a PDF
under ``.docx``, random bytes).  An HTML "Excel export" is deliberately not
among them: parx hands it to LibreOffice Calc, so whether it reads depends on
the machine.

The content is a pure function of ``seed`` and ``n``; DOCX/XLSX packages and
reportlab PDFs are byte-identical between runs (fixed ZIP and document dates),
LibreOffice PDFs have their dates and ID pinned after conversion.

A manifest (``.manifest.json``, hidden so that parx does not take it) lists
every file with its kind, unit, year and whether parx should read it.

Run directly: ``python benchmarks/bulk/make_batch.py DEST [--n 200] [--seed 0]``.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import shutil
import subprocess
import tempfile
import zipfile
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GAZETTEER = ROOT / "schemas" / "catalogues" / "gazetteer" / "soc_trang.yaml"
FONT_DIRS = [Path("/usr/share/fonts/truetype/liberation2"), Path("/usr/share/fonts/truetype/liberation"),
             Path("/usr/share/fonts/truetype/dejavu")]
FIXED_ZIP_DATE = (2024, 12, 31, 8, 0, 0)
MIX = [("docx", 0.45), ("pdf", 0.30), ("xlsx", 0.15), ("scan", 0.04), ("corrupt", 0.06)]
YEARS = [2020, 2021, 2022, 2023, 2024]
MAX_LIBREOFFICE = 10


@dataclass
class Entry:
    """One file of the batch."""

    path: str  # relative to the batch folder
    kind: str  # docx, pdf, pdf-lo (LibreOffice), xlsx, scan, corrupt
    unit: str
    year: int
    rows: int  # indicator rows in the appendix (0 for corrupt files)
    expect: str  # "records" (must be read), "scan" (records or a clear error), "error" (exactly one error)
    note: str = ""


# ------------------------------------------------------------------ units
_FALLBACK_UNITS = [
    ("Sở Nội vụ", "SN"), ("Sở Tư pháp", "SN"), ("Sở Y tế", "SN"), ("Sở Xây dựng", "SN"),
    ("Thành phố Sóc Trăng", "district"), ("Huyện Châu Thành", "district"), ("Huyện Kế Sách", "district"),
    ("Huyện Trần Đề", "district"), ("Cục Thuế", "CQTW"), ("Kho bạc Nhà nước", "CQTW"),
]


def load_units() -> list[tuple[str, str]]:
    """The submitting units: (name, group) with group SN, DVSNCL, CQTW or district."""
    try:
        import yaml

        data = yaml.safe_load(GAZETTEER.read_text(encoding="utf-8"))
        units = [(a["name"], a["group"]) for a in data.get("agencies", [])
                 if a.get("group") in {"SN", "DVSNCL", "CQTW"} and not a.get("valid_from")]
        units += [(d["name"], "district") for d in data.get("districts", [])]
        if len(units) >= 10:
            return units
    except Exception:  # noqa: BLE001 - the benchmark still runs on the fallback list
        pass
    return list(_FALLBACK_UNITS)


def _upper(s: str) -> str:
    return s.upper()


def unit_header(name: str, group: str) -> tuple[str, str, str]:
    """(parent line, unit line, document code) for a unit's letterhead."""
    if group == "district":
        return "ỦY BAN NHÂN DÂN", _upper(name), "BC-UBND"
    if group == "CQTW":
        base = name if "tỉnh" in name else f"{name} tỉnh Sóc Trăng"
        words = [w for w in re.split(r"[\s,-]+", name) if w and w[0].isupper()]
        return "", _upper(base), "BC-" + "".join(w[0] for w in words).upper()
    words = [w for w in re.split(r"[\s,-]+", name) if w and w.lower() not in {"và", "tỉnh"}]
    code = "".join(w[0] for w in words).upper().replace("Đ", "D")
    return "UBND TỈNH SÓC TRĂNG", _upper(name), f"BC-{code}"


def slug(s: str) -> str:
    import unicodedata

    s = s.replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


# ------------------------------------------------------------------ indicators (seed 001)
# (code, label, unit, kind, children); kind: group (no value), count, big, pct, yn, text, form, empty
YN = "Có = 1 Không = 0"
YN2 = "Không = 0; Có = 1"
SECTIONS: list[tuple[str, str, list[tuple]]] = [
    ("I", "Công tác chỉ đạo điều hành CCHC", [
        ("1", "Tỷ lệ hoàn thành Kế hoạch CCHC năm (Lũy kế đến thời điểm báo cáo)", "%", "plan_pct", [
            ("", "Số nhiệm vụ đề ra trong kế hoạch", "Nhiệm vụ", "plan_total", []),
            ("", "Số nhiệm vụ đã hoàn thành", "Nhiệm vụ", "plan_done", []),
            ("", "Số văn bản chỉ đạo CCHC đã ban hành", "Văn bản", "count", [])]),
        ("2", "Kiểm tra CCHC", "", "group", [
            ("", "Số phòng ban đã kiểm tra", "Cơ quan, đơn vị", "count", []),
            ("", "Số đơn vị trực thuộc đã kiểm tra", "Cơ quan, đơn vị", "count", []),
            ("", "Số vấn đề phát hiện qua kiểm tra", "Vấn đề", "count", []),
            ("", "Số vấn đề phát hiện đã xử lý xong", "Vấn đề", "count_le", [])]),
        ("3", "Tuyên truyền CCHC", "", "group", [
            ("", "Tỷ lệ thực hiện nhiệm vụ tuyên truyền theo kế hoạch", "%", "pct", []),
            ("", "Số lượng tin, bài viết, phóng sự gửi và duyệt đăng tại Chuyên trang CCHC tỉnh "
                 "(https://cchc.soctrang.gov.vn/)", "Tin, bài", "count", []),
            ("", "Số lượng tin, bài viết, phóng sự đã đăng tại Chuyên mục CCHC trên Trang Thông tin "
                 "điện tử của đơn vị", "Tin, bài", "text", []),
            ("", "Có thực hiện tuyên truyền CCHC thường xuyên thông qua các cuộc họp, hội nghị, hội thi, "
                 "hội diễn, ...", YN, "yn", [])]),
        ("4", "Thực hiện nhiệm vụ UBND tỉnh giao", "", "group", [
            ("", "Tổng số nhiệm vụ được giao", "Nhiệm vụ", "task_total", []),
            ("", "Số nhiệm vụ đã hoàn thành đúng hạn", "Nhiệm vụ", "task_ontime", []),
            ("", "Số nhiệm vụ đã hoàn thành nhưng quá hạn", "Nhiệm vụ", "task_late", [])]),
        ("5", "Có sáng kiến, giải pháp mới về CCHC", YN2, "yn", []),
        ("6", "Thực hiện khen thưởng về kết quả CCHC", YN2, "yn", []),
        ("7", "Khảo sát sự hài lòng của người dân, tổ chức", "", "group", [
            ("", "Số lượng phiếu khảo sát", "Số lượng", "count", []),
            ("", "Hình thức khảo sát", "Trực tuyến = 0 Phát phiếu = 1 Kết hợp = 2", "form", []),
            ("", "Tỷ lệ hài lòng trong kỳ báo cáo", "%", "pct", [])]),
        ("8", "Việc chấp hành Chỉ thị 10 của Chủ tịch UBND tỉnh và Chỉ thị 10, Chỉ thị 26 của Thủ tướng "
              "Chính phủ về kỷ luật, kỷ cương hành chính", "Tốt = 1 Có vi phạm = 0", "yn", []),
    ]),
    ("II", "Cải cách thể chế", [
        ("1", "Số VBQPPL đã ban hành", "Văn bản", "count", [
            ("", "Số VBQPPL được ban hành đúng tiến độ", "Văn bản", "count_le", []),
            ("", "Số VBQPPL được ban hành đúng quy trình, thủ tục theo quy định", "Văn bản", "count_le", [])]),
        ("2", "Kiểm tra và tự kiểm tra, xử lý VBQPPL", "", "group", [
            ("", "Số VBQPPL tự kiểm tra theo thẩm quyền", "Văn bản", "count", []),
            ("", "Số VBQPPL phát hiện trái pháp luật", "Văn bản", "count", []),
            ("", "Số VBQPPL phát hiện trái pháp luật đã được xử lý", "Văn bản", "count_le", [])]),
        ("3", "Rà soát VBQPPL", "", "group", [
            ("", "Số VBQPPL phải rà soát", "Văn bản", "count", []),
            ("", "Số VBQPPL đã rà soát", "Văn bản", "count_le", []),
            ("", "Thực hiện công tác phổ biến giáo dục pháp luật", YN2, "yn", []),
            ("", "Số lượng văn bản đã tuyên truyền", "Văn bản", "empty", [])]),
    ]),
    ("III", "Cải cách thủ tục hành chính", [
        ("1", "Kế hoạch rà soát TTHC", YN, "yn", [
            ("", "Rút ngắn thời gian giải quyết so với quy định", "Thủ tục", "count", []),
            ("", "Giảm thành phần hồ sơ", "Thủ tục", "count", [])]),
        ("2", "Thống kê TTHC", "", "group", [
            ("", "Số TTHC được công bố mới", "Thủ tục", "count", []),
            ("", "Số TTHC đã được bãi bỏ, thay thế", "Thủ tục", "count", []),
            ("", "- Số TTHC áp dụng tại UBND cấp huyện:", "Thủ tục", "count", []),
            ("", "- Số TTHC áp dụng tại UBND cấp xã:", "Thủ tục", "count", [])]),
        ("3", "Có thực hiện niêm yết địa chỉ tiếp nhận phản ánh kiến nghị của cá nhân, tổ chức đối với TTHC "
              "thuộc thẩm quyền giải quyết", YN, "yn", [
            ("", "Số lượng ý kiến đã tiếp nhận", "Ý kiến", "count", []),
            ("", "Số lượng ý kiến đã giải quyết", "Ý kiến", "count_le", [])]),
        ("4", "Kết quả giải quyết TTHC", "", "group", [
            ("", "Số hồ sơ TTHC do UBND cấp huyện tiếp nhận", "Hồ sơ", "dossier_in", []),
            ("", "Số hồ sơ TTHC do UBND cấp huyện giải quyết và trả kết quả", "Hồ sơ", "dossier_done", []),
            ("", "Số hồ sơ TTHC do UBND cấp huyện tiếp nhận được giải quyết đúng hạn", "Hồ sơ", "dossier_ontime", []),
            ("", "Tỷ lệ hồ sơ giải quyết đúng hạn", "%", "dossier_pct", [])]),
    ]),
    ("IV", "Cải cách tổ chức bộ máy hành chính nhà nước", [
        ("1", "Cơ cấu tổ chức bộ máy", "", "group", [
            ("", "Số phòng ban chuyên môn thuộc UBND cấp huyện", "Cơ quan, đơn vị", "count", []),
            ("", "Số đơn vị SNCL thuộc UBND cấp huyện", "Cơ quan, đơn vị", "count", []),
            ("", "Số lượng đơn vị SNCL đã cắt giảm trong năm", "Cơ quan, đơn vị", "count", [])]),
        ("2", "Số liệu về biên chế công chức", "", "group", [
            ("", "Tổng số biên chế được giao trong năm", "Người", "staff_quota", []),
            ("", "Tổng số biên chế có mặt tại thời điểm báo cáo", "Người", "staff_present", []),
            ("", "Số hợp đồng lao động làm việc tại cơ quan hành chính nhà nước", "Người", "count", []),
            ("", "Số biên chế đã tinh giản trong kỳ báo cáo", "Người", "count", [])]),
        ("3", "Số người làm việc hưởng lương từ NSNN tại các đơn vị sự nghiệp công lập", "", "group", [
            ("", "Tổng số người làm việc được giao", "Người", "big", []),
            ("", "Tổng số người làm việc có mặt", "Người", "big", []),
            ("", "Tỷ lệ % đã tinh giản so với kế hoạch năm", "%", "pct", [])]),
        ("4", "Hoạt động thanh tra", "", "group", [
            ("", "Số đơn vị thuộc và trực thuộc đã thanh tra", "Cơ quan, đơn vị", "count", []),
            ("", "Số vấn đề phát hiện qua thanh tra", "Vấn đề", "count", []),
            ("", "Số vấn đề phát hiện đã xử lý xong", "Vấn đề", "count_le", [])]),
    ]),
    ("V", "Cải cách chế độ công vụ", [
        ("1", "Vị trí việc làm của công chức, viên chức", "", "group", [
            ("", "Cơ quan, đơn vị đã được phê duyệt vị trí việc làm theo quy định", YN, "yn", []),
            ("", "Cơ quan, đơn vị đã thực hiện rà soát, hoàn chỉnh bản mô tả vị trí việc làm, khung năng lực "
                 "công chức, viên chức theo chức năng, nhiệm vụ hiện hành và gửi về Sở Nội vụ", YN, "yn", [])]),
        ("2", "Tuyển dụng công chức, viên chức", "", "group", [
            ("", "Số công chức được tuyển dụng (thi tuyển, xét tuyển)", "Người", "count", []),
            ("", "Số viên chức được tuyển dụng (thi tuyển, xét tuyển).", "Người", "empty", [])]),
        ("3", "Công tác đào tạo, bồi dưỡng", "", "group", [
            ("", "Số người được đào tạo, bồi dưỡng theo Kế hoạch", "Người", "train_plan", []),
            ("", "Số người đã được đào tạo, bồi dưỡng thực tế", "Người", "train_done", [])]),
        ("4", "Số liệu về xử lý kỷ luật cán bộ, công chức, viên chức (cả về Đảng và chính quyền).", "", "group", [
            ("", "Số lãnh đạo cấp phòng và tương đương bị kỷ luật.", "Người", "count", []),
            ("", "Số người làm việc tại các đơn vị SNCL bị kỷ luật.", "Người", "count", [])]),
    ]),
    ("VI", "Cải cách tài chính công", [
        ("1", "Thực hiện cơ chế tự chủ theo quy định", YN, "yn", []),
        ("2", "Số tổ chức hành chính thực hiện cơ chế tự chủ, tự chịu trách nhiệm về quản lý kinh phí "
              "hành chính", "Cơ quan, đơn vị", "count", []),
        ("3", "Số lượng đơn vị sự nghiệp công lập (SNCL) thực hiện cơ chế tự chủ", "Cơ quan, đơn vị", "count", [
            ("", "Số đơn vị SNCL đã thực hiện tự chủ 100% chi thường xuyên (lũy kế đến thời điểm báo cáo)",
             "Cơ quan, đơn vị", "count", []),
            ("", "Số đơn vị SNCL đã thực hiện tự chủ một phần chi thường xuyên (lũy kế đến thời điểm báo cáo)",
             "Cơ quan, đơn vị", "count", [])]),
    ]),
    ("VII", "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số", [
        ("1", "Ban hành kế hoạch phát triển chính quyền số, ứng dụng CNTT", YN2, "yn", []),
        ("2", "Bố trí công chức, viên chức chuyên trách CNTT", "Người", "count", []),
        ("3", "Số liệu về trao đổi văn bản điện tử", "", "group", [
            ("", "Tổng số văn bản đi", "Văn bản", "docs_out", []),
            ("", "- Số lượng văn bản được gửi hoàn toàn dưới dạng điện tử (Sử dụng chữ ký số, chứng thư số "
                 "và gửi trên môi trường điện tử)", "Văn bản", "docs_e", []),
            ("", "- Số lượng văn bản được gửi hoàn toàn dưới dạng điện tử và song song với văn bản giấy",
             "Văn bản", "docs_both", [])]),
        ("4", "Dịch vụ công trực tuyến", "", "group", [
            ("", "- Tổng số TTHC đủ điều kiện cung cấp trực tuyến toàn trình", "TTHC", "count", []),
            ("", "- Số TTHC đang cung cấp trực tuyến toàn trình có phát sinh hồ sơ nộp trực tuyến", "TTHC",
             "count", []),
            ("", "Tỷ lệ hồ sơ TTHC được tiếp nhận trực tuyến", "%", "pct2", [])]),
        ("5", "Áp dụng ISO trong hoạt động", "", "group", [
            ("", "Số lượng đơn vị thuộc, trực thuộc thực hiện công bố, công bố lại ISO", YN, "yn", []),
            ("", "Số lượng đơn vị thuộc, trực thuộc thực hiện đánh giá nội bộ", YN, "yn", []),
            ("", "Số UBND cấp xã thực hiện công bố, công bố lại ISO", "Cơ quan, đơn vị", "count", [])]),
    ]),
]


def vn_int(v: int) -> str:
    """1234567 → '1.234.567'."""
    return f"{v:,}".replace(",", ".")


def vn_dec(v: float, nd: int = 2) -> str:
    s = f"{v:.{nd}f}".rstrip("0").rstrip(".")
    return s.replace(".", ",")


@dataclass
class Row:
    code: str
    label: str
    unit: str
    value: str  # as printed ('' for none)
    note: str
    kind: str  # section, group, data
    number: float | None = None  # the numeric value (for XLSX cells)


def appendix_rows(rng: random.Random, group: str, year: int) -> list[Row]:
    """The unit's statistics appendix: sections with a random subset of 20–60 indicator rows."""
    big = group == "district"
    scale = 3.0 if big else 1.0
    plan_total = rng.randint(12, 40)
    plan_done = rng.randint(plan_total * 2 // 3, plan_total)
    task_total = rng.randint(5, 30)
    task_ontime = rng.randint(task_total // 2, task_total)
    d_in = rng.randint(800, 20000) if big else rng.randint(50, 6000)
    d_done = d_in - rng.randint(0, d_in // 50)
    d_ontime = d_done - rng.randint(0, d_done // 40)
    quota = rng.randint(20, 120)
    train_plan = rng.randint(20, 300)
    train_done = rng.randint(train_plan // 2, train_plan * 2)
    docs_e = rng.randint(800, 15000)
    docs_both = rng.randint(0, 4000)
    state: dict[str, int] = {"yn_note": 0, "last": 0}

    def value(kind: str) -> tuple[str, float | None, str]:
        note = ""
        if kind == "group":
            return "", None, ""
        if kind == "empty" or rng.random() < 0.06:
            state["last"] = 0
            return "", None, ""
        if kind == "plan_pct":
            p = round(plan_done / plan_total * 100, 2)
            return vn_dec(p), p, f"Kế hoạch số {rng.randint(1, 99):02d}/KH-UBND ngày {rng.randint(1, 28)}/01/{year}"
        if kind == "plan_total":
            return str(plan_total), plan_total, ""
        if kind == "plan_done":
            return str(plan_done), plan_done, ""
        if kind == "task_total":
            return str(task_total), task_total, ""
        if kind == "task_ontime":
            return str(task_ontime), task_ontime, ""
        if kind == "task_late":
            return str(task_total - task_ontime), task_total - task_ontime, ""
        if kind == "dossier_in":
            return vn_int(d_in), d_in, ""
        if kind == "dossier_done":
            left = d_in - d_done
            return vn_int(d_done), d_done, (f"còn {left} hồ sơ đang giải quyết" if left else "")
        if kind == "dossier_ontime":
            return vn_int(d_ontime), d_ontime, ""
        if kind == "dossier_pct":
            p = round(d_ontime / d_done * 100, 2)
            return vn_dec(p) + "%", p, ""
        if kind == "staff_quota":
            return str(quota), quota, ""
        if kind == "staff_present":
            v = quota - rng.randint(0, 6)
            return str(v), v, ""
        if kind == "train_plan":
            return str(train_plan), train_plan, ""
        if kind == "train_done":
            return str(train_done), train_done, f"Đạt {vn_dec(train_done / train_plan * 100)}%"
        if kind == "docs_out":
            return vn_int(docs_e + docs_both), docs_e + docs_both, ""
        if kind == "docs_e":
            return vn_int(docs_e), docs_e, ""
        if kind == "docs_both":
            return vn_int(docs_both), docs_both, ""
        if kind == "big":
            v = int(rng.randint(40, 600) * scale)
            return vn_int(v), v, ""
        if kind == "count":
            v = int(rng.choice([0, 0, 1, 2, 3, 5, 8, 12, 20, 45]) * (scale if rng.random() < 0.5 else 1))
            state["last"] = v
            return str(v), v, ""
        if kind == "count_le":  # a part of the row above (handled ≤ found, reviewed ≤ to review)
            top = int(state.get("last", 0))
            v = rng.randint(max(0, top * 2 // 3), top) if top else 0
            state["last"] = v
            return str(v), v, ""
        if kind == "pct":
            p = rng.choice([100.0, 100.0, round(rng.uniform(60, 100), 2), round(rng.uniform(80, 160), 2)])
            return (vn_dec(p) + "%" if rng.random() < 0.4 else vn_dec(p)), p, ""
        if kind == "pct2":
            p = round(rng.uniform(40, 100), 2)
            return vn_dec(p) + "%", p, ""
        if kind == "yn":
            v = 1 if rng.random() < 0.85 else 0
            state["yn_note"] += 1
            if v and state["yn_note"] % 3 == 0:
                day, month = rng.randint(1, 28), rng.randint(1, 12)
                note = f"Kế hoạch số {rng.randint(1, 150)}/KH-UBND ngày {day}/{month}/{year}"
            return str(v), v, note
        if kind == "form":
            v = rng.choice([0, 1, 2])
            return str(v), v, ""
        if kind == "text":
            v = rng.randint(3, 60)
            return f"{v} bài viết", v, ""
        raise ValueError(kind)

    # choose the rows: every section, then items until the target count
    target = rng.randint(20, 60)
    items = [(si, ii) for si, (_, _, its) in enumerate(SECTIONS) for ii in range(len(its))]
    n_all = sum(1 + len(it[4]) for _, _, its in SECTIONS for it in its)
    keep_p = min(1.0, target / n_all + 0.05)
    chosen = {x for x in items if rng.random() < keep_p}
    rows: list[Row] = []
    for si, (roman, title, its) in enumerate(SECTIONS):
        rows.append(Row(roman, title, "", "", "", "section"))
        for ii, (code, label, unit, kind, children) in enumerate(its):
            if (si, ii) not in chosen:
                continue
            v, num, note = value(kind)
            rows.append(Row(code, label, unit, v, note, "group" if kind == "group" else "data", num))
            for _c, clabel, cunit, ckind, _ in children:
                if kind == "group" or rng.random() < 0.9:
                    cv, cnum, cnote = value(ckind)
                    rows.append(Row("", clabel, cunit, cv, cnote, "data", cnum))
    # renumber within sections (the items skipped leave no gaps)
    n = 0
    for r in rows:
        if r.kind == "section":
            n = 0
        elif r.code:
            n += 1
            r.code = str(n)
    # drop empty sections' trailing groups without children is harmless; keep as printed
    return rows


NAMES = ["Trần Văn Trí", "Nguyễn Thị Thu Hà", "Lê Hoàng Minh", "Phạm Thanh Tùng", "Huỳnh Ngọc Bích",
         "Võ Minh Khoa", "Đặng Thị Kim Ngân", "Lâm Quốc Bảo", "Thạch Sô Phia", "Sơn Thị Sa Rết",
         "Trương Xuân Anh Khoa", "Nguyễn Bá Khang", "Dương Thị Mỹ Linh", "Lý Văn Hậu"]
CONTACT_ROLES = ["Lãnh đạo phụ trách cải cách hành chính", "Công chức phụ trách tham mưu cải cách hành chính",
                 "Công chức phụ trách Bộ phận một cửa", "Nhân viên phụ trách tham mưu CNTT"]
POSITIONS = ["Giám đốc", "Phó Giám đốc", "Chánh Văn phòng", "Trưởng phòng", "Chuyên viên", "Phó Chủ tịch UBND"]


def contact_rows(rng: random.Random) -> list[list[str]]:
    rows = []
    for i, role in enumerate(CONTACT_ROLES, 1):
        name = rng.choice(NAMES)
        mail = slug(name).replace("-", "") + "@soctrang.gov.vn"
        contact = mail if rng.random() < 0.7 else f"0299.38{rng.randint(10, 99)}.{rng.randint(100, 999)}"
        rows.append([str(i), role, name, rng.choice(POSITIONS), contact])
    return rows


PARAGRAPHS = [
    "Thực hiện Kế hoạch số {k}/KH-UBND ngày {d}/12/{py} của Ủy ban nhân dân tỉnh Sóc Trăng về việc thực hiện "
    "cải cách hành chính năm {y}, {u} báo cáo kết quả thực hiện như sau:",
    "I. TÌNH HÌNH BAN HÀNH VÀ TRIỂN KHAI CÁC VĂN BẢN CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH",
    "Tại Kế hoạch thực hiện cải cách hành chính năm {y}, đơn vị đã đề ra {t} nhiệm vụ, có phân công cụ thể cho "
    "các phòng chuyên môn. Đến nay đã thực hiện {dn}/{t} nhiệm vụ đạt {p}%.",
    "Công tác tuyên truyền: đã đăng {a} bài viết về công tác cải cách hành chính trên Trang thông tin điện tử "
    "của đơn vị và gửi {b} bài viết được duyệt đăng trên Trang Cải cách hành chính tỉnh.",
    "II. KẾT QUẢ THỰC HIỆN CÁC NHIỆM VỤ CẢI CÁCH HÀNH CHÍNH",
    "Kết quả cụ thể theo các lĩnh vực được thống kê tại Phụ lục kèm theo Báo cáo này.",
    "III. PHƯƠNG HƯỚNG TRONG THỜI GIAN TỚI",
    "Tiếp tục đẩy mạnh công tác tuyên truyền CCHC; nâng cao chất lượng giải quyết thủ tục hành chính; "
    "đẩy nhanh ứng dụng công nghệ thông tin và chuyển đổi số trong hoạt động của cơ quan.",
]


@dataclass
class Report:
    unit: str
    group: str
    year: int
    number: str  # Số: 638/BC-UBND
    date: str
    parent: str
    unit_line: str
    paragraphs: list[str]
    rows: list[Row]
    contacts: list[list[str]]

    @property
    def title(self) -> str:
        return f"Kết quả thực hiện công tác cải cách hành chính năm {self.year}"


def make_report(rng: random.Random, unit: str, group: str, year: int) -> Report:
    parent, unit_line, code = unit_header(unit, group)
    rows = appendix_rows(rng, group, year)
    t = rng.randint(15, 40)
    dn = rng.randint(t * 2 // 3, t)
    paras = [p.format(k=rng.randint(100, 250), d=rng.randint(10, 28), py=year - 1, y=year, u=unit, t=t, dn=dn,
                      p=vn_dec(round(dn / t * 100, 2)), a=rng.randint(5, 40), b=rng.randint(1, 12))
             for p in PARAGRAPHS]
    return Report(unit, group, year, f"Số: {rng.randint(1, 700)}/{code}",
                  f"Sóc Trăng, ngày {rng.randint(1, 28)} tháng 12 năm {year}", parent, unit_line, paras, rows,
                  contact_rows(rng))


HEADER = ["TT", "TÊN CHỈ TIÊU", "ĐƠN VỊ TÍNH", "Số lượng/ tỷ lệ", "Ghi chú"]
CONTACT_HEADER = ["STT", "Nội dung", "Họ tên", "Chức vụ", "Email/điện thoại"]


# ------------------------------------------------------------------ writers
def _pin_zip(path: Path) -> None:
    """Rewrite an OOXML package with fixed member dates and document dates (byte-reproducible)."""
    with zipfile.ZipFile(path) as z:
        members = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in members:
            if name == "docProps/core.xml":
                data = re.sub(rb"(<dcterms:(created|modified)[^>]*>)[^<]*", rb"\g<1>2024-12-31T08:00:00Z", data)
            zi = zipfile.ZipInfo(name, FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data)
    path.write_bytes(buf.getvalue())


def write_docx(rep: Report, path: Path, rng: random.Random) -> None:
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    style = doc.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(13)
    # letterhead: the usual borderless two-column table, or plain paragraphs
    if rng.random() < 0.5:
        head = doc.add_table(rows=2, cols=2)
        head.cell(0, 0).text = f"{rep.parent}\n{rep.unit_line}".strip()
        head.cell(0, 1).text = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
        head.cell(1, 0).text = rep.number
        head.cell(1, 1).text = rep.date
    else:
        for line in (rep.parent, rep.unit_line, rep.number, rep.date):
            if line:
                doc.add_paragraph(line)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run("BÁO CÁO").bold = True
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    p.add_run(rep.title).bold = True
    doc.add_paragraph("Kính gửi: Sở Nội vụ tỉnh Sóc Trăng").alignment = WD_ALIGN_PARAGRAPH.CENTER
    for para in rep.paragraphs:
        doc.add_paragraph(para)
    doc.add_paragraph("Thông tin liên hệ:")
    ct = doc.add_table(rows=1, cols=len(CONTACT_HEADER))
    ct.style = "Table Grid"
    for i, h in enumerate(CONTACT_HEADER):
        ct.rows[0].cells[i].text = h
    for r in rep.contacts:
        cells = ct.add_row().cells
        for i, v in enumerate(r):
            cells[i].text = v
    doc.add_page_break()
    for line in ("PHỤ LỤC", "THỐNG KÊ SỐ LIỆU VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH",
                 f"NĂM {rep.year}"):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True
    doc.add_paragraph(f"(Kèm theo Báo cáo {rep.number.replace('Số: ', 'số ')} của {rep.unit})").alignment = (
        WD_ALIGN_PARAGRAPH.CENTER)
    t = doc.add_table(rows=1, cols=len(HEADER))
    t.style = "Table Grid"
    for i, h in enumerate(HEADER):
        t.rows[0].cells[i].text = h
        t.rows[0].cells[i].paragraphs[0].runs[0].bold = True
    for r in rep.rows:
        cells = t.add_row().cells
        if r.kind == "section" and rng.random() < 0.3:  # some writers merge the section title over the row
            cells[0].text = r.code
            m = cells[1].merge(cells[4])
            m.text = r.label
            m.paragraphs[0].runs[0].bold = True
            continue
        for i, v in enumerate([r.code, r.label, r.unit, r.value, r.note]):
            cells[i].text = v
        if r.kind != "data":
            for c in cells[:2]:
                for run in c.paragraphs[0].runs:
                    run.bold = True
    doc.save(str(path))
    _pin_zip(path)


_FONTS_OK: list[str] | None = None


def _fonts() -> list[str]:
    """Register a Unicode serif font with reportlab: (regular, bold) names."""
    global _FONTS_OK
    if _FONTS_OK is None:
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont

        for d in FONT_DIRS:
            for reg, bold in (("LiberationSerif-Regular.ttf", "LiberationSerif-Bold.ttf"),
                              ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf")):
                if (d / reg).exists() and (d / bold).exists():
                    pdfmetrics.registerFont(TTFont("BenchSerif", str(d / reg)))
                    pdfmetrics.registerFont(TTFont("BenchSerif-Bold", str(d / bold)))
                    _FONTS_OK = ["BenchSerif", "BenchSerif-Bold"]
                    return _FONTS_OK
        raise SystemExit("make_batch: no Unicode TTF font found (install fonts-liberation2 or fonts-dejavu-core)")
    return _FONTS_OK


def _pdf_story(rep: Report, *, appendix_only: bool = False) -> list:
    from reportlab.lib import colors
    from reportlab.lib.enums import TA_CENTER
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table, TableStyle

    reg, bold = _fonts()
    body = ParagraphStyle("b", fontName=reg, fontSize=11, leading=14, spaceAfter=4)
    center = ParagraphStyle("c", parent=body, alignment=TA_CENTER)
    centerb = ParagraphStyle("cb", parent=center, fontName=bold)
    cell = ParagraphStyle("t", fontName=reg, fontSize=9, leading=11)
    cellb = ParagraphStyle("tb", parent=cell, fontName=bold)

    def esc(s: str) -> str:
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

    story: list = []
    if not appendix_only:
        letterhead = "<br/>".join(esc(x) for x in (rep.parent, rep.unit_line) if x)
        head = Table([[Paragraph(letterhead, centerb),
                       Paragraph("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM<br/>Độc lập - Tự do - Hạnh phúc", centerb)],
                      [Paragraph(esc(rep.number), center), Paragraph(esc(rep.date), center)]],
                     colWidths=[75 * mm, 95 * mm])
        story += [head, Spacer(1, 6 * mm), Paragraph("BÁO CÁO", centerb), Paragraph(esc(rep.title), centerb),
                  Paragraph("Kính gửi: Sở Nội vụ tỉnh Sóc Trăng", center), Spacer(1, 4 * mm)]
        story += [Paragraph(esc(p), body) for p in rep.paragraphs]
        story.append(Paragraph("Thông tin liên hệ:", body))
        ct = Table([[Paragraph(h, cellb) for h in CONTACT_HEADER]]
                   + [[Paragraph(esc(v), cell) for v in r] for r in rep.contacts],
                   colWidths=[10 * mm, 50 * mm, 35 * mm, 30 * mm, 45 * mm], repeatRows=1)
        ct.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]))
        story += [ct, PageBreak()]
    story += [Paragraph("PHỤ LỤC", centerb),
              Paragraph("THỐNG KÊ SỐ LIỆU VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH", centerb),
              Paragraph(f"NĂM {rep.year}", centerb),
              Paragraph(esc(f"(Kèm theo Báo cáo {rep.number.replace('Số: ', 'số ')} của {rep.unit})"), center),
              Spacer(1, 3 * mm)]
    data = [[Paragraph(h, cellb) for h in HEADER]]
    style = [("GRID", (0, 0), (-1, -1), 0.5, colors.black), ("VALIGN", (0, 0), (-1, -1), "TOP")]
    for i, r in enumerate(rep.rows, 1):
        st = cellb if r.kind != "data" else cell
        data.append([Paragraph(esc(r.code), st), Paragraph(esc(r.label), st), Paragraph(esc(r.unit), cell),
                     Paragraph(esc(r.value), cell), Paragraph(esc(r.note), cell)])
        if r.kind == "section":
            style.append(("BACKGROUND", (0, i), (-1, i), colors.Color(0.92, 0.92, 0.92)))
    t = Table(data, colWidths=[10 * mm, 80 * mm, 28 * mm, 22 * mm, 38 * mm], repeatRows=1)
    t.setStyle(TableStyle(style))
    story.append(t)
    return story


def write_pdf(rep: Report, path: Path, *, appendix_only: bool = False) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.units import mm
    from reportlab.platypus import SimpleDocTemplate

    doc = SimpleDocTemplate(str(path), pagesize=A4, leftMargin=18 * mm, rightMargin=15 * mm, topMargin=15 * mm,
                            bottomMargin=15 * mm, invariant=1, title=rep.title, author=rep.unit)
    doc.build(_pdf_story(rep, appendix_only=appendix_only))


def write_xlsx(rep: Report, path: Path, rng: random.Random) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Border, Font, Side

    wb = Workbook()
    ws = wb.active
    ws.title = "Phu luc"
    thin = Side(style="thin")
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    ws.append([f"THỐNG KÊ SỐ LIỆU VÀ KẾT QUẢ THỰC HIỆN CÔNG TÁC CẢI CÁCH HÀNH CHÍNH NĂM {rep.year}"])
    ws.merge_cells("A1:E1")
    ws.append([f"(Kèm theo Báo cáo {rep.number.replace('Số: ', 'số ')} của {rep.unit})"])
    ws.merge_cells("A2:E2")
    ws.append([])
    ws.append(["TT", "TÊN CHỈ TIÊU", f"Kết quả thực hiện năm {rep.year}", None, "Ghi chú"])
    ws.append([None, None, "ĐƠN VỊ TÍNH", "Số lượng/ tỷ lệ", None])
    for rng_ in ("A4:A5", "B4:B5", "C4:D4", "E4:E5"):
        ws.merge_cells(rng_)
    for row in ws.iter_rows(min_row=1, max_row=5):
        for c in row:
            c.font = Font(bold=True)
            c.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
    as_text = rng.random() < 0.3  # some offices type every number as text
    for r in rep.rows:
        v: object = r.value
        if not as_text and r.number is not None and r.value and not r.value.endswith("bài viết"):
            if r.value.endswith("%") and rng.random() < 0.5:
                v = r.number / 100  # a real percentage cell
            else:
                v = r.number
        ws.append([r.code or None, r.label, r.unit or None, v if v != "" else None, r.note or None])
        last = ws.max_row
        if isinstance(v, float) and r.value.endswith("%"):
            ws.cell(last, 4).number_format = "0.00%"
        if r.kind != "data":
            ws.cell(last, 1).font = ws.cell(last, 2).font = Font(bold=True)
    for row in ws.iter_rows(min_row=4, max_row=ws.max_row, max_col=5):
        for c in row:
            c.border = box
    for col, w in zip("ABCDE", (6, 60, 16, 14, 30), strict=True):
        ws.column_dimensions[col].width = w
    wb.save(str(path))
    _pin_zip(path)


def write_scan(rep: Report, path: Path, rng: random.Random, work: Path) -> None:
    """The appendix page printed and scanned at 200 dpi: grey, slightly rotated, speckled."""
    from PIL import Image, ImageFilter

    pdf = work / (path.stem + ".src.pdf")
    rows = rep.rows[:22]
    write_pdf(Report(**{**asdict(rep), "rows": rows}), pdf, appendix_only=True)
    prefix = work / (path.stem + ".page")
    subprocess.run(["pdftoppm", "-r", "200", "-f", "1", "-l", "1", "-gray", "-png", str(pdf), str(prefix)],
                   check=True, capture_output=True, timeout=120)
    png = next(work.glob(path.stem + ".page*.png"))
    img = Image.open(png).convert("L")
    img = img.rotate(rng.uniform(-0.8, 0.8), resample=Image.BICUBIC, expand=False, fillcolor=255)
    px = img.load()
    w, h = img.size
    for _ in range(w * h // 400):  # dust
        x, y = rng.randrange(w), rng.randrange(h)
        px[x, y] = rng.randint(0, 120)
    img = img.filter(ImageFilter.GaussianBlur(0.5))
    img = img.point(lambda v: min(255, int(v * 0.94 + 10)))  # a grey paper tone
    suffix = path.suffix.lower()
    if suffix == ".jpg":
        img.save(path, "JPEG", quality=80, dpi=(200, 200))
    elif suffix == ".pdf":
        img.save(path, "PDF", resolution=200.0)
        data = path.read_bytes()  # Pillow writes the current date: pin it (same length)
        data = re.sub(rb"D:\d{14}[^)]*", lambda m: b"D:20241231080000" + b" " * (len(m.group(0)) - 16), data)
        path.write_bytes(data)
    else:
        img.save(path, "PNG", dpi=(200, 200))


def _libreoffice(docxs: list[Path], outdir: Path) -> list[Path]:
    """Convert DOCX files to PDF in one soffice call; the PDFs that were made."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice or not docxs:
        return []
    with tempfile.TemporaryDirectory(prefix="parx-bench-lo-") as prof:
        try:
            subprocess.run([soffice, f"-env:UserInstallation=file://{prof}", "--headless", "--convert-to", "pdf",
                            "--outdir", str(outdir), *map(str, docxs)],
                           check=False, capture_output=True, timeout=300)
        except (subprocess.TimeoutExpired, OSError):
            return []
    made = []
    for d in docxs:
        pdf = outdir / (d.stem + ".pdf")
        if pdf.exists() and pdf.stat().st_size > 0:
            data = pdf.read_bytes()  # pin the dates and the ID (same length: offsets stay valid)
            data = re.sub(rb"D:\d{14}[^)]*", lambda m: b"D:20241231080000" + b" " * (len(m.group(0)) - 16), data)
            data = re.sub(rb"<[0-9A-Fa-f]{32}>", b"<" + b"0" * 32 + b">", data)
            data = re.sub(rb"/DocChecksum /[0-9A-Fa-f]{32}", b"/DocChecksum /" + b"0" * 32, data)
            pdf.write_bytes(data)
            made.append(pdf)
    return made


# ------------------------------------------------------------------ corrupt files
CORRUPT_KINDS = ["truncated-pdf", "truncated-docx", "empty-pdf", "png-as-pdf", "zip-as-xlsx", "empty-docx",
                 "truncated-xlsx", "no-document-part-docx", "garbage-pdf", "empty-xlsx", "pdf-as-docx",
                 "header-only-pdf"]


def write_corrupt(kind: str, rep: Report, path: Path, rng: random.Random, work: Path) -> str:
    """Write one broken file; the suffix of ``path`` is replaced to fit ``kind``.  Returns its final name."""
    ext = {"pdf": ".pdf", "docx": ".docx", "xlsx": ".xlsx"}[kind.rsplit("-", 1)[-1]]
    path = path.with_suffix(ext)
    if kind.startswith("empty"):
        path.write_bytes(b"")
    elif kind == "truncated-pdf":
        src = work / "src.pdf"
        write_pdf(rep, src)
        data = src.read_bytes()
        path.write_bytes(data[: int(len(data) * rng.uniform(0.3, 0.6))])
    elif kind == "truncated-docx":
        src = work / "src.docx"
        write_docx(rep, src, rng)
        data = src.read_bytes()
        path.write_bytes(data[: int(len(data) * rng.uniform(0.3, 0.6))])
    elif kind == "truncated-xlsx":
        src = work / "src.xlsx"
        write_xlsx(rep, src, rng)
        data = src.read_bytes()
        path.write_bytes(data[: int(len(data) * 0.5)])
    elif kind == "png-as-pdf":
        from PIL import Image

        buf = io.BytesIO()
        Image.new("L", (400, 300), 255).save(buf, "PNG")
        path.write_bytes(buf.getvalue())
    elif kind == "zip-as-xlsx":  # the submission zipped and sent under the workbook's name
        src = work / "src.pdf"
        write_pdf(rep, src)
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
            zi = zipfile.ZipInfo("bao-cao-cchc.pdf", FIXED_ZIP_DATE)
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, src.read_bytes())
        path.write_bytes(buf.getvalue())
    elif kind == "no-document-part-docx":
        src = work / "src.docx"
        write_docx(rep, src, rng)
        buf = io.BytesIO()
        with zipfile.ZipFile(src) as zin, zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zout:
            for i in zin.infolist():
                if i.filename != "word/document.xml":
                    zi = zipfile.ZipInfo(i.filename, FIXED_ZIP_DATE)
                    zi.compress_type = zipfile.ZIP_DEFLATED
                    zout.writestr(zi, zin.read(i.filename))
        path.write_bytes(buf.getvalue())
    elif kind == "garbage-pdf":
        path.write_bytes(bytes(rng.randrange(256) for _ in range(4096)))
    elif kind == "pdf-as-docx":
        src = work / "src.pdf"
        write_pdf(rep, src)
        path.write_bytes(src.read_bytes())
    elif kind == "header-only-pdf":
        path.write_bytes(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog")
    else:
        raise ValueError(kind)
    return path.name


# ------------------------------------------------------------------ the batch
def _counts(n: int) -> dict[str, int]:
    raw = {k: n * f for k, f in MIX}
    counts = {k: int(v) for k, v in raw.items()}
    if n >= 20:
        counts["scan"] = max(1, counts["scan"])
        counts["corrupt"] = max(1, counts["corrupt"])
    for k in sorted(raw, key=lambda k: raw[k] - int(raw[k]), reverse=True):
        if sum(counts.values()) >= n:
            break
        counts[k] += 1
    while sum(counts.values()) > n:  # tiny n: take from the largest
        counts[max(counts, key=counts.get)] -= 1
    return counts


def file_name(rng: random.Random, unit: str, year: int, ext: str, idx: int) -> str:
    """Names as offices send them: slugs, Vietnamese with spaces, or a number and a code."""
    style = rng.randrange(3)
    if style == 0:
        return f"{year}/{slug(unit)}_bao-cao-cchc-{year}{ext}"
    if style == 1:
        return f"{year}/Báo cáo CCHC năm {year} - {unit}{ext}"
    return f"{year}/{idx:03d}_BC_CCHC_{slug(unit).upper().replace('-', '_')}_{year}{ext}"


def make_batch(dest: Path, n: int = 200, seed: int = 0) -> list[Entry]:
    """Write ``n`` submissions under ``dest`` (created); return the manifest (also in ``dest/.manifest.json``)."""
    dest = Path(dest)
    dest.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    units = load_units()
    pairs = [(u, g, y) for y in YEARS for (u, g) in units]
    rng.shuffle(pairs)
    counts = _counts(n)
    kinds = [k for k, c in counts.items() for _ in range(c)]
    rng.shuffle(kinds)
    n_lo = min(MAX_LIBREOFFICE, counts["pdf"] // 6) if shutil.which("soffice") else 0
    entries: list[Entry] = []
    lo_jobs: list[tuple[Path, Entry]] = []
    pdf_seen = corrupt_seen = scan_seen = 0
    with tempfile.TemporaryDirectory(prefix="parx-bench-work-") as tmp:
        work = Path(tmp)
        for idx in range(n):
            unit, group, year = pairs[idx % len(pairs)]
            if idx >= len(pairs):  # more files than unit-years: a corrected re-submission
                year = YEARS[-1]
            frng = random.Random(f"{seed}:{idx}")  # each file on its own stream: stable under edits
            rep = make_report(frng, unit, group, year)
            kind = kinds[idx]
            ext = {"docx": ".docx", "pdf": ".pdf", "xlsx": ".xlsx", "scan": ".png", "corrupt": ".pdf"}[kind]
            if kind == "scan":
                ext = [".png", ".jpg", ".pdf"][scan_seen % 3]
                scan_seen += 1
            rel = file_name(frng, unit, year, ext, idx)
            if idx >= len(pairs):
                rel = rel.replace(ext, f" (bổ sung {idx // len(pairs)}){ext}")
            path = dest / rel
            path.parent.mkdir(parents=True, exist_ok=True)
            n_rows = sum(r.kind == "data" for r in rep.rows)
            if kind == "docx":
                write_docx(rep, path, frng)
                entries.append(Entry(rel, "docx", unit, year, n_rows, "records"))
            elif kind == "pdf":
                if pdf_seen < n_lo:  # via Word → LibreOffice, converted together at the end
                    src = work / f"lo{idx:04d}.docx"
                    write_docx(rep, src, frng)
                    e = Entry(rel, "pdf-lo", unit, year, n_rows, "records")
                    lo_jobs.append((src, e, rep))
                else:
                    write_pdf(rep, path)
                    e = Entry(rel, "pdf", unit, year, n_rows, "records")
                entries.append(e)
                pdf_seen += 1
            elif kind == "xlsx":
                write_xlsx(rep, path, frng)
                entries.append(Entry(rel, "xlsx", unit, year, n_rows, "records"))
            elif kind == "scan":
                write_scan(rep, path, frng, work)
                entries.append(Entry(rel, "scan", unit, year, min(n_rows, 22), "scan",
                                     "image-only PDF" if ext == ".pdf" else f"{ext[1:].upper()} image"))
            else:
                ck = CORRUPT_KINDS[corrupt_seen % len(CORRUPT_KINDS)]
                corrupt_seen += 1
                name = write_corrupt(ck, rep, path, frng, work)
                if name != path.name:
                    rel = str(Path(rel).with_name(name))
                entries.append(Entry(rel, "corrupt", unit, year, 0, "error", ck))
        made = {p.stem: p for p in _libreoffice([s for s, _, _ in lo_jobs], work)}
        for src, e, rep in lo_jobs:
            target = dest / e.path
            if src.stem in made:
                shutil.move(str(made[src.stem]), target)
            else:  # no LibreOffice after all: the same report through reportlab
                e.kind, e.note = "pdf", "LibreOffice conversion failed; reportlab used"
                write_pdf(rep, target)
    (dest / ".manifest.json").write_text(json.dumps([asdict(e) for e in entries], ensure_ascii=False, indent=1),
                                         encoding="utf-8")
    return entries


def main() -> int:
    ap = argparse.ArgumentParser(description="Generate a batch of yearly CCHC submissions for the bulk benchmark.")
    ap.add_argument("dest", type=Path)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--seed", type=int, default=0)
    args = ap.parse_args()
    entries = make_batch(args.dest, args.n, args.seed)
    kinds: dict[str, int] = {}
    for e in entries:
        kinds[e.kind] = kinds.get(e.kind, 0) + 1
    print(f"{len(entries)} files in {args.dest}: " + ", ".join(f"{k} {v}" for k, v in sorted(kinds.items())))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
