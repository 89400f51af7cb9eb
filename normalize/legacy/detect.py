"""Choosing the decoding of one line: which legacy encoding, and for which words.

Each candidate decoding (TCVN3, VNI, VISCII, VPS, UTF-8 misread) is applied to
the line and the line is cut into segments — words, or runs of words that the
``ư`` restoration joined.  Every segment that the decoding changes is
classified by comparing the Vietnamese-ness of before and after:

* ``FOR``     not a syllable before, a syllable after (``c¸c`` → ``các``), or a
  syllable both ways that usage clearly prefers decoded (``Sè`` → ``Số``);
* ``AGAINST`` a syllable before, not after (clean ``các`` → TCVN3 ``cỏc``);
* ``AMBIG``   a syllable both ways, usage undecided or leaning one way;
* ``XX``      neither (names, codes).

A decoding is accepted only with a clear margin over the text as it is — at
least one known word gained (two, or a symbol glued inside a word, when it
would break many more), and no sign that the text is Vietnamese without
accents or that the decoding leaves as much damaged as it mends — unless the font name
already says which legacy encoding the text is in, or the document has so far
been in that encoding only (:meth:`Context.prior`; then usage may decide a
cell such as ``Mét``/``Một`` that no word proves).  A line with no AGAINST
segment and no word that only Unicode can hold (``phố``) is decoded whole; in
a line with some (a Unicode sentence with a TCVN3 phrase) those stay as they
are and the undecided ones follow usage, then their neighbours: that is how
mixed lines are repaired piece by piece and clean text is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from normalize import lexicon
from normalize.legacy import codecs, utrap
from normalize.legacy.words import C0_LETTERS, INVALID, SPLIT, VALID, letters, span_status, word_status
from normalize.syllables import is_onset, is_stripped, is_syllable

SAME, FOR, AGAINST, AMBIG, XX = range(5)

#: Tie-break between decodings that explain a line equally well: how common each is in archives.
PRIORITY = ("tcvn3", "vni", "viscii", "vps", "mojibake")

_CHAR_DECODERS: dict[str, Callable[[str], str]] = {
    "tcvn3": codecs.decode_tcvn3,
    "viscii": codecs.decode_viscii,
    "vps": codecs.decode_vps,
}


@dataclass
class Context:
    """What earlier lines of the same document showed about the TCVN3 ``ư`` (per document).

    A document loses its ``ư`` one way only: kept, turned into spaces, into
    hyphens, or dropped.  Once a line proves a drop (``đợc``), later lines may
    restore ambiguous words (``đa``/``đưa``) on a weaker lexicon margin; once a
    line shows the soft hyphens kept, nothing is inserted by usage alone.
    """

    u_mode: str | None = None  # "kept", "space", "hyphen" or "drop"
    tcvn3_lines: int = 0
    encodings: dict[str, int] = field(default_factory=dict)  # lines decoded per encoding so far
    unicode_lines: int = 0  # lines with a word that can only be Unicode ("phố", "tỉnh")

    def prior(self) -> str | None:
        """The encoding of a document that has so far been legacy text in one encoding only.

        Then a line whose words read validly both ways (``Mét``/``Một``, VNI
        ``Cô``/``Cơ``) follows usage: one cell on its own could not say.
        """
        if not self.encodings:
            return None
        enc, n = max(self.encodings.items(), key=lambda kv: kv[1])
        if n >= 3 and n >= 0.9 * sum(self.encodings.values()) and 10 * self.unicode_lines <= n:
            return enc
        return None


@dataclass
class Segment:
    start: int  # position in the line
    end: int
    orig: str
    cand: str
    kind: int = SAME
    weight: float = 0.0
    lean: int = 0  # for AMBIG: +1 usage prefers the decoding, -1 the original
    take: bool = False
    caps: bool = False  # a TCVN3 capitals-font word

    @property
    def out(self) -> str:
        return self.cand if self.take else self.orig


@dataclass
class Decision:
    """The accepted decoding of a line."""

    enc: str
    text: str
    gain: float
    loss: int
    fixes: list[str] = field(default_factory=list)
    u_kinds: list[str] = field(default_factory=list)  # how this line lost its ư (or "kept")
    mixed: bool = False  # some words of the line can only be Unicode


def _syllable_like(word: str) -> bool:
    core = letters(word)
    return bool(core) and core.isalpha() and (is_syllable(core) or is_onset(core))


def _legacy_like(word: str) -> bool:
    """A word a Windows-1252 reader could have shown for legacy bytes (no ``ư``, ``ệ``, ``đ`` …)."""
    return not word.isascii() and all(c in codecs.UNREAD for c in word)


def _case_vote(word: str) -> int:
    """+1: a capitals-font word (``HéI``, ``TRONG``); -1: ordinary font (``ph¸p``); 0: cannot tell.

    The capitals fonts draw every toned letter at its lower-case byte, so only
    the plain ASCII letters show the case: a capital *inside* the word is the
    evidence (``Së`` is ``Sở``), a small letter the counter-evidence.  Codes and
    acronyms (``CCHC``, ``/BC-SNV``) and Unicode words say nothing.
    """
    if not (_legacy_like(word) or _syllable_like(word)):
        return 0
    core = letters(word)
    if not word.isascii() and word_status(word) == VALID and lexicon.known(core):
        return 0  # a Unicode word that only looks like a misread ("nhà")
    vote = 0
    for i, c in enumerate(core):
        if c.isascii() and c.isalpha():
            if c.islower():
                return -1
            if i > 0:
                vote = 1
    return vote


def _caps_words(words: list[str], default: bool = False) -> list[bool]:
    """Per word: set in a TCVN3 capitals font?  Undecided words follow the nearest decided one."""
    votes = [_case_vote(w) for w in words]
    decided = [i for i, v in enumerate(votes) if v]
    out = []
    for i, v in enumerate(votes):
        if not v and decided:
            v = votes[min(decided, key=lambda d: (abs(d - i), d > i))]
        out.append(v > 0 if v else default)
    return out


def _caps_mask(line: str, caps: bool | None) -> list[bool]:
    """Per character of ``line``: is it in a capitals-font word (see :func:`_caps_words`)?"""
    if caps is not None:
        return [caps] * len(line)
    pieces = SPLIT.split(line)
    flags = _caps_words(pieces[::2])
    mask: list[bool] = []
    for i, piece in enumerate(pieces):
        mask += [flags[i // 2] if i % 2 == 0 else False] * len(piece)
    return mask


def _segments_charwise(line: str, dec: str) -> list[Segment]:
    """Cut at the spaces both texts share (the ư restoration may have turned a space into a letter)."""
    segs: list[Segment] = []
    start = None
    for i, (a, b) in enumerate(zip(line, dec, strict=True)):
        if a in " \t" and b in " \t":
            if start is not None:
                segs.append(Segment(start, i, line[start:i], dec[start:i]))
                start = None
        elif start is None:
            start = i
    if start is not None:
        segs.append(Segment(start, len(line), line[start:], dec[start:]))
    for sg in segs:
        if not all(c in codecs.UNREAD for c in sg.orig):
            sg.cand = sg.orig  # a letter such as "đ" or "ư": Unicode, not a misread
    return segs


_LOST_NBSP = re.compile(r"(\S*(?:Ã|Æ|áº|á»)) (\S*)")


def _rejoin_nbsp(line: str) -> str:
    """Put back the NBSP of a UTF-8 misread where it became a plain space.

    UTF-8 ``à`` is C3 A0 (``Ơ``, ``Ạ``, ``Ỡ`` end in A0 too): read as
    Windows-1252 that is ``Ã`` + NBSP, and the NBSP often became a space
    (``hÃ nh``).  Only where that makes one Vietnamese word; same length.
    """

    def join(m: re.Match[str]) -> str:
        # "hÃ nh" → "hành"; "vÃ  Chá»‰" (the lost NBSP, then the real space) → "và Chỉ"
        d = codecs.decode_utf8_misread(m.group(1) + "\xa0" + m.group(2))
        if d is not None and word_status(d) == VALID:
            return m.group(1) + "\xa0" + m.group(2)
        return m.group(0)

    return _LOST_NBSP.sub(join, line) if " " in line else line


def _segments_wordwise(line: str, decode: Callable[[str], str | None]) -> list[Segment]:
    segs = []
    pos = 0
    for i, piece in enumerate(SPLIT.split(line)):
        if i % 2 == 0 and piece:
            d = decode(piece)
            segs.append(Segment(pos, pos + len(piece), piece, piece if d is None else d))
        pos += len(piece)
    return segs


def _known(core: str, tcvn3: bool) -> bool:
    """In the lexicon — for TCVN3 also once a lost ``ư`` is back (``ngời`` is ``người``)."""
    if lexicon.known(core):
        return True
    return tcvn3 and any(lexicon.known(c) for c in utrap.insertions(core, core.isupper()))


def _weight(cand: str, tcvn3: bool = False) -> float:
    """Evidence a decoded segment gives: a known word counts fully, an unknown one half.

    A one-letter word counts only when it is a common one (``ở``): a lone
    symbol such as ``µ`` decodes to a vowel (``à``) far too easily.
    """
    cores = [letters(w) for w in cand.split(" ") if word_status(w) == VALID]
    long = [c for c in cores if len(c) > 1]
    if long:
        return 1.0 if any(_known(c, tcvn3) for c in long) else 0.5
    return 1.0 if any(lexicon.count(c) >= 20 for c in cores) else 0.0


def _lex(text: str) -> int:
    return sum(lexicon.count(letters(w)) for w in text.split(" "))


_D_CODE = re.compile(r"(?<![^\W\d_])[B-DF-HJ-NP-TV-XZĐ]*Đ[B-DF-HJ-NP-TV-XZĐ]*(?![^\W\d_])")


def _d_code(orig: str, cand: str) -> bool:
    """An abbreviation whose Đ the decoding restored (``Q§-UBND`` → ``QĐ-UBND``, ``ÑVSNCL`` → ``ĐVSNCL``).

    Only consonants around the Đ: ``CĐA`` is a misdecoded ``CỦA``, not a code.
    """
    m = _D_CODE.search(cand)
    return "Đ" not in orig and m is not None and len(m.group(0)) > 1


def _strong(orig: str) -> bool:
    """Never clean text: a symbol glued inside a word (``m¹ng``, ``c¸c``, ``Ph\\xadêng``)
    or a capital right after a small letter (``ViÖt``, ``QuyÕt``)."""
    core = letters(orig)
    if any(not c.isalpha() and not c.isascii() for c in core[1:-1]) or "\xad" in core:
        return True
    return any(a.islower() and b.isupper() for a, b in zip(core, core[1:], strict=False))


def _edge_words(text: str) -> tuple[str, str]:
    ws = [c for w in text.split(" ") if (c := letters(w))]
    return (ws[0], ws[-1]) if ws else ("", "")


def _fits_neighbours(segs: list[Segment], i: int) -> bool:
    """The decoded word makes attested pairs with its neighbours and the original none."""
    first_o, last_o = _edge_words(segs[i].orig)
    first_c, last_c = _edge_words(segs[i].cand)
    prev = _edge_words(segs[i - 1].cand)[1] if i > 0 else ""
    prev_o = _edge_words(segs[i - 1].orig)[1] if i > 0 else ""
    nxt = _edge_words(segs[i + 1].cand)[0] if i + 1 < len(segs) else ""
    nxt_o = _edge_words(segs[i + 1].orig)[0] if i + 1 < len(segs) else ""
    with_cand = lexicon.pair(prev, first_c) + lexicon.pair(last_c, nxt)
    with_orig = lexicon.pair(prev_o, first_o) + lexicon.pair(last_o, nxt_o)
    return with_cand >= 2 and with_orig == 0


def _classify(segs: list[Segment], enc: str) -> None:
    mojibake, tcvn3 = enc == "mojibake", enc == "tcvn3"
    for i, s in enumerate(segs):
        if s.cand == s.orig:
            s.kind = SAME
            continue
        so, sc = span_status(s.orig), span_status(s.cand)
        if sc == VALID and so != VALID:
            s.kind, s.weight = FOR, _weight(s.cand, tcvn3)
        elif so == VALID and sc != VALID:
            s.kind = AGAINST
        elif mojibake and sc == VALID:
            s.kind, s.weight = FOR, 1.0  # valid multi-byte UTF-8 giving a syllable ("TÃ i" → "Tài")
        elif so == VALID and sc == VALID:
            # Valid both ways ("Sè"/"Số", "tõ"/"từ"): usage decides; a clear verdict for the
            # decoding is evidence, one against it only a lean (the rest of the line may outweigh it).
            co, cc = _lex(s.orig), _lex(s.cand)
            if (cc >= 3 and co == 0) or _fits_neighbours(segs, i):
                # "Sè" never seen but "Số" common; VNI "cô quan" is "cơ quan" ("Cô giáo" stays)
                s.kind, s.weight = FOR, 1.0
            elif co >= 3 and cc == 0:
                s.kind = AGAINST  # a known word turned into one never seen ("xã" → "xó")
            else:
                s.kind = AMBIG
                s.lean = 1 if cc > 2 * co + 1 else -1 if co > 2 * cc + 1 else 0
                if co and not cc:
                    s.lean = -2  # decoded, a word never seen: keep it even in a legacy line
        else:
            s.kind = XX
            if mojibake and any(c.isalpha() and not c.isascii() for c in s.cand):
                # Valid multi-byte UTF-8 is evidence by itself ("QÄ\x90-UBND" → "QĐ-UBND").
                s.kind, s.weight = FOR, 1.0
            elif _d_code(s.orig, s.cand):
                s.kind, s.weight = FOR, 1.0


def _junk(word: str) -> bool:
    """A plain word in small letters that is neither Vietnamese nor stripped Vietnamese (OCR noise)."""
    core = letters(word)
    return (
        len(core) > 1
        and core.isascii()
        and core.isalpha()
        and not core.isupper()
        and not is_syllable(core)
        and not is_onset(core)
        and not is_stripped(core)
    )


def _unlike_legacy(segs: list[Segment], gain: float) -> bool:
    """Signs that a line is not in a legacy font even though some words decode.

    * words without their accents (``lich``, ``cac``, ``hien``): Vietnamese
      typed or OCR'd without marks; a legacy-font line never has them (its
      plain-ASCII words are toneless syllables);
    * damaged-looking words that the decoding leaves damaged (``huyén`` →
      ``huyộn``) as many as it mends: a right decoding mends nearly all;
    * several plain words that are no words at all (``ciia``, ``Ddi``, ``phd``):
      OCR noise, where an ``é`` decoding to ``ộ`` is a coincidence;
    * a long line with hardly any non-ASCII word (a legacy-font line has a
      mark on well over a third of its words).
    """
    stripped = sum(1 for s in segs if s.kind == SAME and is_stripped(letters(s.orig)))
    if stripped and 2 * stripped >= gain:
        return True
    junk = sum(1 for s in segs if s.kind == SAME and _junk(s.orig))
    if junk >= 3 and junk >= gain:
        return True
    worded = [s.orig for s in segs if any(c.isalpha() for c in s.orig)]
    marked = sum(1 for w in worded if not w.isascii() or C0_LETTERS.search(w))
    if len(worded) >= 8 and marked < 0.2 * len(worded):
        return True  # a legacy-font line marks most of its words; this one is plain text
    mended = sum(1 for s in segs if s.kind == FOR and span_status(s.orig) == INVALID)
    left = sum(1 for s in segs if s.kind == XX and span_status(s.orig) == INVALID and not s.cand.isupper())
    return left > 0 and left >= mended


def _unicode_word(s: Segment) -> bool:
    """An unchanged Vietnamese word with a letter no Windows-1252 reader shows (``phố``, ``tỉnh``).

    Legacy-font text read as Windows-1252 never has one: the line is mixed, and the word
    is Unicode evidence like an AGAINST segment.
    """
    return (
        s.kind == SAME and any(c.isalpha() and c not in codecs.UNREAD for c in s.orig) and span_status(s.orig) == VALID
    )


def _decide(segs: list[Segment], hinted: bool, prior: bool = False) -> None:
    """Mark which segments take the decoding.

    With no AGAINST segment and no word that can only be Unicode the whole line
    is in the legacy encoding and every changed segment takes the decoding
    (``TRÊN`` in a capitals-font heading is ``TRẤN``); in a mixed line FOR
    segments do, AGAINST ones do not, and the rest follow usage, then the
    nearest decided neighbour (a Unicode word counts as one that stays).
    ``prior`` (the document is in this encoding): a word valid both ways follows usage.
    """
    if not any(s.kind == AGAINST or _unicode_word(s) for s in segs):
        whole = any(s.kind == FOR for s in segs)
        for s in segs:
            # Named by the font but no word proves it: keep what usage says is already right.
            s.take = s.kind != SAME and s.lean > -2 and (whole or (hinted and s.lean >= 0) or (prior and s.lean > 0))
        return
    decided = [(i, s.kind == FOR) for i, s in enumerate(segs) if s.kind in (FOR, AGAINST) or _unicode_word(s)]
    for i, s in enumerate(segs):
        if s.kind == FOR:
            s.take = True
        elif s.kind in (AMBIG, XX):
            left = [t for j, t in decided if j < i]
            right = [t for j, t in decided if j > i]
            if left and right and left[-1] == right[0]:
                s.take = left[-1]  # inside a run of one kind ("THỊ TRÊN HƯNG" is TRẤN)
            elif s.lean:
                s.take = s.lean > 0
            elif decided:
                s.take = min(decided, key=lambda d: (abs(d[0] - i), d[0] > i))[1]
            else:
                s.take = hinted


def evaluate(
    line: str,
    enc: str,
    hinted: bool = False,
    caps: bool | None = None,
    ctx: Context | None = None,
    prior: bool = False,
) -> Decision | None:
    """Try one decoding on ``line``; the Decision when it is accepted, else None.

    ``prior``: the document so far is in ``enc`` (see :meth:`Context.prior`): a line is
    accepted without a word that proves it when nothing is against it and usage prefers it.
    """
    kinds: list[str] = []
    if enc in _CHAR_DECODERS:
        dec = _CHAR_DECODERS[enc](line)
        mask: list[bool] = []
        if enc == "tcvn3":
            mask = _caps_mask(line, caps)
            dec = _capitalise(dec, line, mask, caps)
            dec, kinds = utrap.restore_separators(dec, mask)
        segs = _segments_charwise(line, dec)
        if enc == "tcvn3":
            for sg in segs:
                sg.caps = any(mask[sg.start : sg.end])
            if not kinds and "\xad" not in line:
                # ``Chơng``, ``nhng``: a dropped ư is part of what the decoding explains.
                for sg in segs:
                    sg.cand = utrap.restore_in_text(sg.cand, sg.caps)
    elif enc == "vni":
        segs = _segments_wordwise(line, codecs.decode_vni)
    elif enc == "mojibake":
        segs = _segments_wordwise(_rejoin_nbsp(line), codecs.decode_utf8_misread)
        for sg in segs:
            sg.orig = line[sg.start : sg.end]  # the NBSP put back is only for decoding
    else:
        raise ValueError(enc)
    if all(s.cand == s.orig for s in segs):
        # A line of a TCVN3 document that only lost an ư ("Lu:" is "Lưu:"): usage alone decides.
        if enc == "tcvn3" and ctx is not None and ctx.tcvn3_lines and _restore_by_usage(segs, ctx, False):
            return Decision(enc, _join(line, segs), 0.0, 0, ["tcvn3", "tcvn3-ư-restored"], ["drop"])
        return None
    _classify(segs, enc)
    gain = sum(s.weight for s in segs if s.kind == FOR)
    loss = sum(1 for s in segs if s.kind == AGAINST)
    if hinted:
        if gain == 0 and loss > 0:
            return None
    elif prior and loss == 0 and any(s.kind == FOR or (s.kind == AMBIG and s.lean > 0) for s in segs):
        if _unlike_legacy(segs, max(gain, 1.0)):
            return None
    elif gain < 1.0 or _unlike_legacy(segs, gain):
        return None
    elif gain < 2.0 and loss > 2 * gain and not any(s.kind == FOR and _strong(s.orig) for s in segs):
        return None
    _decide(segs, hinted, prior)
    if not any(s.take for s in segs):
        return None
    fixes = [enc]
    if enc == "tcvn3":
        if any(sg.take and sg.caps for sg in segs):
            fixes = ["tcvn3-caps"]
        if not kinds and "\xad" not in line:
            # Structural restorations (``Chơng``) were part of the candidates; usage comes now.
            plain = [_capitalise(codecs.decode_tcvn3(sg.orig), sg.orig, [sg.caps] * len(sg.orig), caps) for sg in segs]
            proven = any(sg.take and sg.cand != p for sg, p in zip(segs, plain, strict=True))
            if _restore_by_usage(segs, ctx, proven) or proven:
                kinds.append("drop")
        if kinds:
            fixes.append("tcvn3-ư-restored")
        if "\xad" in line:
            kinds = ["kept"]
    return Decision(enc, _join(line, segs), gain, loss, fixes, kinds, any(_unicode_word(s) for s in segs))


def _capitalise(dec: str, orig: str, mask: list[bool], font_caps: bool | None) -> str:
    """TCVN3 capitals fonts: a decoded letter in a capitals-font word is the capital.

    Plain letters stay as typed, unless the font name says capitals — then
    whatever was typed shows as capitals too.  Positions are kept.
    """
    return "".join(
        u if m and len(u := d.upper()) == 1 and (font_caps or (not o.isascii() and o in codecs.UNREAD)) else d
        for d, o, m in zip(dec, orig, mask, strict=True)
    )


def _restore_by_usage(segs: list[Segment], ctx: Context | None, proven: bool) -> bool:
    """The second ư pass, over the whole decided line: bare onsets (``T`` → ``Tư``) and
    words valid both ways (``ngời``/``người``), judged by the lexicon in context.

    Stricter when nothing in the line (``proven``) or the document shows that ư were dropped.
    """
    if ctx is not None and ctx.u_mode in ("kept", "space", "hyphen"):
        return False
    words: list[str] = []
    mask: list[bool] = []
    caps: list[bool] = []
    owner: list[int] = []
    for k, s in enumerate(segs):
        for w in s.out.split(" "):
            words.append(w)
            # A word the decoding left as it is qualifies if its letters are plain ASCII
            # ("cha", and "“cha”" or "cha…" with the quotes and ellipsis of the font).
            mask.append(s.take or (s.kind == SAME and all(c.isascii() for c in w if c.isalpha())))
            caps.append(s.caps)
            owner.append(k)
    strict = not proven and (ctx is None or ctx.u_mode != "drop")
    new, changed = utrap.restore_dropped(words, mask, caps, strict=strict)
    if not changed:
        return False
    for k, s in enumerate(segs):
        text = " ".join(w for w, o in zip(new, owner, strict=True) if o == k)
        if text != s.out:
            s.cand, s.take = text, True
    return True


def _join(line: str, segs: list[Segment]) -> str:
    """The chosen text of each segment with the line's own separators between them."""
    out: list[str] = []
    pos = 0
    for s in segs:
        out.append(line[pos : s.start])
        out.append(s.out)
        pos = s.end
    out.append(line[pos:])
    return "".join(out)


def best(
    line: str,
    encs: tuple[str, ...] = PRIORITY,
    hinted: bool = False,
    caps: bool | None = None,
    ctx: Context | None = None,
    prior: bool = False,
) -> Decision | None:
    """The accepted decoding that explains ``line`` best.

    Most words explained first (in a mixed line the Unicode words a decoding
    would break are simply kept, so they do not count much against it); then
    the encoding the document has shown so far, the fewest words broken, the
    more common words, and the more common encoding.
    """
    found = [d for e in encs if (d := evaluate(line, e, hinted, caps, ctx, prior)) is not None]
    if not found:
        return None
    seen = ctx.encodings if ctx is not None else {}
    top = max(
        found,
        key=lambda d: (d.gain, seen.get(d.enc, 0), -d.loss, _lex(d.text), -PRIORITY.index(d.enc)),
    )
    if ctx is not None:
        ctx.encodings[top.enc] = seen.get(top.enc, 0) + 1
        ctx.unicode_lines += top.mixed
        if top.enc == "tcvn3":
            ctx.tcvn3_lines += 1
            if top.u_kinds:
                ctx.u_mode = top.u_kinds[0]
    return top


def still_damaged(text: str) -> bool:
    """True when some word of ``text`` is still not Vietnamese (worth a try with ftfy)."""
    return any(word_status(w) == INVALID for w in SPLIT.split(text)[::2] if not w.isascii())
