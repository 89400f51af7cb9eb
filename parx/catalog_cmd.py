"""``parx catalog``: what the catalogues contain and how a label would match.

People check a surprising match (or add next year's methodology) from the
command line, without Python: ``parx catalog`` lists the catalogues and their
periods, ``parx catalog show par --year 2021`` lists one period's items, and
``parx catalog match "Cai cach TTHC" --year 2021`` shows code, canonical name,
score, status and runner-up exactly as the extraction would decide them.

Messages are in Vietnamese, like the rest of the command line.
Exit status of ``match``: 0 for a sure match (``ok``), 1 for ``review`` or no
match, 2 for bad usage (also for a catalogue file that does not load).
"""

from __future__ import annotations

import argparse
import sys
from typing import TextIO

from schemas.catalog import ENTITY_KINDS, CatalogSet, CatalogueError, load_catalogues

INDEX_NAMES = {
    "par": "Chỉ số CCHC cấp tỉnh (PAR Index)",
    "sipas": "Chỉ số hài lòng (SIPAS)",
    "unit_par": "Chỉ số CCHC các cơ quan, đơn vị trong tỉnh",
    "indicator": "Chỉ tiêu báo cáo CCHC của UBND cấp huyện",
}
STATUS_TEXT = {
    "ok": "ok — khớp chắc chắn, mã được ghi vào số liệu",
    "review": "review — cần người kiểm tra (không ghi mã)",
    "none": "none — không khớp mục nào",
}


def add_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Register ``parx catalog`` on the main parser's subparsers."""
    p = subparsers.add_parser(
        "catalog",
        help="xem danh mục chuẩn (bộ chỉ số, địa danh, cơ quan) và thử khớp một nhãn",
        description="Danh mục chuẩn: bộ chỉ số theo giai đoạn, danh mục địa danh và cơ quan. "
        "Không có lệnh con: liệt kê các danh mục.",
    )
    sub = p.add_subparsers(dest="catalog_command")
    ls = sub.add_parser("list", help="liệt kê các danh mục và giai đoạn áp dụng (mặc định)")
    ls.add_argument("--index", choices=sorted(INDEX_NAMES), help="chỉ một bộ chỉ số")

    sh = sub.add_parser("show", help="liệt kê các mục của một bộ chỉ số trong một năm")
    sh.add_argument("index", choices=sorted(INDEX_NAMES), help="bộ chỉ số")
    sh.add_argument("--year", type=int, help="năm đánh giá (mặc định: giai đoạn mới nhất)")

    mt = sub.add_parser("match", help="thử khớp một nhãn (dòng/cột hoặc tên cơ quan, địa danh)")
    mt.add_argument("label", metavar="LABEL", help="nhãn như in trong báo cáo")
    mt.add_argument("--year", type=int, help="năm đánh giá (chọn giai đoạn phương pháp)")
    mt.add_argument("--index", choices=sorted(INDEX_NAMES), help="bộ chỉ số (mặc định: thử tất cả)")
    mt.add_argument("--code", dest="code_hint", help="mã/STT in ở đầu dòng, ví dụ 1.3.2 hoặc (13)")
    mt.add_argument("--within", help="mã của dòng nhóm chứa nhãn, ví dụ IV.6")
    mt.add_argument("--entity", action="store_true", help="khớp tên cơ quan/địa danh thay vì mục chỉ số")
    mt.add_argument(
        "--kind",
        action="append",
        choices=ENTITY_KINDS,
        dest="kinds",
        help="chỉ loại thực thể này (lặp lại được), dùng với --entity",
    )
    p.set_defaults(run=run)
    return p


def run(args: argparse.Namespace, out: TextIO | None = None) -> int:
    """Execute ``parx catalog …``; returns the exit status."""
    out = out or sys.stdout
    try:
        cs = load_catalogues()
    except CatalogueError as e:
        print(f"parx: lỗi danh mục: {e}", file=sys.stderr)
        return 2
    cmd = getattr(args, "catalog_command", None) or "list"
    if cmd == "list":
        return _list(cs, getattr(args, "index", None), out)
    if cmd == "show":
        return _show(cs, args.index, args.year, out)
    return _match(args, out)


def _list(cs: CatalogSet, only: str | None, out: TextIO) -> int:
    for index in cs.indexes:
        if only and index != only:
            continue
        print(f"{index}: {INDEX_NAMES.get(index, index)}", file=out)
        for cat in cs.periods(index):
            lo, hi = cs.effective_years(cat)
            years = f"{lo}–{hi}" if hi is not None else f"{lo}–nay"
            src = cat.source.decision or "chưa rõ số quyết định"
            print(f"  {cat.period:<10} năm {years:<10} {len(cat.items):>4} mục  nguồn: {src}  [{cat.path}]", file=out)
    if not only:
        by_kind: dict[str, int] = {}
        for e in cs.gazetteer.entities:
            by_kind[e.kind] = by_kind.get(e.kind, 0) + 1
        kinds = ", ".join(f"{k} {n}" for k, n in by_kind.items())
        print(f"gazetteer: địa danh và cơ quan — {kinds}", file=out)
        print(f"viết tắt: {len(cs.abbreviations)} mục", file=out)
    return 0


def _show(cs: CatalogSet, index: str, year: int | None, out: TextIO) -> int:
    cats = cs.periods(index)
    if not cats:
        print(f"parx: không có danh mục {index}", file=sys.stderr)
        return 1
    cat = cs.period_for(index, year) if year is not None else cats[-1]
    if cat is None:
        print(f"parx: năm {year} không thuộc giai đoạn nào của {index}", file=sys.stderr)
        return 1
    print(f"{INDEX_NAMES.get(index, index)} — giai đoạn {cat.period} ({cat.source.decision or 'chưa rõ QĐ'})", file=out)
    for item in cat.items:
        if not item.valid_in(year):
            continue
        pts = "" if item.max_points is None else f"  [tối đa {item.max_points:g}]"
        unit = f"  ({item.unit})" if item.unit else ""
        print(f"  {item.code:<12} {item.name}{pts}{unit}", file=out)
    return 0


def _match(args: argparse.Namespace, out: TextIO) -> int:
    from normalize.match import Matcher

    m = Matcher.default()
    if args.entity:
        r = m.match_entity(args.label, year=args.year, kinds=args.kinds)
    else:
        r = m.match_item(args.label, year=args.year, index=args.index, code_hint=args.code_hint, within=args.within)
    rows = [
        ("Nhãn", args.label),
        ("Danh mục", f"{r.catalogue} {r.period or ''}".strip() if r.catalogue else "—"),
        ("Mã", r.code or "—"),
        ("Tên chuẩn", r.name or "—"),
        ("Điểm khớp", "—" if r.score is None else f"{r.score:.1f}"),
        ("Trạng thái", STATUS_TEXT[r.status]),
    ]
    if r.status != "ok" and r.candidate_code:
        rows.append(("Ứng viên", f"{r.candidate_code} (chỉ để kiểm tra)"))
    rows.append(("Ứng viên kế", r.runner_up or "—"))
    if r.note:
        rows.append(("Ghi chú", r.note))
    for k, v in rows:
        print(f"{k + ':':<13}{v}", file=out)
    if not args.entity and not args.index:
        print("Theo từng bộ chỉ số (dùng --index để chọn):", file=out)
        for index in m.cs.indexes:
            ri = m.match_item(args.label, year=args.year, index=index, code_hint=args.code_hint, within=args.within)
            if ri.status == "none" and ri.score is None:
                continue
            code = ri.code or f"({ri.candidate_code or '—'})"
            score = "—" if ri.score is None else f"{ri.score:.0f}"
            print(f"  {index:<10}{ri.period or '':<11}{code:<10}{ri.status:<7}{score:>4}  {ri.name or ''}", file=out)
    return 0 if r.status == "ok" else 1
