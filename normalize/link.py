"""Tie every record to a canonical catalogue item and entity (the matching stage).

:mod:`normalize.records` reads numbers and says what each one measures; this
module says *what it is about*: the item of the methodology in force that year
(``item_code``/``item``) and the province, agency or district (``entity``).

Which catalogue a table speaks is not guessed from its title: every distinct
item label of the table is matched against each catalogue (PAR Index, SIPAS,
the province's unit-level index, the district-submission indicators) and the
catalogue that recognises the most labels (and the caption's subject) with a
clear margin wins.  Labels
are then matched again inside that catalogue only, so a name shared by two
catalogues ("Cải cách thể chế") is not left ambiguous.

The rule from :mod:`normalize.match` holds here: a code is written only for an
``ok`` match.  A ``review`` match leaves ``item_code``/``entity`` empty and the
record's ``status`` becomes ``review``.  In a table that speaks a catalogue, a
row label nothing in it resembles is also sent to ``review`` — that is where a
misread or a new criterion hides.  A table none of whose labels belong to any
catalogue (a survey breakdown, a list of channels) keeps its records ``ok``
with no item code: nothing was guessed.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict

from normalize.match import INDEXES, Matcher, MatchResult
from schemas.model import Document, Record
from schemas.vocab import fold as fold_label
from schemas.vocab import matches_any, names_only_measure

# what a caption says besides its subject: "Bảng 2.", "Phụ lục 1:", "của tỉnh Sóc Trăng",
# "giai đoạn 2017 - 2020", "năm 2020", "qua các năm"
_CAPTION_LABEL = re.compile(r"^\s*(?:bảng|biểu|phụ lục|hình)\s*(?:số\s*)?[\dIVXivx]+[a-z]?\s*[.:\-–]?\s*", re.I)
_CAPTION_PLACE = re.compile(
    r"\s*(?:của|tại|trên địa bàn)?\s*(?i:tỉnh|thành phố)\s+[A-ZĐÀ-Ỹ][^\s,.;:()]*(?:\s+[A-ZĐÀ-Ỹ][^\s,.;:()]*)*"
)
_CAPTION_YEARS = re.compile(
    r"\s*(?:(?:trong\s+)?(?:giai đoạn|năm|từ năm|từ)\s*)?(?:19|20)\d\d(?:\s*(?:-|–|đến)\s*(?:năm\s*)?(?:19|20)\d\d)?"
    r"|\s*qua các năm",
    re.I,
)


def caption_subject(title: str | None) -> str:
    """The item a caption names, without its label, place and years.

    ``Bảng 2. Chỉ số CCHC của tỉnh Sóc Trăng giai đoạn 2017 - 2020`` → ``Chỉ số CCHC``.
    """
    if not title:
        return ""
    text = _CAPTION_LABEL.sub("", title)
    text = _CAPTION_PLACE.sub("", text)
    text = _CAPTION_YEARS.sub("", text)
    return " ".join(text.split()).strip(" ,.:;-–")


def _item_key(rec: Record) -> tuple[str, str, int | None]:
    return (rec.item_raw, rec.row_code, rec.year)


_QUALIFIER = re.compile(r"\s+(?:của|do|tại|thuộc)\s+(?=[A-ZĐÀ-Ỹ])")
_CAPTION_FIELD = re.compile(r"\b(?:thuộc|của)?\s*(?:lĩnh vực|chỉ số thành phần|nội dung)\s+(?=\S)", re.I)


def _match_caption(matcher: Matcher, caption: str, year: int | None, index: str | None) -> MatchResult | None:
    """The item a caption is about: the whole subject, or what follows "lĩnh vực …"."""
    tries = [caption]
    parts = _CAPTION_FIELD.split(caption)
    if len(parts) > 1 and parts[-1].strip():
        tries.append(parts[-1].strip())
    # "Chỉ số CCHC và vị trí xếp hạng": the first of two things a caption names
    tries.extend(p.strip() for p in re.split(r"\s+và\s+|,\s*", caption)[:1] if p.strip() and p.strip() != caption)
    for text in tries:
        res = matcher.match_item(text, year=year, index=index)
        if res.status == "ok":
            return res
    return None


def _choose_index(matcher: Matcher, keys: list[tuple[str, str, int | None]], caption: str) -> str | None:
    """The catalogue recognising most of the table's labels and its caption (None when none does)."""
    votes: Counter[str] = Counter()
    year = next((y for _, _, y in keys if y is not None), None)
    for index in INDEXES:
        if caption and _match_caption(matcher, caption, year, index) is not None:
            votes[index] += 1
        for label, code, y in keys:
            if label and matcher.match_item(label, year=y, index=index, code_hint=code or None).status == "ok":
                votes[index] += 1
    if not votes:
        return None
    # a tie between catalogues is broken by INDEXES order (PAR first): the provincial
    # index is what most report tables print, and a tie means the labels fit both.
    top = votes.most_common(1)[0][1]
    return next(i for i in INDEXES if votes.get(i) == top)


def _item_match(matcher: Matcher, rec: Record, index: str, within: str | None, caption: str = "") -> MatchResult:
    hint = rec.row_code or None
    res = matcher.match_item(rec.item_raw, year=rec.year, index=index, code_hint=hint)
    if res.status == "review" and within:
        narrowed = matcher.match_item(rec.item_raw, year=rec.year, index=index, code_hint=hint, within=within)
        if narrowed.status == "ok":
            return narrowed
    # "Điểm tự đánh giá, thẩm định của Bộ Nội vụ": whose it is does not change what it is
    if res.status != "ok":
        head = _QUALIFIER.split(rec.item_raw)[0].strip(" ,;:")
        if head != rec.item_raw and len(head.split()) >= 2:
            short = matcher.match_item(head, year=rec.year, index=index, code_hint=hint)
            if short.status == "ok":
                return short
    # a row label that only names a measure ("Xếp hạng/63 tỉnh, thành phố" in a table of
    # yearly results): the item is what the caption is about
    # a column of a table the caption names an item for ("Phụ lục 3: tình hình công khai tiến độ,
    # kết quả giải quyết hồ sơ TTHC" over counts per agency): the numbers are that item's parts
    from_header = rec.item_raw in rec.column_raw
    if res.status != "ok" and caption and (from_header or names_only_measure(rec.item_raw) is not None):
        cap = _match_caption(matcher, caption, rec.year, index)
        if cap is not None:
            return cap
    # an item named by a column's leaf header ("Sipas" under "Điểm ĐTXHH") may only be
    # recognisable with the headers above it
    if res.status != "ok" and rec.column_raw != rec.item_raw and rec.column_raw.endswith(rec.item_raw):
        parent_label = rec.column_raw[: -len(rec.item_raw)].strip()
        parent = matcher.match_item(parent_label, year=rec.year, index=index) if parent_label else None
        if parent is not None and parent.status == "ok":
            child = matcher.match_item(rec.item_raw, year=rec.year, index=index, within=parent.code)
            if child.status == "ok":
                return child
        whole = matcher.match_item(rec.column_raw, year=rec.year, index=index)
        if whole.status == "ok":
            return whole
    return res


def link_records(doc: Document, records: list[Record], matcher: Matcher | None = None) -> list[Record]:
    """Fill ``item_code``, ``item``, ``entity``, ``match_score`` and ``status`` in place."""
    matcher = matcher or Matcher.default()
    by_table: dict[int, list[Record]] = defaultdict(list)
    for rec in records:
        by_table[rec.table].append(rec)
    titles = {t.index: t.title for t in doc.tables}
    doc_entity = _doc_entity(matcher, doc)
    for table_no, recs in by_table.items():
        keys = list(dict.fromkeys(_item_key(r) for r in recs if r.item_raw))
        caption = caption_subject(titles.get(table_no))
        index = _choose_index(matcher, keys, caption)
        row_entities = _row_entities(matcher, doc, recs)
        items: dict[tuple[int, int], MatchResult] = {}
        within: str | None = None
        for rec in sorted(recs, key=lambda r: (r.row, r.col)):
            if index is None or not rec.item_raw:
                continue
            res = _item_match(matcher, rec, index, within, caption)
            items[(rec.row, rec.col)] = res
            if res.status == "ok" and rec.row_kind == "group" and rec.item_raw != rec.column_raw:
                within = res.code
        if index is not None:
            _total_rows(matcher, index, recs, items)
        for rec in recs:
            scores: list[float] = []
            review = False
            res = items.get((rec.row, rec.col))
            if res is not None:
                if res.status == "ok":
                    rec.item_code, rec.item = res.code, res.name
                    rec.catalogue = res.catalogue or index
                    scores.append(res.score or 0.0)
                else:
                    # an ambiguous match always needs a person; a column header that names
                    # nothing in the catalogue ("Tổng số hồ sơ tiếp nhận") is just not an item
                    from_header = rec.item_raw in rec.column_raw
                    review = res.status == "review" or not from_header
            if rec.row in row_entities:
                raw, ent = row_entities[rec.row]
                rec.entity_raw = raw
                if ent.status == "ok":
                    rec.entity = ent.name
                    scores.append(ent.score or 0.0)
                else:
                    rec.entity = None
                    # a group heading such as "SỞ NGÀNH" names no entity: nothing to review
                    review = review or (ent.status == "review" and rec.row_kind == "data")
            elif doc_entity is not None:
                rec.entity = doc_entity.name
                scores.append(doc_entity.score or 0.0)
            else:
                rec.entity = None
            rec.match_score = round(min(scores), 1) if scores else None
            if review and rec.status == "ok":
                rec.status = "review"
    return records


def _member_rows(rec: Record, kinds: dict[int, str]) -> set[int]:
    """The data rows a total or subtotal row sums up.

    A grand total sums every data row above it; a subtotal printed after its
    members ("Cộng lĩnh vực 3") the data rows since the previous group row; a
    group heading ("I | SỞ NGÀNH") the data rows below it up to the next one.
    """
    rows = sorted(kinds)
    if rec.row_kind == "total":
        return {r for r in rows if r < rec.row}
    if matches_any(rec.item_raw, "total_rows"):
        above: set[int] = set()
        for r in reversed([r for r in rows if r < rec.row]):
            if kinds[r] != "data":
                break
            above.add(r)
        return above
    below: set[int] = set()
    for r in (r for r in rows if r > rec.row):
        if kinds[r] != "data":
            break
        below.add(r)
    return below


def _total_rows(matcher: Matcher, index: str, recs: list[Record], items: dict[tuple[int, int], MatchResult]) -> None:
    """Give a total row the item its members add up to.

    ``Tổng cộng`` under the 8 fields is the index itself; ``Cộng lĩnh vực 3`` under
    criteria 3.1–3.5 is field 3.  The parent is read from the catalogue (the
    members' common parent) or, when the members are not in the catalogue, from
    their printed codes (3.1, 3.2 … → 3) — and only an item the catalogue has is
    written.
    """
    kinds = {r.row: r.row_kind for r in recs}
    for rec in recs:
        res = items.get((rec.row, rec.col))
        if rec.row_kind == "data" or res is None or res.status == "ok":
            continue
        cat = matcher.cs.period_for(index, rec.year) if rec.year is not None else None
        if cat is None:
            continue
        by_code = {i.code: i for i in cat.items}
        members = [r for r in recs if r.col == rec.col and r.row_kind == "data" and r.row in _member_rows(rec, kinds)]
        matched = [m for r in members if (m := items.get((r.row, r.col))) is not None and m.status == "ok"]
        parents = {by_code[m.code].parent for m in matched if m.code in by_code}
        parent = next(iter(parents)) if len(parents) == 1 else None
        if parents == {None}:
            # the members are the top level (the fields): their total is the index itself
            roots = [i.code for i in cat.items if i.level == "index"]
            parent = roots[0] if len(roots) == 1 else None
        if parent is None:
            codes = [r.row_code for r in members if r.row_code]
            prefixes = {c.rsplit(".", 1)[0] for c in codes if "." in c}
            if codes and len(prefixes) == 1 and all("." in c for c in codes):
                parent = prefixes.pop()
        if parent is None or parent not in by_code:
            continue
        item = by_code[parent]
        items[(rec.row, rec.col)] = MatchResult(
            # as sure as the least sure member, or as the printed codes (exact) when none matched
            code=item.code, name=item.name, score=min((m.score or 0.0 for m in matched), default=100.0), status="ok",
            catalogue=index, period=cat.period, note="tổng của các mục thành phần",
        )


def _row_entities(matcher: Matcher, doc: Document, recs: list[Record]) -> dict[int, tuple[str, MatchResult]]:
    """Entity of every row of a table whose rows name entities (agencies, districts).

    A label that is not an entity but repeats under several entities ("Cấp huyện",
    "Cấp xã" under each district) is a breakdown of the entity above it: it takes
    that entity, and the label is kept in ``entity_raw`` after the parent's name.
    An unrecognised label that does not repeat (a misread name) is not attached
    to anything — it goes to review.
    """
    labels: dict[int, str] = {}
    for r in recs:
        if r.entity_raw and r.entity_raw != (doc.entity_raw or ""):
            labels.setdefault(r.row, r.entity_raw)
    if not labels:
        return {}
    year = next((r.year for r in recs if r.year is not None), doc.year)
    matched = {row: matcher.match_entity(label, year=year) for row, label in labels.items()}
    counts = Counter(fold_label(lab) for lab in labels.values())
    out: dict[int, tuple[str, MatchResult]] = {}
    parent: tuple[str, MatchResult] | None = None
    for row in sorted(labels):
        label, res = labels[row], matched[row]
        if res.status == "ok":
            parent = (label, res)
            out[row] = (label, res)
        elif parent is not None and counts[fold_label(label)] > 1:
            out[row] = (f"{parent[0]} / {label}", parent[1])
        else:
            out[row] = (label, res)
    return out


def _doc_entity(matcher: Matcher, doc: Document) -> MatchResult | None:
    """The entity the whole document is about (the province of a provincial report)."""
    for text in (doc.entity_raw, doc.entity):
        if text:
            res = matcher.match_entity(text, year=doc.year)
            if res.status == "ok":
                return res
    return None
