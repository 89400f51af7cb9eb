"""Vietnamese number parsing on values printed in the seed reports."""

import pytest

from normalize.numbers import column_uses_dot_decimals, parse_number


@pytest.mark.parametrize(
    ("text", "dot", "value", "percent"),
    [
        ("1.165", None, 1165.0, False),  # cán bộ cấp xã, Phụ lục 5
        ("33.976", False, 33976.0, False),  # hồ sơ tiếp nhận, Phụ lục 3
        ("605.859", None, 605859.0, False),
        ("93,50", None, 93.5, False),
        ("104,74", None, 104.74, False),
        ("81,7%", None, 81.7, True),
        ("81.70%", None, 81.7, True),
        ("-2.13%", None, -2.13, True),
        ("55.08", None, 55.08, False),  # the mixed style of the overall table
        ("0.837", None, 0.837, False),  # leading zero: never a thousands group
        ("1.225", True, 1.225, False),  # Phụ lục 1: the column prints dot decimals
        ("1.225", False, 1225.0, False),
        ("- 0,1501", None, -0.1501, False),  # a space after the minus, survey table
        ("−0,25", None, -0.25, False),
        ("12,9183", None, 12.9183, False),
        ("100", None, 100.0, False),
        ("-17", None, -17.0, False),
    ],
)
def test_parse_number_values(text, dot, value, percent):
    p = parse_number(text, dot)
    assert p is not None
    assert p.value == pytest.approx(value)
    assert p.percent is percent
    assert p.denominator is None


@pytest.mark.parametrize(
    "text",
    ["-", "", "–", "1.3.2", "3.2.1", "(13)", "08/KH-UBND", "12/12/2024", "T=(4)+(5)+(6)", "QĐ-UBND", "Năm 2023"],
)
def test_not_numbers(text):
    assert parse_number(text, True) is None


def test_rank_and_fraction():
    p = parse_number("46/63")
    assert (p.value, p.denominator) == (46.0, 63.0)
    p = parse_number("24/28 trong 63 tỉnh, thành được xếp hạng")
    assert (p.value, p.denominator, p.suffix) == (24.0, 28.0, "trong 63 tỉnh, thành được xếp hạng")
    p = parse_number("276/ 169.757")
    assert (p.value, p.denominator) == (276.0, 169757.0)


def test_value_with_unit_words():
    p = parse_number("22 bài viết")
    assert (p.value, p.suffix) == (22.0, "bài viết")
    assert parse_number("03 TTHC").value == 3.0
    assert parse_number("153,38%").value == pytest.approx(153.38)


def test_column_evidence():
    # Phụ lục 1 "Điểm thẩm định": dot decimals proven by 0.8308
    assert column_uses_dot_decimals(["0.8308", "0.9375", "1.225", "0"]) is True
    # Phụ lục 3: thousands dots and comma decimals
    assert column_uses_dot_decimals(["33.976", "3.139", "1,25"]) is False
    # nothing decides
    assert column_uses_dot_decimals(["1.165", "107", "128"]) is None
