"""What a Demo Exchange service hands back to the HTTP layer."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True)
class Reply:
    status: int
    body: dict[str, Any] | None = None
    headers: dict[str, str] = field(default_factory=dict)


def error(status: int, code: str, **details: Any) -> Reply:
    """A JSON error: a stable machine code first, details after."""
    return Reply(status, {"error": code, **details})
