"""Page images: PDF pages rasterized with pdfium, image files (multi-page TIFF too) read with Pillow.

Every page comes out as an 8-bit grey numpy array plus the resolution it is
at, so that pixel coordinates can be turned back into PDF points
(``pt = px * 72 / dpi``) and line up with the text-layer path.  A PDF page that
is a single full-page scan gives its stored image (cheaper than rendering,
and at the scan's own resolution); other PDF pages are rendered at 300 dpi.
Scans under 250 dpi are resampled up to it: Tesseract is tuned for glyphs of
at least that size.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

PDF_DPI = 300
#: Resolution assumed for an image file that does not record one (or records nonsense).
DEFAULT_IMAGE_DPI = 300
#: Image files scanned at a clearly lower resolution are resampled to this one (see :func:`load_page`).
UPSCALE_TO = 250
IMAGE_SUFFIXES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}

Image.MAX_IMAGE_PIXELS = 200_000_000  # large scans are legitimate input, not decompression bombs


@dataclass
class PageImage:
    """One page as grey pixels, with its resolution."""

    page: int  # 1-based
    gray: np.ndarray  # uint8, 255 = paper
    dpi: float

    @property
    def scale(self) -> float:
        """PDF points per pixel."""
        return 72.0 / self.dpi


def is_pdf(path: Path) -> bool:
    return path.suffix.lower() == ".pdf"


def page_count(path: Path) -> int:
    """Number of pages (frames for a TIFF) without decoding them."""
    if is_pdf(path):
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            return len(pdf)
        finally:
            pdf.close()
    with Image.open(path) as im:
        return int(getattr(im, "n_frames", 1))


def page_weights(path: Path) -> list[float] | None:
    """The stored (compressed) size of each page's scan, a cheap guess at how long its OCR takes.

    Compressed size follows the ink on the page (G4, JPEG and Flate code
    edges and strokes), and so the words Tesseract reads: on the samples'
    10-page TIFF, 6.6 kB pages take 0.65 s and 42 kB pages 2.6 s.  Read from
    the file's structure without decoding any image: TIFF strip (or tile)
    byte counts, the stream length of a PDF page's image.  ``None`` when the
    file does not tell (a PDF page that is not one image, a damaged file).
    """
    try:
        if is_pdf(path):
            import pypdfium2 as pdfium
            import pypdfium2.raw as pdfium_c

            pdf = pdfium.PdfDocument(str(path))
            try:
                out = []
                for pg in pdf:
                    images = list(pg.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))
                    if len(images) != 1:
                        return None
                    out.append(float(pdfium_c.FPDFImageObj_GetImageDataRaw(images[0].raw, None, 0)))
                return out
            finally:
                pdf.close()
        with Image.open(path) as im:
            out = []
            for i in range(int(getattr(im, "n_frames", 1))):
                im.seek(i)
                tags = getattr(im, "tag_v2", None)
                counts = (tags.get(279) or tags.get(325)) if tags is not None else None  # strips / tiles
                if not counts:
                    return None
                out.append(float(sum(counts)))
            return out
    except Exception:  # noqa: BLE001 - only a scheduling hint: the pages are read (and fail) later
        return None


def _image_dpi(im: Image.Image) -> float:
    dpi = im.info.get("dpi")
    try:
        x = float(dpi[0]) if dpi else 0.0
    except (TypeError, ValueError, IndexError):
        x = 0.0
    # 72/96 dpi are what tools write when they know nothing; a scan is never that coarse
    return x if 100 <= x <= 1200 else float(DEFAULT_IMAGE_DPI)


def _embedded_scan(page: object) -> tuple[np.ndarray, float] | None:
    """The page's scan as stored in the PDF, when the page is just that: one upright image filling it.

    Decoding the stored image is 3–4 times cheaper than rendering the page,
    and keeps the scan's own resolution (resampled below like an image file).
    Anything else — several images, an image turned or mirrored by its
    matrix, a page with /Rotate — is rendered instead.
    """
    import pypdfium2.raw as pdfium_c

    if page.get_rotation():  # type: ignore[attr-defined]
        return None
    images = list(page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_IMAGE], max_depth=2))  # type: ignore[attr-defined]
    if len(images) != 1:
        return None
    img = images[0]
    a, b, c, d, _, _ = img.get_matrix().get()
    pw, ph = page.get_size()  # type: ignore[attr-defined]
    left, bottom, right, top = img.get_bounds()
    if b or c or a <= 0 or d <= 0 or right - left < 0.97 * pw or top - bottom < 0.97 * ph:
        return None
    gray = np.array(img.get_bitmap(render=False).to_pil().convert("L"))
    dpi = gray.shape[1] / (a / 72.0)
    return gray, float(dpi)


def _upscale(gray: np.ndarray, dpi: float, upscale_to: int | None) -> tuple[np.ndarray, float]:
    if not upscale_to or dpi >= 0.9 * upscale_to:
        return gray, dpi
    # Tesseract misreads the blocky glyphs of 200 dpi (above all bilevel) scans: ``0,7942`` came out as
    # ``0/7942`` and ``(1)`` as ``q)``; smooth resampling to 250 dpi fixes most of it (300 dpi was no better
    # on the samples and costs Tesseract more)
    import cv2

    f = upscale_to / dpi
    gray = cv2.resize(gray, (round(gray.shape[1] * f), round(gray.shape[0] * f)), interpolation=cv2.INTER_CUBIC)
    return gray, float(upscale_to)


def load_page(path: Path, page: int, dpi: int = PDF_DPI, upscale_to: int | None = UPSCALE_TO) -> PageImage:
    """Decode one page (1-based) as grey pixels.

    A PDF page that is one full-page image gives that image; other PDF
    pages are rendered at ``dpi``.  Scans below ``upscale_to`` (``None``:
    never resample) are resampled up to it.
    """
    if is_pdf(path):
        import pypdfium2 as pdfium

        pdf = pdfium.PdfDocument(str(path))
        try:
            pg = pdf[page - 1]
            found = _embedded_scan(pg)
            if found is None:
                bitmap = pg.render(scale=dpi / 72, grayscale=True)
                found = np.array(bitmap.to_pil().convert("L")), float(dpi)
        finally:
            pdf.close()
        gray, got_dpi = _upscale(*found, upscale_to)
        return PageImage(page, gray, got_dpi)
    with Image.open(path) as im:
        if page > 1:
            im.seek(page - 1)
        frame_dpi = _image_dpi(im)
        # EXIF orientation is how phones and some scanners say the image is turned
        im2 = ImageOps.exif_transpose(im) if page == 1 else im
        gray = np.array(im2.convert("L"))
    gray, frame_dpi = _upscale(gray, frame_dpi, upscale_to)
    return PageImage(page, gray, frame_dpi)
