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
"""

from __future__ import annotations

import collections
import re
import sys
import unicodedata
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from normalize.syllables import is_syllable  # noqa: E402

OUT = Path(__file__).resolve().parents[1] / "normalize" / "data"
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


def main(paths: list[str]) -> None:
    uni: collections.Counter[str] = collections.Counter()
    lines_words: list[list[str]] = []
    sources: list[str] = []
    for p in paths:
        for f in sorted(Path(p).glob("*")):
            if f.suffix not in (".txt", ".csv", ".md"):
                continue
            text = f.read_text(encoding="utf-8", errors="replace")
            ws = words_of(text)
            accented = [w for w in ws if not w.isascii()]
            valid = [w for w in accented if is_syllable(w)]
            if not accented or len(valid) / len(accented) < 0.9 or len(accented) / max(len(ws), 1) < 0.25:
                print(f"skip {f.name}: not clean accented Vietnamese", file=sys.stderr)
                continue
            sources.append(f.name)
            for line in text.splitlines():
                lw = words_of(line)
                lines_words.append(lw)
                uni.update(w for w in lw if is_syllable(w))
    u_words = {w for w in uni if "ư" in w}
    amb = u_words | {d for w in u_words if (d := drop_u(w))}
    bi: collections.Counter[tuple[str, str]] = collections.Counter()
    for lw in lines_words:
        for a, b in zip(lw, lw[1:], strict=False):
            if is_syllable(a) and is_syllable(b):
                bi[(a, b)] += 1
    # Every pair around a word with ư (or such a word with its ư dropped), the others from 2 on.
    bi = collections.Counter({k: n for k, n in bi.items() if n >= 2 or k[0] in amb or k[1] in amb})
    head = (
        "# Vietnamese syllable frequencies, built by scripts/build_vi_lexicon.py from the seed reports\n"
        f"# ({', '.join(sources)}): lower-case NFC syllables that pass normalize.syllables.is_syllable.\n"
    )
    with open(OUT / "vi_lexicon.tsv", "w", encoding="utf-8") as f:
        f.write(head + "# syllable\tcount\n")
        for w, n in sorted(uni.items(), key=lambda kv: (-kv[1], kv[0])):
            f.write(f"{w}\t{n}\n")
    with open(OUT / "vi_bigrams.tsv", "w", encoding="utf-8") as f:
        f.write(head.replace("syllable frequencies", "neighbour-pair (bigram) counts"))
        f.write("# pairs seen twice or more, and every pair where one word has ư or is such a word\n")
        f.write("# with its ư dropped\n# first\tsecond\tcount\n")
        for (a, b), n in sorted(bi.items(), key=lambda kv: (-kv[1], kv[0])):
            f.write(f"{a}\t{b}\t{n}\n")
    print(f"{len(uni)} syllables, {len(bi)} pairs", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:] or ["/work/shared/seeds", "/work/shared/gazetteer"])
