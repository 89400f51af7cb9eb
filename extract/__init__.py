"""Extractors: one per input format, each returning a :class:`schemas.model.Document`.

``extract/`` knows files and nothing about Vietnamese text repair or
catalogues: it hands raw cell text (with font names as hints) to the next
stage.
"""

from __future__ import annotations

from pathlib import Path

from extract.errors import ExtractError
from schemas.model import Document

PDF_EXT = {".pdf"}
IMAGE_EXT = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
DOCX_EXT = {".docx"}
XLSX_EXT = {".xlsx"}
TEXT_EXT = {".txt", ".md"}
LEGACY_OFFICE_EXT = {".doc", ".xls"}  # converted through LibreOffice when it is installed
ACCEPTED = PDF_EXT | IMAGE_EXT | DOCX_EXT | XLSX_EXT | TEXT_EXT | LEGACY_OFFICE_EXT

__all__ = ["ACCEPTED", "ExtractError", "extract_file", "sniff"]

_MAGIC = [
    (b"%PDF", "PDF"),
    (b"\x89PNG", "ảnh PNG"),
    (b"\xff\xd8\xff", "ảnh JPEG"),
    (b"II*\x00", "ảnh TIFF"),
    (b"MM\x00*", "ảnh TIFF"),
    (b"PK\x03\x04", "tệp nén ZIP (DOCX/XLSX)"),
    (b"\xd0\xcf\x11\xe0", "tệp Office cũ (DOC/XLS)"),
    (b"GIF8", "ảnh GIF"),
]


def sniff(head: bytes) -> str | None:
    """What the first bytes of a file say it really is."""
    for magic, name in _MAGIC:
        if head.startswith(magic):
            return name
    return None


def extract_file(path: Path, doc_name: str, jobs: int | None = None) -> Document:
    """Extract one file; raise :class:`ExtractError` with a clear cause.

    ``jobs``: processes for OCR'ing the pages of one scan (1 when files are
    already processed in parallel, so that pools do not nest).
    """
    suffix = path.suffix.lower()
    if suffix not in ACCEPTED:
        raise ExtractError(f"định dạng '{suffix or '(không có đuôi)'}' không được hỗ trợ")
    try:
        size = path.stat().st_size
    except OSError as e:
        raise ExtractError(f"không đọc được tệp ({e.strerror})") from e
    if size == 0:
        raise ExtractError("tệp rỗng (0 byte)")
    if suffix in PDF_EXT:
        from extract import pdf

        return pdf.extract_pdf(path, doc_name, jobs)
    if suffix in IMAGE_EXT:
        from extract.ocr import extract_scan

        return extract_scan(path, doc_name, jobs)
    if suffix in (".docx", ".doc"):
        from extract import docx

        return docx.extract_docx(path, doc_name) if suffix == ".docx" else docx.extract_doc(path, doc_name)
    if suffix in (".xlsx", ".xls"):
        from extract import xlsx

        return xlsx.extract_xlsx(path, doc_name) if suffix == ".xlsx" else xlsx.extract_xls(path, doc_name)
    if suffix in TEXT_EXT:
        from extract import text

        return text.extract_text(path, doc_name)
    raise ExtractError(f"chưa hỗ trợ đọc định dạng '{suffix}' trong phiên bản này")
