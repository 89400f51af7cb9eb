"""Write ``tests/data/tcvn3_table.pdf``: a table typed in a TCVN3 (ABC) font, as old reports are.

The text layer holds TCVN3 bytes shown with a simple font named ``.VnTime``
(WinAnsi encoding, no ToUnicode map, not embedded) — exactly what a PDF made
from a Word file in ``.VnTime`` gives a text extractor: ``Së T­ ph¸p`` for
``Sở Tư pháp``, with the ``ư`` at byte 0xAD that pdfminer reads as a space.
The heading uses ``.VnTimeH``, the capitals font (toned capitals at the
lower-case bytes); the bold caption (``.VnTime-Bold``) just above the table
is its title.  The PDF is written by hand (a few objects and a content
stream) so that nothing adds a ToUnicode map; glyph widths are Helvetica's.

    .venv/bin/python tests/data/make_tcvn3_pdf.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from reportlab.pdfbase.pdfmetrics import stringWidth  # noqa: E402

from normalize.legacy import encode, read_as_cp1252  # noqa: E402

OUT = Path(__file__).with_name("tcvn3_table.pdf")

HEADING = "BÁO CÁO KẾT QUẢ CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2023"
CAPTION = "Bảng 1. Điểm của các cơ quan, đơn vị thuộc tỉnh"
HEADER = ["STT", "Tên đơn vị", "Điểm"]
ROWS = [
    ["1", "Sở Tư pháp", "85,50"],
    ["2", "Sở Lao động - Thương binh và Xã hội", "80,25"],
    ["3", "Huyện Trần Đề", "78,10"],
]
COLS = [60, 110, 420, 520]  # column edges (points)
TOP, ROW_H = 700, 24


def _pdf_string(data: bytes) -> bytes:
    out = bytearray(b"(")
    for b in data:
        if b in b"()\\":
            out += b"\\" + bytes([b])
        elif 32 <= b < 127:
            out.append(b)
        else:
            out += b"\\%03o" % b
    return bytes(out + b")")


def _widths() -> list[int]:
    """Helvetica widths of the 224 WinAnsi codes 32..255 (what the glyphs of .VnTime roughly measure)."""
    out = []
    for b in range(32, 256):
        ch = read_as_cp1252(bytes([b]))
        w = stringWidth(ch, "Helvetica", 1000) if ch.isprintable() else 0
        out.append(int(round(w)) or 500)
    return out


def _text(x: float, y: float, font: str, size: float, data: bytes) -> bytes:
    return b"BT /%s %g Tf %g %g Td %s Tj ET\n" % (font.encode(), size, x, y, _pdf_string(data))


def build() -> bytes:
    ops = bytearray()
    ops += _text(60, 790, "F2", 13, encode(HEADING, "tcvn3-caps"))
    caption = encode(CAPTION, "tcvn3")
    width = stringWidth(read_as_cp1252(caption), "Helvetica", 11)
    ops += _text((COLS[0] + COLS[-1] - width) / 2, 712, "F3", 11, caption)  # bold, just above: the caption
    n_rows = 1 + len(ROWS)
    bottom = TOP - n_rows * ROW_H
    ops += b"0.8 w\n"
    for i in range(n_rows + 1):  # horizontal rules
        y = TOP - i * ROW_H
        ops += b"%d %d m %d %d l S\n" % (COLS[0], y, COLS[-1], y)
    for x in COLS:  # vertical rules
        ops += b"%d %d m %d %d l S\n" % (x, TOP, x, bottom)
    for i, cells in enumerate([HEADER, *ROWS]):
        y = TOP - i * ROW_H - 16
        for c, cell in enumerate(cells):
            ops += _text(COLS[c] + 5, y, "F1", 10, encode(cell, "tcvn3"))
    content = bytes(ops)

    widths = b"[" + b" ".join(b"%d" % w for w in _widths()) + b"]"
    descriptor = (
        b"<< /Type /FontDescriptor /FontName /%s /Flags 32 /FontBBox [-166 -225 1000 931]"
        b" /ItalicAngle 0 /Ascent 718 /Descent -207 /CapHeight 718 /StemV 88 >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R /F2 6 0 R /F3 9 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"endstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /.VnTime /FirstChar 32 /LastChar 255 /Widths "
        + widths
        + b" /Encoding /WinAnsiEncoding /FontDescriptor 7 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /.VnTimeH /FirstChar 32 /LastChar 255 /Widths "
        + widths
        + b" /Encoding /WinAnsiEncoding /FontDescriptor 8 0 R >>",
        descriptor % b".VnTime",
        descriptor % b".VnTimeH",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /.VnTime-Bold /FirstChar 32 /LastChar 255 /Widths "
        + widths
        + b" /Encoding /WinAnsiEncoding /FontDescriptor 10 0 R >>",
        descriptor % b".VnTime-Bold",
    ]
    pdf = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, obj in enumerate(objects, 1):
        offsets.append(len(pdf))
        pdf += b"%d 0 obj\n" % i + obj + b"\nendobj\n"
    xref = len(pdf)
    pdf += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        pdf += b"%010d 00000 n \n" % off
    pdf += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(pdf)


if __name__ == "__main__":
    OUT.write_bytes(build())
    print(f"wrote {OUT}")
