"""Apply the text-repair chain to everything a extractor produced.

Cells keep their numbers "as printed" (CONTRACT.md): only the text is
repaired, and footnote markers glued to values or names are moved aside into
``Table.footnotes``.
"""

from __future__ import annotations

import re

from normalize.ocr_labels import restore_table
from normalize.ocr_words import fix_punctuation, restore_tones
from normalize.repair import Context, repair_text
from normalize.text import split_footnotes, split_sup_tags, strip_markup
from schemas.model import Document, Footnote, Table, TextFix
from schemas.vocab import YEAR, fold, is_roman, matches_any


def _fix(
    text: str, where: str, font: str | None, fixes: list[TextFix], ctx: Context | None = None, legacy: bool = True
) -> str:
    return _fix_marked(text, where, font, fixes, ctx, legacy)[0]


_LEGACY_FIXES = ("tcvn3", "vni", "viscii", "vps")


def _fix_marked(
    text: str, where: str, font: str | None, fixes: list[TextFix], ctx: Context | None = None, legacy: bool = True
) -> tuple[str, list[str]]:
    """Repaired text and the footnote markers lifted out of it.

    Markers the extractor tagged (``<sup>1</sup>``: a raised digit) come out
    first.  A Unicode superscript (``Ngân hàng¹``) is a marker only in text that
    was not in a legacy font: in TCVN3 ``¹`` is the letter ``ạ`` (``t¹i`` → ``tại``),
    so it must reach the decoder.
    """
    text, marks = split_sup_tags(text)
    rep = repair_text(strip_markup(text), font=font, context=ctx, legacy_fonts=legacy)
    for name in rep.fixes:
        fixes.append(TextFix(where=where, fix=name, before=text, after=rep.text))
    out = rep.text
    if not any(f.startswith(_LEGACY_FIXES) for f in rep.fixes):
        out, more = split_footnotes(out)
        marks += more
        out = " ".join(out.split())
    return out, marks


def repair_table(table: Table, ctx: Context | None = None) -> Table:
    """Repair every header cell, body cell and the caption of one table.

    ``ctx`` carries what earlier text of the same document showed about its
    legacy font (how a TCVN3 ``ư`` was lost); OCR'd tables skip the
    legacy-font decoders (OCR output is Unicode).
    """
    fixes: list[TextFix] = []
    hints = table.font_hints
    head_hints = table.header_fonts
    legacy = table.method != "ocr"
    for r, hrow in enumerate(table.header):
        for c, cell in enumerate(hrow):
            font = head_hints[r][c] if head_hints and r < len(head_hints) and c < len(head_hints[r]) else None
            hrow[c], marks = _fix_marked(cell, f"header[{r}][{c}]", font, fixes, ctx, legacy)
            for m in marks:
                if not any(f.row == -1 and f.col == c and f.marker == m for f in table.footnotes):
                    table.footnotes.append(Footnote(row=-1, col=c, marker=m))
    for hc in table.header_cells:
        font = head_hints[hc.row][hc.col] if head_hints and hc.row < len(head_hints) and hc.col < len(
            head_hints[hc.row]) else None
        hc.text = _fix(hc.text, "header_cell", font, [], ctx, legacy)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            font = hints[r][c] if hints and r < len(hints) and c < len(hints[r]) else None
            row[c], marks = _fix_marked(cell, f"rows[{r}][{c}]", font, fixes, ctx, legacy)
            table.footnotes.extend(Footnote(row=r, col=c, marker=m) for m in marks)
    if table.title:
        table.title = _fix(table.title, "title", table.title_font, fixes, ctx, legacy) or None
    table.fixes.extend(fixes)
    return table


def restore_ocr_tones(table: Table) -> None:
    """Diacritics Tesseract confused (``kiếm tra`` → ``kiểm tra``) and marks it set its own way (``3⁄11``,
    ``=0``, a broken e-mail address) restored in every cell, header cell and the caption of an OCR'd table,
    each change recorded as a fix (see :mod:`normalize.ocr_words`)."""

    def fix(text: str, where: str) -> str:
        new, changes = restore_tones(text)
        if changes:
            table.fixes.append(TextFix(where=where, fix="ocr_tone: " + ", ".join(f"{a}→{b}" for a, b in changes),
                                       before=text, after=new))
        out, marks = fix_punctuation(new)
        table.fixes.extend(TextFix(where=where, fix=m, before=new, after=out) for m in marks)
        return out

    for r, hrow in enumerate(table.header):
        for c, cell in enumerate(hrow):
            hrow[c] = fix(cell, f"header[{r}][{c}]")
    for hc in table.header_cells:
        hc.text = restore_tones(hc.text)[0]
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            row[c] = fix(cell, f"rows[{r}][{c}]")
    if table.title:
        table.title = fix(table.title, "title")


_LETTER = re.compile(r"^[A-ZĐ]\.?$")
_VALUE = re.compile(r"^[-+−–]?\s?\d[\d.,]*\s?%?(\s?/\s?\d[\d.,]*)?$")


def _is_value(text: str) -> bool:
    return bool(_VALUE.match(text.strip()))


_TOTAL = re.compile(r"^(tong cong|cong|tong so|tong|ket qua chung|ket qua .{0,40} chung|toan tinh)[:.]?$")


_BREAKDOWN = re.compile(r"^\s*[-–+•]\s+\S")


def classify_rows(table: Table) -> None:
    """Set ``row_kinds``: ``total`` for grand-total rows (``TỔNG CỘNG``,
    ``Kết quả chung``…), ``group`` for bold rows and roman/letter group rows
    (``I | SỞ NGÀNH``, ``A | CÁN BỘ``), else ``data``.

    Runs after text repair so that a TCVN3 ``Tæng céng`` is already
    ``Tổng cộng``.  Bold is ignored in a table printed all in bold.
    """
    n = len(table.rows)
    bold = table.row_bold or [False] * n
    italic = table.row_italic or [False] * n
    mostly_bold = n > 2 and sum(bold) > 0.8 * n
    mostly_italic = n > 2 and sum(italic) > 0.5 * n
    kinds = []
    for i, row in enumerate(table.rows):
        cells = [c.strip() for c in row if c.strip()]
        first = cells[0] if cells else ""
        labels = [fold(c) for c in cells[:2]]
        # a row without number or name continues the row above (its ranks or
        # percentages), and a comparison row is never a heading, bold or not
        sub_row = not row[0].strip() and not (len(row) > 1 and row[1].strip() and not _is_value(row[1]))
        delta = bool(cells) and matches_any(first, "delta_rows")
        # "- Số đơn vị …", "+ Trong đó …": an item of the list above, however it is set
        breakdown = bool(_BREAKDOWN.match(next((c for c in row[:2] if c.strip()), "")))
        if any(_TOTAL.match(lab) for lab in labels) or any(
            matches_any(c, "total_rows", whole=True) for c in cells[:2]
        ):
            kinds.append("total")
        elif sub_row or delta or breakdown:
            kinds.append("data")
        elif (bold[i] and not mostly_bold) or (italic[i] and not mostly_italic):
            kinds.append("group")
        elif len(cells) > 1 and (is_roman(first) or _LETTER.match(first)):
            kinds.append("group")
        elif is_roman(first.split(" ")[0]) and len(first.split(" ")) > 1 and first.split(" ", 1)[1][:1].isupper():
            kinds.append("group")
        else:
            kinds.append("data")
    # a bold last row without a code, under coded rows, with numbers: the table's total, whatever it is
    # called ("Chỉ số CCHC" under the fields, "Chung" under the factors, "Toàn tỉnh")
    if n >= 3 and kinds[-1] == "group" and bold[-1] and not mostly_bold and not table.rows[-1][0].strip():
        coded = sum(1 for row in table.rows[:-1] if row[0].strip())
        if coded >= (n - 1) / 2 and any(_is_value(c) for c in table.rows[-1][1:]):
            kinds[-1] = "total"
    table.row_kinds = kinds


def repair_document(doc: Document) -> Document:
    """Repair all tables, the narrative lines and the title of a document.

    One :class:`Context` for the whole document: what its first lines show about a
    legacy font (how TCVN3's ``ư`` was lost, which encoding it uses) decides the
    short, ambiguous cells after them.  Every piece is repaired with the font it
    was set in as a hint (cells, header cells, captions, narrative lines).
    """
    ctx = Context()
    for block in doc.text:
        block.text = _fix(block.text, f"text p{block.page}", block.font, doc.fixes, ctx)
    for t in doc.tables:
        repair_table(t, ctx)
        if t.method == "ocr":
            restore_ocr_tones(t)
        classify_rows(t)
    if doc.title:
        title_font = next((b.font for b in doc.text if b.page == 1 and b.bold and b.font), None)
        doc.title = _fix(doc.title, "document title", title_font, doc.fixes, ctx)
    doc = describe_document(doc)
    for table in doc.tables:
        if table.method in ("ocr", "text"):
            # names an earlier OCR stripped of accents, restored against the catalogues
            restore_table(table, year=doc.year)
            classify_rows(table)  # group codes may have been restored (Il -> II)
    return doc


_DATE_LINE = re.compile(r"ngày\s.*tháng\s.*năm", re.IGNORECASE)
# "… từ nay đến năm 2030", "tầm nhìn đến năm 2045": a horizon, not the year the document is about
_HORIZON = re.compile(r"(?:đến|tới|tầm nhìn)\s+(?:năm\s+)?$", re.IGNORECASE)
_PLACE = re.compile(
    r"\b((?i:tỉnh|thành phố|huyện|thị xã))\s+((?:[A-ZĐÀ-Ỹ][^\s,.;:()]*)(?:\s+[A-ZĐÀ-Ỹ0-9][^\s,.;:()]*)*)"
)
_SKIP_TITLE = re.compile(
    r"^(báo cáo|đề án|tờ trình|kế hoạch|quyết định|cộng hòa|cộng hoà|độc lập|số:|dự thảo|kính gửi)",
    re.IGNORECASE,
)


def _title_blocks(doc: Document) -> list[str]:
    """Runs of consecutive bold lines on the first page, joined."""
    blocks: list[str] = []
    cur: list[str] = []
    for b in doc.text:
        if b.page != 1:
            break
        if b.bold and not _SKIP_TITLE.match(b.text.strip()):
            cur.append(b.text.strip())
        elif cur:
            blocks.append(" ".join(cur))
            cur = []
    if cur:
        blocks.append(" ".join(cur))
    return blocks


def describe_document(doc: Document) -> Document:
    """Fill the document's title, assessment year and subject entity.

    The title is the first bold block of page 1 that names a year (a report
    title such as ``… tỉnh Sóc Trăng năm 2023``); date lines (``ngày … tháng
    … năm 2024``) are never taken for the assessment year.
    """
    if not doc.title:
        for block in _title_blocks(doc):
            if YEAR.search(block) and not _DATE_LINE.search(block):
                doc.title = block
                break
    if not doc.title:
        for b in doc.text[:60]:
            t = b.text.strip()
            if YEAR.search(t) and not _DATE_LINE.search(t) and not _SKIP_TITLE.match(t) and len(t) > 25:
                doc.title = t
                break
    if doc.title and doc.year is None:
        years = [int(m.group(1)) for m in YEAR.finditer(doc.title) if not _HORIZON.search(doc.title[: m.start()])]
        doc.year = years[-1] if years else None
    if doc.entity is None:
        sources = [doc.title or ""] + [b.text for b in doc.text[:15]]
        for src in sources:
            m = _PLACE.search(src)
            if m:
                kind = m.group(1).lower()
                name = " ".join(w.capitalize() if w.isupper() else w for w in m.group(2).split())
                doc.entity_raw = m.group(0)
                doc.entity = f"{kind[0].upper()}{kind[1:]} {name}"
                break
    return doc
