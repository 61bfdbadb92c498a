"""A real Dovecot IMAP server on 127.0.0.1, over TLS only, started privately.

Dovecot runs in the foreground (``dovecot -F``) from a configuration written into a
temp folder: its sockets, state, log and mail all live there, it listens only for
IMAPS on a free loopback port, and its certificate comes from a throwaway test CA
(``cafile``), so no client trusts it unless a test hands that CA over. Dovecot runs
as one unprivileged user throughout (its "non-root" mode); started by root it runs as
``nobody``, which then owns the temp folder. Mail is put into the user's maildir by
writing the message files directly, as a delivery agent would.

Stopping signals only the Dovecot master this module started; it takes its own
children down with it.
"""

from __future__ import annotations

import grp
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import count
from pathlib import Path

from breachguard.core.mailscan.imap import ImapAccount
from tests.mailscan.mailgen import message
from tests.support.waiting import wait_until
from tests.tls.pki import TestAuthority

HOST = "127.0.0.1"
USER = "alice"
# Spaces and quotes: the client must quote the password on the wire.
PASSWORD = 'c0rrect h0rse "battery"'
START_TIMEOUT_S = 20.0
_UNPRIVILEGED = "nobody"
_serial = count()


class DovecotUnavailable(RuntimeError):
    """Dovecot is not installed here."""


@dataclass
class Dovecot:
    root: Path
    port: int
    cafile: Path
    log: Path
    _owner: tuple[int, int] | None = field(default=None, repr=False)

    host = HOST
    user = USER
    password = PASSWORD

    def account(self, password: str = PASSWORD) -> ImapAccount:
        return ImapAccount(self.host, self.user, password, self.port)

    @property
    def target(self) -> str:
        """``USER@HOST:PORT``, as the command line takes it."""
        return f"{self.user}@{self.host}:{self.port}"

    def maildir(self, mailbox: str) -> Path:
        """The folder of ``mailbox`` (``INBOX``, ``Junk``, ``Archive/2025``) in the
        Maildir++ layout: sub-mailboxes are ``.Archive.2025`` beside ``cur``/``new``."""
        base = self.root / "mail" / "Maildir"
        return base if mailbox.upper() == "INBOX" else base / ("." + mailbox.replace("/", "."))

    def deliver(self, mailbox: str, messages: Iterable[bytes]) -> None:
        """Writes each message into ``mailbox``'s ``new`` folder (made when missing)."""
        folder = self.maildir(mailbox)
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(parents=True, exist_ok=True)
        for raw in messages:
            name = f"{int(time.time())}.M{next(_serial)}P{os.getpid()}.bg-test"
            (folder / "tmp" / name).write_bytes(raw)
            (folder / "tmp" / name).rename(folder / "new" / name)
        self._chown(self.root / "mail")

    def _chown(self, top: Path) -> None:
        if self._owner is None:
            return
        uid, gid = self._owner
        os.chown(top, uid, gid)
        for parent, dirs, files in os.walk(top):
            for name in dirs + files:
                os.chown(os.path.join(parent, name), uid, gid)


def dovecot_binary() -> str:
    """The path of ``dovecot``; raises :class:`DovecotUnavailable` when there is none."""
    found = shutil.which("dovecot", path=os.pathsep.join([os.environ.get("PATH", ""), "/usr/sbin"]))
    if found is None:
        raise DovecotUnavailable("dovecot is not installed (apt-get install dovecot-imapd)")
    return found


def _free_port() -> int:
    with socket.create_server((HOST, 0)) as probe:
        return int(probe.getsockname()[1])


def _accepts(port: int) -> bool:
    try:
        with socket.create_connection((HOST, port), timeout=1):
            return True
    except OSError:
        return False


def _config(root: Path, port: int, user: str, group: str, uid: int, gid: int) -> str:
    return f"""\
protocols = imap
listen = {HOST}
base_dir = {root}/run
state_dir = {root}/state
log_path = {root}/dovecot.log
info_log_path = {root}/dovecot.log
default_internal_user = {user}
default_internal_group = {group}
default_login_user = {user}
ssl = required
ssl_cert = <{root}/server.pem
ssl_key = <{root}/server.key
auth_mechanisms = plain login
# A refused login answers at once, and does not slow the next tests' logins.
auth_failure_delay = 0
passdb {{
  driver = passwd-file
  args = scheme=PLAIN {root}/passwd
}}
userdb {{
  driver = static
  args = uid={uid} gid={gid} home={root}/mail
}}
mail_location = maildir:~/Maildir
namespace inbox {{
  inbox = yes
  separator = /
  mailbox Trash {{
    special_use = \\Trash
  }}
  mailbox Junk {{
    special_use = \\Junk
  }}
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    port = 0
  }}
  inet_listener imaps {{
    address = {HOST}
    port = {port}
  }}
}}
service anvil {{
  chroot =
  unix_listener anvil-auth-penalty {{
    mode = 0
  }}
}}
"""


def _listening(process: subprocess.Popen[bytes], port: int) -> bool:
    """Waits until ``port`` accepts or ``process`` ends; whether it accepts."""
    wait_until(lambda: process.poll() is not None or _accepts(port), START_TIMEOUT_S)
    return process.poll() is None and _accepts(port)


def _log_tail(log: Path) -> str:
    try:
        return "\n".join(log.read_text(errors="replace").splitlines()[-15:])
    except OSError:
        return "(no log)"


@contextmanager
def private_dovecot() -> Iterator[Dovecot]:
    """A running Dovecot with an empty mailbox for ``USER``; stopped on exit."""
    binary = dovecot_binary()
    root = Path(tempfile.mkdtemp(prefix="bg-dovecot-"))
    owner: tuple[int, int] | None = None
    if os.geteuid() == 0:
        entry = pwd.getpwnam(_UNPRIVILEGED)
        owner = (entry.pw_uid, entry.pw_gid)
        user, uid, gid = entry.pw_name, entry.pw_uid, entry.pw_gid
    else:
        uid, gid = os.getuid(), os.getgid()
        user = pwd.getpwuid(uid).pw_name
    group = grp.getgrgid(gid).gr_name
    process: subprocess.Popen[bytes] | None = None
    stderr_file = open(root / "stderr.txt", "wb")  # closed below
    try:
        authority = TestAuthority(root)
        certificate = authority.issue("server", dns=("localhost",), ips=(HOST,))
        certificate.cert.rename(root / "server.pem")
        certificate.key.rename(root / "server.key")
        (root / "passwd").write_text(f"{USER}:{{PLAIN}}{PASSWORD}::::::\n")
        server = Dovecot(root, 0, authority.ca_file, root / "dovecot.log", owner)
        (root / "mail").mkdir()
        # A port found free may be taken again before Dovecot binds it: try a few.
        for _attempt in range(3):
            server.port = _free_port()
            (root / "dovecot.conf").write_text(_config(root, server.port, user, group, uid, gid))
            server._chown(root)
            process = subprocess.Popen(
                [binary, "-F", "-c", str(root / "dovecot.conf")],
                stdin=subprocess.DEVNULL,
                stdout=subprocess.DEVNULL,
                stderr=stderr_file,
                user=uid if owner else None,
                group=gid if owner else None,
                extra_groups=[] if owner else None,
            )
            if _listening(process, server.port) or process.poll() is None:
                break  # listening, or neither listening nor gone: reported below
            process.wait()
        if process is None or process.poll() is not None or not _accepts(server.port):
            stderr = (root / "stderr.txt").read_text(errors="replace").strip()
            raise RuntimeError(
                f"dovecot did not start on {HOST}:{server.port}:\n{stderr}\n{_log_tail(server.log)}"
            )
        yield server
    finally:
        if process is not None and process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait(timeout=10)
        stderr_file.close()
        shutil.rmtree(root, ignore_errors=True)


# -- the test user's mail ---------------------------------------------------------------------

LOGIN = "alice.trader@home.example"  # the exchange writes here (INBOX)
ARCHIVED = "alice.old@home.example"  # and wrote here once (a nested folder)
TRASHED = "alice.gone@home.example"  # only deleted mail (Trash)
# In Junk, both found by the server's FROM search (it decodes the display name).
JUNK_LOOKALIKES = {"dem0-exchange.example": 1, "demo-exchange.example.evil.example": 1}
MATCHING = 5  # messages whose From contains an official domain, outside Trash


def seed(server: Dovecot) -> None:
    """INBOX, Archive/2025, Junk and Trash as :data:`LOGIN` and the others describe."""
    server.deliver(
        "INBOX",
        [
            message(
                to=LOGIN,
                dkim_pass="mail.demo-exchange.example",
                date=f"Mon, 0{day} Dec 2025 09:00:00 +0000",
            )
            for day in (1, 3)
        ]
        + [message(to=LOGIN, sender="news@shop.example")],
    )
    server.deliver("Archive/2025", [message(to=ARCHIVED, date="Mon, 03 Mar 2025 09:00:00 +0000")])
    server.deliver(
        "Junk",
        [
            message(
                to=LOGIN,
                sender="=?utf-8?q?security=40demo-exchange.example?= <s@dem0-exchange.example>",
            ),
            message(to=LOGIN, sender="Demo Exchange <alert@demo-exchange.example.evil.example>"),
            # Names no official domain, so the server's search does not find it.
            message(to=LOGIN, sender="support@dem0-exchange.example"),
        ],
    )
    server.deliver("Trash", [message(to=TRASHED, dkim_pass="demo-exchange.example")])
