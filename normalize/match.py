"""Tie a row/column label to a canonical catalogue item, and a name to an entity.

Names drift between years, documents and OCR ("Công tác chỉ đạo, điều hành CCHC"
/ "… cải cách hành chính"; "S¢ Tai nguyén va Moéi truong" / "Sở Tài nguyên và
Môi trường"; "UBND huyện Trần Đề" / "Huyện Trần Đề").  The matcher makes both
sides comparable — a folded key (lower case, no accents, đ → d, OCR confusions
undone, abbreviations expanded) — and scores them with rapidfuzz.

The one rule that matters: **a wrong code is worse than no code**.  A result is
``ok`` (code emitted) only when the best candidate is above the ``ok`` threshold
*and* clearly ahead of the best *different* candidate; otherwise it is
``review`` with ``code=None`` (the best candidate is kept in ``name`` /
``candidate_code`` for a person to check) or ``none``.  Thresholds, margins,
OCR rules and abbreviations are data (``schemas/catalogues/matching.yaml``,
``abbreviations.yaml``); see that file for why the scorer combines
token_set_ratio, token_sort_ratio and a glued-string ratio.

Results are cached: the matcher runs on every row label of every table.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Literal

import numpy as np
from pydantic import BaseModel
from rapidfuzz import fuzz, process

from schemas.catalog import CatalogSet, Catalogue, Item, load_catalogues
from schemas.vocab import fold

Status = Literal["ok", "review", "none"]
INDEXES: tuple[str, ...] = ("par", "sipas", "unit_par", "indicator")

_WS = re.compile(r"\s+")
_PUNCT = re.compile(r"[^\w\s]")
_DIGITS = re.compile(r"\d+")
_YEAR = re.compile(r"^(19[5-9]\d|20\d\d)$")
# a printed code in front of a label: "(13) Chất lượng …", "3.2.1 Xây dựng …", "A. Trách nhiệm …",
# "7.XD và PT …", "II. ĐÁNH GIÁ …", "1 Công tác …"
_LEAD_CODE = re.compile(
    r"^\s*(?:\((\d{1,3})\)|(\d{1,3}(?:\.\d{1,3})*)\.?(?=\s|[^\W\d_])|([IVX]{1,4})[.)]?(?=\s)|([A-ZĐ])[.)](?=\s))\s*"
)
# a footnote marker glued to the end of a label: "… một cửa liên thông2" (printed "thông²")
_FOOTNOTE = re.compile(r"(?<=[^\W\d_])\d{1,2}$")
_LEAD_NUMBER = re.compile(r"^\s*\d{1,3}\s*[.)|:]?\s+(?=\D)")


class MatchResult(BaseModel):
    """The answer for one label.

    ``code`` is set only when ``status == "ok"``.  For ``review`` the best
    candidate is in ``name`` / ``candidate_code`` for a reviewer — never copy
    ``candidate_code`` into a record's ``item_code``.
    """

    code: str | None = None
    name: str | None = None
    score: float | None = None
    status: Status = "none"
    catalogue: str | None = None
    period: str | None = None
    runner_up: str | None = None
    candidate_code: str | None = None
    note: str | None = None


# ------------------------------------------------------------------------------ keys
@dataclass(frozen=True)
class _Cand:
    """One name of one target, pre-folded for scoring."""

    key: str
    glued: str
    digits: frozenset[str]
    target: str  # item code or entity id
    head: str | None = None  # entity kind word ("so", "huyen" …), entities only
    initials: frozenset[str] = frozenset()  # syllable initials, items only
    tokens: tuple[str, ...] = ()  # words of the key, items only


class _Folder:
    """Builds comparable keys: folding, OCR rules, abbreviation expansion."""

    def __init__(self, cs: CatalogSet) -> None:
        self._ocr = {
            scope: [(re.compile(r.pattern), r.replace) for r in cs.matching.ocr_rules if scope in r.scopes]
            for scope in ("item", "entity")
        }
        self._prefixes = [re.compile(p) for p in cs.matching.item_prefixes]
        self._abbr: dict[str, re.Pattern[str] | None] = {}
        self._exp: dict[str, dict[str, str]] = {}
        for scope in ("item", "entity"):
            table = {self.fold_raw(a.abbr): self.fold_raw(a.expansion) for a in cs.abbreviations if scope in a.scopes}
            self._exp[scope] = table
            keys = sorted(table, key=len, reverse=True)
            self._abbr[scope] = (
                re.compile(r"(?<![\w&])(" + "|".join(re.escape(k) for k in keys) + r")(?![\w&])") if keys else None
            )
        self._cache: dict[tuple[str, str], str] = {}

    @staticmethod
    def fold_raw(text: str) -> str:
        """Lower case, accents removed, đ → d, whitespace collapsed (the project's ``fold``)."""
        return fold(text)

    def key(self, text: str, scope: str) -> str:
        """The scoring key of ``text`` in ``scope`` ("item" or "entity")."""
        ck = (text, scope)
        hit = self._cache.get(ck)
        if hit is not None:
            return hit
        t = self.fold_raw(text)
        for rx, rep in self._ocr[scope]:
            t = rx.sub(rep, t)
        rx_abbr = self._abbr[scope]
        if rx_abbr is not None:
            exp = self._exp[scope]
            t = rx_abbr.sub(lambda m: " " + exp[m.group(1)] + " ", t)
        t = _WS.sub(" ", _PUNCT.sub(" ", t).replace("_", " ")).strip()
        if scope == "item":
            for rx in self._prefixes:
                stripped = rx.sub("", t, count=1).strip()
                t = stripped or t
        self._cache[ck] = t
        return t


def _digits(key: str, *, whole_tokens: bool = False) -> frozenset[str]:
    """Numbers that distinguish names ("dự án 1" vs "2"); years are not among them.

    ``whole_tokens``: only numbers standing as words count (item labels, where a digit
    inside a word is OCR noise: "ché d9 cong vu" = "chế độ công vụ").  Entity names
    keep glued digits ("BanQuanly Duan1" is Ban Quản lý dự án 1).
    """
    found = [t for t in key.split() if t.isdigit()] if whole_tokens else _DIGITS.findall(key)
    return frozenset(d.lstrip("0") or "0" for d in found if not _YEAR.match(d))


_INITIAL = re.compile(r"^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?")


def _initials(key: str) -> frozenset[str]:
    """The initial consonants of a key's syllables ("" for a vowel-initial one).

    OCR garbles vowels and tone marks but rarely a syllable's initial consonant
    ("céng" = "công", "Sich" = "Sách", "tir" = "tử"); a different word usually has a
    different one ("hành" vs "tài").  B/Đ/P are one class (OCR reads Đ as B or P).
    """
    out = set()
    for tok in key.split():
        if tok.isdigit():
            continue
        init = _INITIAL.match(tok).group(0)  # type: ignore[union-attr]
        out.add("d" if init in ("b", "p") else init)
    return frozenset(out)


def split_code(label: str) -> tuple[str | None, str]:
    """Split a printed code off the front of a label: ``"(13) Chất lượng …"`` → ``("(13)", "Chất lượng …")``."""
    m = _LEAD_CODE.match(label)
    if not m or m.end() >= len(label.rstrip()):
        return None, label
    paren, num, roman, letter = m.groups()
    code = f"({paren})" if paren else (num or roman or letter)
    return code, label[m.end() :]


def _norm_hint(hint: str | None) -> str | None:
    if hint is None:
        return None
    h = hint.strip().rstrip(".").strip()
    return h or None


# ---------------------------------------------------------------------------- matcher
@dataclass(frozen=True)
class _Ranked:
    score: float
    target: str
    cat: Catalogue | None = None
    exact: bool = False  # the folded label equals one of the target's names
    outside: bool = False  # the year lies outside the catalogue's period (nearest period used)


class Matcher:
    """Matches labels against the catalogues and names against the gazetteer.

    Use :meth:`default` (loaded once, cached); all methods are thread-safe and
    memoised per argument tuple.
    """

    _default: Matcher | None = None
    _lock = threading.Lock()

    def __init__(self, catalogues: CatalogSet | None = None) -> None:
        self.cs = catalogues or load_catalogues()
        self.cfg = self.cs.matching
        self.folder = _Folder(self.cs)
        self._heads = sorted((self.folder.fold_raw(h) for h in self.cfg.entity_heads), key=len, reverse=True)
        self._item_pools: dict[tuple[str, str], list[tuple[_Cand, Item]]] = {}
        for cat in self.cs.catalogues:
            rows: list[tuple[_Cand, Item]] = []
            for item in cat.items:
                for name in item.names():
                    rows.append((self._cand(name, "item", item.code), item))
            self._item_pools[(cat.index, cat.period)] = rows
        self._pools_cache: dict[tuple[object, ...], list[_Cand]] = {}
        self._other = [(self.folder.key(p, "entity"), p) for p in self.cs.gazetteer.other_provinces]
        self._connectives = frozenset(self.folder.fold_raw(w) for w in self.cfg.connectives)
        self._cache: dict[tuple[object, ...], MatchResult] = {}

    @classmethod
    def default(cls) -> Matcher:
        """The shared matcher over the packaged catalogues (built on first use)."""
        with cls._lock:
            cat = load_catalogues()
            if cls._default is None or cls._default.cs is not cat:
                cls._default = cls(cat)
            return cls._default

    def _cand(self, name: str, scope: str, target: str) -> _Cand:
        k = self.folder.key(name, scope)
        head = self._head(k) if scope == "entity" else None
        digits = _digits(k, whole_tokens=scope == "item")
        initials = _initials(k) if scope == "item" else frozenset()
        tokens = tuple(k.split()) if scope == "item" else ()
        return _Cand(
            key=k, glued=k.replace(" ", ""), digits=digits, target=target, head=head, initials=initials, tokens=tokens
        )

    def _head(self, key: str) -> str | None:
        """The kind word a name starts with ("so", "huyen", "thi xa" …), after "ủy ban nhân dân"."""
        k = key.removeprefix("uy ban nhan dan ").strip()
        for h in self._heads:
            if k == h or k.startswith(h + " "):
                return h
        return None

    # ------------------------------------------------------------------ scoring
    def _scores(self, query: str, cands: list[_Cand], *, entity: bool = False, words: int | None = None) -> np.ndarray:
        """Score of ``query`` against every candidate (see matching.yaml for the formula).

        Items: ``max((token_set + token_sort) / 2, glued)``.  A label of one or two
        printed words (``words``, counted before abbreviations are expanded) is
        scored without token_set_ratio: "Cải cách" or "TTHC" is a subset of half the
        catalogue and must not score 100 against any of it.
        Entities: ``max(ratio, glued)`` on the ordered keys — place names are
        ordered, and the token scorers would take "Phước Long" for "Long Phú";
        qualifiers ("UBND …", "… tỉnh Sóc Trăng") are covered by generated aliases.
        """
        if not cands:
            return np.zeros(0)
        keys = [c.key for c in cands]
        s_glued = process.cdist([query.replace(" ", "")], [c.glued for c in cands], scorer=fuzz.ratio)[0]
        if entity:
            s_plain = process.cdist([query], keys, scorer=fuzz.ratio)[0]
            score = np.maximum(s_plain, s_glued).astype(float)
        else:
            s_sort = process.cdist([query], keys, scorer=fuzz.token_sort_ratio)[0]
            if (words if words is not None else len(query.split())) <= 2:
                score = np.maximum(s_sort, s_glued).astype(float)
            else:
                s_set = process.cdist([query], keys, scorer=fuzz.token_set_ratio)[0]
                score = np.maximum((s_set + s_sort) / 2.0, s_glued).astype(float)
        qd = _digits(query, whole_tokens=not entity)
        qh = self._head(query) if entity else None
        qi = _initials(query) if not entity else frozenset()

        def swapped(c: _Cand) -> bool:
            # each side has a syllable whose initial the other lacks: a word was replaced,
            # not dropped or added ("Cải cách hành chính công" vs "Cải cách tài chính công")
            return bool(qi - c.initials) and bool(c.initials - qi)

        penalty = np.array(
            [
                (self.cfg.digit_penalty if c.digits != qd else 0.0)
                + (self.cfg.head_penalty if qh and c.head and c.head != qh else 0.0)
                + (self.cfg.swap_penalty if qi and swapped(c) else 0.0)
                for c in cands
            ]
        )
        score = np.clip(score - penalty, 0.0, 100.0)
        if not entity:
            floor = min(self.cfg.item_thresholds(i).review for i in self.cfg.items) - self.cfg.extra_word_penalty
            for j in np.nonzero(score >= floor)[0]:
                score[j] = max(0.0, score[j] - self._extra_penalty(query, cands[j]))
        exact = np.array([c.key == query for c in cands])
        return np.where(exact, 100.0, score)

    def _extra_penalty(self, query: str, cand: _Cand) -> float:
        """Penalty for label words the name does not explain (a sentence that contains a name).

        A word is explained by a name word with the same initial consonant and a similar
        spelling (OCR variants count: "chirc" ~ "chuc"), or when it is a number or one of
        the few connective words that qualifiers add ("của tỉnh", "năm 2019").
        """
        extra = 0
        for tok in query.split():
            if tok.isdigit() or tok in self._connectives or tok in cand.tokens:
                continue
            init = _initials(tok)
            if any(_initials(t) == init and fuzz.ratio(tok, t) >= 50 for t in cand.tokens):
                continue
            extra += 1
        return max(0, extra - self.cfg.extra_words_allowed) * self.cfg.extra_word_penalty

    @staticmethod
    def _best_per_target(scores: np.ndarray, cands: list[_Cand]) -> dict[str, float]:
        best: dict[str, float] = {}
        for s, c in zip(scores.tolist(), cands, strict=True):
            if s > best.get(c.target, -1.0):
                best[c.target] = s
        return best

    # --------------------------------------------------------------------- items
    def match_item(
        self,
        label: str,
        *,
        year: int | None,
        index: str | None = None,
        code_hint: str | None = None,
        within: str | None = None,
    ) -> MatchResult:
        """Match a row/column label to an item of the methodology in force in ``year``.

        ``index``: "par", "sipas", "unit_par", "indicator", or None to try every
        catalogue (a label shared by several, such as "Cải cách thể chế", then
        comes back ``review``).  ``code_hint``: the row's printed code ("1.3.2",
        "(13)", "3"); when it names an entry of the period and the label agrees
        with that entry, it settles near-ties (3.4.1 vs 3.4.2).  A hint alone never
        decides.  ``within``: the catalogue code of the enclosing group row
        ("IV.6"); restricts candidates to that subtree, for labels that repeat
        under several parents.
        """
        ck = ("item", label, year, index, code_hint, within)
        hit = self._cache.get(ck)
        if hit is None:
            hit = self._match_item(label, year, index, _norm_hint(code_hint), within)
            self._cache[ck] = hit
        return hit

    def _periods(self, index: str, year: int | None) -> tuple[list[Catalogue], bool]:
        """Catalogues to search and whether the year lies outside every period."""
        if year is None:
            return self.cs.periods(index), False
        cat = self.cs.period_for(index, year)
        if cat is not None:
            return [cat], False
        near = self.cs.nearest_period(index, year)
        return ([near] if near else []), True

    def _match_item(
        self, label: str, year: int | None, index: str | None, hint: str | None, within: str | None
    ) -> MatchResult:
        lead, rest = split_code(label)
        hint = hint or lead
        rest = _FOOTNOTE.sub("", rest.strip())
        query = self.folder.key(rest, "item")
        words = len(_PUNCT.sub(" ", rest).split())
        indexes = (
            [index]
            if index
            else [i for i in INDEXES if i in self.cs.indexes] + [i for i in self.cs.indexes if i not in INDEXES]
        )
        ranked: list[_Ranked] = []
        hinted: list[_Ranked] = []
        for ix in indexes:
            cats, out = self._periods(ix, year)
            if out and index is None:
                continue  # trying every catalogue: only those in force in that year
            for cat in cats:
                subtree = cat.descendants(within) if within else None
                rows = [
                    (c, it)
                    for c, it in self._item_pools[(cat.index, cat.period)]
                    if it.valid_in(year) and (subtree is None or it.code in subtree)
                ]
                if not rows:
                    continue
                cands = [c for c, _ in rows]
                per = self._best_per_target(self._scores(query, cands, words=words), cands) if query else {}
                exact = {c.target for c in cands if c.key == query}
                ranked.extend(_Ranked(s, t, cat, t in exact, out) for t, s in per.items())
                if hint:
                    for t in {it.code for _, it in rows if hint == it.code or hint in it.printed_codes}:
                        hinted.append(_Ranked(per.get(t, 0.0), t, cat, False, out))
        if not ranked and not hinted:
            return MatchResult(status="none", note="nhãn trống" if not query else "không có danh mục cho năm này")
        ranked.sort(key=lambda r: -r.score)
        if not query:
            if len({(h.cat.index, h.target) for h in hinted if h.cat}) == 1:
                h = hinted[0]
                assert h.cat is not None
                return self._item_result(h, "review", None, note="nhãn trống; chỉ có mã in ở đầu dòng")
            return MatchResult(status="none", note="nhãn trống")

        def identity(r: _Ranked) -> tuple[str, str]:
            assert r.cat is not None
            return (r.cat.index, r.target)

        best = ranked[0]
        assert best.cat is not None
        th = self.cfg.item_thresholds(best.cat.index)
        # a printed code that names an entry the label agrees with settles near-ties
        # It may confirm the best label match from hint_min (hint_min_number for a bare
        # row number) up; picking another candidate needs that one to be a good match
        # on its own (>= ok) and close to the best — the case of near-twins.
        floor = self.cfg.hint_min_number if hint and hint.isdigit() else self.cfg.hint_min
        agreeing = sorted(
            (
                h
                for h in hinted
                if h.score >= floor
                and (identity(h) == identity(best) or (h.score >= th.ok and h.score >= best.score - self.cfg.hint_gap))
            ),
            key=lambda r: -r.score,
        )
        if agreeing:
            h = agreeing[0]
            rival = next((r for r in agreeing if identity(r) != identity(h)), None)
            # the printed code may name several entries ("1" under each question): it only
            # decides when exactly one of them agrees with the label clearly enough
            if rival is None or h.score - rival.score >= th.margin:
                runner = next((r for r in ranked if identity(r) != identity(h)), None)
                status: Status = "review" if h.outside else "ok"
                return self._item_result(
                    h,
                    status,
                    runner,
                    note=self._outside_note(year, h) if h.outside else "xác nhận bởi mã in ở đầu dòng",
                )
        runner = next((r for r in ranked if identity(r) != identity(best)), None)
        same = [r for r in ranked if identity(r) == identity(best) and r.score == best.score]
        margin = best.score - (runner.score if runner else 0.0)
        # the label *is* one entry's name (after folding) and no other entry's: that beats
        # near-identical siblings ("… UBND cấp huyện …" vs "… UBND cấp xã …")
        exact_ids = {identity(r) for r in ranked if r.exact}
        sole_exact = best.exact and len(exact_ids) == 1
        if best.score < th.review:
            return self._item_result(best, "none", runner, note="dưới ngưỡng xem xét")
        if best.score >= th.ok and (margin >= th.margin or sole_exact) and not best.outside:
            period = best.cat.period if len({r.cat.period for r in same if r.cat}) == 1 else None
            return self._item_result(best, "ok", runner, period=period)
        if best.outside:
            note = self._outside_note(year, best)
        elif best.score < th.ok:
            note = "khớp yếu (vùng xám)"
        else:
            note = "không phân biệt được: quá gần ứng viên kế tiếp"
        return self._item_result(best, "review", runner, note=note)

    @staticmethod
    def _outside_note(year: int | None, r: _Ranked) -> str:
        assert r.cat is not None
        return f"năm {year} nằm ngoài mọi giai đoạn của {r.cat.index}; giai đoạn gần nhất: {r.cat.period}"

    @staticmethod
    def _item_result(
        r: _Ranked, status: Status, runner: _Ranked | None, *, note: str | None = None, period: str | None = "-"
    ) -> MatchResult:
        assert r.cat is not None
        item = r.cat.item(r.target)
        assert item is not None
        run = None
        if runner is not None and runner.cat is not None:
            ri = runner.cat.item(runner.target)
            where = "" if runner.cat is r.cat else f"[{runner.cat.label}] "
            run = f"{where}{runner.target} {ri.name if ri else ''} ({runner.score:.0f})"
        if status == "none":
            return MatchResult(
                status="none",
                score=round(r.score, 1),
                runner_up=run,
                note=note,
                name=item.name,
                candidate_code=r.target,
                catalogue=r.cat.index,
            )
        return MatchResult(
            code=r.target if status == "ok" else None,
            name=item.name,
            score=round(r.score, 1),
            status=status,
            catalogue=r.cat.index,
            period=r.cat.period if period == "-" else period,
            runner_up=run,
            candidate_code=r.target,
            note=note,
        )

    # ------------------------------------------------------------------ entities
    def match_entity(self, label: str, *, year: int | None = None, kinds: Iterable[str] | None = None) -> MatchResult:
        """Match a name to the province, a district, a commune or an agency.

        ``name`` of the result is the canonical name the entity carried in
        ``year``; ``code`` is its GSO code (administrative units) or id (agencies).
        A label naming another province comes back ``none``; an entity that did
        not exist in ``year`` (a department merged in 2025) comes back ``review``.
        """
        kinds_t = tuple(sorted(kinds)) if kinds else None
        ck = ("entity", label, year, kinds_t)
        hit = self._cache.get(ck)
        if hit is None:
            hit = self._match_entity(label, year, kinds_t)
            self._cache[ck] = hit
        return hit

    def _entity_pool(self, year: int | None, kinds: tuple[str, ...] | None) -> list[_Cand]:
        ck = ("pool", year, kinds)
        pool = self._pools_cache.get(ck)
        if pool is not None:
            return pool
        pool = []
        for e in self.cs.gazetteer.entities:
            if kinds and e.kind not in kinds:
                continue
            names = (
                e.match_names(year)
                if year is not None
                else list(dict.fromkeys([e.name, *(s.name for s in e.names), *e.aliases]))
            )
            pool.extend(self._cand(n, "entity", e.id) for n in names)
        self._pools_cache[ck] = pool
        return pool

    def _match_entity(self, label: str, year: int | None, kinds: tuple[str, ...] | None) -> MatchResult:
        query = self.folder.key(_LEAD_NUMBER.sub("", label), "entity")
        if not query:
            return MatchResult(status="none", note="nhãn trống")
        cands = self._entity_pool(year, kinds)
        if not cands:
            return MatchResult(status="none", note="không có thực thể thuộc các loại này")
        per = self._best_per_target(self._scores(query, cands, entity=True), cands)
        exact = {c.target for c in cands if c.key == query}
        ranked = sorted(per.items(), key=lambda kv: -kv[1])
        best_id, best_score = ranked[0]
        runner = ranked[1] if len(ranked) > 1 else None
        gaz = self.cs.gazetteer.by_id
        best = gaz[best_id]
        run = f"{gaz[runner[0]].name_in(year)} ({runner[1]:.0f})" if runner else None
        best_keys = {c.key for c in cands if c.target == best_id}
        foreign = [
            name
            for p, name in self._other
            if p and re.search(rf"(?<!\w){re.escape(p)}(?!\w)", query) and not any(p in k for k in best_keys)
        ]
        base = dict(
            name=best.name_in(year),
            score=round(best_score, 1),
            catalogue="gazetteer",
            runner_up=run,
            candidate_code=best_id,
        )
        if foreign:
            return MatchResult(status="none", note=f"nêu tên tỉnh khác ({foreign[0]})", **base)
        th = self.cfg.entity_thresholds(best.kind)
        margin = best_score - (runner[1] if runner else 0.0)
        if best_score < th.review:
            return MatchResult(status="none", note="dưới ngưỡng xem xét", **base)
        if not best.valid_in(year):
            when = f"đến {best.valid_to:%d/%m/%Y}" if best.valid_to else f"từ {best.valid_from:%d/%m/%Y}"
            return MatchResult(
                status="review", note=f"{best.name} chỉ tồn tại {when}, không có trong năm {year}", **base
            )
        if best_score >= th.ok and (margin >= th.margin or exact == {best_id}):
            return MatchResult(status="ok", code=best_id, **base)
        note = "khớp yếu (vùng xám)" if best_score < th.ok else "không phân biệt được: quá gần ứng viên kế tiếp"
        return MatchResult(status="review", note=note, **base)


def match_item(
    label: str, *, year: int | None, index: str | None = None, code_hint: str | None = None, within: str | None = None
) -> MatchResult:
    """Shortcut for ``Matcher.default().match_item``."""
    return Matcher.default().match_item(label, year=year, index=index, code_hint=code_hint, within=within)


def match_entity(label: str, *, year: int | None = None, kinds: Iterable[str] | None = None) -> MatchResult:
    """Shortcut for ``Matcher.default().match_entity``."""
    return Matcher.default().match_entity(label, year=year, kinds=kinds)
