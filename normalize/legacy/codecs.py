"""The legacy Vietnamese code tables and the decoders built from them.

The situation we repair: a file typed in an 8-bit Vietnamese font (TCVN3/ABC,
VNI, VISCII, VPS) whose bytes a program took for Windows-1252 (or Latin-1).
What we receive is therefore *cp1252 text*; decoding means mapping each shown
character back to its byte ("un-reading") and the byte to the letter the font
drew.  The tables are data files in ``normalize/data`` (typed from the
standards, checked against glibc ``iconv`` in the tests); nothing here is a
copy of another converter.

TCVN3, VISCII and VPS map one character to one character, so decoding is a
``str.translate`` and keeps every position (the ``ư`` restoration relies on
that).  VNI writes most toned vowels as two bytes, base letter + mark.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_DATA = Path(__file__).resolve().parents[1] / "data"

#: Bytes Windows-1252 leaves undefined; Windows (and ftfy's "sloppy" codec) shows them as C1 controls.
_CP1252_UNDEFINED = (0x81, 0x8D, 0x8F, 0x90, 0x9D)


def _shown(b: int) -> str:
    """The character a Windows-1252 reader shows for byte ``b``."""
    if b in _CP1252_UNDEFINED:
        return chr(b)
    return bytes([b]).decode("cp1252")


#: byte → character shown by a cp1252 reader.
CP1252_SHOWN: tuple[str, ...] = tuple(_shown(b) for b in range(256))

#: character (as shown by a cp1252 *or* a Latin-1 reader) → the byte it came from.
UNREAD: dict[str, int] = {chr(b): b for b in range(256)} | {CP1252_SHOWN[b]: b for b in range(256)}

_C1_AS_1252 = {b: CP1252_SHOWN[b] for b in range(0x80, 0xA0)}


def read_as_cp1252(data: bytes) -> str:
    """Decode bytes exactly as a Windows-1252 reader shows them (undefined bytes → C1 controls).

    Used by ``parx fix-text`` for non-UTF-8 input and by the test corpus to
    produce "what the reader sees" from legacy-encoded bytes.
    """
    return data.decode("latin-1").translate(_C1_AS_1252)


def _rows(name: str) -> list[list[str]]:
    with open(_DATA / name, encoding="utf-8") as f:
        return [ln.rstrip("\n").split("\t") for ln in f if ln.strip() and not ln.startswith("#")]


def _byte_table(name: str, sets: tuple[str, ...] | None = None) -> dict[int, str]:
    """byte → Unicode character from a ``byte  char  U+XXXX  …`` table (the code point is authoritative)."""
    out: dict[int, str] = {}
    for row in _rows(name):
        if sets is not None and row[3] not in sets:
            continue
        out[int(row[0], 16)] = chr(int(row[2][2:], 16))
    return out


def _translation(byte_map: dict[int, str]) -> dict[int, str]:
    """A ``str.translate`` table from both readings (cp1252 and Latin-1) of each byte."""
    table: dict[int, str] = {}
    for b, ch in byte_map.items():
        table[b] = ch  # Latin-1 reading (also C0 controls)
        table[ord(CP1252_SHOWN[b])] = ch
    return table


@lru_cache(maxsize=1)
def tcvn3_bytes() -> dict[int, str]:
    """TCVN3 decoding table: VN3 plus the VN2 toned capitals of the high half.

    Left out on purpose: the five VN2 combining tone marks (0xB0-0xB4 show as
    ``°±²³´``, which are real degree/plus-minus signs far more often) and the
    VN1 capitals in the C0/C1 range (0x80-0x9F show as cp1252 punctuation —
    quotes and dashes — that ABC fonts keep).
    """
    return {b: c for b, c in _byte_table("tcvn3.tsv", ("vn3", "vn2")).items() if not 0xB0 <= b <= 0xB4}


@lru_cache(maxsize=1)
def tcvn3_table() -> dict[int, str]:
    return _translation(tcvn3_bytes())


@lru_cache(maxsize=1)
def viscii_table() -> dict[int, str]:
    return _translation(_byte_table("viscii.tsv"))


@lru_cache(maxsize=1)
def vps_table() -> dict[int, str]:
    return _translation(_byte_table("vps.tsv"))


@lru_cache(maxsize=1)
def _vni_sequences() -> dict[str, str]:
    """Shown text of a VNI byte sequence → letter (and lenient capital + lower-case-mark forms)."""
    seqs: dict[str, str] = {}
    for ch, hexbytes, _shown_text in _rows("vni.tsv"):
        data = bytes.fromhex(hexbytes)
        seqs[read_as_cp1252(data)] = ch
        seqs[data.decode("latin-1")] = ch
    lenient: dict[str, str] = {}
    for shown, ch in seqs.items():
        if len(shown) == 2 and shown[0].islower() and shown[0].isascii():
            lenient.setdefault(shown[0].upper() + shown[1], ch.upper())
    return lenient | seqs


@lru_cache(maxsize=1)
def _vni_regex() -> re.Pattern[str]:
    keys = sorted(_vni_sequences(), key=len, reverse=True)
    return re.compile("|".join(re.escape(k) for k in keys))


def decode_vni(text: str) -> str:
    """Decode cp1252-shown VNI-Windows text (``caûi caùch`` → ``cải cách``)."""
    seqs = _vni_sequences()
    return _vni_regex().sub(lambda m: seqs[m.group(0)], text)


def decode_tcvn3(text: str) -> str:
    """Decode cp1252-shown TCVN3 text character for character (``c¶i c¸ch`` → ``cải cách``)."""
    return text.translate(tcvn3_table())


def decode_viscii(text: str) -> str:
    return text.translate(viscii_table())


def decode_vps(text: str) -> str:
    return text.translate(vps_table())


# --- UTF-8 read as a single-byte code page ("mojibake") -------------------------------------

#: character shown by a cp1252, cp1258 or Latin-1 reader → byte.
_MOJI_UNREAD: dict[str, int] = dict(UNREAD)
for _b in range(256):
    try:
        _MOJI_UNREAD.setdefault(bytes([_b]).decode("cp1258"), _b)
    except UnicodeDecodeError:
        pass


def decode_utf8_misread(word: str) -> str | None:
    """UTF-8 bytes that a cp1252/cp1258/Latin-1 reader showed (``Viá»‡t``, ``hĂ nh``) → text.

    None when the characters cannot be mapped back to bytes or the bytes are
    not valid UTF-8 — the strictness of UTF-8 is what makes this safe on clean
    text (``các`` is not a valid byte sequence).
    """
    try:
        data = bytes(_MOJI_UNREAD[c] for c in word)
    except KeyError:
        return None
    if data.isascii():
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


# --- Encoders (for tests, the corpus and round trips) ----------------------------------------


def _inverse(byte_map: dict[int, str]) -> dict[str, bytes]:
    return {c: bytes([b]) for b, c in sorted(byte_map.items(), reverse=True)}


@lru_cache(maxsize=4)
def _encoder(name: str) -> dict[str, bytes]:
    if name == "tcvn3":
        return _inverse(_byte_table("tcvn3.tsv", ("vn3",)))
    if name == "viscii":
        return _inverse(_byte_table("viscii.tsv"))
    if name == "vps":
        return _inverse({b: c for b, c in _byte_table("vps.tsv").items() if c.isalpha()})
    if name == "vni":
        return {ch: bytes.fromhex(h) for ch, h, _ in _rows("vni.tsv")}
    raise ValueError(f"unknown legacy encoding {name!r}")


def encode(text: str, name: str) -> bytes:
    """Encode Unicode text to the bytes a legacy font expects.

    ``name`` is ``tcvn3``, ``tcvn3-caps`` (the capitals fonts .VnTimeH…: the
    letter is written at its lower-case position), ``vni``, ``viscii`` or
    ``vps``.  Raises ``ValueError`` for a character the encoding cannot hold
    (TCVN3 has no toned capitals: ``Ủy`` needs the capitals font).
    """
    caps = name == "tcvn3-caps"
    table = _encoder("tcvn3" if caps else name)
    used = {b for seq in table.values() for b in seq if b >= 0x80}
    if caps:
        # The capitals fonts draw a capital at the lower-case letter's byte; ASCII letters are typed as capitals.
        text = text.lower()
    out = bytearray()
    for c in text:
        if c in table:
            out += table[c]
        elif ord(c) < 0x80:
            out.append(ord(c.upper()) if caps else ord(c))
        elif c in UNREAD and (b := UNREAD[c]) not in used and name in ("tcvn3", "tcvn3-caps", "vni"):
            out.append(b)  # punctuation the 8-bit fonts keep at its Windows-1252 place (“ ” – …)
        else:
            raise ValueError(f"{name} cannot encode {c!r}")
    return bytes(out)
