"""Canonical catalogues: methodologies, indicators and the gazetteer, as data.

A number is only useful for scoring when it is tied to the right item of the right
year's methodology and to the right agency.  The items (PAR Index fields and
criteria, SIPAS indices, the province's unit-level index, the district submission
indicators) and the places and agencies live in YAML/CSV files under
``schemas/catalogues/``; this module only validates and indexes them, so next
year's methodology is a new data file, not a code change (see
``schemas/catalogues/README.md``).

Why pydantic: the files are edited by people; a typo (a misplaced comma that turns
one alias into two, an unknown key, a duplicated code) must fail loudly at load
time with the file name, not silently change what matches.

Extra catalogue folders can be given in the ``PARX_CATALOGUES`` environment
variable (paths separated by ``os.pathsep``); their files are read after the
packaged ones.
"""

from __future__ import annotations

import csv
import functools
import io
import os
import re
from collections.abc import Iterator
from datetime import date
from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

ENV_DIRS = "PARX_CATALOGUES"

EntityKind = Literal["province", "district", "commune", "agency", "central_agency", "public_unit"]
ENTITY_KINDS: tuple[str, ...] = ("province", "district", "commune", "agency", "central_agency", "public_unit")
ValueType = Literal["count", "percent", "yes_no", "code", "text", "group"]


class CatalogueError(ValueError):
    """A catalogue file is malformed or contradicts another one."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _year_span(value: Any) -> tuple[int | None, int | None] | None:
    if value is None:
        return None
    if isinstance(value, int):
        return (value, value)
    lo, hi = value
    return (lo, hi)


def _in_span(span: tuple[int | None, int | None] | None, year: int | None) -> bool:
    if span is None or year is None:
        return True
    lo, hi = span
    return (lo is None or year >= lo) and (hi is None or year <= hi)


# ----------------------------------------------------------------------------- items
class Source(_Strict):
    """Where a catalogue comes from: the official decision and the seed documents."""

    decision: str | None = None
    date: str | None = None
    issuer: str | None = None
    note: str | None = None
    seeds: list[str] = Field(default_factory=list)


class Item(_Strict):
    """One canonical item: a field, criterion, survey item, index or indicator.

    ``code`` is the official number where the methodology has one (``5``,
    ``1.3.2``); ``printed_codes`` are other numbers reports print in front of the
    row (``(13)``, ``E``) and only ever *confirm* a label, never replace it.
    """

    code: str
    level: str
    name: str
    parent: str | None = None
    aliases: list[str] = Field(default_factory=list)
    printed_codes: list[str] = Field(default_factory=list)
    years: tuple[int | None, int | None] | None = None
    max_points: float | None = None
    max_points_note: str | None = None
    unit: str | None = None
    value_type: ValueType | None = None
    values: dict[str, str] | None = None
    applies_to: list[str] = Field(default_factory=list)
    source: str | None = None
    note: str | None = None

    @field_validator("years", mode="before")
    @classmethod
    def _span(cls, v: Any) -> tuple[int | None, int | None] | None:
        return _year_span(v)

    @field_validator("code", "name")
    @classmethod
    def _not_blank(cls, v: str) -> str:
        if not str(v).strip():
            raise ValueError("must not be empty")
        return str(v).strip()

    @field_validator("values", mode="before")
    @classmethod
    def _str_keys(cls, v: Any) -> Any:
        return {str(k): str(x) for k, x in v.items()} if isinstance(v, dict) else v

    def valid_in(self, year: int | None) -> bool:
        """Whether the item exists in ``year`` (items may be narrower than their period)."""
        return _in_span(self.years, year)

    def names(self) -> list[str]:
        """Canonical name first, then aliases (duplicates removed)."""
        return list(dict.fromkeys([self.name, *self.aliases]))


class UnitGroup(_Strict):
    """A group of units in the province's unit-level index, with its point split."""

    code: str
    name: str
    kind: str
    aliases: list[str] = Field(default_factory=list)
    printed_codes: list[str] = Field(default_factory=list)
    self_points: float | None = None
    survey_points: float | None = None
    sipas_max_points: float | None = None
    n_fields: int | None = None
    n_criteria: int | None = None
    n_sub_criteria: int | None = None
    n_units_2021: int | None = None


class Catalogue(_Strict):
    """One methodology period of one index (e.g. PAR Index 2017–2021).

    ``years`` is ``[first, last]``; ``last`` may be null (still in force).  An open
    period ends where the next period of the same index begins, so adding next
    year's file never requires editing this one.
    """

    index: str
    period: str
    years: tuple[int, int | None]
    title: str
    source: Source
    groups: list[UnitGroup] = Field(default_factory=list)
    items: list[Item]
    path: str = ""

    @field_validator("period", mode="before")
    @classmethod
    def _period_str(cls, v: Any) -> str:
        return str(v)

    @model_validator(mode="after")
    def _consistent(self) -> Catalogue:
        lo, hi = self.years
        if hi is not None and hi < lo:
            raise ValueError(f"years {self.years}: end before start")
        codes = [i.code for i in self.items]
        dup = sorted({c for c in codes if codes.count(c) > 1})
        if dup:
            raise ValueError(f"duplicated item codes: {dup}")
        known = set(codes)
        orphans = sorted({i.parent for i in self.items if i.parent and i.parent not in known})
        if orphans:
            raise ValueError(f"parents not defined in this file: {orphans}")
        return self

    @functools.cached_property
    def by_code(self) -> dict[str, Item]:
        return {i.code: i for i in self.items}

    def item(self, code: str) -> Item | None:
        return self.by_code.get(code)

    def descendants(self, code: str) -> set[str]:
        """Codes under ``code`` (itself included), following ``parent`` links."""
        children: dict[str, list[str]] = {}
        for i in self.items:
            if i.parent:
                children.setdefault(i.parent, []).append(i.code)
        out, todo = set(), [code]
        while todo:
            c = todo.pop()
            if c not in out:
                out.add(c)
                todo.extend(children.get(c, []))
        return out

    @property
    def label(self) -> str:
        return f"{self.index} {self.period}"


# ---------------------------------------------------------------------------- places
class NameSpan(_Strict):
    """A name an entity carried between two dates (inclusive; None = open)."""

    name: str
    valid_from: date | None = None
    valid_to: date | None = None

    def valid_in(self, year: int | None) -> bool:
        return _dates_meet_year(self.valid_from, self.valid_to, year)


def _dates_meet_year(start: date | None, end: date | None, year: int | None) -> bool:
    if year is None:
        return True
    return (start is None or start.year <= year) and (end is None or end.year >= year)


class Entity(_Strict):
    """A place or agency: the province, a district, a commune, a department …

    ``id`` is the GSO code for administrative units and a slug for agencies;
    ``name`` is the canonical (latest) name, ``names`` the dated history.
    """

    id: str
    kind: EntityKind
    name: str
    names: list[NameSpan] = Field(default_factory=list)
    aliases: list[str] = Field(default_factory=list)
    parent: str | None = None
    group: str | None = None
    valid_from: date | None = None
    valid_to: date | None = None
    successor: str | None = None
    predecessors: list[str] = Field(default_factory=list)
    note: str | None = None

    def valid_in(self, year: int | None) -> bool:
        return _dates_meet_year(self.valid_from, self.valid_to, year)

    def name_in(self, year: int | None) -> str:
        """The canonical name the entity carried in ``year`` (latest when unknown)."""
        if year is not None:
            for span in reversed(self.names):
                if span.valid_in(year):
                    return span.name
        return self.name

    def match_names(self, year: int | None) -> list[str]:
        """Names usable for matching in ``year``: dated names valid then, plus aliases."""
        dated = [s.name for s in self.names if s.valid_in(year)] if self.names else []
        return list(dict.fromkeys([*(dated or [self.name_in(year)]), *self.aliases]))


class Gazetteer(_Strict):
    """All places and agencies, plus the other provinces' names (for negatives)."""

    entities: list[Entity]
    other_provinces: list[str] = Field(default_factory=list)

    @model_validator(mode="after")
    def _unique(self) -> Gazetteer:
        ids = [e.id for e in self.entities]
        dup = sorted({i for i in ids if ids.count(i) > 1})
        if dup:
            raise ValueError(f"duplicated entity ids: {dup}")
        return self

    @functools.cached_property
    def by_id(self) -> dict[str, Entity]:
        return {e.id: e for e in self.entities}


# ---------------------------------------------------------------------------- config
class Abbreviation(_Strict):
    abbr: str
    expansion: str
    scopes: list[Literal["item", "entity"]]
    note: str | None = None


class Thresholds(_Strict):
    ok: float
    review: float
    margin: float


class OcrRule(_Strict):
    pattern: str
    replace: str
    scopes: list[Literal["item", "entity"]] = Field(default_factory=lambda: ["item", "entity"])
    why: str | None = None

    @field_validator("pattern")
    @classmethod
    def _compiles(cls, v: str) -> str:
        re.compile(v)
        return v


class MatchingConfig(_Strict):
    """Thresholds and folding rules (``schemas/catalogues/matching.yaml``)."""

    digit_penalty: float = 30
    items: dict[str, Thresholds]
    entities: dict[str, Thresholds]
    hint_min: float = 60
    hint_min_number: float = 85
    hint_gap: float = 12
    ocr_rules: list[OcrRule] = Field(default_factory=list)
    item_prefixes: list[str] = Field(default_factory=list)
    entity_heads: list[str] = Field(default_factory=list)
    head_penalty: float = 25
    swap_penalty: float = 15
    extra_words_allowed: int = 2
    extra_word_penalty: float = 6
    connectives: list[str] = Field(default_factory=list)
    other_provinces: list[str] = Field(default_factory=list)

    def item_thresholds(self, index: str) -> Thresholds:
        return self.items.get(index) or self.items["default"]

    def entity_thresholds(self, kind: str) -> Thresholds:
        return self.entities.get(kind) or self.entities["default"]


# ---------------------------------------------------------------------------- loading
class CatalogSet(BaseModel):
    """Everything loaded: catalogues by index, the gazetteer and the matching config."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    catalogues: list[Catalogue]
    gazetteer: Gazetteer
    abbreviations: list[Abbreviation]
    matching: MatchingConfig
    sources: list[str] = Field(default_factory=list)

    @property
    def indexes(self) -> list[str]:
        return list(dict.fromkeys(c.index for c in self.catalogues))

    def periods(self, index: str) -> list[Catalogue]:
        """The periods of ``index``, oldest first."""
        return sorted((c for c in self.catalogues if c.index == index), key=lambda c: c.years[0])

    def effective_years(self, cat: Catalogue) -> tuple[int, int | None]:
        """``cat.years`` with an open end closed by the next period's start."""
        lo, hi = cat.years
        if hi is None:
            later = [c.years[0] for c in self.periods(cat.index) if c.years[0] > lo]
            if later:
                hi = min(later) - 1
        return (lo, hi)

    def period_for(self, index: str, year: int) -> Catalogue | None:
        """The methodology period of ``index`` in force in ``year``, or None."""
        for cat in self.periods(index):
            if _in_span(self.effective_years(cat), year):
                return cat
        return None

    def nearest_period(self, index: str, year: int) -> Catalogue | None:
        """The period closest in time to ``year`` (for a reviewer's suggestion only)."""
        cats = self.periods(index)
        if not cats:
            return None

        def distance(c: Catalogue) -> int:
            lo, hi = self.effective_years(c)
            if year < lo:
                return lo - year
            return 0 if hi is None or year <= hi else year - hi

        return min(cats, key=distance)


def _walk(node: Traversable | Path, rel: str = "") -> Iterator[tuple[str, Traversable | Path]]:
    for child in sorted(node.iterdir(), key=lambda c: c.name):
        sub = f"{rel}/{child.name}" if rel else child.name
        if child.is_dir():
            yield from _walk(child, sub)
        elif child.name.endswith((".yaml", ".yml")):
            yield sub, child


def _read_yaml(node: Traversable | Path, where: str) -> Any:
    try:
        return yaml.safe_load(node.read_text(encoding="utf-8"))
    except yaml.YAMLError as e:
        raise CatalogueError(f"{where}: not valid YAML: {e}") from e


def _parse_date(v: Any) -> date | None:
    if v is None or isinstance(v, date):
        return v
    return date.fromisoformat(str(v))


def _entities_from_gazetteer(doc: dict[str, Any], folder: Traversable | Path, where: str) -> list[Entity]:
    """Build entities from a gazetteer file (province, districts, communes CSV, agencies)."""
    suffixes: list[str] = doc.get("alias_suffixes", [])
    prefixes: list[str] = doc.get("admin_alias_prefixes", [])
    out: list[Entity] = []

    def prefixed(names: list[str]) -> list[str]:
        return [f"{p} {n}" for n in names for p in prefixes]

    prov = doc.get("province")
    if prov:
        out.append(
            Entity(
                id=str(prov["code"]),
                kind="province",
                name=prov["name"],
                aliases=prov.get("aliases", []),
                valid_from=_parse_date(prov.get("valid_from")),
                valid_to=_parse_date(prov.get("valid_to")),
                note=prov.get("note"),
            )
        )
    district_names: dict[str, str] = {}
    for d in doc.get("districts", []):
        code = str(d["code"])
        district_names[code] = d["name"]
        al = list(d.get("aliases", []))
        out.append(
            Entity(
                id=code,
                kind="district",
                name=d["name"],
                aliases=al + prefixed([d["name"], *al[:1]]),
                parent=prov and str(prov["code"]),
                group="HUYEN",
                valid_from=_parse_date(d.get("valid_from")),
                valid_to=_parse_date(d.get("valid_to")),
                note=d.get("note"),
            )
        )
    if doc.get("communes_csv"):
        out.extend(_communes(doc, folder, prefixed))
    short = re.sub(r"^(tỉnh|thành phố)\s+", "", (prov or {}).get("name", ""), flags=re.I).lower()
    for a in doc.get("agencies", []):
        al = list(a.get("aliases", []))
        extra = []
        for base in [a["name"], *al]:
            low = base.lower()
            if short and short in low:
                continue
            for sfx in suffixes:
                head, _, rest = sfx.partition(" ")
                if low.endswith(" " + head.lower()):
                    if rest:
                        extra.append(f"{base} {rest}")
                elif head.lower() not in low.split():
                    extra.append(f"{base} {sfx}")
        out.append(
            Entity(
                id=a["id"],
                kind=a["kind"],
                name=a["name"],
                aliases=list(dict.fromkeys(al + extra)),
                group=a.get("group"),
                valid_from=_parse_date(a.get("valid_from")),
                valid_to=_parse_date(a.get("valid_to")),
                successor=a.get("successor"),
                predecessors=a.get("predecessors", []),
                note=a.get("note"),
            )
        )
    return out


def _communes(doc: dict[str, Any], folder: Traversable | Path, prefixed: Any) -> list[Entity]:
    """Communes from the official CSV, with the dated renames of ``commune_overrides``.

    A name shared by communes of different districts ("Phường 1") is qualified with
    the district in the canonical name ("Phường 1, Thị xã Ngã Năm"); the bare name
    stays an alias, so a bare label is ambiguous (review) rather than guessed.
    """
    rows = list(csv.DictReader(io.StringIO(folder.joinpath(doc["communes_csv"]).read_text(encoding="utf-8"))))
    overrides = {str(o["code"]): o for o in doc.get("commune_overrides", [])}
    base: dict[str, list[str]] = {}
    for r in rows:
        o = overrides.get(str(r["gso_code"]), {})
        full = re.sub(r"\s+", " ", r["full_name"]).strip()
        base[str(r["gso_code"])] = [s["name"] for s in o.get("names", [])] or [full]
    counts: dict[str, int] = {}
    for names in base.values():
        for n in set(names):
            counts[n] = counts.get(n, 0) + 1
    out: list[Entity] = []
    for r in rows:
        code, dname = str(r["gso_code"]), r["district_name"]
        o = overrides.get(code, {})

        def qualified(n: str, dname: str = dname) -> str:
            return f"{n}, {dname}" if counts[n] > 1 else n

        spans = [
            NameSpan(
                name=qualified(s["name"]),
                valid_from=_parse_date(s.get("valid_from")),
                valid_to=_parse_date(s.get("valid_to")),
            )
            for s in o.get("names", [])
        ]
        names = base[code]
        al = [*names, *(f"{n}, {dname}" for n in names), *o.get("aliases", [])]
        out.append(
            Entity(
                id=code,
                kind="commune",
                name=spans[-1].name if spans else qualified(names[0]),
                names=spans,
                aliases=list(dict.fromkeys(al + prefixed(names))),
                parent=str(r["district_code"]),
                valid_to=_parse_date(o.get("valid_to", doc.get("communes_valid_to"))),
                note=o.get("note") or r.get("status_note") or None,
            )
        )
    return out


def _roots() -> list[tuple[str, Traversable | Path]]:
    roots: list[tuple[str, Traversable | Path]] = [("schemas/catalogues", resources.files("schemas") / "catalogues")]
    for d in filter(None, os.environ.get(ENV_DIRS, "").split(os.pathsep)):
        p = Path(d)
        if not p.is_dir():
            raise CatalogueError(f"{ENV_DIRS}: {d} không phải là thư mục")
        roots.append((str(p), p))
    return roots


def _load(roots: list[tuple[str, Traversable | Path]]) -> CatalogSet:
    catalogues: list[Catalogue] = []
    entities: list[Entity] = []
    abbreviations: list[Abbreviation] = []
    matching_doc: dict[str, Any] | None = None
    sources: list[str] = []
    for root_name, root in roots:
        for rel, node in _walk(root):
            where = f"{root_name}/{rel}"
            doc = _read_yaml(node, where)
            if not isinstance(doc, dict):
                continue
            folder = node.parent if isinstance(node, Path) else root.joinpath(*rel.split("/")[:-1])
            try:
                if "index" in doc and "items" in doc:
                    catalogues.append(Catalogue(**doc, path=where))
                elif "agencies" in doc or "province" in doc or "districts" in doc:
                    entities.extend(_entities_from_gazetteer(doc, folder, where))
                elif "abbreviations" in doc:
                    abbreviations.extend(Abbreviation(**a) for a in doc["abbreviations"])
                elif "items" in doc and "entities" in doc:
                    matching_doc = doc
                else:
                    continue
            except (ValidationError, KeyError, TypeError, ValueError) as e:
                raise CatalogueError(f"{where}: {e}") from e
            sources.append(where)
    if matching_doc is None:
        raise CatalogueError("matching.yaml not found among the catalogues")
    scoring = matching_doc.get("scoring", {})
    try:
        matching = MatchingConfig(
            digit_penalty=scoring.get("digit_penalty", 30),
            items={
                k: Thresholds(**{**matching_doc["items"]["default"], **(v or {})})
                for k, v in matching_doc["items"].items()
                if isinstance(v, dict) or v is None
            },
            entities={
                k: Thresholds(**{**matching_doc["entities"]["default"], **(v or {})})
                for k, v in matching_doc["entities"].items()
            },
            hint_min=matching_doc["items"].get("hint_min", 60),
            hint_min_number=matching_doc["items"].get("hint_min_number", 85),
            hint_gap=matching_doc["items"].get("hint_gap", 12),
            ocr_rules=[OcrRule(**r) for r in matching_doc.get("ocr_rules", [])],
            item_prefixes=matching_doc.get("item_prefixes", []),
            entity_heads=matching_doc.get("entity_heads", []),
            head_penalty=matching_doc.get("head_penalty", 25),
            swap_penalty=scoring.get("swap_penalty", 15),
            extra_words_allowed=scoring.get("extra_words_allowed", 2),
            extra_word_penalty=scoring.get("extra_word_penalty", 6),
            connectives=scoring.get("connectives", []),
            other_provinces=matching_doc.get("other_provinces", []),
        )
    except (ValidationError, KeyError, TypeError) as e:
        raise CatalogueError(f"matching.yaml: {e}") from e
    _check_periods(catalogues)
    gaz = Gazetteer(entities=entities, other_provinces=matching.other_provinces)
    return CatalogSet(
        catalogues=catalogues, gazetteer=gaz, abbreviations=abbreviations, matching=matching, sources=sources
    )


def _check_periods(catalogues: list[Catalogue]) -> None:
    """Two periods of one index may not both claim a year (open ends excepted)."""
    by_index: dict[str, list[Catalogue]] = {}
    for c in catalogues:
        by_index.setdefault(c.index, []).append(c)
    for index, cats in by_index.items():
        cats.sort(key=lambda c: c.years[0])
        for a, b in zip(cats, cats[1:], strict=False):
            if a.years[0] == b.years[0]:
                raise CatalogueError(f"{index}: {a.path} and {b.path} both start in {a.years[0]}")
            if a.years[1] is not None and a.years[1] >= b.years[0]:
                raise CatalogueError(f"{index}: {a.path} ({a.years}) overlaps {b.path} ({b.years})")


@functools.cache
def _cached(env: str) -> CatalogSet:
    return _load(_roots())


def load_catalogues() -> CatalogSet:
    """All catalogues (packaged + ``PARX_CATALOGUES`` folders), loaded once per setting."""
    return _cached(os.environ.get(ENV_DIRS, ""))


def period_for(index: str, year: int) -> Catalogue | None:
    """The methodology period of ``index`` ("par", "sipas", "unit_par", "indicator") in ``year``."""
    return load_catalogues().period_for(index, year)
