"""The one exception extractors raise for an input they cannot read."""

from __future__ import annotations


class ExtractError(Exception):
    """An input that cannot be extracted, with a message for the user.

    ``message`` is one line in Vietnamese naming the cause (the file name is
    added by the caller), e.g. ``tệp rỗng (0 byte)``.
    """

    def __init__(self, message: str, stage: str = "extract") -> None:
        super().__init__(message)
        self.message = message
        self.stage = stage
