"""Restore OCR-damaged row labels against the catalogues and the gazetteer.

An OCR that lost the accents leaves ``Huyén Tran Bé``, ``S¢ Xay dung`` or
``Thi xd Ngi Nam`` in the name column; text repair cannot bring these back (the
letters themselves are wrong), but the names are not free text: they are the
province's agencies and districts (the gazetteer) or the methodology's groups
and criteria (the catalogues).  :class:`normalize.match.Matcher` already folds
accents and OCR confusions, so a label it matches *clearly* (status ``ok``: high
score and a clear margin over the next candidate) is replaced by the canonical
name of that year, and every replacement is recorded in ``table.fixes`` so it
can be explained.  A label it cannot tell apart from a neighbour (``review``) is
left as read and returned for a person to check: a wrong name is worse than a
damaged one.

Row codes get the same treatment where the table itself proves them: group
rows are numbered I, II, III, … and the rows under each group 1, 2, 3, …; a
code the OCR garbled (``Il``, ``v``, ``;``, ``g``) or dropped is restored from
that sequence only when the codes that were read agree with it.

Run on tables whose text came from OCR (``method`` ``ocr`` or ``text``): a
born-digital table prints its names correctly and keeps them as printed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

from pydantic import BaseModel

from normalize.match import Matcher, MatchResult, split_code
from normalize.syllables import is_syllable
from normalize.tone import matching_key
from schemas.model import Table, TextFix
from schemas.vocab import fold, matches_any

_LEAD_NUMBER = re.compile(r"^\s*\d{1,3}\s*[.)|:]?\s+(?=\D)")
_ROMANS = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
# what an OCR makes of a roman group code: l/1/| for I, a lost I ("v" for IV)
# what Tesseract makes of I, II, III, VI, VII: "]", "H", "n", "IH", "VỊ", "VH", "VIH", "NÌ|"
_ROMAN_LIKE = re.compile(r"^[IVXivxl1|!\[\]HUnNỊÌÍĨỈ]{1,4}\.?$")
_CODE_CELL = re.compile(r"^\(?(?:\d+(?:\.\d+)*|[IVXLC]+|[A-ZĐ])[.)]?\)?$")


class LabelReview(BaseModel):
    """A label left as read because its best match is not clear enough."""

    row: int
    col: int
    text: str
    candidate: str | None = None
    score: float | None = None
    status: str = "review"
    note: str | None = None


def _nfc(text: str) -> str:
    return unicodedata.normalize("NFC", " ".join(text.split()))


def label_column(table: Table) -> int | None:
    """The column that names the rows: the first whose body cells are mostly words.

    Row-number and code columns (``1``, ``IV``) and number columns are skipped.
    """
    width = table.width
    for c in range(width):
        cells = [r[c].strip() for r in table.rows if c < len(r) and r[c].strip()]
        if not cells:
            continue
        wordy = sum(1 for t in cells if sum(ch.isalpha() for ch in t) >= 3 and not _CODE_CELL.match(t))
        if wordy >= 0.6 * len(cells):
            return c
    return None


def _code_column(table: Table, label_col: int) -> int | None:
    """The column left of the labels that holds row numbers / group codes, if any."""
    if label_col == 0:
        return None
    c = label_col - 1
    cells = [r[c].strip() for r in table.rows if r[c].strip()]
    if not cells:
        return c
    short = sum(1 for t in cells if len(t) <= 4 or _CODE_CELL.match(t))  # (criterion codes: 1.3.2)
    return c if short >= 0.8 * len(cells) else None


def _groups(table: Table, label_col: int) -> list[bool]:
    """Which rows are group headings: ``row_kinds`` when set, else bold (capitals in OCR text)."""
    n = len(table.rows)
    if table.row_kinds and len(table.row_kinds) == n:
        return [k == "group" for k in table.row_kinds]
    if table.row_bold and len(table.row_bold) == n:
        return list(table.row_bold)
    out = []
    for row in table.rows:
        letters = [ch for ch in row[label_col] if ch.isalpha()]
        out.append(len(letters) >= 3 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters))
    return out


def _prefix(label: str, group: bool) -> tuple[str, str]:
    """A printed number or code in front of the label, kept as printed."""
    if group:
        code, rest = split_code(label)
        if code is not None:
            return label[: len(label) - len(rest)], rest
        return "", label
    m = _LEAD_NUMBER.match(label)
    return (label[: m.end()], label[m.end() :]) if m else ("", label)


def _known_names(m: Matcher, res: MatchResult, year: int | None) -> list[str]:
    """Every name the matched entity or item is printed by (canonical, dated names, aliases)."""
    if res.code is None:
        return []
    if res.catalogue == "gazetteer":
        e = m.cs.gazetteer.by_id.get(res.code)
        return [e.name, *e.match_names(year)] if e is not None else []
    for cat in m.cs.periods(res.catalogue or ""):
        if res.period in (None, cat.period):
            it = cat.item(res.code)
            if it is not None:
                return it.names()
    return []


def _printed_right(label: str, names: list[str]) -> bool:
    """The label is already one of the names as printed (accents and all): nothing to restore."""
    key = _nfc(label).casefold().rstrip(" .:")
    return any(key == _nfc(n).casefold() for n in names)


_VIET_MARKS = set("àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ")
_PLAIN_CHARS = re.compile(r"[\w\s,.;:()/&%'\"\-–+]*")


def _damaged(label: str) -> bool:
    """Whether a label shows OCR damage by itself: a character no Vietnamese name has
    (``S¢``, ``M§``), a word that is no Vietnamese syllable (``Huyén``, ``SoYté``; upper-case
    abbreviations such as ``UBND`` aside), or no accent at all (``Cong an tinh``)."""
    text = _nfc(label)
    if not _PLAIN_CHARS.fullmatch(text):
        return True
    words = re.findall(r"\w+", text)
    for w in words:
        if any(ch.isdigit() for ch in w):
            if any(ch.isalpha() for ch in w):
                return True  # "S6", "x38": a letter read as a digit
            continue
        if w.isupper() and len(w) > 1:
            continue
        if not is_syllable(w):
            return True
    return not any(ch in _VIET_MARKS for ch in text.lower())


def _accents_wrong(label: str, name: str) -> bool:
    """Same letters as the name but other accents (``Cuc Thué`` for ``Cục Thuế``); the old and
    new tone placements (``hoá``/``hóa``) count as the same."""
    return fold(label) == fold(name) and matching_key(label) != matching_key(name)


OCR_TABLE_SHARE = 0.3  # share of damaged labels from which a whole table is taken for OCR text

CONFLICT_MARGIN = 10.0  # score lead that settles a label read clearly both as an entity and as an item


def _decide(
    matcher: Matcher,
    label: str,
    year: int | None,
    group: bool,
    kinds: tuple[str, ...] | None,
    prefer: str | None,
    index: str | None = None,
) -> tuple[MatchResult | None, str, list[MatchResult]]:
    """The clear match of a label (or None) and the kind of fix, plus the unclear results.

    A group heading is a catalogue entry (``SỞ NGÀNH``, ``UBND CẤP HUYỆN``); a
    body row names an entity, or else a criterion.  When both readings match
    clearly and disagree (``UBND huyện Cù Lao Dung`` is also close to the group
    ``UBND cấp huyện``), the one ahead by :data:`CONFLICT_MARGIN` wins, or, on a
    closer call, the reading most rows of the table have (``prefer``); else
    neither is taken.
    """
    if group:
        item = matcher.match_item(label, year=year, index=index)
        return (item, "ocr_item_name", []) if item.status == "ok" else (None, "", [item])
    ent = matcher.match_entity(label, year=year, kinds=kinds)
    item = matcher.match_item(label, year=year, index=index)
    if ent.status == "ok" and item.status == "ok" and fold(ent.name or "") != fold(item.name or ""):
        lead = (ent.score or 0.0) - (item.score or 0.0)
        if lead >= CONFLICT_MARGIN or (prefer == "entity" and lead >= 0):
            return ent, "ocr_entity_name", []
        if -lead >= CONFLICT_MARGIN or (prefer == "item" and lead <= 0):
            return item, "ocr_item_name", []
        conflict = ent.model_copy(update={"status": "review", "note": f"cũng khớp rõ mục {item.name}"})
        return None, "", [conflict]
    if ent.status == "ok":
        return ent, "ocr_entity_name", []
    if item.status == "ok":
        return item, "ocr_item_name", []
    return None, "", [ent, item]


def restore_labels(
    table: Table,
    *,
    year: int | None,
    matcher: Matcher | None = None,
    kinds: Iterable[str] | None = None,
    index: str | None = None,
) -> list[LabelReview]:
    """Replace OCR-damaged row labels by their canonical names; return the unclear ones.

    ``year`` picks the names in force that year (``Sở Lao động - Thương binh và
    Xã hội`` in 2021, not its 2025 successor); ``kinds`` may restrict entity
    kinds (``{"agency", "district"}``) and ``index`` the catalogue for criteria
    and groups (``"unit_par"``; None tries every catalogue in force).  A label
    already printed as one of the names (``UBND huyện Trần Đề``) is kept as
    printed, and so is any label of a table whose text is not OCR-damaged
    unless that label is damaged itself (:func:`_damaged`, or only its
    accents differ from the name).  Each replacement is appended to
    ``table.fixes`` (``where`` = ``rows[r][c]``).  Labels whose best match is
    ``review`` are left unchanged and returned, and so are body labels of a table
    of units that match no unit at all (status ``none``); other labels with no
    match (a sentence, a note in a table of criteria) are left alone silently.
    """
    m = matcher or Matcher.default()
    col = label_column(table)
    if col is None:
        return []
    kinds_t = tuple(kinds) if kinds else None
    groups = _groups(table, col)
    totals = [
        (bool(table.row_kinds) and r < len(table.row_kinds) and table.row_kinds[r] == "total")
        or matches_any(row[col], "total_rows", whole=True)
        for r, row in enumerate(table.rows)
    ]
    # a number in front of the name is the row number only when the table has no number column;
    # next to one it is OCR noise ("59 Thong tin" for "Sở Thông tin")
    keep_number = _code_column(table, col) is None
    labels = {}
    for r, row in enumerate(table.rows):
        if col < len(row) and sum(ch.isalpha() for ch in row[col]) >= 2 and not totals[r]:
            lead, label = _prefix(row[col].strip(), groups[r])
            labels[r] = (lead if keep_number or groups[r] else "", label)
    # which reading most body rows have clearly: settles close calls between entity and item
    ent_ok = sum(
        m.match_entity(lab, year=year, kinds=kinds_t).status == "ok" for r, (_, lab) in labels.items() if not groups[r]
    )
    item_ok = sum(
        m.match_item(lab, year=year, index=index).status == "ok" for r, (_, lab) in labels.items() if not groups[r]
    )
    prefer = "entity" if ent_ok > item_ok else "item" if item_ok > ent_ok else None
    # in OCR text every label is suspect (a garble can spell real words: "Thanh phé Séc Tring");
    # in a clean table only a label damaged by itself is restored, the rest stays as printed
    damaged = {r: _damaged(lab) for r, (_, lab) in labels.items()}
    ocr_text = ocr_damaged(table)
    reviews: list[LabelReview] = []
    for r, (lead, label) in labels.items():
        row = table.rows[r]
        raw = row[col]
        best, fix, unclear = _decide(m, label, year, groups[r], kinds_t, prefer, index)
        if best is None:
            if not (ocr_text or damaged[r]):
                continue  # a clean label that matches nothing clearly needs no restoring
            shown = [u for u in unclear if u.status == "review"]
            if not shown and prefer == "entity" and not groups[r] and unclear and unclear[0].name:
                shown = [unclear[0]]  # a unit the gazetteer does not recognise, in a table of units
            if shown:
                u = max(shown, key=lambda x: x.score or 0.0)
                reviews.append(
                    LabelReview(row=r, col=col, text=raw, candidate=u.name, score=u.score, status=u.status, note=u.note)
                )
            continue
        if _printed_right(label, _known_names(m, best, year)):
            continue  # printed correctly (a good OCR or a clean text): kept as printed
        if not (ocr_text or damaged[r] or _accents_wrong(label, best.name or "")):
            continue  # a clean table's wording ("Sở, ngành tỉnh"): kept as printed
        name = best.name or ""
        letters = [ch for ch in label if ch.isalpha()]
        if letters and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters):
            name = name.upper()  # a heading printed in capitals stays in capitals ("CƠ QUAN TRUNG ƯƠNG …")
        new = _nfc(f"{lead}{name}")
        if new != _nfc(raw):
            row[col] = new
            table.fixes.append(TextFix(where=f"rows[{r}][{col}]", fix=fix, before=raw, after=new))
    return reviews


def ocr_damaged(table: Table) -> bool:
    """Whether a table's row labels read like OCR text (a share of them damaged by itself).

    Only such tables get their row codes rebuilt from the sequence and every
    label matched clearly replaced; a clean table keeps its wording.
    """
    col = label_column(table)
    if col is None:
        return False
    labels = [r[col] for r in table.rows if col < len(r) and sum(ch.isalpha() for ch in r[col]) >= 2]
    return bool(labels) and sum(_damaged(lab) for lab in labels) >= OCR_TABLE_SHARE * len(labels)


def _misread_code(code: str, signs: bool = False) -> bool:
    """A row number the OCR turned into another character (``;`` ``g`` ``y`` ``s`` for 7 9 4 4; with
    ``signs``, also ``+`` for 4, which Tesseract does on scans)."""
    keep = ("-", "–", "—", "*", "…") if signs else ("-", "–", "—", "*", "+", "…")
    return 0 < len(code) <= 2 and not code.isdigit() and code not in keep


def restore_row_codes(table: Table) -> list[TextFix]:
    """Restore group codes (I, II, …) and row numbers (1, 2, …) that the sequence proves.

    Only in a table of OCR text (:func:`ocr_damaged`): a clean table's empty
    codes are sub-rows, not lost numbers.  Group rows are numbered I, II,
    III… in order; a garbled or missing group code is set from its position
    when every group code read is either that position's numeral or looks like
    a roman numeral the OCR damaged (``Il``, ``1``, ``v``) and at least one is
    read right.  Under each group the rows are numbered from 1: a misread
    number (``;``) is set from its position when no number read in that run
    contradicts the sequence and one agrees; a missing number only when at
    least half of the run's numbers were read and agree.
    """
    col = label_column(table)
    # (a table parx read by OCR itself keeps its accents, so it is not "damaged" text; its codes are
    # still read by Tesseract, which drops or garbles the short ones)
    if col is None or not (table.method == "ocr" or ocr_damaged(table)):
        return []
    cc = _code_column(table, col)
    if cc is None:
        return []
    groups = _groups(table, col)
    fixes: list[TextFix] = []

    def put(r: int, new: str, fix: str) -> None:
        old = table.rows[r][cc]
        if old.strip() != new:
            table.rows[r][cc] = new
            fixes.append(TextFix(where=f"rows[{r}][{cc}]", fix=fix, before=old, after=new))

    g_rows = [r for r, g in enumerate(groups) if g]
    if 0 < len(g_rows) <= len(_ROMANS):
        codes = [table.rows[r][cc].strip() for r in g_rows]
        expected = _ROMANS[: len(g_rows)]
        right = sum(c.rstrip(".") == e for c, e in zip(codes, expected, strict=True))
        fits = all(not c or c.rstrip(".") == e or _ROMAN_LIKE.match(c) for c, e in zip(codes, expected, strict=True))
        # (none read right is enough when every code is there and looks roman: "]" and "H" for I and II)
        if fits and (right or (len(codes) >= 2 and all(codes))):
            for r, e in zip(g_rows, expected, strict=True):
                if table.rows[r][cc].strip().rstrip(".") != e:
                    put(r, e, "ocr_group_code_sequence")
    # runs of body rows between group rows
    runs: list[list[int]] = []
    cur: list[int] = []
    for r, g in enumerate(groups):
        if g:
            if cur:
                runs.append(cur)
            cur = []
        else:
            cur.append(r)
    if cur:
        runs.append(cur)
    for run in runs:
        codes = [table.rows[r][cc].strip() for r in run]
        agree = sum(c == str(i) for i, c in enumerate(codes, 1))
        contradict = any(c.isdigit() and c != str(i) for i, c in enumerate(codes, 1))
        if not agree or contradict:
            continue
        # (an empty code in a table parx read itself is a sub-row, "- Cấp huyện", more often than a lost number)
        fill_empty = agree >= 0.5 * len(run) and table.method != "ocr"
        for i, (r, c) in enumerate(zip(run, codes, strict=True), 1):
            if _misread_code(c, table.method == "ocr") or (not c and fill_empty):
                put(r, str(i), "ocr_row_number_sequence")
    table.fixes.extend(fixes)
    return fixes


# header words of the name column, by their folded key (OCR confusions undone by the matcher's folding)
NAME_HEADERS = {
    "don vi": "Đơn vị",
    "ten don vi": "Tên đơn vị",
    "co quan don vi": "Cơ quan, đơn vị",
    "co quan": "Cơ quan",
    "dia phuong": "Địa phương",
    "noi dung": "Nội dung",
    "linh vuc": "Lĩnh vực",
    "tieu chi": "Tiêu chí",
    "chi tieu": "Chỉ tiêu",
}


def restore_name_header(table: Table, matcher: Matcher | None = None) -> list[TextFix]:
    """Restore the header of the name column when the OCR damaged it (``Pon vi`` → ``Đơn vị``).

    Later stages recognise a table of units by that header (``Đơn vị``); the
    OCR's ``P`` for ``Đ`` hides it.  Only the few header words of a name column
    are restored, and only when their folded form (with the matcher's OCR
    rules) is exactly one of them.
    """
    m = matcher or Matcher.default()
    col = label_column(table)
    if col is None:
        return []
    fixes: list[TextFix] = []
    for r, hrow in enumerate(table.header):
        if col >= len(hrow):
            continue
        text = hrow[col]
        new = NAME_HEADERS.get(m.folder.key(text, "item")) if text.strip() else None
        if new is None or _nfc(text) == new:
            continue
        hrow[col] = new
        fixes.append(TextFix(where=f"header[{r}][{col}]", fix="ocr_header_name", before=text, after=new))
    for hc in table.header_cells:
        if hc.col == col:
            new = NAME_HEADERS.get(m.folder.key(hc.text, "item")) if hc.text.strip() else None
            if new is not None:
                hc.text = new
    table.fixes.extend(fixes)
    return fixes


def restore_table(
    table: Table,
    *,
    year: int | None,
    matcher: Matcher | None = None,
    kinds: Iterable[str] | None = None,
    index: str | None = None,
) -> list[LabelReview]:
    """All repairs on one OCR'd table: name-column header, row codes, then labels.

    Returns the labels left for review.
    """
    restore_name_header(table, matcher)
    restore_row_codes(table)
    return restore_labels(table, year=year, matcher=matcher, kinds=kinds, index=index)
