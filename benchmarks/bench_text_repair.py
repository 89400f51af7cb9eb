"""Benchmark of the text-repair chain (issue 3): accuracy per damage kind, false repairs, speed.

    .venv/bin/python benchmarks/bench_text_repair.py [--show N]

* exact-line accuracy: the share of damaged lines that ``repair_text`` turns
  back into exactly the clean line (NFC), per damage kind;
* false-repair rate: the share of clean lines (Vietnamese from the seeds,
  English, French, numbers, codes, OCR noise) that come out changed at all;
* lines per second on clean short cells (the common case in ``parx extract``)
  and on damaged lines.

The lines of one damage kind are repaired as one document (one
``repair.Context``, as ``parx fix-text`` does for a file); ``--no-context``
repairs every line on its own.
"""

from __future__ import annotations

import argparse
import collections
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests" / "data" / "text_repair"))

import corpus  # noqa: E402

from normalize.repair import Context, repair_text  # noqa: E402

FAMILIES = [
    ("TCVN3 (all variants)", "tcvn3"),
    ("VNI", "vni"),
    ("VISCII", "viscii"),
    ("VPS", "vps"),
    ("ƣ for ư", "ƣ"),
    ("NFD", "nfd"),
    ("UTF-8 mojibake", "utf8"),
    ("mixed lines", "mixed"),
]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="print up to N failures per kind")
    ap.add_argument(
        "--no-context",
        action="store_true",
        help="repair every line on its own (default: the lines of one damage kind form one document)",
    )
    args = ap.parse_args()

    cases = corpus.cases()
    total: collections.Counter[str] = collections.Counter()
    ok: collections.Counter[str] = collections.Counter()
    fails: dict[str, list[tuple[str, str, str]]] = collections.defaultdict(list)
    contexts: dict[str, Context] = collections.defaultdict(Context)
    t0 = time.perf_counter()
    for kind, damaged, expected in cases:
        ctx = None if args.no_context else contexts[kind]
        font = ".VnTimeH" if kind == "tcvn3-caps+font" else None
        got = repair_text(damaged, font, collapse=False, context=ctx).text
        total[kind] += 1
        if got == expected:
            ok[kind] += 1
        else:
            fails[kind].append((damaged, got, expected))
    t_damaged = time.perf_counter() - t0

    held = corpus.heldout_cases()
    held_ok = sum(repair_text(d, collapse=False).text == e for _, d, e in held)
    held_fail = [(k, d, e) for k, d, e in held if repair_text(d, collapse=False).text != e]

    clean = corpus.clean_lines()
    negatives = corpus.negative_lines()
    changed = []
    t0 = time.perf_counter()
    for line in clean + negatives + corpus.heldout_lines():
        if repair_text(line, collapse=False).text != line:
            changed.append(line)
    t_clean = time.perf_counter() - t0

    cells = [w for line in clean for w in line.split(", ")][:20000]
    t0 = time.perf_counter()
    for c in cells:
        repair_text(c)
    t_cells = time.perf_counter() - t0

    print(f"{'damage kind':<24}{'lines':>7}{'exact':>8}{'accuracy':>10}")
    for kind in total:
        print(f"{kind:<24}{total[kind]:>7}{ok[kind]:>8}{100 * ok[kind] / total[kind]:>9.2f}%")
    n_all, ok_all = sum(total.values()), sum(ok.values())
    print(f"{'all damaged':<24}{n_all:>7}{ok_all:>8}{100 * ok_all / n_all:>9.2f}%")
    print("\nby family (the issue's bar: 99.9 % exact lines)")
    for family, prefix in FAMILIES:
        kinds = [k for k in total if k.startswith(prefix)]
        n, good = sum(total[k] for k in kinds), sum(ok[k] for k in kinds)
        if n:
            print(f"{family:<24}{n:>7}{good:>8}{100 * good / n:>9.2f}%")
    print(
        f"{'held-out lines (all kinds)':<24}{len(held):>7}{held_ok:>8}{100 * held_ok / len(held):>9.2f}%"
        "   (hand-written, unseen by the lexicon; each line on its own)"
    )
    n_clean = len(clean) + len(negatives) + len(corpus.heldout_lines())
    print(f"\nclean lines changed (false repairs): {len(changed)}/{n_clean} = {100 * len(changed) / n_clean:.3f}%")
    print(
        f"speed: {len(cells) / t_cells:,.0f} clean cells/s; {n_clean / t_clean:,.0f} clean lines/s; "
        f"{n_all / t_damaged:,.0f} damaged lines/s"
    )
    if args.show:
        for kind, fl in fails.items():
            print(f"\n--- {kind}")
            for d, g, e in fl[: args.show]:
                print(f"  damaged : {d!r}\n  got     : {g!r}\n  expected: {e!r}")
        for k, d, e in held_fail[: args.show]:
            print(f"  held-out {k}: {d!r}\n     got {repair_text(d, collapse=False).text!r}\n  expected {e!r}")
        for line in changed[: args.show]:
            print(f"  changed clean line: {line!r} -> {repair_text(line, collapse=False).text!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
