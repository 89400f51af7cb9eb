"""The catalogues: sources, periods, structure and the facts taken from the seeds."""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

import pytest

from schemas.catalog import CatalogueError, load_catalogues


@pytest.fixture(scope="module")
def cs():
    return load_catalogues()


def test_every_catalogue_names_its_source_and_years(cs):
    assert {c.index for c in cs.catalogues} == {"par", "sipas", "unit_par", "indicator"}
    for cat in cs.catalogues:
        assert cat.years[0] >= 2012, cat.path
        assert cat.source.seeds, f"{cat.path}: which seed documents the entries come from"
        assert cat.source.decision or cat.source.note, f"{cat.path}: the source decision (or why it is unknown)"
        for item in cat.items:
            assert item.source, f"{cat.path}: {item.code} has no source"


@pytest.mark.parametrize(
    ("index", "year", "period", "decision"),
    [
        ("par", 2012, "2012-2016", "QĐ 1294/QĐ-BNV"),
        ("par", 2016, "2012-2016", "QĐ 1294/QĐ-BNV"),
        ("par", 2017, "2017-2021", "QĐ 2948/QĐ-BNV"),
        ("par", 2021, "2017-2021", "QĐ 2948/QĐ-BNV"),
        ("par", 2022, "2022-", "QĐ 876/QĐ-BNV"),
        ("par", 2030, "2022-", "QĐ 876/QĐ-BNV"),
        ("sipas", 2019, "2017-2021", None),
        ("sipas", 2023, "2022-", None),
        ("unit_par", 2021, "2021-", "QĐ 3119/QĐ-UBND"),
        ("indicator", 2024, "2024", "Kế hoạch số 218/KH-UBND"),
    ],
)
def test_period_for(cs, index, year, period, decision):
    cat = cs.period_for(index, year)
    assert cat is not None and cat.period == period
    assert cat.source.decision == decision


def test_years_without_a_methodology(cs):
    assert cs.period_for("par", 2011) is None
    assert cs.period_for("unit_par", 2012) is None  # the unit-level index started in 2013 (seed 004)
    assert cs.nearest_period("unit_par", 2012).period == "2013-2020"
    # before 2021 only the groups are known; the seeds do not name the provincial decision
    early = cs.period_for("unit_par", 2019)
    assert early.period == "2013-2020" and early.source.decision is None
    assert {i.code for i in early.items} == {"SN", "DVSNCL", "CQTW", "HUYEN", "CCHC"}


FIELDS = {
    "2012-2016": [
        "Công tác chỉ đạo, điều hành cải cách hành chính",
        "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
        "Cải cách thủ tục hành chính",
        "Cải cách tổ chức bộ máy hành chính nhà nước",
        "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
        "Cải cách tài chính công",
        "Hiện đại hóa hành chính",
        "Thực hiện cơ chế một cửa, một cửa liên thông",
        "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội",
    ],
    "2017-2021": [
        "Công tác chỉ đạo, điều hành cải cách hành chính",
        "Xây dựng và tổ chức thực hiện văn bản quy phạm pháp luật",
        "Cải cách thủ tục hành chính",
        "Cải cách tổ chức bộ máy hành chính nhà nước",
        "Xây dựng và nâng cao chất lượng đội ngũ cán bộ, công chức, viên chức",
        "Cải cách tài chính công",
        "Hiện đại hóa hành chính",
        "Tác động của cải cách hành chính đến người dân, tổ chức và các chỉ tiêu phát triển kinh tế - xã hội của tỉnh",
    ],
    "2022-": [
        "Công tác chỉ đạo, điều hành cải cách hành chính",
        "Cải cách thể chế",
        "Cải cách thủ tục hành chính",
        "Cải cách tổ chức bộ máy hành chính nhà nước",
        "Cải cách chế độ công vụ",
        "Cải cách tài chính công",
        "Xây dựng và phát triển Chính quyền điện tử, Chính quyền số",
        "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội",
    ],
}


@pytest.mark.parametrize("period", sorted(FIELDS))
def test_par_fields_per_period(cs, period):
    cat = next(c for c in cs.periods("par") if c.period == period)
    fields = [i for i in cat.items if i.level == "field"]
    assert [f.code for f in fields] == [str(n) for n in range(1, len(FIELDS[period]) + 1)]
    assert [f.name for f in fields] == FIELDS[period]


def test_par_2022_points_are_the_seeds_and_nothing_else(cs):
    cat = cs.period_for("par", 2023)
    pts = {i.code: i.max_points for i in cat.items if i.level == "field"}
    # seed 000 prints fields 1–5; 6–8 are not printed anywhere in the seeds -> null, never guessed
    assert pts == {"1": 9.5, "2": 10, "3": 13, "4": 10.5, "5": 15, "6": None, "7": None, "8": None}
    for code in ("6", "7", "8"):
        assert cat.item(code).max_points_note
    assert cat.item("PAR.DGTD").max_points + cat.item("PAR.DTXHH").max_points == 100
    assert cat.item("PAR.TD").max_points + cat.item("PAR.KTXH").max_points == cat.item("PAR.DGTD").max_points
    assert cat.item("PAR.SIPAS").max_points + cat.item("PAR.KSCC").max_points == cat.item("PAR.DTXHH").max_points


def test_par_2022_survey_block_adds_up(cs):
    cat = cs.period_for("par", 2023)
    groups = [i for i in cat.items if i.level == "survey_group"]
    items = [i for i in cat.items if i.level == "survey_item"]
    assert len(items) == 27 and [i.printed_codes for i in items] == [[f"({n})"] for n in range(1, 28)]
    for g in groups:
        members = [i.max_points for i in items if i.parent == g.code]
        assert math.isclose(sum(members), g.max_points), g.code
    assert math.isclose(sum(g.max_points for g in groups), cat.item("PAR.DTXHH").max_points)


def test_par_2022_appendix_1_criteria(cs):
    cat = cs.period_for("par", 2023)
    crit = {i.code: i.max_points for i in cat.items if i.level in ("criterion", "sub_criterion")}
    assert crit == {
        "1.3.2": 1,
        "1.6": 1,
        "1.7": 1.5,
        "3.2.1": 0.5,
        "3.2.3": 1,
        "3.4.1": 1.5,
        "3.4.2": 1.5,
        "3.4.3": 1,
        "5.3.1": 0.75,
        "5.4": 1.5,
        "5.6": 0.5,
        "6.1.1": 1,
        "6.1.2": 1,
        "6.1.3": 1,
        "6.3.3": 1,
        "6.3.4": 1,
        "7.1.2": 1,
        "7.1.4": 1,
        "7.3.4": 1,
        "7.3.5": 0.5,
        "7.3.6": 1.5,
        "7.3.7": 1.5,
        "8.2": 1,
        "8.3.1": 0.5,
        "8.4": 1.5,
        "8.5": 2,
    }


def test_old_periods_carry_no_invented_points(cs):
    for period in ("2012-2016", "2017-2021"):
        cat = next(c for c in cs.periods("par") if c.period == period)
        assert all(i.max_points is None for i in cat.items if i.code != "PAR")


def test_sipas_indices(cs):
    cat = cs.period_for("sipas", 2023)
    assert [cat.item(c).parent for c in "123456789"] == ["I"] * 4 + ["II"] * 5
    assert cat.item("SIPAS").level == "index"
    old = cs.period_for("sipas", 2020)
    assert [i.code for i in old.items] == ["SIPAS", "1", "2", "3", "4", "5"]


def test_unit_index_groups_and_fields(cs):
    cat = cs.period_for("unit_par", 2021)
    splits = {g.code: (g.self_points, g.survey_points) for g in cat.groups}
    assert splits == {"SN": (63, 37), "HUYEN": (62, 38), "DVSNCL": (61.5, 38.5), "CQTW": (54, 46)}
    assert {g.code: g.n_units_2021 for g in cat.groups} == {"SN": 19, "DVSNCL": 4, "CQTW": 6, "HUYEN": 11}
    fields = [i for i in cat.items if i.level == "field"]
    assert [f.code for f in fields] == [str(n) for n in range(1, 9)]
    assert cat.item("2").applies_to == ["SN", "HUYEN"]


def test_gazetteer_units_of_seed_003(cs):
    gaz = cs.gazetteer
    by_kind: dict[str, list] = {}
    for e in gaz.entities:
        by_kind.setdefault(e.kind, []).append(e)
    assert [e.id for e in by_kind["district"]] == [str(c) for c in range(941, 952)]
    assert gaz.by_id["94"].name == "Tỉnh Sóc Trăng"
    assert len(by_kind["commune"]) == 109
    in_2021 = [e for e in gaz.entities if e.group in ("SN", "DVSNCL", "CQTW", "HUYEN") and e.valid_in(2021)]
    assert len(in_2021) == 40
    assert {e.group for e in in_2021 if e.kind == "agency"} == {"SN"}
    assert sum(e.kind == "central_agency" for e in in_2021) == 6


def test_gazetteer_2025_mergers_and_renames(cs):
    gaz = cs.gazetteer.by_id
    assert gaz["so-ke-hoach-va-dau-tu"].successor == "so-tai-chinh"
    assert gaz["so-thong-tin-va-truyen-thong"].successor == "so-khoa-hoc-va-cong-nghe"
    assert gaz["so-giao-thong-van-tai"].successor == "so-xay-dung"
    assert gaz["so-tai-nguyen-va-moi-truong"].successor == "so-nong-nghiep-va-moi-truong"
    assert gaz["so-nong-nghiep-va-phat-trien-nong-thon"].successor == "so-nong-nghiep-va-moi-truong"
    assert gaz["so-lao-dong-thuong-binh-va-xa-hoi"].successor == "so-noi-vu"
    assert not gaz["so-ke-hoach-va-dau-tu"].valid_in(2026) and gaz["so-ke-hoach-va-dau-tu"].valid_in(2024)
    assert not gaz["so-nong-nghiep-va-moi-truong"].valid_in(2024)
    ward = gaz["31522"]  # Phường 9 of Thành phố Sóc Trăng became Phường 1 in 2024
    assert ward.name_in(2023) == "Phường 9"
    assert ward.name_in(2025) == "Phường 1, Thành phố Sóc Trăng"
    assert not gaz["31513"].valid_in(2025)


def test_indicators_of_the_district_submission(cs):
    cat = cs.period_for("indicator", 2024)
    sections = [i for i in cat.items if i.level == "section"]
    assert [s.code for s in sections] == ["I", "II", "III", "IV", "V", "VI", "VII"]
    assert all(i.value_type for i in cat.items if i.level == "indicator")
    assert cat.item("I.1").unit == "%" and cat.item("I.1").value_type == "percent"
    assert cat.item("I.5").value_type == "yes_no" and cat.item("I.5").values == {"0": "Không", "1": "Có"}
    assert cat.item("I.7.b").value_type == "code"
    assert cat.item("I.8").printed_codes == ["6"]  # the seed numbers it 6 a second time
    assert cat.item("VII.7.a.1").name == "Số lượng TTHC đã công bố triển khai dịch vụ (BCCI)"


def _write(tmp: Path, name: str, text: str) -> Path:
    p = tmp / name
    p.write_text(textwrap.dedent(text), encoding="utf-8")
    return p


def test_next_years_methodology_is_a_data_file(tmp_path, monkeypatch):
    _write(
        tmp_path,
        "par_2026.yaml",
        """\
        index: par
        period: "2026-"
        years: [2026, null]
        title: PAR Index — bộ chỉ số 2026 (thử)
        source: {decision: "QĐ 9999/QĐ-BNV", seeds: ["test"]}
        items:
          - {code: "1", level: field, name: "Công tác chỉ đạo, điều hành cải cách hành chính", source: test}
          - {code: "2", level: field, name: "Chuyển đổi số", source: test}
        """,
    )
    monkeypatch.setenv("PARX_CATALOGUES", str(tmp_path))
    cs = load_catalogues()
    assert cs.period_for("par", 2026).period == "2026-"
    assert cs.period_for("par", 2025).period == "2022-"  # the open period now ends in 2025
    from normalize.match import Matcher

    m = Matcher.default()
    assert m.match_item("Chuyển đổi số", year=2027, index="par").code == "2"
    assert m.match_item("Cải cách thể chế", year=2024, index="par").code == "2"


def test_a_typo_in_a_catalogue_fails_loudly(tmp_path, monkeypatch):
    # an unquoted comma inside a {...} entry silently splits a name in YAML; the strict model refuses it
    _write(
        tmp_path,
        "bad.yaml",
        """\
        index: par
        period: "2030-"
        years: [2030, null]
        title: bad
        source: {decision: x, seeds: [x]}
        items:
          - {code: "1", level: field, name: Đối thoại với người dân, doanh nghiệp, source: x}
        """,
    )
    monkeypatch.setenv("PARX_CATALOGUES", str(tmp_path))
    with pytest.raises(CatalogueError, match="bad.yaml"):
        load_catalogues()


def test_overlapping_periods_are_refused(tmp_path, monkeypatch):
    _write(
        tmp_path,
        "overlap.yaml",
        """\
        index: par
        period: "2020-2023"
        years: [2020, 2023]
        title: overlap
        source: {decision: x, seeds: [x]}
        items:
          - {code: "1", level: field, name: x, source: x}
        """,
    )
    monkeypatch.setenv("PARX_CATALOGUES", str(tmp_path))
    with pytest.raises(CatalogueError, match="overlaps"):
        load_catalogues()
