"""Every row/column label of the seed tables maps to its code; negatives never get one.

The expected lists are written out in ``tests/seed_labels.py``.  The rule under
test is the issue's: every label maps to the right canonical item and entity, and
no wrong code is ever emitted with status ``ok``.
"""

from __future__ import annotations

import argparse
import io

import pytest
from seed_labels import (
    ENTITIES_CLEAN,
    ENTITY_NEGATIVES,
    INDICATORS_2024,
    INDICATORS_2024_REPEATED,
    ITEM_NEGATIVES,
    PAR_FIELD_NAMES_2017_2021,
    PAR_FIELDS_2023,
    PAR_FIELDS_SEED004,
    PAR_HEADLINE_2023,
    PAR_NARRATIVE_2023,
    PAR_PL1_2023,
    PAR_SURVEY_2023,
    SIPAS_DETAIL_2022_ONLY,
    SIPAS_DETAIL_2023,
    SIPAS_EXPECT_2022,
    SIPAS_EXPECT_2023,
    SIPAS_INDICES_2023,
    SIPAS_OPINION_2023,
    SIPAS_OPINION_ANSWERS_2023,
    SIPAS_OPINION_UNIQUE_2023,
    UNIT_ITEMS_2021,
    UNITS_OCR_2021,
)

from normalize.match import Matcher, MatchResult, split_code


@pytest.fixture(scope="module")
def m() -> Matcher:
    return Matcher.default()


def ok(r: MatchResult, code: str) -> None:
    assert (r.status, r.code) == ("ok", code), r


def not_ok(r: MatchResult) -> None:
    assert r.status in ("review", "none") and r.code is None, r


# ----------------------------------------------------------------------------- PAR Index
@pytest.mark.parametrize(("label", "code", "hint"), PAR_FIELDS_2023)
@pytest.mark.parametrize("year", [2022, 2023])
def test_par_fields_2022_methodology(m, label, code, hint, year):
    ok(m.match_item(label, year=year, index="par", code_hint=hint), code)


@pytest.mark.parametrize(("label", "code"), PAR_HEADLINE_2023)
def test_par_headline_columns(m, label, code):
    ok(m.match_item(label, year=2023, index="par"), code)


@pytest.mark.parametrize(("hint", "label"), PAR_PL1_2023)
def test_par_appendix_1_rows(m, hint, label):
    ok(m.match_item(label, year=2023, index="par", code_hint=hint), hint)
    ok(m.match_item(label, year=2023, index="par"), hint)  # the label alone suffices too


def test_printed_code_settles_near_twins(m):
    # 3.4.2 and 3.4.3 differ by one word; the printed code column decides between them
    r = m.match_item("Tỷ lệ hồ sơ TTHC do UBND cấp huyện tiếp nhận đúng hạn", year=2023, index="par", code_hint="3.4.2")
    ok(r, "3.4.2")
    assert r.runner_up.startswith("3.4.3")


def test_printed_code_alone_never_decides(m):
    # the PL1 row "7.3.7" has its label on the next line (page break): code only -> review
    r = m.match_item("", year=2023, index="par", code_hint="7.3.7")
    not_ok(r)
    assert r.candidate_code == "7.3.7"
    # a row number that names another entry does not override the label
    ok(m.match_item("Cải cách tài chính công", year=2023, index="par", code_hint="3"), "6")
    # seed 000 numbers survey blocks 3.2.1…3.2.6, which are also criterion codes of field 3
    ok(m.match_item("Cải cách chế độ công vụ", year=2023, index="par", code_hint="3.2.3"), "5")


def test_a_row_number_that_happens_to_be_a_code_needs_a_real_agreement(m):
    # TT columns print 1, 2, 3 …; a weakly similar label must not borrow field 1 from "1"
    for label, hint in [("Công tác tuyên truyền CCHC", "1"), ("Chỉ đạo", "1"), ("Cải cách hành chính công", "3")]:
        not_ok(m.match_item(label, year=2023, index="par", code_hint=hint))


def test_footnote_marker_glued_to_a_label(m):
    ok(m.match_item("Thực hiện cơ chế một cửa, một cửa liên thông2", year=2016, index="par"), "8")


@pytest.mark.parametrize(("label", "code"), PAR_NARRATIVE_2023)
def test_par_narrative_criteria(m, label, code):
    ok(m.match_item(label, year=2023, index="par"), code)


@pytest.mark.parametrize(("hint", "label", "code"), PAR_SURVEY_2023)
def test_par_survey_table(m, hint, label, code):
    ok(m.match_item(label, year=2023, index="par", code_hint=hint or None), code)


@pytest.mark.parametrize(("hint", "label", "code2016", "code1721"), PAR_FIELDS_SEED004)
def test_par_fields_2016_2021(m, hint, label, code2016, code1721):
    ok(m.match_item(label, year=2016, index="par", code_hint=hint), code2016)
    for year in range(2017, 2022):
        r = m.match_item(label, year=year, index="par", code_hint=hint)
        if code1721 is None:
            not_ok(r)  # the one-stop-shop field was dropped after 2016
        else:
            ok(r, code1721)
            assert r.period == "2017-2021"


@pytest.mark.parametrize(("label", "code"), PAR_FIELD_NAMES_2017_2021)
@pytest.mark.parametrize("year", [2017, 2019, 2021])
def test_par_field_names_drift_2017_2021(m, label, code, year):
    ok(m.match_item(label, year=year, index="par"), code)


UNSEEN_2019 = [  # a 2017–2021 provincial report parx has never seen
    ("Chỉ số thành phần Công tác chỉ đạo điều hành CCHC", "1"),
    ("CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH CẢI CÁCH HÀNH CHÍNH", "1"),
    ("Lĩnh vực Xây dựng và tổ chức thực hiện văn bản QPPL tại tỉnh", "2"),
    ("Cai cach thu tuc hanh chinh", "3"),
    ("Cải cách tổ chức bộ máy hành chính", "4"),
    ("Xây dựng, nâng cao chất lượng đội ngũ CBCCVC", "5"),
    ("Cải cách tài chính công", "6"),
    ("Hiện đại hoá hành chính", "7"),
    ("Tác động của CCHC đến người dân, tổ chức và các chỉ tiêu phát triển KT-XH", "8"),
    ("Chỉ số cải cách hành chính năm 2019", "PAR"),
    ("PAR INDEX 2019", "PAR"),
    ("Điểm tự đánh giá", "PAR.DGTD"),
    ("Điểm điều tra xã hội học", "PAR.DTXHH"),
]


@pytest.mark.parametrize(("label", "code"), UNSEEN_2019)
def test_unseen_2017_2021_report(m, label, code):
    ok(m.match_item(label, year=2019, index="par"), code)


def test_year_chooses_the_methodology(m):
    label = "Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội"
    assert m.match_item(label, year=2016, index="par").code == "9"
    assert m.match_item(label, year=2019, index="par").code == "8"
    r = m.match_item(label, year=2024, index="par")
    assert (r.code, r.period) == ("8", "2022-")
    not_ok(m.match_item(label, year=None, index="par"))  # 9 or 8: without a year it is ambiguous
    not_ok(m.match_item("Cải cách thể chế", year=2010, index="par"))  # before any period: review at most


# --------------------------------------------------------------------------------- SIPAS
@pytest.mark.parametrize(("hint", "label", "code"), SIPAS_INDICES_2023)
@pytest.mark.parametrize("year", [2022, 2023])
def test_sipas_indices(m, hint, label, code, year):
    ok(m.match_item(label, year=year, index="sipas", code_hint=hint or None), code)


@pytest.mark.parametrize(("label", "code"), SIPAS_DETAIL_2023)
def test_sipas_detailed_table(m, label, code):
    ok(m.match_item(label, year=2023, index="sipas"), code)


@pytest.mark.parametrize(("label", "code"), SIPAS_DETAIL_2022_ONLY)
def test_sipas_2022_only_rows(m, label, code):
    ok(m.match_item(label, year=2022, index="sipas"), code)
    not_ok(m.match_item(label, year=2023, index="sipas"))


@pytest.mark.parametrize(("label", "code"), SIPAS_OPINION_2023 + SIPAS_OPINION_UNIQUE_2023 + SIPAS_EXPECT_2023)
def test_sipas_opinion_and_expectation_tables(m, label, code):
    ok(m.match_item(label, year=2023, index="sipas"), code)


@pytest.mark.parametrize(("label", "code"), SIPAS_EXPECT_2022)
def test_sipas_expectations_2022(m, label, code):
    ok(m.match_item(label, year=2022, index="sipas"), code)


@pytest.mark.parametrize(("within", "label", "code"), SIPAS_OPINION_ANSWERS_2023)
def test_sipas_answers_with_their_question(m, within, label, code):
    ok(m.match_item(label, year=2023, index="sipas", within=within), code)


def test_repeated_answer_without_its_question_is_review(m):
    # "Qua loa phát thanh xã" is an answer of two questions (ND.2 and ND.3)
    r = m.match_item("1. Qua loa phát thanh xã.", year=2023, index="sipas")
    not_ok(r)
    assert r.candidate_code in ("ND.2.1", "ND.3.1")


# -------------------------------------------------------------------- unit-level index
@pytest.mark.parametrize(("label", "code"), UNIT_ITEMS_2021)
def test_unit_index_labels_2021(m, label, code):
    ok(m.match_item(label, year=2021, index="unit_par"), code)


@pytest.mark.parametrize(("label", "name"), UNITS_OCR_2021)
def test_the_40_units_as_ocr_printed_them(m, label, name):
    r = m.match_entity(label, year=2021)
    assert (r.status, r.name) == ("ok", name), r


@pytest.mark.parametrize(("label", "year", "name"), ENTITIES_CLEAN)
def test_entities_in_clean_text(m, label, year, name):
    r = m.match_entity(label, year=year)
    assert (r.status, r.name) == ("ok", name), r


def test_entity_codes_and_kinds(m):
    assert m.match_entity("Huyén Tran Bé", year=2021).code == "951"
    assert m.match_entity("Tỉnh Sóc Trăng").code == "94"
    assert m.match_entity("UBND xã Viên An", year=2023).code == "31696"
    r = m.match_entity("xã Mỹ Tú", year=2023, kinds={"commune"})
    assert (r.status, r.name) == ("ok", "Xã Mỹ Tú")
    assert m.match_entity("Mỹ Tú", year=2023).name == "Huyện Mỹ Tú"  # a bare name is the district
    not_ok(m.match_entity("Mỹ Tú", year=2023, kinds={"commune"}))  # … and not guessed to be the commune


def test_renamed_ward_gets_the_name_of_the_year(m):
    assert m.match_entity("Phường 9, TP Sóc Trăng", year=2023).name == "Phường 9"
    r = m.match_entity("Phường 9, TP Sóc Trăng", year=2025)
    assert (r.status, r.name, r.code) == ("ok", "Phường 1, Thành phố Sóc Trăng", "31522")


# ------------------------------------------------------------------ district submission
@pytest.mark.parametrize(("hint", "label", "code"), INDICATORS_2024)
def test_district_submission_indicators(m, hint, label, code):
    ok(m.match_item(label, year=2024, index="indicator", code_hint=hint or None), code)


@pytest.mark.parametrize(("within", "hint", "label", "code"), INDICATORS_2024_REPEATED)
def test_repeated_indicator_labels_need_their_parent(m, within, hint, label, code):
    r = m.match_item(label, year=2024, index="indicator", code_hint=hint or None, within=within)
    if code is None:
        not_ok(r)
    else:
        ok(r, code)
    if not hint and label not in ("UBND cấp huyện", "UBND cấp xã"):
        not_ok(m.match_item(label, year=2024, index="indicator"))  # alone: ambiguous, never a guess


# ----------------------------------------------------------------------------- negatives
@pytest.mark.parametrize(("label", "year", "index"), ITEM_NEGATIVES)
def test_item_negatives(m, label, year, index):
    not_ok(m.match_item(label, year=year, index=index))


@pytest.mark.parametrize(("label", "year"), ENTITY_NEGATIVES)
def test_entity_negatives(m, label, year):
    not_ok(m.match_entity(label, year=year))


def test_other_province_and_other_bodies(m):
    r = m.match_entity("Sở Xây dựng tỉnh Cần Thơ", year=2023)
    assert r.status == "none" and "Cần Thơ" in r.note
    for label in ("Huyện Phước Long", "Bộ Nội vụ", "Bộ Tài chính", "Sở Y tế tỉnh Trà Vinh"):
        not_ok(m.match_entity(label, year=2023))


def test_merged_department_in_a_later_year_is_review(m):
    r = m.match_entity("Sở Thông tin và Truyền thông", year=2026)
    assert r.status == "review" and r.code is None and r.candidate_code == "so-thong-tin-va-truyen-thong"


def test_review_never_carries_a_code(m):
    labels = [lab for _, lab in PAR_PL1_2023] + [lab for lab, _, _ in ITEM_NEGATIVES] + ["", "x", "Cải cách"]
    for label in labels:
        for index in (None, "par", "sipas", "unit_par", "indicator"):
            r = m.match_item(label, year=2023, index=index)
            assert (r.code is not None) == (r.status == "ok"), r


# ------------------------------------------------------------------------------- helpers
@pytest.mark.parametrize(
    ("label", "code", "rest"),
    [
        ("(13) Chất lượng đào tạo", "(13)", "Chất lượng đào tạo"),
        ("3.2.1 Xây dựng và tổ chức", "3.2.1", "Xây dựng và tổ chức"),
        ("A. Trách nhiệm giải trình", "A", "Trách nhiệm giải trình"),
        ("7.XD va PT CP dién tir", "7", "XD va PT CP dién tir"),
        ("II. DANH GIA TAC DONG CCHC", "II", "DANH GIA TAC DONG CCHC"),
        ("100% TTHC", None, "100% TTHC"),
        ("Năm 2023", None, "Năm 2023"),
    ],
)
def test_split_code(label, code, rest):
    assert split_code(label) == (code, rest)


def test_matching_is_fast_and_cached(m):
    import time

    labels = [lab for _, lab in PAR_PL1_2023] * 20
    t = time.perf_counter()
    for lab in labels:
        m.match_item(lab + " ", year=2023, index="par")
    assert time.perf_counter() - t < 2.0


# ----------------------------------------------------------------------------------- CLI
def _run(*argv: str) -> tuple[int, str]:
    from parx import catalog_cmd

    parser = argparse.ArgumentParser(prog="parx")
    sub = parser.add_subparsers(dest="command", required=True)
    catalog_cmd.add_parser(sub)
    args = parser.parse_args(list(argv))
    out = io.StringIO()
    rc = catalog_cmd.run(args, out)
    return rc, out.getvalue()


def test_cli_lists_catalogues_and_periods():
    rc, text = _run("catalog")
    assert rc == 0
    assert "2017-2021" in text and "QĐ 2948/QĐ-BNV" in text and "2022-" in text and "gazetteer" in text


def test_cli_match_prints_code_name_score_status():
    rc, text = _run("catalog", "match", "Cai cach TTHC", "--year", "2021", "--index", "par")
    assert rc == 0
    assert "Mã:          3" in text and "Cải cách thủ tục hành chính" in text and "Trạng thái:  ok" in text
    rc, text = _run("catalog", "match", "Cai cach TTHC", "--year", "2021")
    assert rc == 1 and "Theo từng bộ chỉ số" in text and "unit_par" in text
    rc, text = _run("catalog", "match", "S¢ Xay dung", "--entity", "--year", "2021")
    assert rc == 0 and "Sở Xây dựng" in text
    rc, text = _run("catalog", "show", "par", "--year", "2023")
    assert rc == 0 and "1.3.2" in text and "[tối đa 9.5]" in text
