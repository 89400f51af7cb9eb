"""Calls to Tesseract (through pytesseract): word boxes with confidences, OSD.

One Tesseract process per call, single-threaded: parallelism comes from
running pages in separate worker processes, and Tesseract's own OpenMP
threads would only fight those workers for the same cores (on a 2-core
machine a 2-thread Tesseract per page is slower overall than two pages at
once).  ``OMP_THREAD_LIMIT`` is therefore set for the Tesseract child
processes unless the user set it.

Images are handed over as uncompressed PGM files written by us: pytesseract
would otherwise PNG-compress every page, which costs more than a tenth of
Tesseract's own time on a 300 dpi page.
"""

from __future__ import annotations

import functools
import os
import tempfile
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

LANG = "vie"
#: The word lists (dawgs) only slow Tesseract down here: cells are numbers, codes and names, and on the
#: samples the cells came out the same without them (10 % less time, less model loading).
NO_DICTIONARIES = "-c load_system_dawg=0 -c load_freq_dawg=0"
#: Gaussian blur (sigma in pixels at 300 dpi) put on the black-and-white images we send.  The ``vie``
#: model was trained on anti-aliased text: on hard-edged bilevel digits it reads ``57,63`` as ``57,83``
#: and ``52,12`` as ``92,12`` with high confidence, while the same crop blurred by one pixel reads right.
#: Measured on scans of the holdout PDFs: body cells 94.1 % -> 95.2 % (0.7: 95.1 %, 1.4: 94.2 %).
SOFTEN = 1.0
#: Seconds one Tesseract run may take before it is stopped (a page takes a few; a hang must not stall a batch).
TIMEOUT = 300


@dataclass
class Word:
    """One word as Tesseract saw it, in pixels of the image it was given."""

    text: str
    left: int
    top: int
    width: int
    height: int
    conf: float
    block: int
    par: int
    line: int

    @property
    def right(self) -> int:
        return self.left + self.width

    @property
    def bottom(self) -> int:
        return self.top + self.height

    @property
    def line_key(self) -> tuple[int, int, int]:
        return (self.block, self.par, self.line)


def _single_thread() -> None:
    os.environ.setdefault("OMP_THREAD_LIMIT", "1")


def _pytesseract():
    import pytesseract

    return pytesseract


class _TempImage:
    """An image written to a temporary file (removed on exit): PBM when it is black and white, else PGM."""

    def __init__(self, gray: np.ndarray, binary: bool = False) -> None:
        self.gray = gray
        self.binary = binary
        self.path = ""

    def __enter__(self) -> str:
        fd, self.path = tempfile.mkstemp(prefix="parx_ocr_", suffix=".pbm" if self.binary else ".pgm")
        os.close(fd)
        img = Image.fromarray(self.gray)
        if self.binary:
            img = img.convert("1", dither=Image.Dither.NONE)
        img.save(self.path, format="PPM")
        return self.path

    def __exit__(self, *exc: object) -> None:
        try:
            os.unlink(self.path)
        except OSError:
            pass


def parse_tsv(tsv: str) -> list[tuple[int, Word]]:
    """Word rows (level 5, non-blank) of Tesseract's TSV output, with the 1-based image they are on."""
    found: list[tuple[int, Word]] = []
    for line in tsv.splitlines()[1:]:
        f = line.split("\t")
        if len(f) < 12 or f[0] != "5":
            continue
        text = f[11].strip()
        if not text:
            continue
        try:
            conf = float(f[10])
            found.append((int(f[1]), Word(text, int(f[6]), int(f[7]), int(f[8]), int(f[9]), max(conf, 0.0),
                                          int(f[2]), int(f[3]), int(f[4]))))
        except ValueError:
            continue
    return found


def _crop_to_ink(gray: np.ndarray, dpi: float) -> tuple[np.ndarray, int, int] | None:
    dark = gray < 128
    rows, cols = np.flatnonzero(dark.any(axis=1)), np.flatnonzero(dark.any(axis=0))
    if len(rows) == 0:
        return None
    m = max(8, int(dpi / 15))
    y0, x0 = max(int(rows[0]) - m, 0), max(int(cols[0]) - m, 0)
    return gray[y0:int(rows[-1]) + m + 1, x0:int(cols[-1]) + m + 1], x0, y0


def words_batch(
    images: list[np.ndarray], dpi: float, psm: int = 3, lang: str = LANG, extra: str = "", binary: bool = False
) -> list[list[Word]]:
    """``image_to_data`` on several images in one Tesseract run; the words of each, in order.

    One run per image costs a process start and a model load each time
    (about a tenth of a second, a tenth of a page's OCR): a worker gives
    Tesseract all its pages at once, as a list file.  ``binary``: the
    images hold only 0 and 255 — each is cropped to its ink and sent as a
    1-bit PBM, which Tesseract reads and lays out faster than the full grey
    page (boxes are given back in the coordinates of the image).
    """
    out: list[list[Word]] = [[] for _ in images]
    if not images:
        return out
    _single_thread()
    pt = _pytesseract()
    config = f"--psm {psm} --dpi {int(round(dpi))} {NO_DICTIONARIES} {extra}".strip()
    sent: list[tuple[int, np.ndarray, int, int]] = []  # (index, image, x offset, y offset)
    for i, img in enumerate(images):
        if binary:
            cropped = _crop_to_ink(img, dpi)
            if cropped is not None:
                sent.append((i, *cropped))
        else:
            sent.append((i, img, 0, 0))
    if not sent:
        return out
    if binary and SOFTEN > 0:
        # a bilevel image is given back its grey edges: the vie model misreads hard-edged digits
        sent = [(i, cv2.GaussianBlur(img, (0, 0), SOFTEN * dpi / 300), x0, y0) for i, img, x0, y0 in sent]
    temps = [_TempImage(img, binary and SOFTEN <= 0) for _, img, _, _ in sent]
    paths = [t.__enter__() for t in temps]
    try:
        if len(paths) == 1:
            tsv = pt.image_to_data(paths[0], lang=lang, config=config, timeout=TIMEOUT * len(paths))
        else:
            fd, listing = tempfile.mkstemp(prefix="parx_ocr_", suffix=".txt")
            with os.fdopen(fd, "w", encoding="utf-8") as fh:
                fh.write("\n".join(paths) + "\n")
            try:
                tsv = pt.image_to_data(listing, lang=lang, config=config, timeout=TIMEOUT * len(paths))
            finally:
                os.unlink(listing)
    finally:
        for t in temps:
            t.__exit__()
    for page_num, w in parse_tsv(tsv):
        if not 1 <= page_num <= len(sent):
            continue
        i, _, x0, y0 = sent[page_num - 1]
        w.left += x0
        w.top += y0
        out[i].append(w)
    return out


def words(
    gray: np.ndarray, dpi: float, psm: int = 3, lang: str = LANG, extra: str = "", binary: bool = False
) -> list[Word]:
    """``image_to_data`` on one image: every recognised word with its box and confidence
    (see :func:`words_batch`)."""
    return words_batch([gray], dpi, psm, lang, extra, binary)[0]


def osd(gray: np.ndarray, dpi: float) -> str | None:
    """Tesseract's orientation report, or ``None`` when it cannot make one (sparse page)."""
    _single_thread()
    pt = _pytesseract()
    with _TempImage(gray) as path:
        try:
            return pt.image_to_osd(path, config=f"--psm 0 --dpi {int(round(dpi))} -c min_characters_to_try=10",
                                   timeout=TIMEOUT)
        except pt.TesseractError:
            return None


@functools.lru_cache(maxsize=1)
def check_installed(lang: str = LANG) -> str | None:
    """Why Tesseract cannot be used here (a message for the user), or ``None`` when it can.

    Asked once, in the parent process, before pages go to workers: an
    error raised inside a worker would come back as a broken pool instead
    of a clear message.
    """
    pt = _pytesseract()
    try:
        pt.get_tesseract_version()
        langs = pt.get_languages(config="")
    except (pt.TesseractNotFoundError, OSError):
        return "không tìm thấy chương trình Tesseract (cần cài gói tesseract-ocr và tesseract-ocr-vie)"
    except pt.TesseractError as e:
        return f"Tesseract không chạy được ({e.message.strip()[:120]})"
    if lang not in langs:
        return f"Tesseract chưa có dữ liệu ngôn ngữ '{lang}' (cần cài gói tesseract-ocr-{lang})"
    return None
