"""The text-repair corpus: clean lines and the damaged variants a reader would see.

Clean lines (``clean_vi.txt``) are sentences, headings and short table-cell
texts cut from the seed reports; ``negatives.txt`` holds text that must pass
through unchanged (English, French, numbers, codes, e-mail addresses) and
``ocr_noise.txt`` OCR output without accents.  Damaged variants are made the
way they arise: encode the clean line to the legacy font's bytes with
``normalize.legacy.encode`` (whose tables the tests check against glibc
iconv), then decode those bytes as Windows-1252 — exactly what a reader shows.

Refresh the clean lines from the seeds with::

    .venv/bin/python tests/data/text_repair/corpus.py /work/shared/seeds /work/shared/gazetteer
"""

from __future__ import annotations

import re
import sys
import unicodedata
from collections.abc import Callable, Iterator
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[2]))

from normalize.legacy import encode, read_as_cp1252  # noqa: E402

_C1_1258 = {b: bytes([b]).decode("cp1258", errors="ignore") or chr(b) for b in range(0x80, 0xA0)}


def read_as_cp1258(data: bytes) -> str:
    """What a Windows-1258 reader shows (undefined bytes as C1 controls)."""
    return "".join(_C1_1258[b] if 0x80 <= b < 0xA0 else bytes([b]).decode("cp1258") for b in data)


def _legacy(name: str) -> Callable[[str], str | None]:
    def f(line: str) -> str | None:
        try:
            return read_as_cp1252(encode(line, name))
        except ValueError:
            return None

    return f


def _tcvn3_u(replacement: str, caps: bool = False) -> Callable[[str], str | None]:
    base = _legacy("tcvn3-caps" if caps else "tcvn3")

    def f(line: str) -> str | None:
        if caps and line != line.upper():
            return None
        t = base(line.upper() if caps else line)
        if t is None or "\xad" not in t:
            return None  # no ư: nothing to lose
        return t.replace("\xad", replacement)

    return f


def _caps(line: str) -> str | None:
    if line != line.upper() or not any(c.isalpha() and not c.isascii() for c in line):
        return None
    return _legacy("tcvn3-caps")(line)


def shows_capitals(damaged: str) -> bool:
    """Whether a capitals-font line shows it to a reader without the font name.

    Only the plain letters keep their case in a capitals font: a capital
    inside a legacy word (``HéI``) or a whole plain word in capitals
    (``TRONG``) shows it; ``Hå S¬`` reads as ``Hồ Sơ`` just as well.
    """
    from normalize.syllables import is_syllable

    for w in damaged.split():
        core = w.strip(".,;:()!?\"'-")
        if not core.isascii() and any(c.isascii() and c.isupper() for c in core[1:]):
            return True
        if core.isascii() and core.isalpha() and len(core) > 1 and core.isupper() and is_syllable(core):
            return True
    return False


def _oi(line: str) -> str | None:
    return line.replace("ư", "ƣ").replace("Ư", "Ƣ") if "ư" in line.lower() else None


def _nbsp_lost(shown: str) -> str | None:
    """UTF-8 read as cp1252 whose NBSP (the A0 byte of "à") then became a plain space."""
    return shown.replace("\xa0", " ") if "\xa0" in shown else None


def _nfd(line: str) -> str | None:
    d = unicodedata.normalize("NFD", line)
    return d if d != line else None


#: damage kind → function making the damaged text from a clean line (None: not applicable).
KINDS: dict[str, Callable[[str], str | None]] = {
    "tcvn3": _legacy("tcvn3"),
    "tcvn3-ư-space": _tcvn3_u(" "),
    "tcvn3-ư-hyphen": _tcvn3_u("-"),
    "tcvn3-ư-dropped": _tcvn3_u(""),
    "tcvn3-caps": _caps,
    "tcvn3-caps-ư-space": _tcvn3_u(" ", caps=True),
    "tcvn3-caps-ư-dropped": _tcvn3_u("", caps=True),
    # (capitals lines that show no capital in a plain letter become kind "tcvn3-caps+font")
    "vni": _legacy("vni"),
    "viscii": _legacy("viscii"),
    "vps": _legacy("vps"),
    "ƣ": _oi,
    "nfd": _nfd,
    "utf8-as-cp1252": lambda s: read_as_cp1252(s.encode("utf-8")) if not s.isascii() else None,
    "utf8-as-cp1258": lambda s: read_as_cp1258(s.encode("utf-8")) if not s.isascii() else None,
    "utf8-as-cp1252-nbsp-lost": lambda s: _nbsp_lost(read_as_cp1252(s.encode("utf-8"))),
}


def _lines(name: str) -> list[str]:
    with open(HERE / name, encoding="utf-8") as f:
        return [ln.rstrip("\n") for ln in f if ln.strip() and not ln.startswith("#")]


def clean_lines() -> list[str]:
    """Clean Vietnamese lines (sentences, headings, cell texts)."""
    return _lines("clean_vi.txt")


def heldout_lines() -> list[str]:
    """Hand-written lines the lexicon never saw (to measure how the repairs generalise)."""
    return _lines("heldout_vi.txt")


def heldout_cases() -> list[tuple[str, str, str]]:
    """Damaged variants of the held-out lines, per kind."""
    out = []
    for kind, fn in KINDS.items():
        for line in heldout_lines():
            src = line.upper() if "caps" in kind else line
            d = fn(src)
            if d is not None and d != src and ("caps" not in kind or shows_capitals(d)):
                out.append((kind, d, src))
    return out


def negative_lines() -> list[str]:
    """Lines that must never change: English, French, numbers, codes, OCR noise, clean Vietnamese."""
    return _lines("negatives.txt") + _lines("ocr_noise.txt")


def mixed_cases(lines: list[str]) -> Iterator[tuple[str, str]]:
    """A Unicode sentence followed by a TCVN3 phrase or heading (as one extracted line)."""
    tc = KINDS["tcvn3"]
    caps = KINDS["tcvn3-caps"]
    for i in range(0, len(lines) - 1, 7):
        a, b = lines[i], lines[i + 1]
        if len(a) > 90 or len(b) > 90:
            continue
        d = tc(b)
        if d is not None and d != b:
            yield f"{a} {d}", f"{a} {b}"
        u = b.upper()
        d = caps(u)
        if d is not None and shows_capitals(d):
            yield f"{d}: {a}", f"{u}: {a}"


def _all_cases() -> Iterator[tuple[str, str, str]]:
    lines = clean_lines()
    heads = [ln.upper() for ln in lines if len(ln) < 80]
    for kind, fn in KINDS.items():
        source = heads + [ln for ln in lines if ln == ln.upper()] if "caps" in kind else lines
        for line in source:
            d = fn(line)
            if d is not None and d != line:
                if "caps" in kind and not shows_capitals(d):
                    kind_ = "tcvn3-caps+font"  # only the font name (.VnTimeH) can tell: repaired with it
                    yield kind_, d, line
                else:
                    yield kind, d, line
    for d, e in mixed_cases(lines):
        yield "mixed", d, e


def cases() -> list[tuple[str, str, str]]:
    """(kind, damaged text, expected repaired text) for every applicable kind and line.

    Left out: damaged texts that two clean lines produce alike, which no repair
    can tell apart — ``Sè: /BC-SNV`` is TCVN3 for ``Số: /BC-SNV`` in the
    ordinary font and for ``SỐ: /BC-SNV`` in the capitals font.
    """
    found = list(_all_cases())
    meaning: dict[str, set[str]] = {}
    for _, d, e in found:
        meaning.setdefault(d, set()).add(e)
    return [c for c in found if len(meaning[c[1]]) == 1]


# --- building clean_vi.txt from the seeds -----------------------------------------------------

_MD = re.compile(r"[*_#>`|]+")
_TAG = re.compile(r"</?[A-Za-z][^<>]*>")
_SENT = re.compile(r"(?<=[.;:!?])\s+(?=[A-ZĐÀ-Ỹ0-9])")


def _chunks(text: str, limit: int = 150) -> Iterator[str]:
    words = text.split()
    cur: list[str] = []
    for w in words:
        if cur and len(" ".join([*cur, w])) > limit:
            yield " ".join(cur)
            cur = []
        cur.append(w)
    if cur:
        yield " ".join(cur)


def _clean_source(text: str) -> bool:
    """A seed typed with accents (not OCR output without them): most accented words are syllables."""
    from normalize.syllables import is_syllable

    words = [w.strip(".,;:()\"'") for w in text.split() if not w.isascii()]
    return bool(words) and sum(is_syllable(w.lower()) for w in words) / len(words) > 0.9


def build(paths: list[str], max_sentences: int = 1500, max_cells: int = 900) -> None:
    sentences: list[str] = []
    cells: list[str] = []
    ocr: list[str] = []
    for p in paths:
        for f in sorted(Path(p).glob("*")):
            raw = unicodedata.normalize("NFC", f.read_text(encoding="utf-8", errors="replace"))
            if not _clean_source(raw):
                ocr += [ln.strip() for ln in raw.splitlines() if len(ln.split()) >= 2]
                continue
            if f.suffix == ".csv":
                for row in raw.splitlines()[1:]:
                    cells += [c for c in row.split(",") if any(not ch.isascii() for ch in c)]
                continue
            for line in raw.splitlines():
                line = _MD.sub("", _TAG.sub(" ", line)).replace("\ufffd", "").strip()
                line = " ".join(line.split())
                line = re.sub(r"[⁰¹²³⁴⁵⁶⁷⁸⁹]+", "", line).replace("ƣ", "ư")
                if len(line.split()) < 2:
                    continue
                for sent in _SENT.split(line):
                    for chunk in _chunks(sent):
                        if len(chunk.split()) >= 2:
                            sentences.append(chunk)
                        ws = chunk.split()
                        for k in range(0, len(ws) - 2, 9):
                            cells.append(" ".join(ws[k : k + 2 + (k // 9) % 4]).strip(",.;:()"))
    seen: set[str] = set()

    def dedup(items: list[str], limit: int) -> list[str]:
        out = []
        for s in items:
            if s and s not in seen and not s.isascii():
                seen.add(s)
                out.append(s)
        step = max(1, len(out) // limit)
        return out[::step][:limit]

    good = dedup(sentences, max_sentences) + dedup(cells, max_cells)
    ocr = dedup(ocr, 400)
    with open(HERE / "clean_vi.txt", "w", encoding="utf-8") as f:
        f.write("# Clean Vietnamese lines cut from the seed reports (tests/data/text_repair/corpus.py).\n")
        f.write("\n".join(good) + "\n")
    with open(HERE / "ocr_noise.txt", "w", encoding="utf-8") as f:
        f.write("# OCR output without accents (from the seed reports): must pass through unchanged.\n")
        f.write("\n".join(ocr) + "\n")
    print(f"{len(good)} clean lines, {len(ocr)} OCR lines", file=sys.stderr)


if __name__ == "__main__":
    build(sys.argv[1:] or ["/work/shared/seeds", "/work/shared/gazetteer"])
