"""The ``parx`` command line (CONTRACT.md: ``extract`` and ``fix-text``).

Messages are in Vietnamese: the people who run parx read Vietnamese.
Exit status of ``extract``: 0 when every input was processed, 1 when some
failed (their errors are in ``errors.csv``), 2 for bad usage.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from parx import __version__, catalog_cmd


def _build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="parx",
        description="Trích xuất bảng số liệu từ báo cáo CCHC/PAR Index/SIPAS thành bộ dữ liệu đã kiểm tra.",
    )
    p.add_argument("--version", action="version", version=f"parx {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    ex = sub.add_parser("extract", help="trích xuất bảng và số liệu từ tệp hoặc thư mục")
    ex.add_argument("paths", nargs="+", metavar="PATH", help="tệp hoặc thư mục (duyệt đệ quy)")
    ex.add_argument("-o", "--out", default="parx-out", help="thư mục kết quả (mặc định ./parx-out)")
    ex.add_argument("--jobs", type=int, default=None, help="số tiến trình song song (mặc định: số lõi)")
    ex.add_argument("--force", action="store_true", help="xử lý lại cả những tệp đã có kết quả trong OUT")
    ex.add_argument(
        "--executor", choices=("local", "dask"), default="local",
        help="chạy trên máy này (mặc định) hoặc trên cụm Dask",
    )
    ex.add_argument("--scheduler", default=None, help="địa chỉ bộ lập lịch Dask, ví dụ tcp://10.0.0.5:8786")
    ex.add_argument("--quiet", action="store_true", help="không in tóm tắt")
    ex.add_argument(
        "--strict", action="store_true", help="trả mã lỗi 1 khi có phép kiểm tra số học không khớp"
    )

    fx = sub.add_parser("fix-text", help="sửa lỗi phông chữ/mã hóa tiếng Việt trong văn bản")
    fx.add_argument("file", nargs="?", default="-", metavar="FILE|-", help="tệp văn bản, hoặc - cho stdin")
    fx.add_argument("--explain", action="store_true", help="ghi ra stderr các sửa đổi đã áp dụng")
    fx.add_argument(
        "--tone",
        choices=("new", "old"),
        default=None,
        help="đặt dấu thanh theo một kiểu: new (hòa, thủy) hoặc old (hoà, thuỷ); mặc định giữ như văn bản",
    )
    catalog_cmd.add_parser(sub)
    return p


def _cmd_extract(args: argparse.Namespace) -> int:
    from parx.pipeline import run

    started = time.monotonic()
    if args.jobs is not None and args.jobs < 1:
        print("parx: lỗi: --jobs phải là số nguyên dương", file=sys.stderr)
        return 2
    summary = run(args.paths, Path(args.out), quiet=args.quiet, jobs=args.jobs, force=args.force,
                  executor=args.executor, scheduler=args.scheduler)
    if not args.quiet:
        secs = time.monotonic() - started
        for line in summary.check_lines:
            print(f"parx: kiểm tra {line}", file=sys.stderr)
        print(
            f"parx: {summary.documents} tài liệu, {summary.tables} bảng, {summary.records} số liệu, "
            f"{len(summary.errors)} lỗi"
            + (f", {summary.skipped} tệp không đổi lấy lại kết quả cũ" if summary.skipped else "")
            + f" — kết quả ghi vào {args.out}/ ({secs:.1f} giây)",
            file=sys.stderr,
        )
    if summary.errors:
        return 1
    return 1 if args.strict and summary.checks_failed else 0


def _read_text_arg(name: str) -> str:
    """Read bytes and decode: UTF-8 when valid, else exactly as a Windows-1252 reader shows them.

    Legacy-font files (TCVN3, VNI, VISCII, VPS) are not UTF-8; reading them as
    Windows-1252 — with the five undefined bytes kept as C1 controls rather
    than replaced — is what lets the decoders map every byte back.
    """
    from normalize.legacy import read_as_cp1252

    data = sys.stdin.buffer.read() if name == "-" else Path(name).read_bytes()
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return read_as_cp1252(data)


#: What each repair of the chain means, for ``--explain`` (the legacy ones come from normalize.legacy).
_CHAIN_FIXES = {
    "oi→ư": "chữ «ƣ» (U+01A3) thay cho «ư»",
    "nfc": "dấu tách rời (NFD) được ghép lại (NFC)",
    "tone-new": "đặt dấu thanh kiểu mới (hòa, thủy)",
    "tone-old": "đặt dấu thanh kiểu cũ (hoà, thuỷ)",
}


def _cmd_fix_text(args: argparse.Namespace) -> int:
    from normalize.legacy import DESCRIPTIONS
    from normalize.repair import Context, repair_text

    try:
        text = _read_text_arg(args.file)
    except OSError as e:
        print(f"parx: lỗi: {args.file}: không đọc được tệp ({e.strerror})", file=sys.stderr)
        return 1
    lines = text.split("\n")
    ctx = Context()  # the lines of one file are one document
    out = sys.stdout.buffer
    changed = 0
    for n, line in enumerate(lines, 1):
        ending = "\r" if line.endswith("\r") else ""
        body = line[:-1] if ending else line
        rep = repair_text(body, collapse=False, tone=args.tone, context=ctx)
        if rep.text != body:
            changed += 1
            if args.explain:
                why = "; ".join(f"{f} ({DESCRIPTIONS.get(f) or _CHAIN_FIXES.get(f, f)})" for f in rep.fixes)
                print(f'dòng {n}: {why} → "{rep.text}"', file=sys.stderr)
        out.write((rep.text + ending + ("\n" if n < len(lines) else "")).encode("utf-8"))
    out.flush()
    if args.explain:
        total = len(lines) - (1 if lines and lines[-1] == "" else 0)
        print(f"parx fix-text: đã sửa {changed}/{total} dòng", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    args = _build_parser().parse_args(argv)
    if args.command == "extract":
        return _cmd_extract(args)
    if args.command == "fix-text":
        return _cmd_fix_text(args)
    if args.command == "catalog":
        return catalog_cmd.run(args)
    return 2
