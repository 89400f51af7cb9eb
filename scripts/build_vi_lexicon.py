"""Build ``normalize/data/vi_lexicon.tsv`` and ``vi_bigrams.tsv`` from the seed reports.

Why: the TCVN3 ``ư`` trap leaves pairs that are both valid syllables
(``ngời``/``người``, ``cha``/``chưa``), and a short legacy-font cell can read
as valid Unicode too (VNI ``cô quan`` is ``cơ quan``); only usage decides, so
we count how often each syllable and each neighbour pair occurs in real
Vietnamese administrative text.  The counts are committed; run
this again when the seed corpus grows::

    .venv/bin/python scripts/build_vi_lexicon.py /work/shared/seeds /work/shared/gazetteer

Only files whose words are mostly valid syllables with diacritics are counted
(an OCR'd seed without accents would teach the lexicon ``nguoi``).

It also writes ``vi_common.txt``: the syllables of general Vietnamese that the
seeds, three reports, never happen to use (``gỡ``, ``lượt``, ``hư``, ``nghĩ``).
They come from the word list inside Tesseract's Vietnamese model
(``vie.traineddata``, package tesseract-ocr-vie, Apache-2.0), which Google
built from a large web corpus: the list is read with Tesseract's own tools
(``combine_tessdata -u``, ``dawg2wordlist``) and only lower-cased entries that
are valid syllables are kept.  Without those tools the file is left as it is.

And ``vi_words2.txt``: the two-syllable words of a general Vietnamese
dictionary (``đa dạng``, ``tối đa``, ``mưa rào``,
``ghi chú``) — what tells ``đa`` from ``đưa`` or ``ma`` from ``mưa`` where
the seeds never saw the phrase.  The word list is ``pyvi/models/words.txt``
of the PyPI package ``pyvi`` (MIT licence, © 2016 Viet-Trung Tran; 31,157
entries, 22,705 of two syllables); pass the wheel or the file with
``--words2``.  Without it the file is left as it is::

    pip download pyvi==0.1.1 --no-deps -d /tmp/pyvi
    .venv/bin/python scripts/build_vi_lexicon.py --words2 /tmp/pyvi/pyvi-0.1.1-py2.py3-none-any.whl

:func:`count` is also what ``benchmarks/bench_text_repair.py`` uses to build
the lexicon of each cross-validation fold *without* the seed lines its test
lines were cut from (``skip``), so that the benchmark never measures lines the
lexicon has seen.
"""

from __future__ import annotations

import collections
import re
import shutil
import subprocess
import sys
import tempfile
import unicodedata
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from normalize.syllables import is_syllable  # noqa: E402
from normalize.tone import to_new_style, to_old_style  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "normalize" / "data"
SOURCES = ["/work/shared/seeds", "/work/shared/gazetteer"]
TESSDATA = [Path("/usr/share/tesseract-ocr/5/tessdata"), Path("/usr/share/tesseract-ocr/4.00/tessdata")]
WORD = re.compile(r"[^\W\d_]+")


def drop_u(word: str) -> str | None:
    """The word with its first toneless ``ư`` removed (what TCVN3 loses), if that is a syllable."""
    i = word.find("ư")
    if i < 0:
        return None
    w = word[:i] + word[i + 1 :]
    return w if is_syllable(w) else None


def words_of(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).replace("ƣ", "ư").replace("Ƣ", "Ư")
    return [w.lower() for w in WORD.findall(text)]


def source_files(paths: list[str]) -> list[Path]:
    """The files counted: text, CSV and Markdown files of ``paths``, in a fixed order."""
    return [f for p in paths for f in sorted(Path(p).glob("*")) if f.suffix in (".txt", ".csv", ".md")]


def is_clean_vietnamese(text: str) -> bool:
    """Mostly valid syllables with diacritics (not OCR output without accents)."""
    ws = words_of(text)
    accented = [w for w in ws if not w.isascii()]
    valid = [w for w in accented if is_syllable(w)]
    return bool(accented) and len(valid) / len(accented) >= 0.9 and len(accented) / max(len(ws), 1) >= 0.25


@dataclass
class Counts:
    unigrams: collections.Counter[str] = field(default_factory=collections.Counter)
    bigrams: collections.Counter[tuple[str, str]] = field(default_factory=collections.Counter)
    sources: list[str] = field(default_factory=list)


def count(paths: list[str], skip: Callable[[str, int], bool] | None = None, verbose: bool = False) -> Counts:
    """Syllable and neighbour-pair counts of the clean files in ``paths``.

    ``skip(file name, line index)`` leaves lines out (the held-out lines of a
    benchmark fold).  Pairs are kept when seen twice, and always around a word
    with ``ư`` or such a word with its ``ư`` dropped.
    """
    out = Counts()
    lines_words: list[list[str]] = []
    for f in source_files(paths):
        text = f.read_text(encoding="utf-8", errors="replace")
        if not is_clean_vietnamese(text):
            if verbose:
                print(f"skip {f.name}: not clean accented Vietnamese", file=sys.stderr)
            continue
        out.sources.append(f.name)
        for i, line in enumerate(text.splitlines()):
            if skip is not None and skip(f.name, i):
                continue
            lw = words_of(line)
            lines_words.append(lw)
            out.unigrams.update(w for w in lw if is_syllable(w))
    u_words = {w for w in out.unigrams if "ư" in w}
    amb = u_words | {d for w in u_words if (d := drop_u(w))}
    bi: collections.Counter[tuple[str, str]] = collections.Counter()
    for lw in lines_words:
        for a, b in zip(lw, lw[1:], strict=False):
            if is_syllable(a) and is_syllable(b):
                bi[(a, b)] += 1
    out.bigrams = collections.Counter({k: n for k, n in bi.items() if n >= 2 or k[0] in amb or k[1] in amb})
    return out


def tesseract_syllables() -> set[str] | None:
    """Lower-case syllables of the word list in Tesseract's ``vie.traineddata`` (None: not installed)."""
    model = next((d / "vie.traineddata" for d in TESSDATA if (d / "vie.traineddata").exists()), None)
    if model is None or not shutil.which("combine_tessdata") or not shutil.which("dawg2wordlist"):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        prefix = str(Path(tmp) / "vie.")
        subprocess.run(["combine_tessdata", "-u", str(model), prefix], check=True, capture_output=True)
        out = Path(tmp) / "words.txt"
        subprocess.run(
            ["dawg2wordlist", prefix + "lstm-unicharset", prefix + "lstm-word-dawg", str(out)],
            check=True,
            capture_output=True,
        )
        words = out.read_text(encoding="utf-8").split()
    return {w for word in words if is_syllable(w := unicodedata.normalize("NFC", word).lower())}


PYVI_LICENSE = """\
The MIT License (MIT)
Copyright (c) 2016 Viet-Trung Tran

Permission is hereby granted, free of charge, to any person obtaining a copy of this software and
associated documentation files (the "Software"), to deal in the Software without restriction,
including without limitation the rights to use, copy, modify, merge, publish, distribute,
sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all copies or
substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT
NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY, FITNESS FOR A PARTICULAR PURPOSE AND
NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES
OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM, OUT OF OR IN
CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""


def word_pairs(source: Path) -> set[tuple[str, str]]:
    """The two-syllable entries of pyvi's ``words.txt`` (wheel or file).

    Lower-case NFC, both syllables valid, each pair in both tone styles (``hoá``/``hóa``).
    """
    if source.suffix == ".whl":
        with zipfile.ZipFile(source) as z:
            text = z.read("pyvi/models/words.txt").decode("utf-8")
    else:
        text = source.read_text(encoding="utf-8")
    pairs: set[tuple[str, str]] = set()
    for entry in text.splitlines():
        ws = unicodedata.normalize("NFC", entry).lower().split()
        if len(ws) != 2 or not all(is_syllable(w) for w in ws):
            continue  # (the pairs inside longer entries, "cha chủ sự", are not words themselves)
        for style in (to_new_style, to_old_style):
            pairs.add((style(ws[0]), style(ws[1])))
    return pairs


def write_word_pairs(source: Path) -> None:
    pairs = word_pairs(source)
    with open(OUT / "vi_words2.txt", "w", encoding="utf-8") as f:
        f.write(
            "# The two-syllable words of a general Vietnamese dictionary: the\n"
            "# word list pyvi/models/words.txt of the PyPI package pyvi 0.1.1 (https://github.com/trungtv/pyvi,\n"
            "# MIT licence, Copyright (c) 2016 Viet-Trung Tran).  Entries lower-cased (NFC), kept when every\n"
            "# syllable passes normalize.syllables.is_syllable; each pair in both tone styles.  Written by\n"
            "# scripts/build_vi_lexicon.py --words2; normalize.lexicon.is_word_pair reads it.\n"
            "#\n" + "".join(f"# {ln}".rstrip() + "\n" for ln in PYVI_LICENSE.splitlines())
        )
        f.write("".join(f"{a} {b}\n" for a, b in sorted(pairs)))
    print(f"{len(pairs)} dictionary word pairs", file=sys.stderr)


def main(paths: list[str]) -> None:
    common = tesseract_syllables()
    if common is None:
        print("Tesseract's vie.traineddata or its tools are missing: vi_common.txt kept", file=sys.stderr)
    else:
        with open(OUT / "vi_common.txt", "w", encoding="utf-8") as f:
            f.write(
                "# Syllables of general Vietnamese: the entries (lower-cased) of the word list in Tesseract's\n"
                "# vie.traineddata (lstm-word-dawg; tesseract-ocr-vie, Apache-2.0, built by Google from a\n"
                "# web corpus) that pass normalize.syllables.is_syllable.  Written by\n"
                "# scripts/build_vi_lexicon.py; normalize.lexicon counts each at least once.\n"
            )
            f.write("\n".join(sorted(common)) + "\n")
        print(f"{len(common)} general syllables", file=sys.stderr)
    c = count(paths, verbose=True)
    head = (
        "# Vietnamese syllable frequencies, built by scripts/build_vi_lexicon.py from the seed reports\n"
        f"# ({', '.join(c.sources)}): lower-case NFC syllables that pass normalize.syllables.is_syllable.\n"
    )
    with open(OUT / "vi_lexicon.tsv", "w", encoding="utf-8") as f:
        f.write(head + "# syllable\tcount\n")
        for w, n in sorted(c.unigrams.items(), key=lambda kv: (-kv[1], kv[0])):
            f.write(f"{w}\t{n}\n")
    with open(OUT / "vi_bigrams.tsv", "w", encoding="utf-8") as f:
        f.write(head.replace("syllable frequencies", "neighbour-pair (bigram) counts"))
        f.write("# pairs seen twice or more, and every pair where one word has ư or is such a word\n")
        f.write("# with its ư dropped\n# first\tsecond\tcount\n")
        for (a, b), n in sorted(c.bigrams.items(), key=lambda kv: (-kv[1], kv[0])):
            f.write(f"{a}\t{b}\t{n}\n")
    print(f"{len(c.unigrams)} syllables, {len(c.bigrams)} pairs", file=sys.stderr)


if __name__ == "__main__":
    args = sys.argv[1:]
    if "--words2" in args:
        k = args.index("--words2")
        write_word_pairs(Path(args[k + 1]))
        del args[k : k + 2]
        if not args:
            sys.exit(0)
    main(args or SOURCES)
