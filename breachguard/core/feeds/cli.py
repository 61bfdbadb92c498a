"""``breachguard notices``: the current notices for support staff and scripts.

Exit status 0 when every source was read and verified (or is unsigned by
design: a Statuspage, a plain JSON Feed); 1 with a one-line reason on stderr
otherwise; 2 for usage errors. ``--json`` prints the normalised fields.

``--feed URL --format jsonfeed`` with ``--public-key`` reads a signed BreachGuard
feed (the only source that can be verified); without it, a plain JSON Feed 1.1,
printed as "Unverified (TLS only)" with no actions.
"""

from __future__ import annotations

import argparse
import json
import tempfile
import time
from collections.abc import Callable, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

from breachguard.core.feeds.alerts import actions_for
from breachguard.core.feeds.model import FeedError, FeedState, Notice, ParsedFeed
from breachguard.core.feeds.scam import presentation, reminder_topics
from breachguard.core.feeds.source import FeedFetcher
from breachguard.core.feeds.statuspage import parse_statuspage
from breachguard.core.http import HttpClient
from breachguard.core.localfiles import FileTooLarge, read_bounded
from breachguard.core.provider import (
    FeedSource,
    ProfileError,
    ProviderProfile,
    SupportContact,
    TotpPolicy,
    check_url,
    load_profile_file,
)

MAX_LOCAL_FILE_BYTES = 2 * 1024 * 1024
_FORMATS = ("jsonfeed", "statuspage")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="breachguard notices",
        description=(
            "Print an exchange's current notices: a signed BreachGuard feed verified "
            "against its pinned key, or a status page or plain JSON Feed marked "
            "Unverified (TLS only)."
        ),
    )
    choice = parser.add_mutually_exclusive_group(required=True)
    choice.add_argument(
        "--provider", metavar="ID|FILE", help="a known provider id or a profile file"
    )
    choice.add_argument(
        "--feed", metavar="URL|FILE", help="one feed address, or a saved Statuspage JSON file"
    )
    parser.add_argument(
        "--format",
        choices=_FORMATS,
        default=None,
        help=(
            "format of --feed: jsonfeed (signed BreachGuard feed with --public-key, "
            "else a plain JSON Feed, unverified) or statuspage (default: jsonfeed "
            "with --public-key, else statuspage)"
        ),
    )
    parser.add_argument(
        "--public-key",
        metavar="KEY",
        action="append",
        default=[],
        help="minisign public key (base64) that must have signed a --feed in jsonfeed format",
    )
    parser.add_argument("--json", action="store_true", help="print JSON instead of text")
    return parser


def main(
    argv: Sequence[str],
    *,
    stdout: TextIO,
    stderr: TextIO,
    data_dir: Path,
    http: HttpClient | None = None,
    find_provider: Callable[[str], ProviderProfile | None] = lambda _id: None,
) -> int:
    """``find_provider`` resolves a provider id (the app passes its profile registry,
    and starts the Demo Exchange for ``demo-exchange``)."""
    parser = build_parser()
    try:
        args = parser.parse_args(list(argv))
    except SystemExit as exc:
        return int(exc.code or 0)
    http = http or HttpClient()
    try:
        if args.provider:
            profile = _resolve(args.provider, find_provider)
            states = [
                FeedFetcher(profile, source, http, data_dir / "feeds").fetch()
                for source in profile.feeds
            ]
        elif not args.feed.startswith(("https://", "http://")):
            states = [_local_statuspage(Path(args.feed), args.format)]
        else:
            states = [_adhoc_fetch(args.feed, args.format, args.public_key, http)]
    except (ProfileError, FeedError) as exc:
        stderr.write(f"breachguard notices: {exc}\n")
        return 1
    except OSError as exc:
        stderr.write(f"breachguard notices: cannot read {args.feed}: {exc.strerror or exc}\n")
        return 1
    except ValueError as exc:  # bad arguments, including a malformed --public-key
        stderr.write(f"breachguard notices: {exc}\n")
        return 2
    if args.json:
        json.dump([_state_json(s) for s in states], stdout, indent=2, ensure_ascii=False)
        stdout.write("\n")
    else:
        for state in states:
            _print_state(state, stdout)
    failed = [s for s in states if s.error is not None or (s.signed and not s.verified)]
    for state in failed:
        stderr.write(f"breachguard notices: {state.label}: {state.error or 'not verified'}\n")
    return 1 if failed else 0


def _resolve(value: str, find: Callable[[str], ProviderProfile | None]) -> ProviderProfile:
    """A known provider id wins over a file of that name in the current folder."""
    profile = find(value)
    if profile is not None:
        return profile
    path = Path(value)
    if value.endswith(".json") or path.is_file():
        return load_profile_file(path)
    raise ProfileError("", f"no provider with id {value!r} is known here")


def _adhoc_profile(source: FeedSource) -> ProviderProfile:
    return ProviderProfile(
        id="adhoc",
        name=source.label,
        web_domains=(),
        sender_domains=(),
        totp=TotpPolicy(issuers=("adhoc",)),
        feeds=(source,),
        support=SupportContact(),
        staff_never_ask=(),
    )


def _adhoc_fetch(url: str, fmt: str | None, keys: list[str], http: HttpClient) -> FeedState:
    # Typed by the person running the command, so a local test server may use http.
    check_url(url, "--feed", allow_loopback_http=True)
    fmt = fmt or ("jsonfeed" if keys else "statuspage")
    if fmt == "statuspage" and keys:
        raise ValueError("Statuspage feeds are not signed; drop --public-key")
    # With a key: the signed BreachGuard feed. Without: a plain JSON Feed, never verified.
    source_format = {"statuspage": "statuspage-v2", "jsonfeed": "jsonfeed"}[fmt]
    if keys:
        source_format = "breachguard-jsonfeed"
    source = FeedSource(
        url=url,
        format=source_format,
        public_keys=tuple(keys),
        label=url,
        signature_url=f"{url}.minisig" if keys else None,
    )
    source.parsed_keys()  # a malformed key is a usage error, reported before any request
    with tempfile.TemporaryDirectory(prefix="bg-notices-") as scratch:
        fetcher = FeedFetcher(
            _adhoc_profile(source), source, http, Path(scratch), expected_publisher=None
        )
        return fetcher.fetch()


def _local_statuspage(path: Path, fmt: str | None) -> FeedState:
    if fmt == "jsonfeed":
        raise ValueError(
            "a saved file can only be read as a Statuspage payload "
            "(JSON Feeds are read from their URL)"
        )
    try:
        data = read_bounded(path, limit=MAX_LOCAL_FILE_BYTES)
    except FileTooLarge:
        raise ValueError(f"{path.name} is larger than 2 MiB") from None
    feed: ParsedFeed = parse_statuspage(data)
    return FeedState(
        key="file", url=path.name, label=feed.title, format="statuspage-v2", signed=False, feed=feed
    )


def _time(value: datetime | None) -> str | None:
    return value.isoformat() if value else None


def _notice_json(notice: Notice, actions: tuple[str, ...]) -> dict[str, Any]:
    return {
        "id": notice.id,
        "title": notice.title,
        "body": notice.body,
        "severity": notice.severity,
        "status": notice.status,
        "published": _time(notice.published),
        "modified": _time(notice.modified),
        "next_update_at": _time(notice.next_update_at),
        "kind": notice.kind,
        "window_start": _time(notice.window_start),
        "window_end": _time(notice.window_end),
        "components": list(notice.components),
        "actions": list(actions),
        "supersedes": notice.supersedes,
        "correction_of": notice.correction_of,
        # The window's verdict: a safe link opens this very URL; another is text only.
        "link": (
            {"url": notice.link.url, "safe": notice.link.safe, "reason": notice.link.reason}
            if notice.link
            else None
        ),
        "translations": {
            lang: {"title": t.title, "body": t.body} for lang, t in notice.translations.items()
        },
        "updates": [
            {
                "at": _time(u.at),
                "status": u.status,
                "text": u.text,
                "affected": [{"component": name, "status": st} for name, st in u.affected],
            }
            for u in notice.updates
        ],
        "scam_flags": list(notice.scam_flags),
        "reassurances": list(notice.reassurances),
        "problems": list(notice.problems),
        "verified": notice.verified,
    }


def _state_json(state: FeedState) -> dict[str, Any]:
    feed = state.feed
    return {
        "source": state.url,
        "label": state.label,
        "format": state.format,
        "verified": state.verified,
        "signed_by_key": state.verified_by or None,
        "error": state.error,
        "error_code": state.error_code,
        "stale": state.stale,
        "sequence": feed.sequence if feed else None,
        "expires_at": _time(feed.expires_at) if feed else None,
        "page_indicator": feed.page_indicator if feed else None,
        "page_description": feed.page_description if feed else "",
        "components": [
            {"id": c.id, "name": c.name, "status": c.status, "group": c.group}
            for c in (feed.components if feed else ())
        ],
        "warnings": list(feed.warnings) if feed else [],
        # The same as the window: no actions from an unverified or expired feed.
        "notices": [_notice_json(n, actions_for(state, n, time.time())) for n in state.notices],
    }


def _print_state(state: FeedState, out: TextIO) -> None:
    trust = (
        f"verified, key {state.verified_by}"
        if state.verified
        else "NOT verified"
        if state.signed
        else "Unverified (TLS only)"
    )
    out.write(f"{state.label} [{trust}]\n")
    if state.stale:
        out.write("  out of date: the feed has expired\n")
    feed = state.feed
    for warning in feed.warnings if feed else ():
        out.write(f"  warning: {warning}\n")
    for component in feed.components if feed else ():
        if component.status != "operational":
            group = f"{component.group} / " if component.group else ""
            out.write(f"  component {group}{component.name}: {component.status}\n")
    for notice in state.notices:
        when = notice.when.isoformat() if notice.when else "time unknown"
        out.write(f"  {notice.severity.upper():8} {notice.status:13} {when}  {notice.title}\n")
        if notice.kind == "maintenance" and notice.window_start is not None:
            end = _time(notice.window_end) or "end not given"
            out.write(f"           planned {notice.window_start.isoformat()} to {end}\n")
        if notice.correction_of:
            out.write(f"           correction of {notice.correction_of}\n")
        shown = presentation(notice)
        if shown == "warning":
            out.write(f"           scam warning: asks for {', '.join(notice.scam_flags)}\n")
        elif shown == "reminder":
            topics = ", ".join(reminder_topics(notice))
            out.write(f"           reminder: staff never ask for {topics}\n")
    if not state.notices:
        out.write("  no notices\n")
