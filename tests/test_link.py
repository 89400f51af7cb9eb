"""Records tied to catalogue items and entities (normalize/link), on the sample documents."""

from __future__ import annotations

import pandas as pd
import pytest

from normalize.link import link_records
from schemas.model import Document, Record


@pytest.fixture(scope="module")
def records(samples_out) -> pd.DataFrame:
    return pd.read_csv(samples_out / "records.csv", dtype={"item_code": str})


# the 2021 report's group row III (central agencies) does not agree with its six members:
# a real inconsistency of the source, which validation reports (status review; see test_validate)
SOURCE_INCONSISTENT = {("unit_par_2021.pdf", 2, 26)}


def _linked_ok(df: pd.DataFrame) -> pd.Series:
    known = df.apply(lambda r: (r.doc.rsplit("/", 1)[-1], r.table, r.row) in SOURCE_INCONSISTENT, axis=1)
    return (df.status == "ok") | known


def _one(df: pd.DataFrame, doc: str, table: int, **where) -> pd.DataFrame:
    sel = df[df.doc.str.endswith(doc) & (df.table == table)]
    for k, v in where.items():
        sel = sel[sel[k] == v]
    assert len(sel), f"no record for {doc} table {table} {where}"
    return sel


# (doc, table, item_raw as printed) -> canonical code, checked by hand against the catalogues
GOLDEN = [
    ("par_sipas_2023.pdf", 1, "Điểm tổng hợp", "PAR"),
    ("par_sipas_2023.pdf", 1, "Điểm đánh giá, thẩm định", "PAR.DGTD"),
    ("par_sipas_2023.pdf", 2, "Khảo sát CC, LĐ quản lý", "PAR.KSCC"),
    ("par_sipas_2023.pdf", 2, "Tác động PT KT-XH", "PAR.KTXH"),
    ("par_sipas_2023.pdf", 3, "Công tác chỉ đạo, điều hành CCHC", "1"),
    ("par_sipas_2023.pdf", 3, "Cải cách tổ chức bộ máy", "4"),
    ("par_sipas_2023.pdf", 3, "Xây dựng và phát triển chính quyền điện tử, chính quyền số", "7"),
    ("par_sipas_2023.pdf", 4, "Chỉ số hài lòng về tiếp cận dịch vụ", "XHH.23"),
    ("par_sipas_2023.pdf", 5, "Mức độ hài lòng đối với TTHC", "6"),
    ("par_sipas_2023.pdf", 5, "KẾT QUẢ CHỈ SỐ HÀI LÒNG CHUNG", "SIPAS"),
    ("par_sipas_2023.pdf", 6, "Xử lý các vấn đề phát hiện qua kiểm tra", "1.3.2"),
    ("par_sipas_2023.pdf", 6, "Tỷ lệ hồ sơ TTHC do CQCM cấp tỉnh tiếp nhận trong năm được giải quyết đúng hạn",
     "3.4.1"),
    ("par_sipas_2023.pdf", 6, "Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận trong năm được giải quyết đúng hạn",
     "3.4.2"),
    ("improvement_scheme_2022.pdf", 1, "Cải cách tổ chức bộ máy hành chinh nhà nước", "4"),
    ("improvement_scheme_2022.pdf", 1, "Thực hiện cơ chế một cửa, một cửa liên thông", "8"),
    ("improvement_scheme_2022.pdf", 2, "Cơ quan ngành dọc", "CQTW"),
    ("unit_par_2021.pdf", 1, "Chỉ số Sipas", "SIPAS"),
    ("unit_par_2021.pdf", 2, "Khảo sát CBCCVC", "KSCB"),
    ("unit_par_2021.pdf", 2, "Sipas", "SIPAS"),
    ("unit_par_2021.pdf", 2, "Điểm tự đánh giá", "TD"),
]


@pytest.mark.parametrize("doc,table,item_raw,code", GOLDEN)
def test_item_codes(records, doc, table, item_raw, code):
    sel = _one(records, doc, table, item_raw=item_raw)
    assert set(sel.item_code) == {code}
    assert _linked_ok(sel).all()


def test_every_sample_number_is_ok_and_linked(records):
    # the sample documents are clean: nothing needs review, and every table that
    # speaks a catalogue has its code on every value
    assert _linked_ok(records).all()
    catalogue_tables = records.groupby(["doc", "table"]).item_code.apply(lambda s: s.notna().any())
    for (doc, table), linked in catalogue_tables.items():
        if linked:
            sel = records[(records.doc == doc) & (records.table == table) & (records.row_kind != "group")]
            missing = sel[sel.item_code.isna()]
            assert missing.empty, f"{doc} table {table}: no code for {set(missing.item_raw)}"


def test_one_stop_field_changes_code_with_the_period(records):
    # the 2016 one-stop field existed only in the 2012–2016 methodology; the impact
    # field is printed on the same table for 2016 (code 9 then) and 2017–2021 (code 8)
    sel = _one(records, "improvement_scheme_2022.pdf", 1)
    impact = sel[sel.item_raw.str.startswith("Tác động")]
    assert set(impact[impact.year == 2016].item_code) == {"9"}
    assert set(impact[impact.year >= 2017].item_code) == {"8"}


def test_entities(records):
    prov = _one(records, "par_sipas_2023.pdf", 3)
    assert set(prov.entity) == {"Tỉnh Sóc Trăng"}
    units = _one(records, "unit_par_2021.pdf", 2)
    assert set(units[units.entity_raw == "Sở Lao động, Thương binh và Xã hội"].entity) == {
        "Sở Lao động - Thương binh và Xã hội"
    }
    assert set(units[units.entity_raw == "Thị xã Ngã Năm"].entity) == {"Thị xã Ngã Năm"}
    groups = units[units.row_kind == "group"]
    assert groups.entity.isna().all()  # "SỞ NGÀNH" is a group of units, not an entity
    sipas = _one(records, "unit_par_2021.pdf", 1)
    assert set(sipas[sipas.entity_raw == "UBND thành phố Sóc Trăng"].entity) == {"Thành phố Sóc Trăng"}


def test_breakdown_rows_take_the_entity_above(records):
    sel = _one(records, "par_sipas_2023.pdf", 7)
    sub = sel[sel.entity_raw == "Huyện Kế Sách / Cấp xã"]
    assert set(sub.entity) == {"Huyện Kế Sách"}
    assert 37505.0 in set(sub.value)


def test_scheme_horizon_year_is_not_the_document_year(records):
    # "… từ nay đến năm 2030": 2030 is a horizon; the province existed when the scheme was written
    sel = _one(records, "improvement_scheme_2022.pdf", 1)
    assert set(sel.entity) == {"Tỉnh Sóc Trăng"}


def _rec(row: int, label: str, entity_raw: str = "", **kw) -> Record:
    base = dict(
        doc="d.pdf", table=1, row=row, col=3, page=1, year=2023, entity=None, entity_raw=entity_raw,
        item_raw=label, measure="points", value=1.0, unit="points", value_raw="1", row_code="", row_kind="data",
        column_raw="Điểm đạt được",
    )
    base.update(kw)
    return Record(**base)


def test_unknown_label_in_a_catalogue_table_goes_to_review():
    doc = Document(path="d.pdf", method="pdf", n_pages=1, year=2023)
    recs = [
        _rec(1, "Công tác chỉ đạo, điều hành CCHC"),
        _rec(2, "Cải cách thủ tục hành chính"),
        _rec(3, "Quản lý hoạt động bay không người lái"),  # in no catalogue
    ]
    link_records(doc, recs)
    assert [r.item_code for r in recs] == ["1", "3", None]
    assert [r.status for r in recs] == ["ok", "ok", "review"]
    assert recs[2].match_score is None


def test_misread_unit_name_is_not_attached_to_the_row_above():
    doc = Document(path="d.pdf", method="pdf", n_pages=1, year=2021)
    recs = [
        _rec(1, "Chỉ số CCHC", entity_raw="S¢ Xay dung", year=2021),
        _rec(2, "Chỉ số CCHC", entity_raw="Cơ sở dữ liệu XYZ", year=2021),
    ]
    link_records(doc, recs)
    assert recs[0].entity == "Sở Xây dựng"
    assert recs[1].entity is None
    assert recs[1].entity_raw == "Cơ sở dữ liệu XYZ"


def test_table_outside_every_catalogue_stays_ok_without_codes():
    doc = Document(path="d.pdf", method="pdf", n_pages=1, year=2023)
    recs = [_rec(1, "Qua loa phát thanh xã"), _rec(2, "Qua mạng internet")]
    link_records(doc, recs)
    assert [r.item_code for r in recs] == [None, None]
    assert [r.status for r in recs] == ["ok", "ok"]
