"""Column roles, measures and years read from header vocabulary (seed tables as input)."""

import pytest

from normalize.records import column_roles, table_records
from schemas.model import Document, Table
from schemas.vocab import measure_for_header


@pytest.mark.parametrize(
    ("header", "measure"),
    [
        ("Điểm đánh giá, thẩm định Điểm tối đa quy định", "max_points"),
        ("Điểm chuẩn", "max_points"),
        ("Điểm thẩm định", "points"),
        ("Điểm thăm định", "points"),  # the typo printed in the 2023 report
        ("Điểm đạt được", "points"),
        ("Tỷ lệ đạt được", "ratio"),
        ("Kết quả chỉ số thành phần năm 2022 Xếp hạng", "rank"),
        ("Điểm chưa đạt", "shortfall"),
        ("Tăng (+) Giảm (-) so với năm 2022 Tỷ lệ % (+,-)", "delta"),
        ("Tăng/giảm Xếp hạng", "delta"),
        ("Số lượng", "count"),
        ("Năm 2023", None),
    ],
)
def test_measure_vocabulary(header, measure):
    assert measure_for_header(header) == measure


def _fields_table() -> Table:
    """Three rows of the 2023 report's 8-field table, with its 3-row header."""
    y22, y23 = "Kết quả chỉ số thành phần năm 2022", "Kết quả chỉ số thành phần năm 2023"
    h0 = ["TT", "Lĩnh vực"] + [y22] * 4 + [y23] * 4 + ["Tăng (+) Giảm (-) so với năm 2022"] * 2
    h1 = ["TT", "Lĩnh vực", "Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng", "Điểm", "Điểm", "Tỷ lệ (%)", "Xếp hạng",
          "Tỷ lệ % (+,-)", "Xếp hạng (+,-)"]
    h2 = ["TT", "Lĩnh vực", "Tối đa", "Đạt được", "Tỷ lệ (%)", "Xếp hạng", "Tối đa", "Đạt được", "Tỷ lệ (%)",
          "Xếp hạng", "Tỷ lệ % (+,-)", "Xếp hạng (+,-)"]
    rows = [
        ["1", "Công tác chỉ đạo, điều hành CCHC", "9.50", "9.10", "95.84%", "22", "9.50", "9.03", "95.01%", "39",
         "-0.83%", "-17"],
        ["2", "Cải cách thể chế", "10.00", "9.40", "93.99%", "7", "10.00", "9.45", "94.50%", "14", "0.51%", "-7"],
        ["4", "Cải cách tổ chức bộ máy", "10.50", "9.86", "93.95%", "5", "10.50", "9.94", "94.63%", "5", "0.68%", "0"],
    ]
    return Table(doc="r.pdf", index=3, pages=[2], method="pdf", header=[h0, h1, h2], rows=rows,
                 row_kinds=["data"] * 3, row_pages=[2] * 3)


def test_roles_of_the_fields_table():
    assert column_roles(_fields_table()) == ["index", "label"] + ["value"] * 10


def test_records_of_the_fields_table():
    doc = Document(path="r.pdf", method="pdf", year=2023, entity="Tỉnh Sóc Trăng", entity_raw="tỉnh Sóc Trăng")
    recs = table_records(doc, _fields_table())
    assert len(recs) == 30
    by = {(r.row, r.col): r for r in recs}
    r = by[(1, 3)]
    assert (r.measure, r.year, r.value, r.unit, r.item_raw, r.row_code) == (
        "max_points", 2022, 9.5, "points", "Công tác chỉ đạo, điều hành CCHC", "1")
    assert (by[(1, 4)].measure, by[(1, 4)].value) == ("points", 9.1)
    assert (by[(1, 5)].measure, by[(1, 5)].value, by[(1, 5)].unit) == ("ratio", 95.84, "%")
    assert (by[(1, 6)].measure, by[(1, 6)].value, by[(1, 6)].year) == ("rank", 22.0, 2022)
    assert (by[(1, 9)].measure, by[(1, 9)].year) == ("ratio", 2023)
    # the difference columns belong to the report's year and keep their units
    assert (by[(1, 11)].measure, by[(1, 11)].value, by[(1, 11)].unit, by[(1, 11)].year) == ("delta", -0.83, "%", 2023)
    assert (by[(1, 12)].measure, by[(1, 12)].value, by[(1, 12)].unit) == ("delta", -17.0, "rank")
    assert all(r.entity == "Tỉnh Sóc Trăng" for r in recs)


def test_year_rows_and_rank_cells():
    """The component table: a year in the row label, ranks printed as 61/63."""
    h0 = ["PAR Index", "Điểm thăm định", "Điểm đánh giá tác động của CCHC", "Kết quả chung"]
    h1 = ["PAR Index", "Điểm thăm định", "Chỉ số SIPAS", "Kết quả chung"]
    rows = [["Năm 2023", "51,61", "8,19", "81,70"], ["", "83,92%", "81,80%", "81,70%"], ["", "61/63", "35/63", "18/63"],
            ["Năm 2022", "52,07", "8,39", "83,14"]]
    t = Table(doc="r.pdf", index=2, pages=[1], method="pdf", header=[h0, h1], rows=rows, row_kinds=["data"] * 4,
              row_pages=[1] * 4)
    doc = Document(path="r.pdf", method="pdf", year=2023)
    recs = table_records(doc, t)
    got = {(r.row, r.col, r.measure): (r.value, r.year, r.item_raw) for r in recs}
    assert got[(1, 2, "points")] == (51.61, 2023, "Điểm thăm định")
    assert got[(1, 3, "points")] == (8.19, 2023, "Chỉ số SIPAS")
    assert got[(2, 3, "ratio")] == (81.8, 2023, "Chỉ số SIPAS")
    assert got[(3, 2, "rank")] == (61.0, 2023, "Điểm thăm định")
    assert got[(3, 2, "rank_of")] == (63.0, 2023, "Điểm thăm định")
    assert got[(4, 4, "points")] == (83.14, 2022, "Kết quả chung")
