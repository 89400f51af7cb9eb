"""Running many files: in parallel, resumable, with progress.

An office ingesting hundreds of submissions must be able to stop a run (or
lose it to a power cut) and start it again without redoing — or losing — what
was finished.  So every finished file's result is written at once, atomically,
to ``OUT/.parx-cache/<sha256 of the file's bytes>.json``; the output files are
rebuilt from those results at the end of every run.  A second run over an
unchanged folder only hashes the files and reads the cache; ``--force``
processes them again.  Because the outputs are rebuilt from the cache for the
files given, a file processed twice never appears twice.

Executors: a local process pool (``--jobs N``; each file is independent, so
two cores are close to twice as fast as one) or, for users who outgrow one
machine, a Dask cluster (``--executor dask --scheduler ADDRESS``).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from dataclasses import dataclass, field
from pathlib import Path

from parx import __version__
from schemas.model import Check, Document, ErrorRow, Record

CACHE_DIR = ".parx-cache"
_PACKAGES = ("extract", "normalize", "schemas", "validate", "parx")


@functools.cache
def code_fingerprint() -> str:
    """What the cached results were computed with: parx's version, code and data files.

    A result made by another parx (a fixed bug, a new catalogue entry) is not reused.
    """
    import importlib.util

    h = hashlib.sha256(__version__.encode())
    for pkg in _PACKAGES:
        spec = importlib.util.find_spec(pkg)
        root = Path(spec.origin if spec and spec.origin else "").parent
        for f in sorted(root.rglob("*")):
            if f.is_file() and f.suffix in (".py", ".yaml", ".yml", ".csv", ".tsv", ".txt", ".json"):
                st = f.stat()  # size and time: reading every data file would cost more than the check saves
                h.update(f"{f.relative_to(root)}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


@dataclass
class FileResult:
    """What one input produced (a document, or an error)."""

    doc: str
    document: Document | None = None
    records: list[Record] = field(default_factory=list)
    checks: list[Check] = field(default_factory=list)
    error: ErrorRow | None = None
    cached: bool = False

    def to_json(self) -> dict:
        return {
            "version": code_fingerprint(),
            "doc": self.doc,
            "document": self.document.model_dump(mode="json") if self.document else None,
            "records": [r.model_dump(mode="json") for r in self.records],
            "checks": [c.model_dump(mode="json") for c in self.checks],
            "error": self.error.model_dump(mode="json") if self.error else None,
        }

    @classmethod
    def from_json(cls, data: dict, doc: str) -> FileResult:
        """A cached result, under the name the file has in this run."""
        res = cls(
            doc=doc,
            document=Document.model_validate(data["document"]) if data["document"] else None,
            records=[Record.model_validate(r) for r in data["records"]],
            checks=[Check.model_validate(c) for c in data["checks"]],
            error=ErrorRow.model_validate(data["error"]) if data["error"] else None,
            cached=True,
        )
        if data["doc"] != doc:  # the same bytes under another name
            if res.document:
                res.document.path = doc
                for t in res.document.tables:
                    t.doc = doc
            for r in res.records:
                r.doc = doc
            for c in res.checks:
                c.doc = doc
            if res.error:
                res.error.doc = doc
        return res


def file_hash(path: Path) -> str | None:
    """sha256 of the file's bytes (None when it cannot be read: it will get its error)."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


class Cache:
    """Finished results, one JSON file per input content."""

    def __init__(self, out: Path) -> None:
        self.dir = out / CACHE_DIR

    def path(self, digest: str) -> Path:
        return self.dir / f"{digest}.json"

    def load(self, digest: str | None, doc: str) -> FileResult | None:
        if digest is None:
            return None
        p = self.path(digest)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if data.get("version") != code_fingerprint():
            return None
        try:
            return FileResult.from_json(data, doc)
        except (KeyError, ValueError):
            return None

    def save(self, digest: str | None, result: FileResult) -> None:
        """Write atomically: a crash leaves the old entry or none, never half of one."""
        if digest is None:
            return
        self.dir.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.dir)
        try:
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump(result.to_json(), f, ensure_ascii=False)
                f.flush()
                os.fsync(f.fileno())
            os.replace(tmp, self.path(digest))
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise


# ----------------------------------------------------------------------- executors
Job = tuple[str, str]  # (path, name as given)


def _local(work: Callable[[str, str], FileResult], jobs: list[Job], n: int) -> Iterator[tuple[Job, FileResult]]:
    if n <= 1 or len(jobs) <= 1:
        for job in jobs:
            yield job, work(*job)
        return
    with ProcessPoolExecutor(max_workers=n) as pool:
        pending: dict[Future, Job] = {}
        queue = list(jobs)
        while queue or pending:
            while queue and len(pending) < 2 * n:  # a short queue: results stream back as files finish
                job = queue.pop(0)
                pending[pool.submit(work, *job)] = job
            done, _ = wait(pending, return_when=FIRST_COMPLETED)
            for fut in done:
                job = pending.pop(fut)
                yield job, fut.result()


def _dask(work: Callable[[str, str], FileResult], jobs: list[Job], scheduler: str) -> Iterator[tuple[Job, FileResult]]:
    try:
        from dask.distributed import Client, as_completed
    except ImportError as e:  # pragma: no cover - depends on the installation
        raise SystemExit("parx: lỗi: --executor dask cần gói dask[distributed] (pip install 'parx[dask]')") from e
    with Client(scheduler) as client:
        futures = {client.submit(work, *job, pure=False): job for job in jobs}
        for fut in as_completed(futures):
            yield futures[fut], fut.result()


def execute(
    work: Callable[[str, str], FileResult],
    jobs: list[Job],
    *,
    n_jobs: int,
    executor: str = "local",
    scheduler: str | None = None,
) -> Iterator[tuple[Job, FileResult]]:
    if executor == "dask":
        if not scheduler:
            raise SystemExit("parx: lỗi: --executor dask cần --scheduler ĐỊA_CHỈ (ví dụ tcp://127.0.0.1:8786)")
        return _dask(work, jobs, scheduler)
    return _local(work, jobs, n_jobs)


# ----------------------------------------------------------------------- progress
class Progress:
    """Files done, tables, errors and time left — one updating line on a terminal,
    plain lines otherwise (a log file, CI)."""

    def __init__(self, total: int, *, quiet: bool = False, stream=sys.stderr) -> None:
        self.total, self.quiet, self.stream = total, quiet, stream
        self.done = self.tables = self.errors = self.skipped = 0
        self.started = time.monotonic()
        self.tty = hasattr(stream, "isatty") and stream.isatty()

    def update(self, result: FileResult) -> None:
        self.done += 1
        self.skipped += result.cached
        self.errors += result.error is not None
        self.tables += len(result.document.tables) if result.document else 0
        if self.quiet:
            return
        elapsed = time.monotonic() - self.started
        left = elapsed / self.done * (self.total - self.done) if self.done else 0.0
        line = (f"parx: [{self.done}/{self.total}] {self.tables} bảng, {self.errors} lỗi"
                + (f", {self.skipped} tệp đã có kết quả" if self.skipped else "")
                + (f" — còn khoảng {_duration(left)}" if self.done < self.total else "")
                + f" — {result.doc}")
        if self.tty:
            print("\r\033[K" + line[:160], end="" if self.done < self.total else "\n", file=self.stream, flush=True)
        else:
            print(line, file=self.stream, flush=True)


def _duration(secs: float) -> str:
    secs = int(round(secs))
    if secs < 60:
        return f"{secs} giây"
    return f"{secs // 60} phút {secs % 60:02d} giây"


def digests(pairs: Iterable[tuple[Path, str]]) -> dict[str, str | None]:
    """name -> sha256 of the file's bytes, for every input."""
    return {name: file_hash(path) for path, name in pairs}


class Manifest:
    """What the outputs in OUT were last built from: the inputs (names and hashes) and
    parx's code.  When a new run has exactly the same, the outputs are already right and
    are left as they are — a second run over an unchanged folder is a hashing pass."""

    def __init__(self, out: Path) -> None:
        self.path = out / CACHE_DIR / "manifest.json"

    def key(self, hashes: dict[str, str | None]) -> dict:
        return {"code": code_fingerprint(), "inputs": [[n, d] for n, d in hashes.items()]}

    def matches(self, hashes: dict[str, str | None], outputs: Iterable[Path]) -> dict | None:
        if any(d is None for d in hashes.values()) or not all(p.exists() for p in outputs):
            return None
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        return data.get("summary") if data.get("key") == self.key(hashes) else None

    def save(self, hashes: dict[str, str | None], summary: dict) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".tmp-", dir=self.path.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump({"key": self.key(hashes), "summary": summary}, f, ensure_ascii=False)
        os.replace(tmp, self.path)


def plan(pairs: Iterable[tuple[Path, str]], cache: Cache, force: bool,
         hashes: dict[str, str | None]) -> tuple[list[tuple[str, str, str | None]], dict[str, FileResult]]:
    """Which inputs need work, and the cached results of the others (by name)."""
    todo: list[tuple[str, str, str | None]] = []
    cached: dict[str, FileResult] = {}
    for path, name in pairs:
        digest = hashes[name]
        hit = None if force else cache.load(digest, name)
        if hit is not None:
            cached[name] = hit
        else:
            todo.append((str(path), name, digest))
    return todo, cached
