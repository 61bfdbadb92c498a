"""One hypothesis budget for the fuzz folder.

The default keeps the whole folder well under a minute on a shared machine; set
``BREACHGUARD_FUZZ_EXAMPLES`` (e.g. 5000) for a deeper run. The profile is looked
up by name and applied per test, never loaded globally, so other folders keep
their own settings.
"""

from __future__ import annotations

import os
import time
from collections.abc import Callable
from datetime import timedelta
from typing import Any

from hypothesis import HealthCheck, settings

DEFAULT_EXAMPLES = 60
EXAMPLES = max(1, int(os.environ.get("BREACHGUARD_FUZZ_EXAMPLES", DEFAULT_EXAMPLES)))

# A per-example deadline catches an input that makes a parser crawl; it is generous
# because two CPUs are shared. Real hangs are caught by explicit budgets (see
# within_budget), since hypothesis cannot interrupt a running example.
settings.register_profile(
    "breachguard-fuzz",
    max_examples=EXAMPLES,
    deadline=timedelta(seconds=2),
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    print_blob=True,
)
FUZZ = settings.get_profile("breachguard-fuzz")
# Fewer examples for the heavier, structure-aware tests (whole documents).
FUZZ_DOCS = settings(FUZZ, max_examples=max(1, EXAMPLES // 2))


def within_budget(budget_s: float, call: Callable[[], Any]) -> float:
    """Run ``call`` (expected errors already handled by it) and fail when it took longer
    than ``budget_s``; returns the elapsed seconds."""
    started = time.perf_counter()
    call()
    elapsed = time.perf_counter() - started
    assert elapsed < budget_s, f"took {elapsed:.2f} s, budget {budget_s} s"
    return elapsed
