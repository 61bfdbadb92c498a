"""Mail scan benchmark: the header scan of an mbox against ``cat FILE > /dev/null``.

Run:  python -m tests.benchmarks.mailscan [--size-mib 512] [--runs 3]

An mbox of the given size is generated in a temp folder (messages from the
exchange, look-alikes and others, bodies from a few lines to a few hundred KiB
of attachment text). ``cat`` and the scan each run ``--runs`` times on the same
file, alternating: first from the disk (the file's own pages are dropped from the
page cache before each run, as when a mailbox is first read), then from the page
cache; medians are reported as MiB/s with their ratio. The scan runs as shipped
(GNU grep finds the From lines, see ``separator_hints``) and, as the baseline in
the same run, with the splitter searching every byte itself; both must agree. The
scan runs in a fresh process whose peak RSS is reported next to its RSS before the
scan started, and grep's next to it.

Then ``--dkim-messages`` messages signed for real (RSA-2048, four selectors) are
tallied twice in this process, alternating ``--runs`` times: offline, and with
BreachGuard's own DKIM check of the headers against a DNS server on 127.0.0.1
(four lookups, the rest from the cache).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from breachguard.core.mailscan.separator_hints import gnu_grep

ROOT = Path(__file__).resolve().parents[2]
MIB = 1024 * 1024

_SCAN = """
import json, resource, sys, time
from pathlib import Path
from breachguard.core.mailscan import sources
from breachguard.core.mailscan.scan import scan_mbox

if sys.argv[2] == "alone":  # the splitter searching every byte itself, as without grep
    sources.separator_hints = lambda fd: None
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
start = time.perf_counter()
report = scan_mbox(Path(sys.argv[1]), ("demo-exchange.example", "mail.demo-exchange.example"))
seconds = time.perf_counter() - start
print(json.dumps({
    "seconds": seconds,
    "rss_before_kib": before,
    "rss_peak_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
    "grep_peak_kib": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    "read": report.messages_read,
    "skipped": report.messages_skipped,
    "official": sum(t.official_count for t in report.addresses),
}))
"""

_SENDERS = (
    ("Demo Exchange <no-reply@mail.demo-exchange.example>", True),
    ("Demo Exchange Security <alert@demo-exchange-security.example>", False),
    ("Newsletter <news@shop.example>", False),
    ("A friend <friend@mail.example>", False),
)


def _message(rng: random.Random, number: int) -> bytes:
    sender, official = _SENDERS[number % len(_SENDERS)]
    received = "".join(
        f"Received: from relay{hop}.example (relay{hop}.example [192.0.2.{hop}])\n"
        f"\tby mx.home.example with ESMTPS id {rng.getrandbits(64):x};\n"
        f"\tTue, 2 Dec 2025 10:{hop:02d}:00 +0000\n"
        for hop in range(rng.randint(2, 6))
    )
    headers = (
        "Return-Path: <bounce@mail.demo-exchange.example>\n"
        "Delivered-To: alice@home.example\n"
        + (
            "Authentication-Results: mx.home.example; dkim=pass header.d=mail.demo-exchange.example\n"
            "DKIM-Signature: v=1; a=rsa-sha256; d=mail.demo-exchange.example; s=s1;\n"
            f" h=from:to:subject:date; bh={'A' * 44}; b={'B' * 340}\n"
            if official
            else ""
        )
        + received
        + f"From: {sender}\nTo: alice@home.example\n"
        f"Date: Tue, {1 + number % 28} Dec 2025 10:00:00 +0000\n"
        f"Subject: Message {number}\nMessage-ID: <{number}@example>\nMIME-Version: 1.0\n"
        "Content-Type: text/plain; charset=utf-8\n\n"
    )
    # Most mail is short; some carries attachments (base64 lines of 76 characters).
    lines = rng.choice((20, 60, 200, 2000, 6000))
    body = "QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVphYmNkZWZnaGlqa2xtbm9wcXJzdHV2d3h5ejAxMjM0\n" * lines
    return f"From MAILER-DAEMON Tue Dec  2 10:00:00 2025\n{headers}{body}\n".encode()


def generate(path: Path, size_mib: int) -> int:
    rng = random.Random(18)
    pool = [_message(rng, number) for number in range(64)]
    target = size_mib * MIB
    written = count = 0
    with path.open("wb") as out:
        while written < target:
            message = pool[count % len(pool)]
            out.write(message)
            written += len(message)
            count += 1
    return count


def evict(path: Path) -> None:
    """Drops this file's pages from the page cache (only its own: nothing else on
    the machine is touched), so the next read comes from the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    finally:
        os.close(fd)


def time_cat(path: Path) -> float:
    start = time.perf_counter()
    subprocess.run(["cat", str(path)], stdout=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def time_scan(path: Path, mode: str = "hinted") -> dict[str, Any]:
    """``mode``: "hinted" as shipped (GNU grep finds the From lines where there is
    one), "alone" with the splitter searching every byte itself."""
    result = subprocess.run(
        [sys.executable, "-c", _SCAN, str(path), mode],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    data: dict[str, Any] = json.loads(result.stdout)
    return data


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.benchmarks.mailscan")
    parser.add_argument("--size-mib", type=int, default=512, help="mbox size (default: 512)")
    parser.add_argument("--runs", type=int, default=3, help="runs of each (default: 3)")
    parser.add_argument(
        "--dkim-messages", type=int, default=2000, help="signed messages (default: 2000; 0: skip)"
    )
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="bg-mailscan-bench-") as scratch:
        path = Path(scratch) / "mbox"
        messages = generate(path, args.size_mib)
        size_mib = path.stat().st_size / MIB
        cold_cat: list[float] = []
        cold_scans: list[dict[str, Any]] = []
        cold_alone: list[dict[str, Any]] = []
        for _ in range(args.runs):  # from the disk, as a mailbox first read is
            evict(path)
            cold_cat.append(time_cat(path))
            evict(path)
            cold_scans.append(time_scan(path))
            evict(path)
            cold_alone.append(time_scan(path, "alone"))
        time_cat(path)  # warms the page cache, so both read from memory
        cat_times: list[float] = []
        scans: list[dict[str, Any]] = []
        alone: list[dict[str, Any]] = []
        for _ in range(args.runs):
            cat_times.append(time_cat(path))
            scans.append(time_scan(path))
            alone.append(time_scan(path, "alone"))
    cat_rate = size_mib / statistics.median(cat_times)
    scan_rate = size_mib / statistics.median(s["seconds"] for s in scans)
    cold_cat_rate = size_mib / statistics.median(cold_cat)
    cold_scan_rate = size_mib / statistics.median(s["seconds"] for s in cold_scans)
    alone_rate = size_mib / statistics.median(s["seconds"] for s in alone)
    cold_alone_rate = size_mib / statistics.median(s["seconds"] for s in cold_alone)
    last = scans[-1]
    print(f"mbox: {size_mib:.0f} MiB, {messages} messages ({last['official']} from the exchange)")
    grep = gnu_grep()
    print(f"From lines found by: {grep or 'no GNU grep here: both ways search in-process'}")
    print("from the disk (the file's pages dropped from the cache before each run):")
    print(f"  cat FILE > /dev/null: {cold_cat_rate:8.0f} MiB/s")
    print(f"  mail scan:            {cold_scan_rate:8.0f} MiB/s")
    print(f"  scan / cat:           {cold_scan_rate / cold_cat_rate:8.2f}")
    print(f"  searched in-process:  {cold_alone_rate:8.0f} MiB/s (without grep)")
    print("from the page cache:")
    print(f"  cat FILE > /dev/null: {cat_rate:8.0f} MiB/s")
    print(f"  mail scan:            {scan_rate:8.0f} MiB/s")
    print(f"  scan / cat:           {scan_rate / cat_rate:8.2f}")
    print(f"  searched in-process:  {alone_rate:8.0f} MiB/s (without grep)")
    print(
        f"scanner peak RSS:     {last['rss_peak_kib'] / 1024:8.1f} MiB "
        f"({last['rss_before_kib'] / 1024:.1f} MiB before the scan; "
        f"grep {last['grep_peak_kib'] / 1024:.1f} MiB)"
    )
    print(f"messages read/skipped: {last['read']}/{last['skipped']}")
    if (last["read"], last["skipped"], last["official"]) != (
        alone[-1]["read"],
        alone[-1]["skipped"],
        alone[-1]["official"],
    ):
        print("the scan with grep's hints and without them disagree")
        return 1
    if args.dkim_messages:
        offline, verified, lookups = time_dkim(args.dkim_messages, args.runs)
        count = args.dkim_messages
        print(f"{count} signed messages, offline:        {count / offline:8.0f} messages/s")
        print(
            f"{count} signed messages, --verify-dkim:  {count / verified:8.0f} messages/s "
            f"({lookups} DNS lookups)"
        )
        print(f"verified / offline time:             {verified / offline:8.2f}")
    return 0


def time_dkim(count: int, runs: int) -> tuple[float, float, int]:
    """Median seconds of an offline tally and a verifying one, and the lookups made."""
    from breachguard.core.mailscan.dkimcheck import DkimVerifier
    from breachguard.core.mailscan.verdicts import DKIM_VERIFIED_HEADERS, MailTally
    from tests.mailscan.dkimgen import SIGNER, header_block, make_keys, serve_dns, signed

    domains = ("demo-exchange.example", "mail.demo-exchange.example")
    keys = make_keys()
    blocks = [
        header_block(signed(keys, selector=f"s{n % 4}", to=f"user{n % 7}@home.example"))
        for n in range(count)
    ]
    offline: list[float] = []
    verified: list[float] = []
    lookups = 0
    with serve_dns() as server:
        for n in range(4):
            server.publish(f"s{n}", SIGNER, keys.rsa_record)
        for _ in range(runs):
            start = time.perf_counter()
            plain = MailTally(domains)
            for block in blocks:
                plain.add_block(block)
            offline.append(time.perf_counter() - start)
            verifier = DkimVerifier(domains, nameserver=("127.0.0.1", server.port))
            start = time.perf_counter()
            checked = MailTally(domains, verifier=verifier)
            for block in blocks:
                checked.add_block(block)
            verified.append(time.perf_counter() - start)
            lookups = verifier.lookups
            report = checked.report()
            assert all(t.evidence == DKIM_VERIFIED_HEADERS for t in report.addresses)
    return statistics.median(offline), statistics.median(verified), lookups


if __name__ == "__main__":
    sys.exit(main())
