"""No code path turns certificate checks off, so a refused certificate can never be
retried "insecurely" by some fallback."""

from __future__ import annotations

import re
from pathlib import Path

import breachguard

INSECURE = re.compile(
    r"verify\s*=\s*False|CERT_NONE|check_hostname\s*=\s*False|_create_unverified_context"
    r"|disable_warnings|InsecureRequestWarning|\.verify\s*=\s*False"
)


def test_no_source_file_disables_certificate_checks() -> None:
    root = Path(breachguard.__file__).parent
    offenders = [
        f"{path.relative_to(root)}:{number}: {line.strip()}"
        for path in sorted(root.rglob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if INSECURE.search(line)
    ]
    assert offenders == []


def test_the_pattern_recognises_the_usual_spellings() -> None:
    for line in (
        "session.verify = False",
        "requests.get(url, verify=False)",
        "context.verify_mode = ssl.CERT_NONE",
        "ctx.check_hostname = False",
        "ssl._create_unverified_context()",
        "urllib3.disable_warnings()",
    ):
        assert INSECURE.search(line), line
