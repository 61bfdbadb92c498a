"""The user's own email addresses, kept only on this computer.

The list never leaves the machine: the exchange lookup sends a phone number,
and matching the exchange's answer against this list happens locally. The
confirmed login email is remembered per provider (it becomes the account name
of the new authenticator entry). Written atomically and privately (0600).

Changes take effect in memory at once; each one hands an immutable
:class:`AddressBookData` to ``persist``, which writes it (by default at once; the
app passes one that writes on a background thread, one write after another).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from breachguard.core.atomic import atomic_write_json, read_json_file, set_aside
from breachguard.core.emails import EmailError, check_address, dedup_key
from breachguard.core.messages import N_, Message
from breachguard.core.strictjson import JsonError

log = logging.getLogger(__name__)

FILE_NAME = "addresses.json"
FORMAT_VERSION = 1
MAX_ADDRESSES = 50
MAX_FILE_BYTES = 64 * 1024


class AddressBookError(ValueError):
    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code


@dataclass(frozen=True)
class AddressBookData:
    """What the file holds, frozen: safe to hand to a worker thread."""

    path: Path
    addresses: tuple[str, ...]
    login_email: tuple[tuple[str, str], ...]  # (provider id, address)


def write_data(data: AddressBookData) -> None:
    atomic_write_json(
        data.path,
        {
            "version": FORMAT_VERSION,
            "addresses": list(data.addresses),
            "login_email": dict(data.login_email),
        },
    )


class AddressBook:
    def __init__(
        self,
        path: Path,
        *,
        persist: Callable[[AddressBookData], None] = write_data,
        data: AddressBookData | None = None,
    ) -> None:
        """``data``: what was last handed to ``persist`` for this path, instead of the
        file (which a write still on its way may not have reached yet)."""
        self._path = path
        self._persist = persist
        self._addresses: list[str] = []
        self._login: dict[str, str] = {}
        self.load_problem: Message | None = None
        if data is None:
            self._load()
        else:
            self._addresses = list(data.addresses)
            self._login = dict(data.login_email)

    @classmethod
    def in_data_dir(
        cls,
        data_dir: Path,
        *,
        persist: Callable[[AddressBookData], None] = write_data,
        latest: dict[Path, AddressBookData] | None = None,
    ) -> AddressBook:
        path = data_dir / FILE_NAME
        return cls(path, persist=persist, data=(latest or {}).get(path))

    @property
    def path(self) -> Path:
        return self._path

    @property
    def addresses(self) -> tuple[str, ...]:
        return tuple(self._addresses)

    def add(self, text: str) -> str:
        """Adds an address (syntax-checked); returns it as stored. Raises EmailError
        for bad syntax, AddressBookError for a duplicate or a full list."""
        address = check_address(text)
        if self.find(address) is not None:
            raise AddressBookError("duplicate", N_("That address is already in your list."))
        if len(self._addresses) >= MAX_ADDRESSES:
            raise AddressBookError("full", N_("The list is full; remove an address first."))
        self._addresses.append(address)
        self._save()
        return address

    def remove(self, address: str) -> None:
        stored = self.find(address)
        if stored is None:
            return
        self._addresses.remove(stored)
        for provider_id, login in list(self._login.items()):
            if dedup_key(login) == dedup_key(stored):
                del self._login[provider_id]
        self._save()

    def find(self, address: str) -> str | None:
        """The stored spelling of an address, compared without regard to case."""
        key = dedup_key(address)
        return next((a for a in self._addresses if dedup_key(a) == key), None)

    def login_email(self, provider_id: str) -> str | None:
        return self._login.get(provider_id)

    def set_login_email(self, provider_id: str, address: str) -> str:
        """Marks an address as the account's login email, adding it to the list if the
        exchange named one the user had not listed."""
        stored = self.find(address)
        if stored is None:
            stored = self.add(address)
        self._login[provider_id] = stored
        self._save()
        return stored

    def clear_login_email(self, provider_id: str) -> None:
        if self._login.pop(provider_id, None) is not None:
            self._save()

    # -- storage ---------------------------------------------------------------------

    def snapshot(self) -> AddressBookData:
        return AddressBookData(
            self._path, tuple(self._addresses), tuple(sorted(self._login.items()))
        )

    def _save(self) -> None:
        self._persist(self.snapshot())

    def _load(self) -> None:
        try:
            value = read_json_file(self._path, max_bytes=MAX_FILE_BYTES)
            if value is None:
                return
            self._addresses, self._login = _parse(value)
        except OSError as exc:
            self.load_problem = Message(
                N_("Your saved addresses could not be read ({reason})."),
                reason=exc.strerror or type(exc).__name__,
            )
        except (JsonError, EmailError) as exc:
            backup = set_aside(self._path)
            self.load_problem = Message(
                N_("Your saved addresses were damaged and were set aside as {name}."),
                name=backup.name,
            )
            log.warning("address list unreadable, set aside: %s", type(exc).__name__)


def _parse(value: Any) -> tuple[list[str], dict[str, str]]:
    if not isinstance(value, dict) or value.get("version") != FORMAT_VERSION:
        raise JsonError("is not a BreachGuard address list")
    raw_addresses = value.get("addresses")
    raw_login = value.get("login_email", {})
    if not isinstance(raw_addresses, list) or not isinstance(raw_login, dict):
        raise JsonError("has the wrong shape")
    addresses: list[str] = []
    for item in raw_addresses[:MAX_ADDRESSES]:
        if not isinstance(item, str):
            raise JsonError("holds something that is not an address")
        address = check_address(item)
        if all(dedup_key(a) != dedup_key(address) for a in addresses):
            addresses.append(address)
    login: dict[str, str] = {}
    for provider_id, address in raw_login.items():
        if isinstance(address, str) and any(dedup_key(a) == dedup_key(address) for a in addresses):
            login[str(provider_id)] = address
    return addresses, login
