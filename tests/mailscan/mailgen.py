"""Generated mail for the scanner's tests: header blocks, mboxes, maildirs."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

OFFICIAL = ("demo-exchange.example", "mail.demo-exchange.example")
DATE = "Tue, 02 Dec 2025 10:00:00 +0000"


def message(
    *,
    sender: str = "Demo Exchange <no-reply@mail.demo-exchange.example>",
    to: str | None = "alice@home.example",
    date: str | None = DATE,
    dkim_pass: str | None = None,
    dkim_result: str | None = None,
    signed_by: str | None = None,
    extra: Iterable[str] = (),
    body: str = "Hello,\nyour weekly statement is ready.\n",
    newline: str = "\n",
) -> bytes:
    """One message: ``dkim_pass`` adds the receiver's ``dkim=pass`` for that domain,
    ``dkim_result`` another result, ``signed_by`` a DKIM-Signature with that d=."""
    lines = []
    if dkim_pass is not None or dkim_result is not None:
        result = "pass" if dkim_pass is not None else dkim_result
        domain = dkim_pass or signed_by or "demo-exchange.example"
        lines.append(
            f"Authentication-Results: mx.home.example; dkim={result} (2048-bit key)"
            f" header.d={domain} header.i=@{domain} header.s=s1; spf=pass"
        )
    if signed_by is not None:
        lines += [
            f"DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d={signed_by};",
            " s=s1; h=from:to:subject:date; bh=abc=; b=def=",
        ]
    if to is not None:
        lines.append(f"Delivered-To: {to}")
    lines.append(f"From: {sender}")
    if to is not None:
        lines.append(f"To: {to}")
    if date is not None:
        lines.append(f"Date: {date}")
    lines.append("Subject: Your statement")
    lines += list(extra)
    text = "\n".join(lines) + "\n\n" + body
    return text.replace("\n", newline).encode("utf-8")


def mbox(messages: Iterable[bytes]) -> bytes:
    out = b""
    for raw in messages:
        newline = b"\r\n" if b"\r\n" in raw else b"\n"
        out += b"From MAILER-DAEMON Tue Dec  2 10:00:00 2025" + newline + raw
        if not out.endswith(newline):
            out += newline
        out += newline
    return out


def write_maildir(root: Path, messages: Iterable[bytes], *, folder: str = "new") -> Path:
    for sub in ("cur", "new", "tmp"):
        (root / sub).mkdir(parents=True, exist_ok=True)
    for number, raw in enumerate(messages):
        (root / folder / f"17000000{number:02d}.M1P1.host:2,S").write_bytes(raw)
    return root
