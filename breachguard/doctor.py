"""``breachguard doctor``: the support report on the command line.

Prints the same allow-listed report as Help → "Copy support report…" (versions,
keyring health, screen-capture protection, clock offset, feed states), so a
support agent can ask for it even when the window does not open. No secrets;
identifiers masked. Always exits 0 once the report is printed: a failing probe
is part of the report, not an error; 2 for usage errors.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
from pathlib import Path
from typing import Any, TextIO

from breachguard.core.report import ReportRequest, build_report

EXIT_OK = 0
EXIT_USAGE = 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="breachguard doctor",
        description=(
            "Print a support report: versions, keyring health, clock offset and notice "
            "feed states. It contains no passwords, 2FA secrets or codes, and masks email "
            "addresses and phone numbers."
        ),
    )
    parser.add_argument(
        "--provider",
        metavar="ID|FILE",
        help="exchange to report on: a known profile id or a profile file "
        "(default: the one chosen in the app)",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    return parser


def qt_description() -> str:
    try:
        import PySide6
        from PySide6.QtCore import qVersion
    except ImportError:
        return "not installed"
    return f"Qt {qVersion()}, PySide6 {PySide6.__version__}"


def environment_locale(environ: Any = None) -> str:
    """The language the app would pick up from the environment."""
    env = os.environ if environ is None else environ
    for key in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(key, "").strip()
        if value:
            return f"{value} (from {key})"
    return "not set"


def main(
    argv: list[str],
    *,
    stdout: TextIO,
    stderr: TextIO,
    secrets: Any = None,
    http: Any = None,
) -> int:
    """``secrets`` and ``http`` default to the real keyring and network client."""
    try:
        with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
            args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse already printed usage or help
        return EXIT_OK if exc.code == 0 else EXIT_USAGE

    from breachguard import APP_NAME, __version__
    from breachguard.app import Application, ProviderChoiceError
    from breachguard.core.http import HttpClient
    from breachguard.core.paths import AppPaths
    from breachguard.core.provider import ProfileError
    from breachguard.core.secret_store import KeyringSecretStore
    from breachguard.core.settings import Settings

    paths = AppPaths.from_environment().ensure()
    settings = Settings(paths.settings_file)
    providers = Application(paths, settings)
    provider = None
    try:
        try:
            provider = _load_provider(providers, args.provider)
            provider_id = provider.id
        except (ProviderChoiceError, ProfileError) as exc:
            # The report is most wanted when something is broken: print it anyway.
            provider_id = f"not usable — {exc}"
        request = ReportRequest(
            data_dir=paths.data_dir,
            provider=provider,
            provider_id=provider.id if provider is not None else provider_id,
            secrets=secrets if secrets is not None else KeyringSecretStore(),
            http=http or HttpClient(user_agent=f"{APP_NAME}/{__version__}"),
            qt_version=qt_description(),
            locale=environment_locale(),
            step_id="none (command line)",
            support_mode=bool(settings.get("support_mode")),
        )
        report = build_report(request)
    finally:
        providers.stop_demo()
    stdout.write(report.to_json() + "\n" if args.json else report.to_text())
    return EXIT_OK


def _load_provider(providers: Any, requested: str | None) -> Any:
    """A profile file is read, not imported: the doctor changes nothing."""
    from breachguard.core.provider import load_profile_file

    known = requested is not None and providers.registry.is_known(requested)
    if requested and not known and (requested.endswith(".json") or Path(requested).is_file()):
        return load_profile_file(Path(requested))
    return providers.load_provider(providers.resolve(requested, demo=False))


def run(argv: list[str]) -> int:
    return main(argv, stdout=sys.stdout, stderr=sys.stderr)
