"""Python's cyclic garbage collector, run on the GUI thread only.

The collector runs in whichever thread happens to allocate when a threshold is
crossed: a worker fetching a feed, the Demo Exchange's server threads. A QObject
caught in a reference cycle (a widget whose callback refers back to it, a task's
relay) is then destroyed on that thread, while the GUI thread may be delivering
an event to it: a crash that strikes at random. So automatic collection is off
while the app runs, and a timer on the GUI thread collects each generation
whose threshold has been crossed, as the automatic collector would have.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

INTERVAL_MS = 500


class GuiThreadCollector(QObject):
    """Create it on the GUI thread; it collects there until stop()."""

    def __init__(self, parent: QObject | None = None, *, interval_ms: int = INTERVAL_MS) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self.collect_due)
        self._timer.start()

    def collect_due(self) -> int:
        """Collect the oldest generation whose threshold is crossed (which takes
        the younger ones with it); returns the number of objects freed."""
        counts = gc.get_count()
        thresholds = gc.get_threshold()
        due = -1
        for generation in range(3):
            if thresholds[generation] and counts[generation] > thresholds[generation]:
                due = generation
            else:
                break  # an older generation is only due once the younger one is
        return gc.collect(due) if due >= 0 else 0

    def stop(self) -> None:
        self._timer.stop()
        if self._was_enabled:
            gc.enable()
