"""What the window's first frame needs to know about the exchange, before its
profile is read.

Reading and checking a profile, and building the services around it, takes
longer than drawing the window. So the window is first drawn as an outline
(the steps, the heading, the exchange's name, "Checking for new notices…") from
these few facts, saved in the settings the last time the exchange was shown,
and its real pages replace the outline on the next turn of the event loop. The
outline is only ever shown for the exchange it was saved for; everything it
says is read again from the profile a moment later.
"""

from __future__ import annotations

from typing import Any, NamedTuple

SETTING = "window_outline"
MAX_NAME_CHARS = 200
MAX_NEVER_ASK = 20
MAX_MENU_BAR_HEIGHT = 400


class Outline(NamedTuple):  # not a dataclass: see AppPaths
    provider_id: str
    provider_name: str
    demo: bool = False
    community: bool = False
    # What the exchange's staff never ask for (the support banner says it).
    staff_never_ask: tuple[str, ...] = ()
    # The menu bar's height last time: the outline keeps its room without building it
    # (Qt's menu bar loads the icon and image plugins, and asks D-Bus for a global menu).
    menu_bar_height: int = 0

    def to_setting(self) -> dict[str, Any]:
        return {**self._asdict(), "staff_never_ask": list(self.staff_never_ask)}

    @classmethod
    def from_setting(cls, value: object) -> Outline | None:
        """The saved outline, or None when the value is not exactly one (a damaged
        or hand-edited file makes the window start the slower way, not wrongly)."""
        if not isinstance(value, dict) or set(value) != set(cls._fields):
            return None
        provider_id, name = value["provider_id"], value["provider_name"]
        demo, community = value["demo"], value["community"]
        if not (isinstance(provider_id, str) and provider_id.strip()):
            return None
        if not (isinstance(name, str) and name.strip() and len(name) <= MAX_NAME_CHARS):
            return None
        if not name.isprintable() or not isinstance(demo, bool) or not isinstance(community, bool):
            return None
        never_ask = value["staff_never_ask"]
        if not isinstance(never_ask, list) or len(never_ask) > MAX_NEVER_ASK:
            return None
        if not all(isinstance(key, str) and key.replace("_", "").isalnum() for key in never_ask):
            return None
        height = value["menu_bar_height"]
        if type(height) is not int or not 0 <= height <= MAX_MENU_BAR_HEIGHT:
            return None
        return cls(provider_id, name, demo, community, tuple(never_ask), height)


def saved_outline(value: object, provider_id: str) -> Outline | None:
    """The outline saved for ``provider_id``, if it is the one saved."""
    outline = Outline.from_setting(value)
    return outline if outline is not None and outline.provider_id == provider_id else None
