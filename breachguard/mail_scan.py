"""``breachguard mail-scan``: which of my addresses received the exchange's real mail?

For support staff and scripts. It reads the headers of local mail (an mbox file, a
maildir, a folder of ``.eml`` files, Thunderbird's profiles or Evolution's folders) or
of an IMAP account (over TLS; the password comes from standard input or a no-echo
prompt, is kept in memory only and never printed) and reports, per receiving address,
the exchange's mail found, how strong the evidence is, and the look-alike domains
that wrote to it. No subject or body is read or printed.

Exit codes: 0 the exchange's mail was found, 1 none was, 2 the scan could not be
done (one line on stderr says why).
"""

from __future__ import annotations

import argparse
import getpass
import ipaddress
import json
import os
import ssl
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from breachguard.core.mailscan.discovery import (
    MailStore,
    discover_stores,
    evolution_cached_stores,
    evolution_stores,
    thunderbird_roots,
    thunderbird_stores,
)
from breachguard.core.mailscan.imap import ImapAccount, imap_blocks
from breachguard.core.mailscan.mail_providers import imap_target as mail_service_target
from breachguard.core.mailscan.scan import store_blocks, tally_blocks
from breachguard.core.mailscan.sources import (
    MailScanError,
    eml_blocks,
    maildir_blocks,
    mbox_blocks,
)
from breachguard.core.mailscan.verdicts import (
    DKIM_PASS,
    DKIM_SIGNATURE_UNVERIFIED,
    DKIM_VERIFIED_HEADERS,
    AddressTally,
    MailTally,
    ScanReport,
)

if TYPE_CHECKING:
    from breachguard.core.mailscan.dkimcheck import DkimVerifier

EXIT_FOUND = 0
EXIT_NONE = 1
EXIT_ERROR = 2
DEMO_PROVIDER_ID = "demo-exchange"
MAX_PASSWORD_BYTES = 4096

EVIDENCE_WORDS = {
    DKIM_PASS: "the receiving mail server confirmed the exchange's DKIM signature",
    DKIM_VERIFIED_HEADERS: (
        "BreachGuard checked the exchange's DKIM signature on the headers (From, To, Date);"
        " the message body was not read"
    ),
    DKIM_SIGNATURE_UNVERIFIED: "the mail carries the exchange's DKIM signature (not verified)",
    None: "only the From address names the exchange, which anyone can write",
}


class ProviderDomains:
    def __init__(self, provider_id: str, sender_domains: tuple[str, ...]) -> None:
        self.id = provider_id
        self.sender_domains = sender_domains


def load_provider(provider: str | None) -> ProviderDomains:
    if not provider or provider == DEMO_PROVIDER_ID:
        # The Demo Exchange's profile needs a running server for its URLs; its sender
        # domains are fixed, so no server is started.
        from breachguard.demo.server import SENDER_DOMAINS

        return ProviderDomains(DEMO_PROVIDER_ID, SENDER_DOMAINS)
    from breachguard.core.paths import AppPaths
    from breachguard.core.profiles import (
        ProfileArgumentError,
        ProfileRegistry,
        profile_from_argument,
    )

    try:
        found = profile_from_argument(
            provider, ProfileRegistry(AppPaths.from_environment().profiles_dir)
        )
    except ProfileArgumentError as exc:
        raise MailScanError(str(exc)) from None
    if not found.sender_domains:
        raise MailScanError(f"provider {found.id} lists no sender domains to look for")
    return ProviderDomains(found.id, found.sender_domains)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="breachguard mail-scan",
        description="Find which address received the exchange's real mail (headers only).",
    )
    source = parser.add_mutually_exclusive_group(required=True)
    source.add_argument("--mbox", metavar="PATH", type=Path, help="an mbox file")
    source.add_argument("--maildir", metavar="PATH", type=Path, help="a maildir folder")
    source.add_argument("--eml-dir", metavar="PATH", type=Path, help="a folder of .eml files")
    source.add_argument(
        "--thunderbird",
        metavar="PROFILE_DIR",
        nargs="?",
        const="",
        help="a Thunderbird profile folder (default: every profile found on this computer)",
    )
    source.add_argument(
        "--evolution",
        action="store_true",
        help="Evolution's local folders and its cached copies of IMAP folders in the home folder",
    )
    source.add_argument(
        "--imap",
        metavar="ADDRESS|USER@HOST[:PORT]",
        type=imap_target,
        help="an IMAP account, over TLS only (port 993 unless given): the address alone for"
        " a mail service whose server BreachGuard knows (Gmail, GMX, iCloud...); the password"
        " is the first line of standard input, or asked for without echo on a terminal",
    )
    parser.add_argument(
        "--imap-cafile",
        metavar="PATH",
        type=Path,
        help="trust the IMAP server's certificate only if these CA certificates (PEM) vouch"
        " for it, for a server with a private CA (default: the system's trust store)",
    )
    parser.add_argument(
        "--provider", metavar="ID|FILE", help="provider id or profile file (default: demo-exchange)"
    )
    parser.add_argument("--json", action="store_true", help="print a JSON report")
    parser.add_argument(
        "--verify-dkim",
        action="store_true",
        help="check the exchange's DKIM signatures on the headers with keys from DNS"
        " (the body is not read, so its hash is not checked)",
    )
    parser.add_argument(
        "--dns-server",
        metavar="IP[:PORT]",
        type=dns_server,
        help="DNS server for --verify-dkim (default: the system's resolver)",
    )
    return parser


def imap_target(value: str) -> tuple[str, str, int]:
    """An address of a mail service BreachGuard knows the server of, or USER@HOST[:PORT]."""
    try:
        target = mail_service_target(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None
    return target.user, target.host, target.port


def imap_context(cafile: Path | None) -> ssl.SSLContext | None:
    """None (the system's trust store), or a context trusting only ``cafile``'s CAs."""
    if cafile is None:
        return None
    try:
        return ssl.create_default_context(cafile=str(cafile))
    except ssl.SSLError:
        raise MailScanError(f"{cafile}: holds no CA certificate in PEM form") from None
    except OSError as exc:
        raise MailScanError(f"{cafile}: cannot be read ({exc.strerror or 'error'})") from None


def read_password(stdin: TextIO, prompt: str) -> str:
    """A no-echo prompt on a terminal, else the first line of standard input (without
    its line ending; spaces are kept). The password is only returned, never shown."""
    if stdin.isatty():
        try:
            password = getpass.getpass(prompt)  # prompts on the terminal itself
        except EOFError:
            raise MailScanError("no IMAP password was entered") from None
        if not password:
            raise MailScanError("no IMAP password was entered")
        return password
    buffer = getattr(stdin, "buffer", None)
    raw = buffer.readline(MAX_PASSWORD_BYTES + 1) if buffer is not None else stdin.readline()
    if isinstance(raw, bytes):
        if len(raw) > MAX_PASSWORD_BYTES:
            raise MailScanError("the first line of standard input is too long for a password")
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise MailScanError("the password on standard input is not UTF-8 text") from None
    password = raw.removesuffix("\n").removesuffix("\r")
    if not password:
        raise MailScanError("no IMAP password on standard input (its first line is empty)")
    return password


def dns_server(value: str) -> tuple[str, int]:
    """``IP``, ``IP:PORT`` or ``[IPv6]:PORT``."""
    host, port = value, "53"
    if value.startswith("["):
        host, _, rest = value[1:].partition("]")
        if rest:
            if not rest.startswith(":"):
                raise argparse.ArgumentTypeError(f"not IP[:PORT]: {value}")
            port = rest[1:]
    elif value.count(":") == 1:
        host, port = value.split(":")
    try:
        address = ipaddress.ip_address(host)
        number = int(port)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not IP[:PORT]: {value}") from None
    if not 0 < number < 65536:
        raise argparse.ArgumentTypeError(f"not a port: {port}")
    return str(address), number


def thunderbird_store_list(profile: str, home: Path) -> list[MailStore]:
    if profile:
        path = Path(profile)
        if not path.is_dir():
            raise MailScanError(f"{path}: is not a Thunderbird profile folder")
        stores = thunderbird_stores(path)
        if not stores:
            raise MailScanError(f"{path}: has no Thunderbird mail folders (Mail/, ImapMail/)")
        return stores
    stores = [
        s for s in discover_stores(home, os.environ, sys.platform) if s.client == "thunderbird"
    ]
    if not stores:
        looked = ", ".join(str(root) for root in thunderbird_roots(home, os.environ, sys.platform))
        raise MailScanError(f"no Thunderbird mail folders found (looked in {looked})")
    return stores


def evolution_store_list(home: Path) -> list[MailStore]:
    stores = [*evolution_stores(home, os.environ), *evolution_cached_stores(home, os.environ)]
    if not stores:
        data = os.environ.get("XDG_DATA_HOME") or str(home / ".local" / "share")
        cache = os.environ.get("XDG_CACHE_HOME") or str(home / ".cache")
        raise MailScanError(
            f"no Evolution mail folders found (looked in {Path(data) / 'evolution' / 'mail'}"
            f" and {Path(cache) / 'evolution' / 'mail'})"
        )
    return stores


def scan(
    args: argparse.Namespace, tally: MailTally, stderr: TextIO, stdin: TextIO
) -> list[dict[str, str]]:
    """Fills ``tally``; returns the stores read, with any that could not be."""
    if args.imap is not None:
        user, host, port = args.imap
        context = imap_context(args.imap_cafile)  # a bad file is said before the prompt
        password = read_password(stdin, f"IMAP password for {user} at {host}: ")
        account = ImapAccount(host, user, password, port)
        tally_blocks(imap_blocks(account, tally.official, ssl_context=context), tally)
        return [{"kind": "imap", "path": f"{host}:{port}", "user": user}]
    if args.mbox is not None:
        tally_blocks(mbox_blocks(args.mbox), tally)
        return [{"kind": "mbox", "path": str(args.mbox)}]
    if args.maildir is not None:
        tally_blocks(maildir_blocks(args.maildir), tally)
        return [{"kind": "maildir", "path": str(args.maildir)}]
    if args.eml_dir is not None:
        tally_blocks(eml_blocks(args.eml_dir), tally)
        return [{"kind": "eml-dir", "path": str(args.eml_dir)}]
    read: list[dict[str, str]] = []
    stores = (
        evolution_store_list(Path.home())
        if args.evolution
        else thunderbird_store_list(args.thunderbird, Path.home())
    )
    for store in stores:
        entry = {"kind": store.kind, "path": str(store.path)}
        if store.place:
            entry["place"] = store.place  # account and folder, as the client shows them
        try:
            tally_blocks(store_blocks(store), tally)
        except MailScanError as exc:
            # One broken folder must not hide the others' results.
            print(f"mail-scan: skipped {exc}", file=stderr)
            entry["error"] = str(exc)
        read.append(entry)
    return read


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def address_json(tally: AddressTally) -> dict[str, Any]:
    return {
        "address": tally.address,
        "official_count": tally.official_count,
        "first": _time(tally.first),
        "latest": _time(tally.latest),
        "official_undated": tally.official_undated,
        "evidence": tally.evidence,
        "dkim_failed": tally.dkim_failed,
        "lookalike": [
            {"domain": domain, "count": count}
            for domain, count in sorted(tally.lookalike.items(), key=lambda i: (-i[1], i[0]))
        ],
    }


def why(tally: AddressTally) -> str:
    words = EVIDENCE_WORDS.get(tally.evidence, EVIDENCE_WORDS[None])
    return f"it received {tally.official_count} message(s) from the exchange; {words}"


def verification_json(verifier: DkimVerifier) -> dict[str, Any]:
    return {
        "body_checked": False,
        "key_lookups": verifier.lookups,
        "cannot_check": dict(sorted(verifier.unchecked.items())),
    }


def report_json(
    report: ScanReport,
    provider: ProviderDomains,
    stores: list[dict[str, str]],
    verifier: DkimVerifier | None = None,
) -> dict[str, Any]:
    login = report.likely_login
    extra = {"dkim_verification": verification_json(verifier)} if verifier is not None else {}
    return extra | {
        "provider": provider.id,
        "sender_domains": list(report.sender_domains),
        "likely_login_email": (
            {"address": login.address, "evidence": login.evidence, "why": why(login)}
            if login is not None
            else None
        ),
        "messages": {
            "read": report.messages_read,
            "skipped": report.messages_skipped,
            "skipped_reasons": report.skipped_reasons,
            "without_sender": report.without_sender,
        },
        "stores": stores,
        "addresses": [address_json(tally) for tally in report.addresses],
    }


def format_text(report: ScanReport, verifier: DkimVerifier | None = None) -> str:
    login = report.likely_login
    lines = []
    if login is not None:
        lines.append(f"Likely login email: {login.address} ({why(login)})")
    else:
        lines.append("No mail from the exchange was found.")
    for tally in report.addresses:
        name = tally.address or "(no receiving address in the headers)"
        if tally.official_count:
            dated = (
                f", {tally.first:%Y-%m-%d} to {tally.latest:%Y-%m-%d}"
                if tally.first and tally.latest
                else ""
            )
            lines.append(
                f"{name}: {tally.official_count} from the exchange{dated}; evidence: {tally.evidence}"
            )
            if tally.dkim_failed:
                lines.append(
                    f"  {tally.dkim_failed} claimed the exchange but failed the DKIM check: possibly forged"
                )
        else:
            lines.append(f"{name}: nothing from the exchange")
        for domain, count in sorted(tally.lookalike.items(), key=lambda i: (-i[1], i[0])):
            lines.append(f"  look-alike sender {domain}: {count} (phishing, do not trust)")
    if verifier is not None:
        for reason, count in sorted(verifier.unchecked.items()):
            lines.append(f"DKIM signature not checked for {count} message(s): {reason}")
    lines.append(
        f"Read the headers of {report.messages_read} message(s); skipped {report.messages_skipped}."
    )
    return "\n".join(lines)


def run(
    argv: list[str],
    *,
    stdin: TextIO | None = None,
    stdout: TextIO | None = None,
    stderr: TextIO | None = None,
) -> int:
    stdin = sys.stdin if stdin is None else stdin
    stdout = sys.stdout if stdout is None else stdout
    stderr = sys.stderr if stderr is None else stderr
    try:
        args = _parser().parse_args(argv)
    except SystemExit as exc:  # argparse already printed its usage line
        return EXIT_FOUND if exc.code == 0 else EXIT_ERROR
    if args.dns_server is not None and not args.verify_dkim:
        print("mail-scan: --dns-server is only used with --verify-dkim", file=stderr)
        return EXIT_ERROR
    if args.imap_cafile is not None and args.imap is None:
        print("mail-scan: --imap-cafile is only used with --imap", file=stderr)
        return EXIT_ERROR
    try:
        provider = load_provider(args.provider)
        verifier = None
        if args.verify_dkim:
            from breachguard.core.mailscan.dkimcheck import DkimVerifier

            verifier = DkimVerifier(provider.sender_domains, nameserver=args.dns_server)
        tally = MailTally(provider.sender_domains, verifier=verifier)
        stores = scan(args, tally, stderr, stdin)
    except MailScanError as exc:
        print(f"mail-scan: {' '.join(str(exc).split())}", file=stderr)
        return EXIT_ERROR
    report = tally.report()
    if args.json:
        json.dump(
            report_json(report, provider, stores, verifier), stdout, ensure_ascii=False, indent=2
        )
        stdout.write("\n")
    else:
        print(format_text(report, verifier), file=stdout)
    return EXIT_FOUND if report.official_found else EXIT_NONE
