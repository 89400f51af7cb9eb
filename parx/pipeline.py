"""The extraction pipeline: file → tables → repaired tables → records → checks → outputs.

Each stage lives in its own package and only consumes what the previous one
produced; this module wires them together and keeps one bad file from
stopping the batch.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from extract import ACCEPTED, ExtractError
from parx.batch import Cache, FileResult, Manifest, Progress, digests, execute, plan
from schemas.model import Check, ErrorRow, Record, Table

# The stages (and pandas, duckdb …) are imported when a file has to be processed or
# outputs written: a second run over an unchanged folder needs neither.


@dataclass
class RunSummary:
    documents: int = 0
    tables: int = 0
    records: int = 0
    checks_failed: int = 0
    skipped: int = 0  # files whose result was already in OUT (unchanged since an earlier run)
    check_lines: list[str] = field(default_factory=list)  # one summary line per document
    errors: list[ErrorRow] = field(default_factory=list)
    outputs: list[Path] = field(default_factory=list)


def collect_inputs(paths: list[str]) -> list[tuple[Path, str]]:
    """Expand folders (recursively, sorted) into (path, name-as-given) pairs.

    Inside a folder only accepted extensions are taken; a file named
    explicitly is always taken (and gets an error if it cannot be read).
    """
    found: list[tuple[Path, str]] = []
    for given in paths:
        p = Path(given)
        if p.is_dir():
            for f in sorted(p.rglob("*")):
                if f.is_file() and f.suffix.lower() in ACCEPTED and not f.name.startswith("."):
                    found.append((f, str(Path(given) / f.relative_to(p))))
        else:
            found.append((p, given))
    return found


def process_file(path: Path, name: str, jobs: int | None = 1) -> FileResult:
    """Run every stage on one file; any failure becomes an error row."""
    from extract import extract_file
    from normalize.document import repair_document
    from normalize.link import link_records
    from normalize.records import build_records
    from validate import check_document

    try:
        if not path.exists():
            raise ExtractError("không tìm thấy tệp")
        document = extract_file(path, name, jobs)
    except ExtractError as e:
        return FileResult(name, error=ErrorRow(doc=name, stage=e.stage, error=e.message))
    except Exception as e:  # noqa: BLE001 - one bad file must not stop the batch
        msg = f"lỗi không mong đợi khi đọc tệp ({type(e).__name__}: {e})"
        return FileResult(name, error=ErrorRow(doc=name, stage="extract", error=msg))
    try:
        document = repair_document(document)
        records = link_records(document, build_records(document))
        records, checks = check_document(document, records)
    except Exception as e:  # noqa: BLE001
        msg = f"lỗi khi xử lý bảng ({type(e).__name__}: {e})"
        return FileResult(name, error=ErrorRow(doc=name, stage="normalize", error=msg))
    return FileResult(name, document=document, records=records, checks=checks)


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def _warm_up() -> None:
    """Import the stages and load the catalogues once, before the workers are forked."""
    import extract.pdf  # noqa: F401
    import normalize.document  # noqa: F401
    import validate  # noqa: F401
    from normalize.match import Matcher
    from schemas.catalog import load_catalogues

    load_catalogues()
    Matcher.default()


def _work(path: str, name: str, jobs: int = 1) -> FileResult:
    """One file, in a worker process (module-level so that it can be sent to one)."""
    return process_file(Path(path), name, jobs)


def _work_alone(path: str, name: str) -> FileResult:
    """The only file to process: its scanned pages may use every core."""
    return process_file(Path(path), name, None)


def run(
    paths: list[str],
    out: Path,
    *,
    quiet: bool = False,
    jobs: int | None = None,
    force: bool = False,
    executor: str = "local",
    scheduler: str | None = None,
) -> RunSummary:
    """Process all inputs and write the output set; errors are reported per file.

    Each finished file is kept in ``OUT/.parx-cache`` at once (see
    :mod:`parx.batch`), so an interrupted run loses nothing finished and a
    second run skips unchanged files; the outputs are then rebuilt from the
    results of exactly the files given, in the order given.
    """
    summary = RunSummary()
    pairs = collect_inputs(paths)
    cache = Cache(out)
    hashes = digests(pairs)
    manifest = Manifest(out)
    from parx.outputs import OUTPUT_FILES

    if not force and (done := manifest.matches(hashes, [out / n for n in OUTPUT_FILES])) is not None:
        # exactly the inputs and code the outputs were built from: nothing to do
        summary = RunSummary(**{k: v for k, v in done.items() if k != "errors"},
                             errors=[ErrorRow(**e) for e in done["errors"]])
        summary.skipped = len(pairs)
        summary.outputs = [out / n for n in OUTPUT_FILES]
        for e in summary.errors:
            print(f"parx: lỗi: {e.doc}: {e.error}", file=sys.stderr)
        if not quiet:
            print(f"parx: {len(pairs)} tệp không đổi so với lần chạy trước — giữ nguyên kết quả", file=sys.stderr)
        return summary
    todo, results = plan(pairs, cache, force, hashes)
    progress = Progress(len(pairs), quiet=quiet)
    for res in results.values():
        progress.update(res)
    file_digests = {name: digest for _, name, digest in todo}
    n_jobs = jobs or os.cpu_count() or 1
    work = _work_alone if len(todo) == 1 and executor == "local" else _work
    if executor == "local" and n_jobs > 1 and len(todo) > 1:
        _warm_up()  # the worker processes are forked from this one: they start warm
    # the biggest files first, so that the last minutes do not leave a core idle
    jobs_list = sorted(((p, n) for p, n, _ in todo), key=lambda j: -_size(j[0]))
    for (_, name), res in execute(work, jobs_list, n_jobs=n_jobs, executor=executor, scheduler=scheduler):
        cache.save(file_digests[name], res)  # errors too: the same bytes fail the same way
        results[name] = res
        progress.update(res)
    from parx.writers import write_outputs
    from validate import summary_line

    tables: list[Table] = []
    records: list[Record] = []
    checks: list[Check] = []
    for _, name in pairs:  # in the order given, whatever order the workers finished in
        res = results[name]
        if res.error:
            summary.errors.append(res.error)
            print(f"parx: lỗi: {res.error.doc}: {res.error.error}", file=sys.stderr)
            continue
        assert res.document is not None
        summary.documents += 1
        tables.extend(res.document.tables)
        records.extend(res.records)
        checks.extend(res.checks)
        summary.check_lines.append(summary_line(res.doc, res.checks))
    summary.skipped = progress.skipped
    summary.tables = len(tables)
    summary.records = len(records)
    summary.checks_failed = sum(c.status == "fail" for c in checks)
    summary.outputs = write_outputs(out, tables, records, checks, summary.errors)
    manifest.save(hashes, {
        "documents": summary.documents, "tables": summary.tables, "records": summary.records,
        "checks_failed": summary.checks_failed, "check_lines": summary.check_lines,
        "errors": [e.model_dump() for e in summary.errors],
    })
    return summary
