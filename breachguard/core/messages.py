"""User-facing messages from the Qt-free core.

Core code cannot call ``tr()``, so it returns English templates with named
``{fields}``: ``N_()`` marks a template for translation catalogs, and
MessageError carries template and fields separately so a widget can translate
the template first and fill in the fields after (translators never see values).
"""

from __future__ import annotations

from typing import Self


def N_(text: str) -> str:
    """Marks an English template for translation; returns it unchanged."""
    return text


class Message(str):
    """A filled-in core message that is still a plain ``str`` (English, for logs and
    settings) but keeps ``template`` and ``params`` so a widget can translate it."""

    template: str
    params: dict[str, object]
    code: str  # stable, language-independent; what tests assert ("" when unset)

    def __new__(cls, template: str, **params: object) -> Message:
        message = super().__new__(cls, template.format(**params))
        message.template = template
        message.params = params
        message.code = ""
        return message

    @classmethod
    def coded(cls, code: str, template: str, **params: object) -> Message:
        """A message with a stable ``code`` (``params`` may hold a field named code too)."""
        message = cls(template, **params)
        message.code = code
        return message


class MessageError(Exception):
    """An error whose ``str()`` is a sentence for people, built from ``template``
    and ``params``, and a stable ``code`` (what tests and logs name it by)."""

    code: str = ""

    def __init__(self, template: str, **params: object) -> None:
        self.template = template
        self.params = params
        super().__init__(template.format(**params))

    @classmethod
    def coded(cls, code: str, template: str, **params: object) -> Self:
        """The error with a stable ``code`` (``params`` may hold a field named code too)."""
        error = cls(template, **params)
        error.code = code
        return error


class Moment(float):
    """A point in time (Unix seconds) as a message field: shown in the user's
    language and time zone by the widget that translates the message, and as UTC
    in English text (logs)."""

    def __format__(self, spec: str) -> str:
        from datetime import datetime, timezone

        moment = datetime.fromtimestamp(float(self), tz=timezone.utc)
        return moment.strftime("%Y-%m-%d %H:%M UTC")
