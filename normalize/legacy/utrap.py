"""The TCVN3 ``ư`` trap: restoring the letter that byte 0xAD lost.

TCVN3 puts ``ư`` at 0xAD, which Windows-1252 calls SOFT HYPHEN — an invisible
hint that tools are free to drop.  pdfminer (so pdfplumber) turns it into a
space, others print ``-`` or nothing: ``Ch ¬ng``, ``Ch-¬ng``, ``Ch¬ng`` all
mean ``Chương``.

An ``ư`` is put back only where the syllable structure proves it was there:
the word without it is not a syllable but the word with it is (``Chơng`` →
``Chương``; ``ng`` + ``ời`` → ``người``).  Where both readings are syllables
(``ngời``/``người``, ``cha``/``chưa``) the frequency lexicon decides, with
its neighbour pairs (seen in the seeds, or forming a two-syllable word of a
general dictionary: ``tối đa``, ``mưa rào``) or, when no neighbour pair is
known for either reading, how often each stands alone as a word (``đưa``,
not ``đa``, in ``phải đưa tiền``) — see :func:`normalize.lexicon.in_context` —
and only when nothing in the line shows that the soft hyphens survived.
``ư`` can only follow an onset (or start a word), which keeps hyphens
between syllables (``kinh tế-xã hội``) and codes (``QĐ-UBND``) out of reach.
"""

from __future__ import annotations

import re

from normalize import lexicon
from normalize.syllables import is_onset, is_syllable

#: How much more frequent the ``ư`` reading must be before a valid word is changed:
#: in a line that shows the ``ư`` was dropped, and in a line with no evidence either way.
_RATIO_DROP = 2.0
_RATIO_UNKNOWN = 4.0


#: What may follow a word whose ư became a separator ("T  pháp", "c .") and precede one that
#: starts with it (" u tiên"): spaces and the punctuation that closes or opens a word.
_CLOSE = ',;:.!?)]”’"…'
_OPEN = '([“‘"'
_AFTER = ("", " ", "\t", *_CLOSE)
_BEFORE = ("", " ", "\t", *_OPEN)


def _u_for(word: str, caps: bool) -> str:
    letters = [c for c in word if c.isalpha()]
    return "Ư" if caps or (len(letters) > 1 and all(c.isupper() for c in letters)) else "ư"


def restore_separators(text: str, caps: list[bool] | None = None) -> tuple[str, list[str]]:
    """Put ``ư`` back where a space or hyphen stands for it; same length in and out.

    ``caps`` marks, per character, the words set in a capitals font (``Ư``).
    Returns the text and the kinds of separator replaced (``space``/``hyphen``).
    """
    s = list(text)
    n = len(s)
    kinds: list[str] = []
    for p in range(n):
        sep = s[p]
        if sep not in " -":
            continue
        i = p
        while i > 0 and s[i - 1].isalpha():
            i -= 1
        j = p + 1
        while j < n and s[j].isalpha():
            j += 1
        left, right = "".join(s[i:p]), "".join(s[p + 1 : j])
        if not left and not right:
            continue
        if left and not is_onset(left):
            continue  # ư follows an onset or starts the word
        u = _u_for(left + right, bool(caps and (caps[i] or caps[p])))
        word = left + u + right
        if not is_syllable(word):
            continue
        if left and right:
            ok = True  # a bare onset is never a word: the separator stood for a letter
        elif left:
            # "T" + "ư"-as-space + the real space ("Sở T  pháp"), "T-" + space, "dân c ." …
            after = s[p + 1] if p + 1 < n else ""
            ok = (sep == "-" or after in _AFTER) and (len(left) > 1 or lexicon.known(word))
        else:
            before = s[p - 1] if p > 0 else ""
            if before not in _BEFORE:
                continue
            # "  u tiên" / "-u tiên": the separator at a word start is the evidence, usage the judge.
            prev, nxt = _word_before(s, p - 1), _word_after(s, j)
            ok = not is_syllable(right) or lexicon.in_context(word, prev, nxt) > max(
                1.0, lexicon.in_context(right, prev, nxt)
            )
        if ok:
            s[p] = u
            kinds.append("space" if sep == " " else "hyphen")
    return "".join(s), kinds


def _word_before(s: list[str], k: int) -> str | None:
    while k >= 0 and not s[k].isalpha():
        k -= 1
    end = k + 1
    while k >= 0 and s[k].isalpha():
        k -= 1
    return "".join(s[k + 1 : end]) or None


def _word_after(s: list[str], k: int) -> str | None:
    while k < len(s) and not s[k].isalpha():
        k += 1
    start = k
    while k < len(s) and s[k].isalpha():
        k += 1
    return "".join(s[start:k]) or None


def insertions(core: str, caps: bool) -> list[str]:
    """Every syllable made by putting ``ư`` right after the onset of ``core``."""
    u = _u_for(core, caps)
    out = []
    for k in range(0, min(3, len(core)) + 1):
        head = core[:k]
        if k and not is_onset(head):
            continue
        cand = head + u + core[k:]
        if is_syllable(cand):
            out.append(cand)
    return out


def restore_in_text(text: str, caps: bool) -> str:
    """Put a dropped ``ư`` back into every run of letters that is a syllable only with it.

    ``Chơng`` → ``Chương``, ``đợc`` → ``được``, ``ớc`` → ``ước``: the proof is
    structural, so this runs before the decoding is judged.  Bare onsets
    (``T``) and words valid either way are left to :func:`restore_dropped`.
    """

    def fix(m: re.Match[str]) -> str:
        core = m.group(0)
        if is_syllable(core) or is_onset(core):
            return core
        cands = insertions(core, caps)
        return max(cands, key=lexicon.count) if cands else core

    return _RUN.sub(fix, text)


def restore_dropped(words: list[str], mask: list[bool], caps: list[bool], strict: bool) -> tuple[list[str], int]:
    """Insert a dropped ``ư`` where only usage can tell (only into words where ``mask`` is True).

    A bare onset becomes a known word (``T`` → ``Tư``, ``nh`` → ``như``) when
    it stands alone; a word valid both ways changes when the lexicon, with the
    neighbouring words, prefers the ``ư`` reading by a clear ratio (a larger
    one when ``strict``: nothing shows that this document drops its ``ư``).
    Returns the words and how many changed.
    """
    out = list(words)
    changed = 0
    for idx, word in enumerate(words):
        if not mask[idx] or not word:
            continue
        prev = _core(out[idx - 1]) if idx > 0 else None
        nxt = _core(words[idx + 1]) if idx + 1 < len(words) else None
        new = _RUN.sub(_RunFixer(caps[idx], strict, prev, nxt), word)
        if new != word:
            out[idx] = new
            changed += 1
    return out, changed


_RUN = re.compile(r"[^\W\d_]+")


class _RunFixer:
    """One run of letters inside a word: the same run, or with its dropped ``ư`` put back."""

    def __init__(self, caps: bool, strict: bool, prev: str | None, nxt: str | None) -> None:
        self.caps, self.strict, self.prev, self.nxt = caps, strict, prev, nxt

    def __call__(self, m: re.Match[str]) -> str:
        core = m.group(0)
        cands = insertions(core, self.caps)
        if not cands:
            return core
        prev, nxt = self.prev, self.nxt
        if nxt and not self.strict:
            # The next word may have lost its ư too ("lợt ngời" is "lượt người").
            forms = [nxt, *insertions(nxt, False)]
            nxt = max(forms, key=lambda f: max(lexicon.pair(c, f) for c in [core, *cands]))
        best = max(cands, key=lambda c: lexicon.in_context(c, prev, nxt))
        if is_onset(core):
            # A lone consonant is "Tư", "như" only as a whole word: not inside a code
            # (UBND-TH), not an abbreviation (TT, "T."), not a list label "c)" nor one of a
            # row of letters ("T T").
            word, a, b = m.string, m.start(), m.end()
            # Only punctuation around it ("“Nh”", "[T]", "t…"), and not a list label "c)".
            whole = all(c in _OPEN for c in word[:a]) and all(c in _CLOSE for c in word[b:])
            label = len(core) == 1 and word[b : b + 1] == ")"
            abbrev = core.isupper() and not self.caps and (len(core) > 1 or word[b : b + 1] == ".")
            lone = (prev is not None and len(prev) == 1) or (nxt is not None and len(nxt) == 1)
            if not whole or label or abbrev or lone or not lexicon.known(best):
                return core
            return best
        if not is_syllable(core):
            return core
        if not lexicon.known(core) and lexicon.known(best):
            # "lợt" is a syllable no text we know uses, "lượt" a common word: the ư was lost.
            return best
        ratio, margin = (_RATIO_UNKNOWN, 8.0) if self.strict else (_RATIO_DROP, 5.0)
        if lexicon.in_context(best, prev, nxt) <= ratio * lexicon.in_context(core, prev, nxt) + margin:
            return core
        return best


def _core(word: str) -> str:
    return "".join(c for c in word if c.isalpha())
