"""OCR path: scanned PDFs and images → the same :class:`schemas.model.Table` model as the PDF path.

Why a separate package: scans need image work (rasterizing, deskewing,
turning, finding ruling lines) and Tesseract, none of which the text-layer
path should load.  What comes out of it — grids of cells with spans, and
lines of text — is exactly what :mod:`extract.assemble` already turns into
tables, so headers, page-break stitching and captions behave the same for
scans (``method="ocr"``, with ``cell_boxes`` in PDF points and a per-cell
``cell_confidence``).

Entry points:

* :func:`extract_scan` — an image file (PNG/JPEG/TIFF, multi-page TIFF) or an
  image-only PDF → :class:`schemas.model.Document`;
* :func:`pages_needing_ocr` — which pages of a PDF have no usable text layer;
* :func:`ocr_pages` — OCR some pages of a file and return per-page grids and
  lines, for :mod:`extract.pdf` to mix into its own page loop;
* :func:`page_parts` — per-page OCR results → :class:`extract.assemble.Part`
  objects and text blocks;
* :func:`repair_group_codes` — after assembling, put back the roman group
  numbers OCR misreads (``II`` → ``H``).
"""

from __future__ import annotations

import importlib
from typing import Any

# Names are resolved on first use (PEP 562): the text-layer path asks
# ``pages_needing_ocr`` about every PDF and must not pay for importing
# OpenCV and the OCR machinery when no page needs it.
_WHERE = {
    "IMAGE_SUFFIXES": "extract.ocr.raster",
    "OcrPage": "extract.ocr.page",
    "extract_scan": "extract.ocr.scan",
    "ocr_pages": "extract.ocr.scan",
    "page_parts": "extract.ocr.scan",
    "pages_needing_ocr": "extract.ocr.detect",
    "repair_group_codes": "extract.ocr.codes",
    "text_layer_quality": "extract.ocr.detect",
}

__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module 'extract.ocr' has no attribute {name!r}")
    return getattr(importlib.import_module(_WHERE[name]), name)


def __dir__() -> list[str]:
    return __all__
