"""A real Dovecot for the IMAP tests: skipped where it is not installed, required in CI."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest

from tests.mailscan.dovecot import Dovecot, DovecotUnavailable, private_dovecot, seed

REQUIRE = "BREACHGUARD_REQUIRE_DOVECOT"


@pytest.fixture(scope="session")
def dovecot() -> Iterator[Dovecot]:
    """One Dovecot for the session with the mail :func:`seed` describes; the tests
    only read it (read-only selects, headers fetched with BODY.PEEK)."""
    try:
        with private_dovecot() as server:
            seed(server)
            yield server
    except DovecotUnavailable as exc:
        if os.environ.get(REQUIRE) == "1":
            pytest.fail(f"{REQUIRE}=1, but {exc}", pytrace=False)
        pytest.skip(f"no Dovecot here: {exc}")
