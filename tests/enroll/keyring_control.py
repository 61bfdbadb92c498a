"""Locks and unlocks the private test gnome-keyring the way a user's desktop would:
``lock`` as the screen locker does, ``unlock`` with the keyring's password through
gnome-keyring's own interface (the prompt a desktop shows cannot appear here)."""

from __future__ import annotations

from typing import Any

from tests.system_services import KEYRING_PASSWORD

_INTERNAL = "org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface"


def _default_collection() -> tuple[Any, Any]:
    import secretstorage

    connection = secretstorage.dbus_init()
    return connection, secretstorage.get_default_collection(connection)


def lock() -> None:
    connection, collection = _default_collection()
    try:
        collection.lock()
        assert collection.is_locked()
    finally:
        connection.close()


def unlock(password: str = KEYRING_PASSWORD) -> None:
    from jeepney import DBusAddress, new_method_call
    from secretstorage.util import format_secret, open_session

    connection, collection = _default_collection()
    try:
        session = open_session(connection)
        internal = DBusAddress(
            "/org/freedesktop/secrets", bus_name="org.freedesktop.secrets", interface=_INTERNAL
        )
        secret = format_secret(session, password.encode(), "text/plain")
        message = new_method_call(
            internal, "UnlockWithMasterPassword", "o(oayays)", (collection.collection_path, secret)
        )
        connection.send_and_get_reply(message)
        assert not collection.is_locked()
    finally:
        connection.close()


def is_locked() -> bool:
    connection, collection = _default_collection()
    try:
        return bool(collection.is_locked())
    finally:
        connection.close()
