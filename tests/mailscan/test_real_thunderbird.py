"""The scan on a profile the real Thunderbird made: skipped where Thunderbird is not
installed, required in CI."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from breachguard.core.mailscan.discovery import MAILDIR, MBOX, discover_stores
from tests.mailscan.customer_mail import LOGIN, LOOKALIKE, PHISHED
from tests.mailscan.real_thunderbird import (
    MAILDIR_STORE,
    REQUIRE,
    ThunderbirdUnavailable,
    real_thunderbird_home,
)
from tests.mailscan.test_cli import mail_scan


@pytest.fixture(scope="module", params=["mbox", "maildir"])
def real_profile(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A home with one profile the real Thunderbird made, its folders kept as
    mbox files (Thunderbird's default) or as maildirs."""
    home = tmp_path_factory.mktemp(f"thunderbird-home-{request.param}")
    store = MAILDIR_STORE if request.param == "maildir" else None
    try:
        real_thunderbird_home(home, store=store)
    except ThunderbirdUnavailable as exc:
        if os.environ.get(REQUIRE) == "1":
            pytest.fail(f"{REQUIRE}=1, but {exc}", pytrace=False)
        pytest.skip(f"no usable Thunderbird here: {exc}")
    return home


def test_discovery_finds_the_folders_thunderbird_made(real_profile: Path) -> None:
    stores = discover_stores(real_profile, {}, "linux")
    kind = MAILDIR if "maildir" in real_profile.name else MBOX
    found = {(s.kind, s.path.parent.name, s.path.name) for s in stores}
    assert found == {
        (kind, "imap.gmail.com", "INBOX"),
        (kind, "pop.outlook.example", "Inbox"),
        (kind, "Local Folders", "Inbox"),
    }, found
    # Thunderbird made Trash and Unsent Messages in every account, empty: they are
    # not listed for the customer to say yes or no to.
    local = stores[0].path.parents[2] / "Mail" / "Local Folders"
    assert {"Trash", "Trash.msf", "Unsent Messages"} <= {p.name for p in local.iterdir()}


def test_mail_scan_names_the_login_email_from_the_real_profile(
    real_profile: Path, hermetic_home: Path
) -> None:
    env = {
        "BREACHGUARD_HOME": str(hermetic_home),
        "HOME": str(real_profile),
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(Path(__file__).resolve().parents[2]),
    }
    result = mail_scan("--thunderbird", "--provider", "demo-exchange", "--json", env=env)
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    assert report["likely_login_email"]["address"] == LOGIN
    assert report["likely_login_email"]["evidence"] == "dkim_pass"
    by_address = {entry["address"]: entry for entry in report["addresses"]}
    assert by_address[LOGIN]["official_count"] == 3
    assert by_address[PHISHED]["lookalike"] == [{"domain": LOOKALIKE, "count": 2}]
    assert sorted(store["place"] for store in report["stores"]) == [
        "Local Folders › Inbox",
        "imap.gmail.com › INBOX",
        "pop.outlook.example › Inbox",
    ]
