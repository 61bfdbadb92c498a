"""How a banner looks: its colours by kind. Apart from ui.banner, which uses Qt's
namespace, so that the window's outline (see core.outline) draws its banners the
same without it."""

from __future__ import annotations

BANNER_STYLES = {
    # Colours back up the text, never replace it.
    "info": "background:#e8f0fe; color:#0b2a5b; border:1px solid #8ab4f8;",
    "warning": "background:#fff4ce; color:#4a3500; border:1px solid #e0b400;",
    "danger": "background:#fde7e9; color:#5c0011; border:1px solid #d13438;",
}
HIGH_CONTRAST_STYLE = "border:2px solid palette(window-text); border-radius:4px;"


def banner_style_sheet(object_name: str, kind: str, *, high_contrast: bool = False) -> str:
    style = HIGH_CONTRAST_STYLE if high_contrast else f"{BANNER_STYLES[kind]} border-radius:4px;"
    # Object names contain dots, which "#id" selectors cannot express.
    return f'QFrame[objectName="{object_name}"] {{ {style} }}'
