"""extract/text.py: tables from OCR text saved as .txt and from markdown pipe tables.

The main input is an excerpt of seed 003 (tests/data/text/README.md): the three
per-unit tables of the 2021 unit-level PAR report as an earlier OCR left them.
Expected cells are the OCR text as read (number repair is a later stage), so
``1500`` stays ``1500`` and names keep their damage.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from extract.errors import ExtractError
from extract.text import extract_text
from normalize.document import classify_rows
from schemas.model import Table

DATA = Path(__file__).parent / "data" / "text"
SEED003 = DATA / "seed003_unit_tables.txt"
FULL_SEED003 = Path("/work/shared/seeds/003_b37c953919f7c195.txt")


@pytest.fixture(scope="module")
def doc():
    return extract_text(SEED003, "seed003_unit_tables.txt")


def row_named(t: Table, name: str) -> list[str]:
    hits = [r for r in t.rows if name in r]
    assert len(hits) == 1, (name, hits)
    return hits[0]


def data_rows(t: Table) -> list[list[str]]:
    classify_rows(t)
    return [r for r, k in zip(t.rows, t.row_kinds, strict=True) if k == "data"]


# ------------------------------------------------------------------------- tables found
def test_three_tables_in_order(doc):
    assert doc.method == "text"
    assert [t.width for t in doc.tables] == [4, 8, 10]
    assert [t.index for t in doc.tables] == [1, 2, 3]
    assert all(t.method == "text" for t in doc.tables)


# ------------------------------------------------------------------------------ SIPAS
def test_sipas_table_rows_and_groups(doc):
    t = doc.tables[0]
    assert len(t.rows) == 44
    assert sum(t.row_bold) == 4  # group headings are in capitals in the OCR text
    assert len(data_rows(t)) == 40
    assert t.row_kinds.count("group") == 4
    assert t.rows[0] == ["", "SO NGANH SIEAS XIS", "", ""]
    assert t.rows[20][0] == "Il"  # "II" as the OCR read it
    assert t.title == "Két qua Chi sb Sipas nim 2021 cy thé nhu sau:"


def test_sipas_cells_as_read(doc):
    t = doc.tables[0]
    assert row_named(t, "So Giao duc va Bao tao") == ["1", "So Giao duc va Bao tao", "100", "15,00"]
    assert row_named(t, "S Cong Thuong")[2:] == ["99,71", "14,96"]
    assert row_named(t, "UBND huyén Thanh Tri") == ["11", "UBND huyén Thanh Tri", "74,18", "11,13"]
    # a name ending in a number keeps it: the table has two number columns
    assert row_named(t, "Ban Quan ly Dy an 1") == ["", "Ban Quan ly Dy an 1", "100,00", "15,00"]
    assert row_named(t, "Ban Quan ly Dy an 2")[2:] == ["100,00", "15,00"]


def test_sipas_stitched_over_the_page_break(doc):
    t = doc.tables[0]
    assert t.pages == [1, 2]
    assert t.header == [["STT", "Pon vi", 'Chi sé Sipas gr‘l‘lys‘g"(‘:g‘gg', 'Chi sé Sipas gr‘l‘lys‘g"(‘:g‘gg']]
    names = [r[1] for r in t.rows]
    # the header printed again on the next page is dropped, the rows go on
    assert not any("Sipas" in n or n.startswith("STT") for n in names)
    assert names.index("Truong Cao diang Nghé Soc Tring") == names.index("Ban Quan ly Dy an 2") + 1
    # the heading after the table is not a row
    assert not any("KET QUA" in n for n in names)


# -------------------------------------------------------------------------- PAR table
def test_par_table_row_values(doc):
    t = doc.tables[1]
    assert row_named(t, "Thi xd Ngi Nam") == [
        "1",
        "Thi xd Ngi Nam",
        "93,25",
        "49,62",
        "16,57",
        "1500",
        "81,19",
        "87,07%",
    ]
    assert row_named(t, "S& Ké hoach va Pau tu")[2:] == ["9350", "47,16", "18738", "1500", "8054", "86,13%"]
    assert row_named(t, "Huyén My TU")[2:] == ["93,75", "41,00", "1539", "13,91", "70,30", "74,99%"]
    assert row_named(t, "Cong an tinh") == ["", "Cong an tinh", "101,00", "55,76", "19,88", "15,68", "91,32", "90,42%"]
    assert t.cell_confidence is None  # every row has all six numbers: no column is a guess


def test_par_table_units_and_groups(doc):
    t = doc.tables[1]
    assert len(t.rows) == 44
    assert len(data_rows(t)) == 40
    assert t.row_kinds.count("group") == 4
    groups = [r[:2] for r, k in zip(t.rows, t.row_kinds, strict=True) if k == "group"]
    assert groups[0] == ["I", "SO NGANH"]
    # a group name wrapped above its numbers joins them
    assert groups[1][1] == "PON VI SU NGHIEP . 2ONG L AP TNt"
    assert groups[3] == ["IV", "UBND CAP HUYEN"]


def test_par_table_wrapped_names(doc):
    t = doc.tables[1]
    names = [r[1] for r in t.rows]
    assert "Ban Quanly cac khu cong nghiép" in names  # "nghiép" on the next line
    assert "S0 Van hoa, Thé thao va Du lich" in names  # after "… va": continues the row above
    assert "59 Thong tinva Truyen thong" in names  # lower-case word: continues the row above
    assert "9 Lao dong, Thuong binh va Xa hoi" in names
    assert "Truong Cao dang Nghe Soc Trang" in names
    assert "Truong Cao dang Cong dong Soc Trang" in names
    # "an hang Nha nuoc Chi" is the first line of the cell read twice: dropped, and said so
    assert "Nean hang Nha nuéc Chi nhanh tinh Séc¢ Trang" in names
    assert any(f.fix == "drop_repeated_ocr_line" and f.before == "an hang Nha nuoc Chi" for f in t.fixes)


def test_par_table_header_and_pages(doc):
    t = doc.tables[1]
    assert t.pages == [3, 4, 5]
    assert t.header[-1] == ["1", "2", "3", "4", "5", "6", "T=(4)+(5)+(©)", "8"]  # the column-number row
    assert all(h[0] == "STT" and h[1] == "Don vi" for h in t.header[:-1])
    assert any("Khao" in h[2] for h in t.header)
    # garbled header lines with a number at the end are header, not rows
    assert not any("sipas" in r[1].lower() or "2021" in r for r in t.rows)
    assert "cu thé nhu sau:" in (t.title or "")


# -------------------------------------------------------------------- per-field table
def test_field_table(doc):
    t = doc.tables[2]
    assert len(t.rows) == 44
    assert len(data_rows(t)) == 40
    assert row_named(t, "Thi x38 Ngd Nam")[2:] == ["12,65", "4,50", "6,00", "4,54", "382", "3,50", "11,24", "34,95"]
    assert row_named(t, "S¢ Xay dung")[2:] == ["10,65", "5,00", "5,85", "4,50", "346", "550", "12,04", "35,09"]
    assert t.title == "2. Két qua dat dugc theo tirng linh vue ciia Chi s6 CCHC"


def test_field_table_row_split_by_page_break(doc):
    t = doc.tables[2]
    # "2 | Truong Cao ding 16,83 …" ends a page; "Nghé Soc Tring 8,13" follows the repeated header
    r = row_named(t, "Truong Cao ding Nghé Soc Tring")
    assert r[0] == "2" and r[-1] == "33,77" and "8,13" in r
    i = t.rows.index(r)
    assert t.cell_confidence is not None and t.cell_confidence[i][2] == 0.5  # its columns are a guess
    names = [x[1] for x in t.rows]
    assert "S¢ Ké hoach va bau" in names  # name above a row that has only numbers
    assert "Ngan hang Nha nudc Chi nhanh tinh Séc Trang" in names  # three-line name around the numbers
    assert "Trudng Cao ding Cong ddng Séc Trang '" in names


def test_narrative_text_kept(doc):
    texts = [b.text for b in doc.text]
    assert "Két qua Chi sb Sipas nim 2021 cy thé nhu sau:" in texts
    assert any(t.startswith("Trong 04 nhom tham gia") for t in texts)
    assert "I11. KET QUA CHI SO CAl CACH HANH CHINH NAM 2021" in texts
    # no table row leaks into the text
    assert not any("Thi xd Ngi Nam" in t or "UBND huyén Tran Bé" in t for t in texts)


# ------------------------------------------------------------------- the whole seed
@pytest.mark.skipif(not FULL_SEED003.exists(), reason="seed 003 not available")
def test_full_seed003():
    d = extract_text(FULL_SEED003, "003.txt")
    assert [len(t.rows) for t in d.tables] == [44, 44, 44]
    assert d.title is not None and d.title.endswith("nam 2021")
    # the two-column list of units and the charts are text, not tables
    texts = [b.text for b in d.text]
    assert "1 | Ban Dan toc 24 | Bao hiém xa hoi" in texts
    assert "84% 82.33%" in texts


# ----------------------------------------------------------------------- small inputs
def write(tmp_path: Path, name: str, text: str) -> Path:
    p = tmp_path / name
    p.write_text(text, encoding="utf-8")
    return p


def test_markdown_pipe_table(tmp_path):
    p = write(
        tmp_path,
        "t.md",
        "# Kết quả Chỉ số CCHC năm 2023\n\n"
        "Bảng 1. Chỉ số theo đơn vị\n\n"
        "| STT | Đơn vị | Điểm | Chỉ số |\n"
        "|---|:---|---:|---|\n"
        "| **I** | **SỞ NGÀNH** | | |\n"
        "| 1 | Sở Xây dựng | 82,09 | 87,33% |\n"
        "| 2 | Sở Nội vụ \\| Văn phòng | 81,60 | 87,27% |\n"
        "\nĐoạn văn sau bảng.\n",
    )
    d = extract_text(p, "t.md")
    assert len(d.tables) == 1
    t = d.tables[0]
    assert t.header == [["STT", "Đơn vị", "Điểm", "Chỉ số"]]
    assert t.rows == [
        ["I", "SỞ NGÀNH", "", ""],
        ["1", "Sở Xây dựng", "82,09", "87,33%"],
        ["2", "Sở Nội vụ | Văn phòng", "81,60", "87,27%"],
    ]
    assert t.row_bold == [True, False, False]
    assert t.title == "Bảng 1. Chỉ số theo đơn vị"
    heading = d.text[0]
    assert heading.text == "Kết quả Chỉ số CCHC năm 2023" and heading.bold
    assert "Đoạn văn sau bảng." in [b.text for b in d.text]


def test_aligned_columns_without_rules(tmp_path):
    p = write(
        tmp_path,
        "t.txt",
        "Bảng 2. Điểm các huyện\n"
        "TT   Đơn vị               Điểm    Xếp hạng\n"
        "1    Huyện Trần Đề        75,35   5\n"
        "2    Huyện Mỹ Tú          70,30   11\n"
        "3    Thị xã Ngã Năm       81,19   1\n",
    )
    t = extract_text(p, "t.txt").tables[0]
    assert t.rows == [
        ["1", "Huyện Trần Đề", "75,35", "5"],
        ["2", "Huyện Mỹ Tú", "70,30", "11"],
        ["3", "Thị xã Ngã Năm", "81,19", "1"],
    ]
    assert t.header[0][:2] == ["TT", "Đơn vị"]
    assert t.title == "Bảng 2. Điểm các huyện"


def test_glued_numbers_split_only_when_the_column_count_proves_it(tmp_path):
    p = write(
        tmp_path,
        "t.txt",
        "STT | Don vi | Chi so | Diem\n"
        "1 | So Noi vu | 100 | 15,00\n"
        "2 | So Y te 98,9114,84\n"
        "3 | So Tai chinh | 92,73 | 13,91\n"
        "4 | Ban Dan toc | 97,92 | 14,69\n",
    )
    t = extract_text(p, "t.txt").tables[0]
    assert t.rows[1] == ["2", "So Y te", "98,91", "14,84"]
    assert [(f.fix, f.before) for f in t.fixes] == [("split_glued_numbers", "98,9114,84")]


def test_a_list_and_a_chart_are_not_tables(tmp_path):
    p = write(
        tmp_path,
        "t.txt",
        "STT Don vi STT Don vi\n"
        "1 | Ban Dan toc 24 | Bao hiém xa hoi\n"
        "2 | So Noi vu 25 | Cong an tinh\n"
        "3 | So Y te 26 | Cuc Thué\n"
        "\n80%  65.04% 61.52%\nNam 2020\nNam 2021\n",
    )
    d = extract_text(p, "t.txt")
    assert d.tables == []
    assert len(d.text) == 7


def test_form_feed_starts_a_page(tmp_path):
    p = write(
        tmp_path,
        "t.txt",
        "STT Don vi Diem Chi so\n1 So A 10,00 90%\n2 So B 11,00 91%\n\f"
        "STT Don vi Diem Chi so\n3 So C 12,00 92%\n4 So D 13,00 93%\n",
    )
    d = extract_text(p, "t.txt")
    assert d.n_pages == 2
    t = d.tables[0]
    assert [r[1] for r in t.rows] == ["So A", "So B", "So C", "So D"]
    assert t.row_pages == [1, 1, 2, 2] and t.pages == [1, 2]


def test_tab_separated_table_with_spans_bold_rows_and_a_page_break(tmp_path):
    # the shape of a word-processor export (seed 000): tabs between cells, merged header cells
    # left empty, bold rows in <b>, the header printed again after a page break, a row cut by it
    p = write(
        tmp_path,
        "t.txt",
        "Phụ lục 3\n\n"
        "STT\tTên đơn vị\tNăm 2022\t\tGhi chú\n"
        "\t\tĐiểm\tXếp hạng\t\n"
        "<b>I</b>\t<b>Sở, ngành tỉnh</b>\t\t\t\n"
        "1\tSở Tài chính\t676\t18\t\n"
        "2\tSở Y tế\t2.540\t2.007\tđã\n"
        "\n<sup>1</sup> Thống kê đến 14/12.\n\n"
        "STT\tTên đơn vị\tNăm 2022\t\tGhi chú\n"
        "\t\tĐiểm\tXếp hạng\t\n"
        "\t\t\t\tkhắc phục\n"
        "3\tSở Nội vụ\t1.000\t9\t\n",
    )
    d = extract_text(p, "t.txt")
    assert len(d.tables) == 1
    t = d.tables[0]
    assert t.header == [
        ["STT", "Tên đơn vị", "Năm 2022", "Năm 2022", "Ghi chú"],
        ["STT", "Tên đơn vị", "Điểm", "Xếp hạng", "Ghi chú"],
    ]
    assert t.rows == [
        ["<b>I</b>", "<b>Sở, ngành tỉnh</b>", "", "", ""],
        ["1", "Sở Tài chính", "676", "18", ""],
        ["2", "Sở Y tế", "2.540", "2.007", "đã khắc phục"],
        ["3", "Sở Nội vụ", "1.000", "9", ""],
    ]
    assert t.row_bold == [True, False, False, False]
    assert t.title == "Phụ lục 3"
    span = next(c for c in t.header_cells if c.text == "Năm 2022")
    assert (span.row, span.col, span.rowspan, span.colspan) == (0, 2, 1, 2)
    assert "Thống kê đến 14/12." in " ".join(b.text for b in d.text)


def test_binary_file_named_txt_is_refused(tmp_path):
    p = tmp_path / "t.txt"
    p.write_bytes(b"%PDF-1.4\x00\x00binary")
    with pytest.raises(ExtractError, match="không phải tệp văn bản"):
        extract_text(p, "t.txt")
