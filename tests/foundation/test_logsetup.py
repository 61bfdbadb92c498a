"""The log file never receives personal data or secrets, even by accident."""

from __future__ import annotations

import logging
from pathlib import Path

from breachguard.core.logsetup import configure_logging, redact


def test_redaction_patterns() -> None:
    text = (
        "user ola.nordmann@gmail.com phone +47 412 34 567 code 123456 "
        "otpauth://totp/X:y?secret=JBSWY3DPEHPK3PXP secret=abc KRUGS4ZANFZSA5DIMUQHG2LDOJSXIIDCMFZWKMZS"
    )
    clean = redact(text)
    for leaked in ("ola.nordmann", "412 34 567", "123456", "JBSWY3DPEHPK3PXP", "abc ", "KRUGS4ZA"):
        assert leaked not in clean
    assert "[email]" in clean and "[otpauth-uri]" in clean


def test_log_file_is_redacted_including_exceptions(tmp_path: Path) -> None:
    path = configure_logging(tmp_path / "logs")
    log = logging.getLogger("breachguard.test")
    log.info("lookup for %s gave %s", "+4741234567", "kari.hansen@outlook.com")
    try:
        raise ValueError("secret JBSWY3DPEHPK3PXPJBSWY3DP for erika@web.de")
    except ValueError:
        log.exception("failed")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = path.read_text()
    assert "failed" in content and "ValueError" in content
    for leaked in ("4741234567", "kari.hansen", "JBSWY3DPEHPK3PXP", "erika@web.de"):
        assert leaked not in content
    assert (path.stat().st_mode & 0o077) == 0 or path.parent.stat().st_mode & 0o077 == 0
