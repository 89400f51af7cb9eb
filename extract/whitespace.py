"""Tables printed without ruling lines, found from column alignment (placeholder)."""

from __future__ import annotations

from extract.chars import Char, Line
from extract.grid import Grid


def find_tables(page: int, lines: list[Line], chars: list[Char]) -> tuple[list[Grid], list[Line]]:
    """Return whitespace-aligned tables on a page and the lines that are not in them."""
    return [], lines
