"""Legacy Vietnamese fonts (TCVN3, VNI, VISCII, VPS), the TCVN3 ``ư`` trap, detection, the chain.

The code tables are checked against glibc ``iconv`` where it has them
(TCVN5712-1, VISCII); the corpus test runs every damage kind built from the
seed reports' lines (tests/data/text_repair), cross-validated as the benchmark
does (no line is repaired with a lexicon counted from it), and asserts the
accuracy and that no clean line changes.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
import unicodedata
from pathlib import Path

import pytest

from normalize import legacy, lexicon
from normalize.legacy import codecs, encode, font_encoding, read_as_cp1252
from normalize.repair import Context, repair_text
from normalize.syllables import is_stripped, is_syllable
from normalize.tone import matching_key, to_new_style, to_old_style, tone_style

DATA = Path(__file__).parent / "data" / "text_repair"
sys.path.insert(0, str(DATA))
sys.path.insert(0, str(Path(__file__).parents[1] / "benchmarks"))
sys.path.insert(0, str(Path(__file__).parents[1] / "scripts"))
import bench_text_repair  # noqa: E402
import build_vi_lexicon  # noqa: E402
import corpus  # noqa: E402

VIET = [
    unicodedata.normalize("NFC", b + q + t)
    for b, qs in {
        "a": ["", "\u0302", "\u0306"],
        "e": ["", "\u0302"],
        "i": [""],
        "o": ["", "\u0302", "\u031b"],
        "u": ["", "\u031b"],
        "y": [""],
    }.items()
    for q in qs
    for t in ["", "\u0300", "\u0301", "\u0309", "\u0303", "\u0323"]
] + ["đ"]
VIET_ALL = VIET + [c.upper() for c in VIET]


def fix(text: str, font: str | None = None) -> str:
    return repair_text(text, font, collapse=False).text


# --- code tables -----------------------------------------------------------------------------


def _iconv(enc: str, b: int) -> str | None:
    r = subprocess.run(["iconv", "-f", enc, "-t", "UTF-8"], input=bytes([b]), capture_output=True, check=False)
    return r.stdout.decode("utf-8") if r.returncode == 0 else None


needs_iconv = pytest.mark.skipif(shutil.which("iconv") is None, reason="glibc iconv not installed")


@needs_iconv
def test_tcvn3_table_matches_glibc_tcvn5712_1() -> None:
    rows = [
        ln.split("\t")
        for ln in (Path(codecs._DATA) / "tcvn3.tsv").read_text("utf-8").splitlines()
        if ln and not ln.startswith("#")
    ]
    assert len(rows) == 75 + 21 + 44  # VN3 + VN2 additions + VN1 additions (TCVN 5712:1993)
    wrong = [
        (r[0], r[2], _iconv("TCVN5712-1", int(r[0], 16)))
        for r in rows
        if _iconv("TCVN5712-1", int(r[0], 16)) != chr(int(r[2][2:], 16))
    ]
    assert wrong == []


@needs_iconv
def test_viscii_table_matches_glibc() -> None:
    table = codecs._byte_table("viscii.tsv")
    assert len(table) == 128 + 6
    wrong = [(hex(b), c, _iconv("VISCII", b)) for b, c in table.items() if _iconv("VISCII", b) != c]
    assert wrong == []


@pytest.mark.parametrize("name", ["viscii", "vps", "vni"])
def test_full_encodings_hold_every_vietnamese_letter_and_round_trip(name: str) -> None:
    text = "".join(VIET_ALL)
    data = encode(text, name)
    decoder = {"viscii": legacy.decode_viscii, "vps": legacy.decode_vps, "vni": legacy.decode_vni}[name]
    assert decoder(read_as_cp1252(data)) == text
    assert len({c for c in VIET_ALL if not c.isascii()}) == 134


def test_tcvn3_round_trip_and_its_limits() -> None:
    lower = "".join(VIET)
    assert legacy.decode_tcvn3(read_as_cp1252(encode(lower, "tcvn3"))) == lower
    with pytest.raises(ValueError):
        encode("Ủy ban", "tcvn3")  # no toned capitals in TCVN3: the capitals font holds them
    caps = read_as_cp1252(encode("CỘNG HOÀ XÃ HỘI", "tcvn3-caps"))
    assert caps == "CéNG HOµ X· HéI"


def test_vni_byte_sequences() -> None:
    assert encode("cải cách hành chính", "vni") == b"ca\xfbi ca\xf9ch ha\xf8nh ch\xednh"
    assert read_as_cp1252(encode("Chương trình Việt Nam", "vni")) == "Chöông trình Vieät Nam"


def test_read_as_cp1252_keeps_undefined_bytes() -> None:
    assert read_as_cp1252(b"\x81\x8d\x8f\x90\x9d\x80\xad") == "\x81\x8d\x8f\x90\x9d€\xad"


# --- the issue's examples ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("damaged", "expected", "fix_name"),
    [
        ("c¶i c¸ch hµnh chÝnh", "cải cách hành chính", "tcvn3"),
        ("Ch¬ng tr×nh", "Chương trình", "tcvn3"),
        ("ViÖt Nam", "Việt Nam", "tcvn3"),
        ("CéNG HOµ X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "tcvn3-caps"),
        ("caûi caùch haønh chính", "cải cách hành chính", "vni"),
        ("Chöông trình Vieät Nam", "Chương trình Việt Nam", "vni"),
        (read_as_cp1252(encode("Việt Nam tiếp nhận", "viscii")), "Việt Nam tiếp nhận", "viscii"),
        (read_as_cp1252(encode("Trường học", "viscii")), "Trường học", "viscii"),
        ("Viá»‡t Nam", "Việt Nam", "mojibake"),
        ("cĂ¡c chá»‰ sá»‘", "các chỉ số", "mojibake"),  # UTF-8 read as cp1258
        ("cáº£i cÃ¡ch hÃ nh chÃ\xadnh", "cải cách hành chính", "mojibake"),  # NBSP of "à" lost
        ("ViÃ¡Â»â€¡t Nam", "Việt Nam", "mojibake"),  # misread twice
    ],
)
def test_issue_examples(damaged: str, expected: str, fix_name: str) -> None:
    rep = repair_text(damaged, collapse=False)
    assert rep.text == expected
    assert fix_name in rep.fixes


def test_vps_line() -> None:
    line = "Sở Tư pháp tiếp nhận hồ sơ"
    damaged = read_as_cp1252(encode(line, "vps"))
    assert damaged != line
    rep = repair_text(damaged, collapse=False)
    assert (rep.text, rep.fixes) == (line, ["vps"])


@pytest.mark.parametrize(
    "damaged",
    ["Ch\xad¬ng tr×nh", "Ch ¬ng tr×nh", "Ch-¬ng tr×nh", "Ch¬ng tr×nh"],
    ids=["soft-hyphen-kept", "space", "hyphen", "dropped"],
)
def test_tcvn3_u_trap_variants(damaged: str) -> None:
    assert fix(damaged) == "Chương trình"


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        ("Së T  ph¸p", "Sở Tư pháp"),  # ư → space, then the real space
        ("Së T- ph¸p", "Sở Tư pháp"),
        ("Së T ph¸p", "Sở Tư pháp"),  # ư dropped: a bare "T" is the known word "Tư"
        ("Së Lao ®éng - Th ¬ng binh vµ X· héi", "Sở Lao động - Thương binh và Xã hội"),
        ("Së Lao ®éng - Th-¬ng binh vµ X· héi", "Sở Lao động - Thương binh và Xã hội"),
        ("ng êi d©n", "người dân"),
        ("ngêi d©n", "người dân"),  # ngời/người: the lexicon decides
        ("® îc", "được"),
        ("tr êng häc", "trường học"),
        ("Q§-UBND ngµy 10/4/2024", "QĐ-UBND ngày 10/4/2024"),  # the code's hyphen is not an ư
        ("kinh tÕ-x· héi", "kinh tế-xã hội"),
    ],
)
def test_u_restoration_only_where_proven(damaged: str, expected: str) -> None:
    assert fix(damaged) == expected


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        # Quotes and the ellipsis of the font next to a word whose ư was dropped.
        ("Sè chØ tiªu “cha ®¹t”", "Số chỉ tiêu “chưa đạt”"),
        ("KÕt qu¶ cha…", "Kết quả chưa…"),
        ("Sè chØ tiªu cha ®¹t…", "Số chỉ tiêu chưa đạt…"),
        # A bare onset standing alone between brackets or before an ellipsis.
        ("Së [T] ph¸p", "Sở [Tư] pháp"),
        ("Së T… ph¸p", "Sở Tư… pháp"),
        # ... but not a list label.
        ("c) Tæ chøc", "c) Tổ chức"),
    ],
)
def test_dropped_u_next_to_punctuation(damaged: str, expected: str) -> None:
    assert fix(damaged) == expected


def test_dropped_u_where_only_the_u_reading_is_a_known_word() -> None:
    # "ơm" is a syllable no text uses; "ươm" (ươm tạo: incubation) is a word of general Vietnamese
    # the seed reports never used.
    assert fix("Trung t©m ¬m t¹o doanh nghiÖp") == "Trung tâm ươm tạo doanh nghiệp"
    assert fix("cuéc cã 6.535 lît") == "cuộc có 6.535 lượt"


def test_general_syllables_count_as_known() -> None:
    # From Tesseract's Vietnamese word list (normalize/data/vi_common.txt), not from the seeds.
    assert lexicon.known("bão") and lexicon.known("ươm") and not lexicon.known("lợt")
    assert fix("Sau b·o") == "Sau bão"  # one decodable word, known: enough evidence


# --- word-pair evidence: đa/đưa, ma/mưa where the seeds never saw the phrase ---------------------

_UNSEEN = re.compile(r"đưa tiền|đưa những|đưa 63", re.IGNORECASE)


@pytest.fixture(scope="module")
def phrase_unseen_counts() -> build_vi_lexicon.Counts:
    """Seed counts without the lines that use the phrases tested below (as a benchmark fold)."""
    skip = set()
    for f in build_vi_lexicon.source_files(build_vi_lexicon.SOURCES):
        for i, line in enumerate(f.read_text(encoding="utf-8", errors="replace").splitlines()):
            if _UNSEEN.search(unicodedata.normalize("NFC", line)):
                skip.add((f.name, i))
    if not skip:
        pytest.skip("seed reports not available")
    return build_vi_lexicon.count(build_vi_lexicon.SOURCES, skip=lambda name, i: (name, i) in skip)


def _fix_in_drop_document(lines: list[str]) -> list[str]:
    ctx = Context()  # a document that shows it drops its ư ("Ch¬ng" can only be "Chương")
    first = repair_text("Ch¬ng tr×nh c¶i c¸ch hµnh chÝnh", collapse=False, context=ctx).text
    assert first == "Chương trình cải cách hành chính"
    return [repair_text(ln, collapse=False, context=ctx).text for ln in lines]


_DA_DUA = [
    ("Cã nhiÒu ND ph¶i ®a tiÒn ngoµi quy ®Þnh.", "Có nhiều ND phải đưa tiền ngoài quy định."),
    ("KH«NG Cã ND NµO PH¶I ®A TIÒN NGOµI QUY ®ÞNH.", "KHÔNG CÓ ND NÀO PHẢI ĐƯA TIỀN NGOÀI QUY ĐỊNH."),
    ("ph¸p luËt, ®a nh÷ng néi dung nµy vµo thùc tiÔn", "pháp luật, đưa những nội dung này vào thực tiễn"),
    ("®a 63 ®¹i biÓu tham dù Héi nghÞ", "đưa 63 đại biểu tham dự Hội nghị"),
    # ... and "đa" where it forms a word with a neighbour.
    ("Thêi gian gi¶i quyÕt tèi ®a 5 ngµy", "Thời gian giải quyết tối đa 5 ngày"),
    ("®a d¹ng hãa c¸c h×nh thøc tuyªn truyÒn", "đa dạng hóa các hình thức tuyên truyền"),
    ("®a sè ngêi d©n hµi lßng", "đa số người dân hài lòng"),
]


def test_standalone_reading_wins_where_no_neighbour_forms_a_word(phrase_unseen_counts) -> None:
    """``đa`` is the more frequent syllable, but almost only inside ``tối đa``, ``đa dạng``; ``đưa``
    stands alone.  With no neighbour pair known for either reading, the standalone count decides."""
    c = phrase_unseen_counts
    with lexicon.use(c.unigrams, c.bigrams):
        assert lexicon.pair("đưa", "tiền") == 0 and lexicon.pair("phải", "đưa") == 0  # never seen
        assert lexicon.count("đa") > lexicon.count("đưa")
        assert lexicon.standalone("đưa") > 2 * lexicon.standalone("đa")
        assert _fix_in_drop_document([d for d, _ in _DA_DUA]) == [e for _, e in _DA_DUA]


def test_without_the_dictionary_the_frequent_syllable_would_win(phrase_unseen_counts, monkeypatch) -> None:
    # The same fold with an empty two-syllable word list: "tối đa", "đa dạng" no longer mark
    # their "đa" as bound, so the bare counts decide, for "đa" (what the code did before).
    c = phrase_unseen_counts
    with lexicon.use(c.unigrams, c.bigrams):
        monkeypatch.setattr(lexicon, "_word_pairs", frozenset())
        lexicon._standalone.clear()
        got = _fix_in_drop_document([d for d, _ in _DA_DUA[:2]])
        lexicon._standalone.clear()
    assert got == ["Có nhiều ND phải đa tiền ngoài quy định.", "KHÔNG CÓ ND NÀO PHẢI ĐA TIỀN NGOÀI QUY ĐỊNH."]


def test_dictionary_word_pairs() -> None:
    # normalize/data/vi_words2.txt: two-syllable words of pyvi's word list (MIT), both tone styles.
    assert lexicon.is_word_pair("tối", "đa") and lexicon.is_word_pair("Đa", "Dạng")
    assert lexicon.is_word_pair("mưa", "rào") and lexicon.is_word_pair("ghi", "chú")
    assert lexicon.is_word_pair("đa", "dạng") and not lexicon.is_word_pair("đưa", "dạng")
    assert lexicon.is_word_pair("ma", "tuý") and lexicon.is_word_pair("ma", "túy")
    assert not lexicon.is_word_pair("đưa", "tiền") and not lexicon.is_word_pair("đa", "tiền")
    assert not lexicon.is_word_pair(None, "đa")


@pytest.mark.parametrize(
    ("damaged", "expected"),
    [
        ("S¸ng nay trêi ma rµo", "Sáng nay trời mưa rào"),  # "mưa rào" is a word, "ma rào" none
        ("S¸NG NAY TRêI MA RµO", "SÁNG NAY TRỜI MƯA RÀO"),
        ("Ch¬ng tr×nh phßng chèng ma tóy", "Chương trình phòng chống ma túy"),  # "ma túy" stays
    ],
)
def test_dictionary_word_decides_between_u_readings(damaged: str, expected: str) -> None:
    assert fix(damaged) == expected


def test_unicode_word_keeps_its_neighbours_in_a_mixed_line() -> None:
    # "Sóc" decodes to the valid "Súc"; the Unicode "phố"/"tỉnh" next to it show that this part
    # of the line is Unicode, so usage ("Sóc" is far more common) keeps it.
    assert fix("phố Sóc t¹i c¸c c¬") == "phố Sóc tại các cơ"
    assert fix("tỉnh Sóc Nhµ n\xadíc, tËp trung") == "tỉnh Sóc Nhà nước, tập trung"


@pytest.mark.parametrize(
    ("lines", "last"),
    [
        # A TCVN3 document: a cell valid both ways follows usage ("Một", not the unit "Mét").
        (["Ch¬ng tr×nh c«ng t¸c n¨m 2024", "KÕt qu¶ thùc hiÖn", "§¬n vÞ tÝnh: ®ång", "6) Mét"], "6) Một"),
        (["Ch¬ng tr×nh c«ng t¸c n¨m 2024", "KÕt qu¶ thùc hiÖn", "§¬n vÞ tÝnh: ®ång", "thu BHXH tù"], "thu BHXH tự"),
        # A VNI document: "cô" is VNI for "cơ".
        (["Chöông trình coâng taùc naêm 2024", "Keát quaû thöïc hieän", "Ñôn vò tính: ñoàng", "nguy cô"], "nguy cơ"),
        # A Unicode document, or one whose Unicode lines show it is mixed: left alone.
        (["Chương trình công tác năm 2024", "Kết quả thực hiện", "Đơn vị tính: đồng", "6) Mét"], "6) Mét"),
        (["Ch¬ng tr×nh c«ng t¸c", "KÕt qu¶ thùc hiÖn", "§¬n vÞ tÝnh", "Kết quả thực hiện", "nguy cô"], "nguy cô"),
    ],
)
def test_document_in_one_legacy_encoding_decides_ambiguous_cells(lines: list[str], last: str) -> None:
    ctx = Context()
    out = [repair_text(ln, collapse=False, context=ctx).text for ln in lines]
    assert out[-1] == last
    assert fix(lines[-1]) == lines[-1]  # on its own the cell says nothing


def test_u_kept_soft_hyphen_blocks_guessing() -> None:
    # The soft hyphens survived in this line, so "mời" was typed as "mời": no ư inserted by usage.
    assert fix("mêi d\xad¬ng") == "mời dương"


def test_mixed_line_is_repaired_piece_by_piece() -> None:
    assert fix("Kết quả: c¸c chØ sè ®¹t") == "Kết quả: các chỉ số đạt"
    assert fix("Sở Tài chính và Sở Kế hoạch, Së Tµi chÝnh") == "Sở Tài chính và Sở Kế hoạch, Sở Tài chính"
    assert fix("CéNG HOµ X· HéI: Ủy ban nhân dân tỉnh") == "CỘNG HOÀ XÃ HỘI: Ủy ban nhân dân tỉnh"


@pytest.mark.parametrize(
    "clean",
    [
        "cải cách hành chính",
        "Ủy ban nhân dân tỉnh Sóc Trăng",
        "Uỷ ban nhân dân (cách bỏ dấu cũ: hoà, khoẻ, thuỷ)",
        "Cô giáo trẻ đưa học sinh đi tham quan bảo tàng Khmer.",
        "Số: 638/BC-UBND",
        "Le café est très bon à Paris, où l'on déjeune après la réunion.",
        "L'élève a réussi l'examen malgré la grève : c'est déjà ça !",
        "Über die Verwaltungsreform: Bürgerzufriedenheit, Straße, Ørsted",
        "Public Administration Reform Index (PAR Index) 2023",
        "1.165",
        "93,50",
        "81,70%",
        "QĐ-UBND",
        "nbkhang@soctrang.gov.vn",
        "30°C ± 2°C, 10 µm, 5 × 3, ½, © 2024, § 4",
        "Đắk Lắk, Krông Pắc, Ea H'leo",
        "Chau Thanh, thi x3 Vinh Chau va thanh phd Séc Tring. Ddi véi céc hd so tré",  # OCR noise
    ],
)
def test_clean_text_is_never_changed(clean: str) -> None:
    rep = repair_text(clean, collapse=False)
    assert rep.text == clean
    assert rep.fixes == []


def test_nfd_and_oi_are_repaired() -> None:
    assert repair_text(unicodedata.normalize("NFD", "Việt Nam"), collapse=False).fixes == ["nfc"]
    rep = repair_text("Trƣờng học", collapse=False)
    assert (rep.text, rep.fixes) == ("Trường học", ["oi→ư"])


# --- font hints ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("font", "expected"),
    [
        (".VnTime", ("tcvn3", False)),
        ("ABCDEF+.VnTimeH", ("tcvn3", True)),
        (".VnArialH,Bold", ("tcvn3", True)),
        (".VnTime-Bold", ("tcvn3", False)),
        ("VNI-Times", ("vni", False)),
        ("VPS Times", ("vps", False)),
        ("TimesNewRomanPSMT", None),
        (None, None),
    ],
)
def test_font_encoding(font: str | None, expected: tuple[str, bool] | None) -> None:
    assert font_encoding(font) == expected


def test_font_hint_decides_what_the_text_alone_cannot() -> None:
    # "Cô" is a word as it stands; only the font says it is VNI "Cơ".
    assert fix("Cô") == "Cô"
    assert fix("Cô", "VNI-Times") == "Cơ"
    # "Tõ" reads as TCVN3 "Từ"; only the font says it is set in the capitals font.
    assert fix("Tõ") == "Từ"
    assert fix("Tõ", ".VnTimeH") == "TỪ"
    # The capitals font: toned capitals at the lower-case bytes, whatever case was typed.
    assert fix("céng hoµ", ".VnTimeH") == "CỘNG HOÀ"
    # A .VnTime font whose text already came out as Unicode is left alone.
    assert fix("Tên đơn vị", ".VnTime") == "Tên đơn vị"


def test_context_carries_the_documents_u_mode() -> None:
    ctx = Context()
    assert repair_text("Chñ tÞch ®îc bÇu", collapse=False, context=ctx).text == "Chủ tịch được bầu"
    assert ctx.u_mode == "drop"
    # A plain-ASCII line of that document gets its ư back; on its own it would not.
    assert repair_text("- Lu:", collapse=False, context=ctx).text == "- Lưu:"
    assert fix("- Lu:") == "- Lu:"


# --- syllables, lexicon, tone --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("word", "ok"),
    [
        ("Việt", True),
        ("người", True),
        ("ngời", True),
        ("Chương", True),
        ("Chơng", False),
        ("ơng", False),
        ("hoà", True),
        ("hòa", True),
        ("thuỷ", True),
        ("thủy", True),
        ("quỳnh", True),
        ("gìa", False),
        ("kinh", True),
        ("cinh", False),
        ("lôc", False),
        ("lộc", True),
        ("Đắk", False),
        ("café", False),
        ("ngiêng", False),
        ("nghiêng", True),
        ("khuỷu", True),
        ("TÌnh", True),
    ],
)
def test_is_syllable(word: str, ok: bool) -> None:
    assert is_syllable(word) is ok


def test_is_stripped() -> None:
    assert is_stripped("lich") and is_stripped("hien") and is_stripped("cac")
    assert not is_stripped("lịch") and not is_stripped("nam") and not is_stripped("index")


def test_lexicon_counts_come_from_the_seeds() -> None:
    assert lexicon.count("người") > lexicon.count("ngời")
    assert lexicon.count("số") > 100
    assert lexicon.pair("cơ", "quan") > 0


def test_lexicon_can_be_swapped_for_a_benchmark_fold() -> None:
    from normalize.legacy.words import is_clean

    # "quới" (Mỹ Quới) and "hãn" ("khoán hãn nhiệm vụ") are known from the seeds only.
    line = "tránh tư tưởng khoán hãn nhiệm vụ"
    assert lexicon.known("quới") and is_clean(line)
    with lexicon.use({"kéo": 3}, {}):
        assert not lexicon.known("quới") and lexicon.known("kéo") and lexicon.known("người")  # + word lists
        assert not is_clean(line)  # the cached word verdicts follow the swap ("hãn" may be a misread)
    assert lexicon.known("quới") and is_clean(line)


def test_tone_styles() -> None:
    assert to_new_style("hoà thuỷ khoẻ Uỷ ban") == "hòa thủy khỏe Ủy ban"
    assert to_old_style("hòa thủy khỏe Ủy ban") == "hoà thuỷ khoẻ Uỷ ban"
    assert to_new_style("quỳnh hoàn thuyền quý") == "quỳnh hoàn thuyền quý"
    assert to_new_style("THUỶ") == "THỦY"
    assert tone_style("Hoà Bình") == "old" and tone_style("Hòa Bình") == "new" and tone_style("Sóc Trăng") is None
    assert matching_key("Uỷ ban  nhân dân") == matching_key("ủy ban nhân dân") == "ủy ban nhân dân"
    assert repair_text("Thuỷ lợi", collapse=False, tone="new").text == "Thủy lợi"
    assert repair_text("Thuỷ lợi", collapse=False).text == "Thuỷ lợi"  # the document's style is kept


# --- the corpus ----------------------------------------------------------------------------------


def test_corpus_accuracy_per_damage_kind_and_no_false_repair() -> None:
    """Every damage kind built from the seeds' lines, one document per kind (as fix-text reads a file).

    Cross-validated like ``benchmarks/bench_text_repair.py``: each line is repaired with a
    lexicon counted from the seeds without the section of the report the line comes from.
    """
    res = bench_text_repair.run()
    total, ok = res.total, res.ok
    assert set(total) >= {
        "tcvn3",
        "tcvn3-ư-space",
        "tcvn3-ư-hyphen",
        "tcvn3-ư-dropped",
        "tcvn3-caps",
        "tcvn3-caps-ư-space",
        "tcvn3-caps-ư-dropped",
        "vni",
        "viscii",
        "vps",
        "ƣ",
        "nfd",
        "utf8-as-cp1252",
        "utf8-as-cp1258",
        "utf8-as-cp1252-nbsp-lost",
        "mixed",
    }
    acc = {k: ok[k] / total[k] for k in total}
    # The issue's bar is 99.9 %, per kind (đa/đưa in "phải đưa tiền", unseen in its fold, is decided
    # by the standalone counts and the dictionary's word pairs).  The mixed lines keep a few
    # valid-both-ways words.
    floors = {"mixed": 0.99}
    low = {k: round(a, 4) for k, a in acc.items() if a < floors.get(k, 0.999)}
    assert low == {}
    assert sum(ok.values()) / sum(total.values()) >= 0.999
    assert res.changed == []  # clean seed lines, each with its fold's lexicon

    clean = corpus.clean_lines() + corpus.negative_lines() + corpus.heldout_lines()
    changed = [ln for ln in clean if repair_text(ln, collapse=False).text != ln]
    assert len(clean) > 2500
    assert changed == []
    doc = Context()  # read as one document, the clean lines must not make a legacy "prior"
    assert [ln for ln in clean if repair_text(ln, collapse=False, context=doc).text != ln] == []


def test_heldout_lines_generalise() -> None:
    held = corpus.heldout_cases()
    ok = sum(repair_text(d, collapse=False).text == e for _, d, e in held)
    assert len(held) > 400
    assert ok / len(held) >= 0.97


def test_clean_cells_are_fast() -> None:
    cells = [c for line in corpus.clean_lines()[:1500] for c in line.split(", ")]
    for c in cells[:200]:
        repair_text(c)  # warm the caches
    t0 = time.perf_counter()
    for c in cells:
        repair_text(c)
    rate = len(cells) / (time.perf_counter() - t0)
    assert rate > 20_000, f"{rate:.0f} clean cells/s"


def test_header_caption_and_text_fonts_are_hints_inside_extract() -> None:
    """A word valid both ways ("Mét") is decoded only where its font says TCVN3."""
    from normalize.document import repair_document
    from schemas.model import Document, Table, TextBlock

    table = Table(
        doc="d.pdf", index=1, pages=[1], method="pdf", title="Mét", title_font=".VnTime",
        header=[["STT", "Mét"]], header_fonts=[["Arial", ".VnTime"]],
        rows=[["1", "Mét"], ["2", "Mét"]], font_hints=[["Arial", ".VnTime"], ["Arial", "Arial"]],
    )
    doc = Document(path="d.pdf", method="pdf", tables=[table],
                   text=[TextBlock(page=1, text="Mét", font=".VnTime"), TextBlock(page=1, text="Mét", font="Arial")])
    repair_document(doc)
    assert table.header == [["STT", "Một"]]
    assert table.title == "Một"
    assert table.rows == [["1", "Một"], ["2", "Mét"]]
    assert [b.text for b in doc.text] == ["Một", "Mét"]
