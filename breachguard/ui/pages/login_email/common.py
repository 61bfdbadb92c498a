"""What step 2's views share: how an address is shown (masked in support mode).

Every module of the step defines ``_tr`` with the one context "EmailPage": the texts
kept their translations when the page was split into one module per tab."""

from __future__ import annotations

import re
from collections.abc import Callable

from breachguard.core import masking

# An address inside other text: a folder path, "ola@gmail.com (imap.gmail.com)".
_EMAIL_IN_TEXT = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")


class Shown:
    """Shows addresses and numbers as the screen may show them now."""

    def __init__(self, masked: Callable[[], bool]) -> None:
        self._masked = masked

    @property
    def masked(self) -> bool:
        return self._masked()

    def email(self, address: str) -> str:
        return masking.mask_email(address) if self.masked else address

    def text(self, text: str) -> str:
        """Text that may hold addresses (paths, server replies), each one masked."""
        if not self.masked:
            return text
        return _EMAIL_IN_TEXT.sub(lambda match: masking.mask_email(match.group(0)), text)
