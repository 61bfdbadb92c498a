"""``breachguard inspect-2fa``: is this setup link or QR code really from my exchange?

A headless check for support staff. It reads an ``otpauth://`` link (or a QR image
holding one), compares it with the provider's profile and reports everything a
person needs to judge it: exchange name, masked account, parameters, key strength
and every warning. The secret itself is never printed, not even in part.

The link holds the secret, so it is best not given as an argument: other users
of the computer can read a process's arguments (``ps``, ``/proc/<pid>/cmdline``)
and the shell keeps them in its history. ``inspect-2fa -`` reads it from standard
input instead, with a prompt that does not echo when that is a terminal; a link
given as an argument still works, with a warning.

Exit codes: 0 valid and matching the provider, 1 valid with warnings, 2 invalid.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from breachguard.core.masking import mask_any
from breachguard.core.otpauth import (
    ISSUER_CONFLICT,
    NO_ISSUER,
    OtpSetup,
    OtpUriError,
    check_issuer,
    check_policy,
    is_otpauth_uri,
    issuer_skeleton,
    parse_uri,
)
from breachguard.core.provider import TotpPolicy

STDIN = "-"
MAX_LINK_BYTES = 16 * 1024  # far more than any setup link; stdin is read no further
ARGUMENT_WARNING = (
    "inspect-2fa: warning: a setup link given as an argument is visible to other users "
    "of this computer (process list) and stays in your shell history; next time run "
    "'breachguard inspect-2fa -' and paste it"
)
ARGUMENT_NOTE = (
    "also: a link given as an argument is visible to other users and stays in your shell "
    "history; use 'breachguard inspect-2fa -'"
)
PROMPT = "Paste the setup link (it is not shown) and press Enter: "

EXIT_OK = 0
EXIT_WARNINGS = 1
EXIT_INVALID = 2
DEMO_PROVIDER_ID = "demo-exchange"
IMAGE_SUFFIXES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp")
# Already reported through the issuer check.
_ISSUER_WARNINGS = (ISSUER_CONFLICT, NO_ISSUER)


class InspectError(Exception):
    """The input could not be checked; ``str()`` is the one-line reason for stderr."""


@dataclass(frozen=True)
class OtherExchange:
    """Another exchange the app knows, by the issuer names in its setup codes."""

    provider_id: str
    name: str
    issuers: tuple[str, ...]


@dataclass(frozen=True)
class Expectation:
    """What the provider's genuine setup codes look like."""

    provider_id: str
    name: str
    policy: TotpPolicy
    # The other known exchanges: a code carrying one of their names is theirs.
    others: tuple[OtherExchange, ...] = ()


def demo_expectation() -> Expectation:
    # The demo server's profile needs a running server for its URLs; its TOTP
    # policy is fixed, so it is built from the same constants without one.
    from breachguard.demo.enrollment import DIGITS, ISSUER, PERIOD

    return Expectation(
        DEMO_PROVIDER_ID,
        ISSUER,
        TotpPolicy(issuers=(ISSUER,), algorithms=("SHA1",), digits=(DIGITS,), periods=(PERIOD,)),
    )


def load_expectation(provider: str | None) -> Expectation:
    if not provider or provider == DEMO_PROVIDER_ID:
        return demo_expectation()
    from breachguard.core.paths import AppPaths
    from breachguard.core.profiles import (
        ProfileArgumentError,
        ProfileRegistry,
        profile_from_argument,
    )

    registry = ProfileRegistry(AppPaths.from_environment().profiles_dir)
    try:
        profile = profile_from_argument(provider, registry)
    except ProfileArgumentError as exc:
        raise InspectError(str(exc)) from None
    demo = demo_expectation()
    others = [OtherExchange(demo.provider_id, demo.name, demo.policy.issuers)]
    for item in registry.installed():
        known = item.profile
        if known.id != profile.id and known.totp.issuers:
            others.append(OtherExchange(known.id, known.name, known.totp.issuers))
    return Expectation(profile.id, profile.name, profile.totp, tuple(others))


def issuer_owners(issuer: str, others: tuple[OtherExchange, ...]) -> list[OtherExchange]:
    """The other exchanges whose setup codes carry this name (as it looks: "Kraken"
    and "KRAKEN" are one name)."""
    skeleton = issuer_skeleton(issuer)
    if not skeleton:
        return []
    return [other for other in others if any(issuer_skeleton(n) == skeleton for n in other.issuers)]


def read_link_from_stdin(stdin: TextIO) -> str:
    """The link from standard input: a no-echo prompt on a terminal, else the
    first line of what is piped in (read no further than ``MAX_LINK_BYTES``)."""
    if stdin.isatty():
        try:
            return getpass.getpass(PROMPT).strip()  # prompts on the terminal itself
        except EOFError:
            raise InspectError("no setup link was entered") from None
    buffer = getattr(stdin, "buffer", None)
    raw = buffer.read(MAX_LINK_BYTES + 1) if buffer is not None else stdin.read(MAX_LINK_BYTES + 1)
    if len(raw) > MAX_LINK_BYTES:
        raise InspectError(f"standard input holds more than {MAX_LINK_BYTES // 1024} KiB")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise InspectError("standard input is not UTF-8 text") from None
    lines = [line.strip() for line in raw.splitlines() if line.strip()]
    if not lines:
        raise InspectError("no setup link on standard input")
    return lines[0]


def read_setup_text(source: str) -> str:
    """The link itself, or the text of the QR code in an image file."""
    if is_otpauth_uri(source):
        return source
    path = Path(source)
    if not os.path.lexists(path):
        if path.suffix.lower() in IMAGE_SUFFIXES:
            raise InspectError(f"cannot open image {path.name}: no such file")
        return source
    return _decode_qr_file(source)


def _decode_qr_file(path: str) -> str:
    # Image decoding needs Qt; the link branch stays Qt-free.
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtGui import QGuiApplication

    from breachguard.qt.qr import QrError, decode_file

    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["breachguard-inspect-2fa", "-platform", "offscreen"])
    # Image plugins log their own complaints; the caller gets our one-line reason.
    previous = qInstallMessageHandler(lambda *_args: None)
    try:
        return decode_file(path).text
    except QrError as exc:
        raise InspectError(str(exc)) from None
    finally:
        qInstallMessageHandler(previous)


def policy_warnings(setup: OtpSetup, policy: TotpPolicy, name: str) -> list[dict[str, str]]:
    """Parameters the provider never uses: codes would be rejected, or the code is fake."""
    found = check_policy(
        setup,
        name,
        algorithms=policy.algorithms,
        digits=policy.digits,
        periods=policy.periods,
    )
    return [{"code": warning.code, "message": warning.message} for warning in found]


def inspect(text: str, expectation: Expectation) -> dict[str, Any]:
    """The report for one setup link; raises OtpUriError when it is not usable."""
    setup = parse_uri(text)
    issuer_check = check_issuer(setup, expectation.policy.issuers)
    warnings: list[dict[str, str]] = []
    owners = [] if issuer_check.ok else issuer_owners(setup.issuer, expectation.others)
    if owners:
        names = " or ".join(owner.name for owner in owners)
        warnings.append(
            {
                "code": "issuer_other_exchange",
                "message": (
                    f"This setup code is for {names}, not for {expectation.name}: "
                    f"“{setup.issuer}” is the name {names} puts in its setup codes. A code for "
                    f"another exchange brought to {expectation.name} is a warning sign of phishing."
                ),
            }
        )
    elif not issuer_check.ok:
        warnings.append({"code": f"issuer_{issuer_check.status}", "message": issuer_check.message})
    warnings += [
        {"code": w.code, "message": w.message}
        for w in setup.warnings
        if w.code not in _ISSUER_WARNINGS
    ]
    warnings += policy_warnings(setup, expectation.policy, expectation.name)
    return {
        "valid": True,
        "provider": expectation.provider_id,
        "matches_provider": issuer_check.ok,
        "issuer": setup.issuer,
        "issuer_check": issuer_check.status,
        "issuer_of": [owner.provider_id for owner in owners],
        "account": mask_any(setup.account),
        "type": setup.kind,
        "algorithm": setup.algorithm,
        "digits": setup.digits,
        "period": setup.period,
        "secret_bits": setup.secret_bits,
        "warnings": warnings,
    }


def format_text(report: dict[str, Any]) -> str:
    lines = [
        f"Exchange:   {report['issuer'] or '(not stated)'}",
        f"Account:    {report['account'] or '(not stated)'}",
        f"Provider:   {report['provider']} ({report['issuer_check']})",
        f"Algorithm:  {report['algorithm']}",
        f"Digits:     {report['digits']}",
        f"Period:     {report['period']} s",
        f"Key:        {report['secret_bits']} bits",
    ]
    if report["warnings"]:
        lines.append("Warnings:")
        lines += [f"  - {warning['message']}" for warning in report["warnings"]]
    else:
        lines.append("No warnings: this looks like a genuine setup code for this provider.")
    return "\n".join(lines)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="breachguard inspect-2fa",
        description="Check a 2FA setup link or QR image without revealing its secret.",
    )
    parser.add_argument(
        "source",
        help="'-' to read the otpauth:// link from standard input (recommended), "
        "a QR image file, or the link itself (visible to other users)",
    )
    parser.add_argument(
        "--provider", help="provider id or profile file (default: demo-exchange)", default=None
    )
    parser.add_argument("--json", action="store_true", help="print a JSON report")
    return parser


def run(argv: list[str], *, stdin: TextIO | None = None, stderr: TextIO | None = None) -> int:
    stdin = sys.stdin if stdin is None else stdin
    stderr = sys.stderr if stderr is None else stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse already printed its usage line
        return EXIT_OK if exc.code == 0 else EXIT_INVALID
    exposed = args.source != STDIN and args.source.strip()[:7].lower() == "otpauth"
    try:
        expectation = load_expectation(args.provider)
        if args.source == STDIN:
            text = read_link_from_stdin(stdin)
        else:
            text = read_setup_text(args.source)
        report = inspect(text, expectation)
    except (InspectError, OtpUriError) as exc:
        reason = " ".join(str(exc).split())
        # One line, so scripts get the reason where they look for it; the warning rides along.
        warning = f" ({ARGUMENT_NOTE})" if exposed else ""
        print(f"inspect-2fa: {reason}{warning}", file=stderr)
        return EXIT_INVALID
    if exposed:
        print(ARGUMENT_WARNING, file=stderr)
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        print(format_text(report))
    return EXIT_WARNINGS if report["warnings"] else EXIT_OK
