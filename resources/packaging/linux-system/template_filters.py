"""Jinja filters for the Linux system template: each output format's own escaping.

Cookiecutter puts the template folder on ``sys.path`` while it renders, which is how
``cookiecutter.json`` finds this module (``_extensions``).
"""

from __future__ import annotations

import re

from jinja2 import Environment
from jinja2.ext import Extension


def desktop_entry_value(text: object) -> str:
    """A string value of a freedesktop.org desktop entry (one line, its escapes)."""
    value = str(text)
    for raw, escaped in (("\\", "\\\\"), ("\n", "\\n"), ("\t", "\\t"), ("\r", "\\r")):
        value = value.replace(raw, escaped)
    return value


def roff_text(text: object) -> str:
    """Text for a man page: backslashes and hyphens escaped, no line read as a request."""
    lines = []
    for line in str(text).replace("\\", "\\e").replace("-", "\\-").splitlines():
        line = line.strip()
        if line:
            lines.append("\\&" + line if line[0] in ".'" else line)
    return "\n".join(lines)


def c_string(text: object) -> str:
    """A C string literal's contents."""
    value = str(text).replace("\\", "\\\\").replace('"', '\\"')
    return re.sub(r"[\x00-\x1f\x7f]", lambda m: f"\\{ord(m.group()):03o}", value)


class TemplateFilters(Extension):
    def __init__(self, environment: Environment) -> None:
        super().__init__(environment)
        environment.filters["desktop_entry_value"] = desktop_entry_value
        environment.filters["roff_text"] = roff_text
        environment.filters["c_string"] = c_string
