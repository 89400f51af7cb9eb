"""Tables printed without ruling lines, found from column alignment.

Older reports (and text copied into a PDF by tools that drop borders) print
tables as aligned columns.  We only accept such a table when a header line
gives the columns — at least three separate text segments — and the lines
under it carry numbers that fall under those columns; anything less would
turn ordinary paragraphs into tables.  Label cells wrapped over two lines
are attached to the line that holds the row's numbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.chars import UNIT_LINE, Char, all_bold, chars_text, group_lines
from extract.grid import Grid, GridCell

_NUM = re.compile(r"^[-+−–]?\s?\d[\d.,]*\s?%?$|^-$")
_YEAR = re.compile(r"^(19|20)\d\d$")
_ROW_CODE = re.compile(r"^(?:[IVX]{1,4}|[A-ZĐ]|\d{1,3})[.)]?(?:\s|$)")


@dataclass
class Segment:
    chars: list[Char]
    x0: float
    x1: float
    text: str

    @property
    def numeric(self) -> bool:
        return bool(_NUM.match(self.text))


@dataclass
class LineSegs:
    chars: list[Char]
    segs: list[Segment]
    top: float
    bottom: float
    size: float


def _segments(line: list[Char]) -> LineSegs:
    visible = [c for c in line if c["text"].strip()]
    if not visible:
        return LineSegs(line, [], 0.0, 0.0, 0.0)
    size = sorted(c["size"] for c in visible)[len(visible) // 2] if visible else 10.0
    segs: list[list[Char]] = []
    prev = None
    for c in sorted(visible, key=lambda c: c["x0"]):
        if prev is None or c["x0"] - prev["x1"] > max(1.0 * size, 6.0):
            segs.append([c])
        else:
            segs[-1].append(c)
        prev = c
    out = [Segment(s, s[0]["x0"], max(c["x1"] for c in s), chars_text(s)[0]) for s in segs]
    return LineSegs(line, out, min(c["top"] for c in visible), max(c["bottom"] for c in visible), size)


def _column_of(seg: Segment, cols: list[tuple[float, float]]) -> int:
    """The column whose span overlaps the segment most (nearest centre on a tie)."""
    best, best_key = 0, (-1e9, 0.0)
    centre = (seg.x0 + seg.x1) / 2
    for i, (a, b) in enumerate(cols):
        overlap = min(seg.x1, b) - max(seg.x0, a)
        key = (overlap, -abs(centre - (a + b) / 2))
        if key > best_key:
            best, best_key = i, key
    return best


Rule = tuple[float, float, float]  # a horizontal rule: (y, x0, x1)


def _rule_between(rules: list[Rule], top: float, bottom: float, x0: float, x1: float, share: float = 0.5) -> bool:
    """A horizontal rule between two heights covering at least ``share`` of [x0, x1]."""
    width = max(x1 - x0, 1.0)
    return any(top - 1 <= y <= bottom + 1 and min(b, x1) - max(a, x0) >= share * width for y, a, b in rules)


def _words(text: str) -> set[str]:
    return {w for w in re.split(r"[\s,.;:()/]+", text.lower()) if w}


def repeats_header(lines: list[LineSegs], header_text: str | None) -> bool:
    """True when header lines hold (nearly) all the words of ``header_text``: the header of the
    table that ended the page before, printed again over its continuation."""
    want = _words(header_text or "")
    if len(want) < 3:
        return False
    have = _words(" ".join(s.text for ln in lines for s in ln.segs))
    return len(want & have) >= 0.8 * len(want)


def find_tables(
    page: int, chars: list[Char], rules: list[Rule] | None = None, carry: Grid | None = None,
    continued_header: str | None = None,
) -> tuple[list[Grid], list[Char]]:
    """Whitespace tables on a page, and the characters that are not in them.

    ``rules``: the page's horizontal rules.  A table ruled only with horizontal
    lines has no cells for the line finder, so it is read here; its rules then
    say where the header ends and where each body row ends.  ``carry``: the
    unruled table that ended the page before, whose body may go on at the top
    of this page without a header.  ``continued_header``: the first header row
    of the table that ended the page before (ruled or not); under that header
    repeated, a single row is enough to make the table's last part.
    """
    rules = rules or []
    lines = [_segments(ln) for ln in group_lines(chars)]
    lines = [ln for ln in lines if ln.segs]
    grids: list[Grid] = []
    used: set[int] = set()
    used_lines: set[int] = set()
    i = 0
    if carry is not None and lines:
        # the rest of an unruled table from the page before, without its header repeated:
        # body lines at the top of the page, read in the columns of that table
        bounds = list(zip(carry.xs, carry.xs[1:], strict=False))
        first = lines[0]
        nxt = lines[1] if len(lines) > 1 else None
        # (a line of several texts and no number is the header repeated: the usual path takes it)
        starts = any(s.numeric for s in first.segs) or (
            len(first.segs) == 1
            and nxt is not None and nxt.top - first.bottom <= 0.8 * first.size and any(s.numeric for s in nxt.segs)
        )
        if starts and first.segs[0].x0 >= carry.xs[0] - 5 and first.segs[-1].x1 <= carry.xs[-1] + 5:
            body, j = _collect_body(lines, 1, first, bounds[1][0] if len(bounds) > 1 else first.segs[0].x1)
            body = [first, *body]
            if sum(any(s.numeric for s in ln.segs) for ln in body) >= 1:
                grid = _build(page, [], body, rules, fixed=bounds)
                if grid is not None:
                    grids.append(grid)
                    used.update(id(c) for ln in body for c in ln.chars)
                    used_lines.update(id(ln) for ln in body)
                    i = j
    while i < len(lines):
        head = lines[i]
        if id(head) in used_lines or any(s.numeric and not _YEAR.match(s.text) for s in head.segs) or (
            UNIT_LINE.match(head.segs[0].text)
        ):
            i += 1
            continue
        # a header wrapped over lines (or with cells centred over two lines): the
        # lines right under it hold only words or bare years ("Năm" / "2021"); the
        # columns are the texts of all these lines taken together
        heads = [head]
        j = i + 1
        while j < len(lines) and len(heads) < 5:
            ln = lines[j]
            # (a rule under group headings between two header lines comes with padding; it is one that
            # leaves the first column free — a rule across everything is the table's top or the header's end)
            # (the first column may show only lines further down: "Năm" under group headings)
            ahead = []
            for nxt in lines[j:j + 4]:
                if any(s.numeric and not _YEAR.match(s.text) for s in nxt.segs):
                    break
                ahead.append(nxt)
            x_first = min(s.x0 for h in [*heads, ln, *ahead] for s in h.segs)
            ruled_gap = any(heads[-1].bottom - 1 <= r[0] <= ln.top + 1 and r[1] > x_first + 5 for r in rules)
            if ln.top - heads[-1].bottom > (1.6 if ruled_gap else 0.8) * ln.size or not all(
                not s.numeric or _YEAR.match(s.text) for s in ln.segs
            ):
                break
            # once the header shows its columns, a line with text outside them, or one
            # that starts with a row code ("I | SỞ NGÀNH"), is the first body row — and so
            # is a line under the rule that closes the header
            so_far = _header_columns(heads)
            # (a rule under group headings only, "Năm 2022" over its two columns, does not:
            # the closing rule runs under the whole header)
            left = min(so_far[0][0], ln.segs[0].x0)
            right = max(so_far[-1][1], ln.segs[-1].x1)
            # (a rule that leaves the first column's header uncovered runs under group headings
            # whatever its length: "Năm" stands to the left of "Điểm đánh giá, thẩm định | …")
            under = [r for r in rules if heads[-1].bottom - 1 <= r[0] <= ln.top + 1 and r[1] <= x_first + 2]
            if len(so_far) >= 3 and _rule_between(under, heads[-1].bottom, ln.top, left, right, 0.8):
                break
            # (text left of everything so far is not "outside": group headings over the value
            # columns often come first, the row-name columns' headers on the line below)
            if len(so_far) >= 3 and so_far[0][0] <= ln.segs[0].x0 + 5 and (
                _ROW_CODE.match(ln.segs[0].text)
                or not all(any(s.x0 < b and a < s.x1 for a, b in so_far) for s in ln.segs)
            ):
                break
            heads.append(ln)
            j += 1
        cols = _header_columns(heads)
        # a caption line over the whole table is not a header line (start at the next one)
        if len(cols) < 3 or (len(head.segs) == 1 and sum(
            head.segs[0].x0 < b and a < head.segs[0].x1 for a, b in cols) > len(cols) / 2):
            i += 1
            continue
        below = [y for y, a, b in rules if y >= heads[-1].bottom - 1
                 and min(b, cols[-1][1]) - max(a, cols[0][0]) >= 0.8 * (cols[-1][1] - cols[0][0])]
        ruled_table = bool(below) and min(below) - heads[-1].bottom <= 1.5 * heads[-1].size
        body, j = _collect_body(lines, j, heads[-1], cols[1][0], below if ruled_table else None)
        numeric_rows = [ln for ln in body if any(s.numeric for s in ln.segs)]
        if len(numeric_rows) < (1 if not grids and repeats_header(heads, continued_header) else 2):
            i += 1
            continue
        grid = _build(page, heads, body, rules)
        if grid is None:
            i += 1
            continue
        grids.append(grid)
        used.update(id(c) for ln in [*heads, *body] for c in ln.chars)
        used_lines.update(id(ln) for ln in [*heads, *body])
        i = j
    rest = [c for c in chars if id(c) not in used]
    return grids, rest


def _collect_body(
    lines: list[LineSegs], j: int, last: LineSegs, label_end: float, row_rules: list[float] | None = None
) -> tuple[list[LineSegs], int]:
    """The body lines from line ``j`` on: numbered lines, and the wrapped names between them.

    ``row_rules``: heights of rules drawn across the table below its header; a line
    of words closed by such a rule close below it is a row too (a heading row
    without numbers, a name over three lines).
    """
    body: list[LineSegs] = []
    while j < len(lines):
        ln = lines[j]
        if ln.top - last.bottom > 2.2 * ln.size:
            break
        numeric = sum(s.numeric for s in ln.segs)
        ruled = bool(row_rules) and any(0 <= y - ln.bottom <= 3 * ln.size for y in row_rules or [])
        if numeric == 0 and not ruled and not (len(ln.segs) == 1 and ln.segs[0].x1 < label_end):
            # a wrapped name: a line of words set as tightly as the rows around it,
            # with a numbered row right after it (a paragraph has neither)
            # (the last line of one name and the first of the next may both be words)
            tight = ln.top - last.bottom <= 0.8 * ln.size
            ahead, numbered, prev = lines[j + 1: j + 3], False, ln
            for nxt in ahead:
                if nxt.top - prev.bottom > 0.8 * ln.size:
                    break
                if any(s.numeric for s in nxt.segs):
                    numbered = True
                    break
                prev = nxt
            # a name wrapped around its row's number line (set vertically centred, so a blank
            # line's worth of space above it): words only left of where the row above has values
            values_at = min((s.x0 for s in last.segs if s.numeric and s.x0 > label_end), default=None)
            centred = (
                not tight and values_at is not None and ln.segs[-1].x1 < values_at
                and ln.top - last.bottom <= 1.6 * ln.size
                and bool(ahead) and ahead[0].top - ln.bottom <= 0.8 * ln.size
                and any(s.numeric for s in ahead[0].segs)
            )
            if not ((tight and numbered) or centred):
                break
        body.append(ln)
        last = ln
        j += 1
    return body, j


def _header_columns(heads: list[LineSegs]) -> list[tuple[float, float]]:
    """Column spans from every header line taken together.

    The line with the most texts gives the columns; a text of another line
    that overlaps one of them widens it (a header cell wrapped or centred over
    two lines), one that overlaps none adds a column, and one that overlaps
    several is a group heading over them ("Năm 2022" over "Tỷ lệ | Xếp hạng").
    """
    base = max(heads, key=lambda h: len(h.segs))
    cols = sorted((s.x0, s.x1) for s in base.segs)
    for h in heads:
        if h is base:
            continue
        for s in h.segs:
            hit = [k for k, (a, b) in enumerate(cols) if s.x0 < b and a < s.x1]
            if len(hit) == 1:
                a, b = cols[hit[0]]
                cols[hit[0]] = (min(a, s.x0), max(b, s.x1))
            elif not hit:
                cols.append((s.x0, s.x1))
        cols.sort()
    merged: list[tuple[float, float]] = []
    for a, b in cols:
        if merged and a < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], b))
        else:
            merged.append((a, b))
    return merged


def _build(
    page: int,
    heads: list[LineSegs],
    body: list[LineSegs],
    rules: list[Rule] | None = None,
    fixed: list[tuple[float, float]] | None = None,
) -> Grid | None:
    if fixed is not None:
        return _rows(page, heads, body, rules, list(fixed), list(fixed), [])
    cols = _header_columns(heads)
    # a label column without a header word, left of the first header segment — unless
    # body text runs from there into the first header's span: then that header is
    # centred over a left-aligned label column, which starts further left
    first = cols[0][0]
    left_edge = min(s.x0 for ln in body for s in ln.segs)
    segs = [s for ln in body for s in ln.segs]
    # a header centred over left-aligned body text: the column starts where the text does
    for k, (a, b) in enumerate(cols):
        lo = cols[k - 1][1] if k else -1e9
        straddling = [s.x0 for s in segs if lo < s.x0 < a - 2 and s.x1 > a + 2]
        if straddling:
            cols[k] = (min(straddling), b)
    if not any(s.x0 < first - 2 and s.x1 > first + 2 for s in segs) and any(s.x1 < first - 2 for s in segs):
        cols.insert(0, (left_edge, first - 2))
    cols, body_cuts = _split_by_body(cols, body)
    # widen each column to the midpoint of the gap to its neighbours
    bounds: list[tuple[float, float]] = []
    for k, (a, b) in enumerate(cols):
        left = (cols[k - 1][1] + a) / 2 if k else a - 50
        right = (b + cols[k + 1][0]) / 2 if k + 1 < len(cols) else b + 50
        bounds.append((left, right))
    return _rows(page, heads, body, rules, cols, bounds, body_cuts)


def _rows(
    page: int,
    heads: list[LineSegs],
    body: list[LineSegs],
    rules: list[Rule] | None,
    cols: list[tuple[float, float]],
    bounds: list[tuple[float, float]],
    body_cuts: list[float],
) -> Grid | None:
    """Group body lines into rows (by the rules between them, else by numbered lines)."""
    # a row starts at a line with numbers, or at a heading line led by a row code in
    # the first column ("I | SỞ NGÀNH", a group row without numbers)
    first_col_end = (cols[0][1] + cols[1][0]) / 2 if len(cols) > 1 else cols[0][1]
    numbered = [any(s.numeric for s in ln.segs) for ln in body]
    label_left = min((ln.segs[0].x0 for ln in body), default=0.0)
    numbered_bold = [all_bold(ln.chars) for k, ln in enumerate(body) if numbered[k]]
    numeric_idx = [
        k for k, ln in enumerate(body)
        if numbered[k]
        or (len(ln.segs) > 1 and _ROW_CODE.match(ln.segs[0].text) and ln.segs[0].x1 <= first_col_end)
        # a group heading in the label column: a bold line of words among plain numbered rows
        # (a code alone says nothing: "1. Chính quyền …" may be the first line of a wrapped item)
        or (ln.segs[0].x0 <= label_left + 3 and all_bold(ln.chars) and bool(numbered_bold) and not any(numbered_bold)
            # (the second line of a wrapped heading continues it)
            and not (k > 0 and not numbered[k - 1] and all_bold(body[k - 1].chars)))
    ]
    # rules between the body lines are row boundaries: the lines between two rules are one row
    x_lo, x_hi = cols[0][0], cols[-1][1]
    inner = sorted(
        y for y, a, b in (rules or [])
        if body and body[0].top < y < body[-1].bottom and min(b, x_hi) - max(a, x_lo) >= 0.5 * (x_hi - x_lo)
    )
    if inner and len(inner) + 1 >= 0.5 * max(len(numeric_idx), 1):
        band = [sum(y < (ln.top + ln.bottom) / 2 for y in inner) for ln in body]
        firsts = {b: k for k, b in reversed(list(enumerate(band)))}
        numeric_idx = sorted(firsts.values())
        owner_by_band = {b: firsts[b] for b in firsts}
        owner = [owner_by_band[b] for b in band]
        return _grid(page, heads, body, cols, bounds, numeric_idx, owner, body_cuts)
    # attach each text-only line to the nearer numeric line (the following one on a tie)
    owner: list[int] = []
    for k, ln in enumerate(body):
        if k in numeric_idx:
            owner.append(k)
            continue
        prev = max((m for m in numeric_idx if m < k), default=None)
        nxt = min((m for m in numeric_idx if m > k), default=None)
        if prev is None and nxt is None:
            return None
        if nxt is None or (prev is not None and ln.top - body[prev].bottom < body[nxt].top - ln.bottom):
            owner.append(prev)  # type: ignore[arg-type]
        else:
            owner.append(nxt)
    return _grid(page, heads, body, cols, bounds, numeric_idx, owner, body_cuts)


def _split_by_body(
    cols: list[tuple[float, float]], body: list[LineSegs]
) -> tuple[list[tuple[float, float]], list[float]]:
    """Split a header column under which the body rows hold two separate columns.

    "STT Lĩnh vực/Tiêu chí" set close together reads as one header text, but the
    body shows a code column (``I``, ``1``) and a name column with a clear gap
    between them in every numbered row.  Returns the columns and the x of each
    such split (header text is cut there too).
    """
    numbered = [ln for ln in body if any(s.numeric for s in ln.segs)]
    if len(numbered) < 2:
        return cols, []
    out: list[tuple[float, float]] = []
    cuts: list[float] = []
    for k, (a, b) in enumerate(cols):
        lo = (cols[k - 1][1] + a) / 2 if k else a - 50
        hi = (b + cols[k + 1][0]) / 2 if k + 1 < len(cols) else b + 50
        spans = sorted((s.x0, s.x1) for ln in numbered for s in ln.segs if lo <= (s.x0 + s.x1) / 2 < hi)
        union: list[list[float]] = []
        for x0, x1 in spans:
            if union and x0 <= union[-1][1] + 2:
                union[-1][1] = max(union[-1][1], x1)
            else:
                union.append([x0, x1])
        if len(union) == 2:
            left = sum(1 for ln in numbered if any(union[0][0] <= s.x0 and s.x1 <= union[0][1] for s in ln.segs))
            right = sum(1 for ln in numbered if any(union[1][0] <= s.x0 and s.x1 <= union[1][1] for s in ln.segs))
            if min(left, right) >= 0.6 * len(numbered):
                cut = (union[0][1] + union[1][0]) / 2
                out.extend([(min(a, union[0][0]), union[0][1]), (union[1][0], max(b, union[1][1]))])
                cuts.append(cut)
                continue
        out.append((a, b))
    return out, cuts


def _grid(
    page: int,
    heads: list[LineSegs],
    body: list[LineSegs],
    cols: list[tuple[float, float]],
    bounds: list[tuple[float, float]],
    numeric_idx: list[int],
    owner: list[int],
    body_cuts: list[float] | None = None,
) -> Grid:
    """The grid: the header, then one row per owner line with the lines it owns.

    A header text over several columns ("Năm 2022" over "Tỷ lệ | Xếp hạng") is a
    group heading: it gets a header row of its own with a spanning cell, and the
    columns it does not cover span both header rows (as in a ruled table).
    """
    n = len(cols)

    def spanned(seg: Segment) -> list[int]:
        return [k for k, (lo, hi) in enumerate(bounds) if seg.x0 < hi - 2 and lo + 2 < seg.x1]

    def under_text(i: int, seg: Segment) -> bool:
        # header text above it in its columns: it is the second line of wrapped names
        # ("Kết quả | Góp ý," over "giải quyết phản ánh" set close together), not a heading
        return any(o.x0 < seg.x1 and seg.x0 < o.x1 for h in heads[:i] for o in h.segs)

    group_segs = [sg for i, h in enumerate(heads) for sg in h.segs
                  if len(spanned(sg)) > 1 and not (body_cuts and any(sg.x0 < x < sg.x1 for x in body_cuts))
                  and not under_text(i, sg)]
    base: list[list[Char]] = [[] for _ in range(n)]
    for h in heads:
        for sg in h.segs:
            if any(sg is g for g in group_segs):
                continue
            if len(spanned(sg)) > 1 or (body_cuts and any(sg.x0 < x < sg.x1 for x in body_cuts)):
                # a header text over a column the body split: cut it there too, at the word space
                # nearest to each boundary (two names set close, "Số phiếu phát ra Số phiếu thu về")
                # (the widest blank within four ems of the boundary: the space between two names)
                spaces = []
                vis = [c for c in sg.chars if c["text"].strip()]
                for a, b in zip(vis, vis[1:], strict=False):
                    if b["x0"] - a["x1"] > 0.15 * a["size"]:
                        spaces.append(((a["x1"] + b["x0"]) / 2, b["x0"] - a["x1"], a["size"]))
                cuts = [lo for lo, _hi in bounds[1:]]
                moved = []
                for c in cuts:
                    near = [sp for sp in spaces if abs(sp[0] - c) <= 4 * sp[2]] if sg.x0 < c < sg.x1 else []
                    moved.append(max(near, key=lambda sp, c=c: (round(sp[1], 1), -abs(sp[0] - c)))[0] if near else c)
                for ch in sg.chars:
                    mid = (ch["x0"] + ch["x1"]) / 2
                    k = sum(mid >= c for c in moved)
                    base[min(k, n - 1)].append(ch)
                continue
            base[_column_of(sg, bounds)].extend(sg.chars)
    n_head = (2 if group_segs else 1) if heads else 0
    body_rows: list[list[list[Char]]] = [[[] for _ in range(n)] for _ in numeric_idx]
    tops = [1e9] * len(numeric_idx)
    bottoms = [0.0] * len(numeric_idx)
    order = {m: r for r, m in enumerate(numeric_idx)}
    for k, ln in enumerate(body):
        r = order[owner[k]]
        tops[r] = min(tops[r], ln.top)
        bottoms[r] = max(bottoms[r], ln.bottom)
        for sg in ln.segs:
            body_rows[r][_column_of(sg, bounds)].extend(sg.chars)
    cells: list[GridCell] = []

    def cell(r0: int, r1: int, c0: int, c1: int, top: float, bottom: float, chars: list[Char]) -> None:
        gc = GridCell(r0, r1, c0, c1, (bounds[c0][0], top, bounds[c1 - 1][1], bottom))
        if chars:
            # (the glyphs are not kept on the cell: italics in an unruled table mark
            # breakdown rows as often as subtotals, so they must not make a row a group)
            gc.text, gc.bold, gc.font = chars_text(chars)
        cells.append(gc)

    if heads:
        h_top, h_bot = min(h.top for h in heads) - 1, max(h.bottom for h in heads) + 1
        if group_segs:
            mid = min(max(sg.chars[0]["bottom"] for sg in group_segs) + 1, h_bot)
            covered: set[int] = set()
            for sg in sorted(group_segs, key=lambda g: g.x0):
                ks = spanned(sg)
                covered.update(ks)
                cell(0, 1, ks[0], ks[-1] + 1, h_top, mid, sg.chars)
            for c in range(n):
                if c in covered:
                    cell(1, 2, c, c + 1, mid, h_bot, base[c])
                else:
                    cell(0, 2, c, c + 1, h_top, h_bot, base[c])
        else:
            for c in range(n):
                cell(0, 1, c, c + 1, h_top, h_bot, base[c])
    for r, row in enumerate(body_rows):
        for c in range(n):
            cell(n_head + r, n_head + r + 1, c, c + 1, tops[r] - 1, bottoms[r] + 1, row[c])
    x0, x1 = bounds[0][0], bounds[-1][1]
    xs = [b[0] for b in bounds] + [bounds[-1][1]]
    top = min(h.top for h in heads) - 1 if heads else tops[0] - 1
    return Grid(page, (x0, top, x1, bottoms[-1] + 1), n_head + len(body_rows), n, cells, xs)
