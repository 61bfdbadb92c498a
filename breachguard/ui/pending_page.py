"""A step page that is built when it is first needed.

The window opens on one step; building the others (and importing what they use:
phone numbers, QR decoding, the 2FA flow) before the first frame only delays it.
A PendingPage stands in the step list and the page stack with the real page's id,
number and title, and builds the real page when the window shows it or in idle
time after the first frame.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from PySide6.QtWidgets import QWidget

from breachguard.core.steps import StepId
from breachguard.qt.context import AppContext
from breachguard.ui.step_page import StepPage


class PendingPage(StepPage):
    def __init__(
        self,
        context: AppContext,
        step_id: StepId,
        *,
        numbered: bool,
        title: Callable[[], str],
        build: Callable[[], StepPage],
        module: str = "",
        parent: QWidget | None = None,
    ) -> None:
        self.STEP_ID = step_id  # before StepPage names the widget after it
        self.NUMBERED = numbered
        super().__init__(context, parent)
        self._title = title
        self._build = build
        self._module = module  # the page's module, importable ahead of building
        self.prepared = not module

    def title(self) -> str:
        return self._title()

    def prepare(self) -> None:
        """Imports the page's module, the first half of building it: built in idle
        time, step 3's page held the event loop for ~60 ms in one go."""
        if not self.prepared:
            importlib.import_module(self._module)
            self.prepared = True

    def build(self) -> StepPage:
        page = self._build()
        if page.STEP_ID != self.STEP_ID or page.title() != self.title():
            raise RuntimeError(f"the page built for {self.STEP_ID} is another step's")
        if self._module and not type(page).__module__.startswith(self._module):
            raise RuntimeError(f"{type(page).__name__} is not from {self._module}")
        return page
