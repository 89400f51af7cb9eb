"""Legacy 8-bit Vietnamese font decoding (TCVN3/ABC, VNI, VISCII, VPS) and mojibake.

Placeholder interface: issue 3 fills it in.  ``repair`` must never change
clean Unicode text.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class LegacyResult:
    text: str
    fixes: list[str] = field(default_factory=list)


def repair(text: str, font: str | None = None) -> LegacyResult:
    """Return ``text`` decoded from a legacy encoding when that is proven."""
    return LegacyResult(text, [])
