"""Feed text made safe to show: plain text only, filtered links, scam warnings
(the reading itself is in ``scam``).

Nothing from a feed is ever rendered as rich text or allowed to load a remote
resource. ``content_html`` is converted to text (scripts, styles and frames are
dropped with their content); links open only when they point at one of the
exchange's official domains over https.

A link is judged on the same parse that opens it: :func:`check_link` takes the
URL apart once, IDNA-encodes the host (which must then hold only letters, digits,
dots and hyphens) and, for a safe link, returns it rebuilt from those parts with
everything outside plain ASCII percent-encoded. The window and ``breachguard
notices`` both use that rebuilt URL, so a browser, Qt and this check cannot read
different hosts out of it (``https://evil.example\\.exchange.example/`` is
``evil.example`` to a browser, and refused here).
"""

from __future__ import annotations

import html
import ipaddress
import re
import unicodedata
from html.parser import HTMLParser
from urllib.parse import quote, urlsplit, urlunsplit

from breachguard.core.feeds.model import Link
from breachguard.core.feeds.scam import ScamFields, classify
from breachguard.core.messages import N_

MAX_TITLE_CHARS = 300
MAX_BODY_CHARS = 20_000
_TRUNCATED = "…"

_DROP_WITH_CONTENT = frozenset(
    {
        "script",
        "style",
        "iframe",
        "object",
        "embed",
        "noscript",
        "template",
        "svg",
        "math",
        "head",
        "title",
        "frame",
        "frameset",
        "audio",
        "video",
        "canvas",
        "form",
        "select",
    }
)
_BLOCK = frozenset(
    {
        "p",
        "div",
        "br",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "blockquote",
        "pre",
        "hr",
        "section",
        "article",
        "header",
        "footer",
    }
)
_SHORTENERS = frozenset(
    {
        "bit.ly",
        "t.co",
        "tinyurl.com",
        "goo.gl",
        "ow.ly",
        "is.gd",
        "buff.ly",
        "rebrand.ly",
        "cutt.ly",
        "t.ly",
        "shorturl.at",
        "rb.gy",
        "tiny.cc",
        "lnkd.in",
    }
)


class _TextExtractor(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip_depth = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _DROP_WITH_CONTENT:
            self._skip_depth += 1
        elif tag == "li" and not self._skip_depth:
            self.parts.append("\n• ")
        elif tag in _BLOCK and not self._skip_depth:
            self.parts.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK and not self._skip_depth:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _DROP_WITH_CONTENT:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BLOCK and tag != "li" and not self._skip_depth:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self.parts.append(data)


def html_to_text(markup: str, *, max_chars: int = MAX_BODY_CHARS) -> str:
    """Visible text of an HTML fragment; images, scripts and frames contribute nothing."""
    parser = _TextExtractor()
    parser.feed(markup[: max_chars * 4])
    parser.close()
    text = "".join(parser.parts)
    text = re.sub(r"[ \t\f\v]+", " ", text)
    text = re.sub(r" *\n *", "\n", text)
    text = re.sub(r"\n{3,}", "\n\n", text)
    return clean_text(text, max_chars=max_chars)


_MARKUP_RE = re.compile(r"<[A-Za-z/!]|&(?:#[0-9]+|#[xX][0-9A-Fa-f]+|[A-Za-z][A-Za-z0-9]*);")


def markup_to_text(value: str, *, max_chars: int = MAX_BODY_CHARS) -> str:
    """Text that may hold HTML, as Statuspage's update bodies do (``<br />``, ``<p>``,
    ``<a>``, ``&amp;``): tags removed, entities decoded, line breaks kept, whether
    typed or written as ``<br>``/``<p>``. Text without markup is only cleaned, so a
    lone "<" or "&" in plain text stays as it is."""
    if not _MARKUP_RE.search(value[: max_chars * 4]):
        return clean_text(value, max_chars=max_chars)
    return html_to_text(value, max_chars=max_chars)


def clean_text(value: str, *, max_chars: int = MAX_BODY_CHARS, single_line: bool = False) -> str:
    """Plain text with control and bidi-override characters removed, capped in length.

    The text is shown verbatim (Qt.PlainText): ``<b>`` stays the four characters it is.
    """
    value = value[: max_chars * 2]  # bounds the work on a 1 MB field
    if value.replace("\n", " ").replace("\t", " ").isprintable():
        kept = [value.replace("\t", " ") if single_line else value]  # common case, C speed
    else:
        kept = _printable_chars(value, single_line)
    text = "".join(kept).strip()
    if single_line:
        text = re.sub(r"\s+", " ", text)
    if len(text) > max_chars:
        text = text[: max_chars - 1].rstrip() + _TRUNCATED
    return text


def _printable_chars(value: str, single_line: bool) -> list[str]:
    kept = []
    for char in value:
        if char in "\n\t":
            kept.append(" " if single_line else char)
        elif unicodedata.category(char) in ("Cc", "Cf", "Cs", "Co"):
            continue  # includes RTL overrides that could disguise a link or amount
        else:
            kept.append(char)
    return kept


def unescape_title(value: str) -> str:
    """Titles are plain text in JSON Feed; entities are decoded but tags stay visible text."""
    return clean_text(html.unescape(value), max_chars=MAX_TITLE_CHARS, single_line=True)


def _host_matches(host: str, domains: frozenset[str]) -> bool:
    return any(host == d or host.endswith("." + d) for d in domains)


_HOST_RE = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*")
# Kept as they are in a rebuilt path, query or fragment (RFC 3986; never a backslash).
_URL_SAFE = "/:@!$&'()*+,;=-._~%"


def ascii_host(host: str) -> str | None:
    """The host as a browser looks it up (IDNA, lower case, no final dot), or None
    when it holds anything but letters, digits, dots and hyphens after encoding."""
    host = host.rstrip(".")
    if not host or len(host) > 253:
        return None
    try:
        import idna  # deferred: only needed once a feed has links

        encoded = idna.encode(host, uts46=True).decode("ascii")
    except (UnicodeError, ValueError):  # idna.IDNAError is a UnicodeError
        return None
    return encoded if _HOST_RE.fullmatch(encoded) else None


def check_link(url: str, official_domains: frozenset[str] | set[str] | tuple[str, ...]) -> Link:
    """Decide whether a feed link may open. Unsafe links keep a reason to show; a
    safe one carries the URL rebuilt from what was checked, which is what opens."""
    url = clean_text(url, max_chars=2000, single_line=True)
    try:
        parts = urlsplit(url)
        port = parts.port
        raw_host = parts.hostname or ""
    except ValueError:
        return Link(url, False, N_("not a valid web address"))
    scheme = parts.scheme.lower()
    if scheme in ("javascript", "data", "file", "vbscript", "blob"):
        return Link(url, False, N_("not a web address (blocked for your safety)"))
    if scheme == "http":
        return Link(url, False, N_("not encrypted: the address starts with http://"))
    if scheme != "https" or not raw_host:
        return Link(url, False, N_("not a web address (blocked for your safety)"))
    if parts.username is not None or parts.password is not None:
        return Link(url, False, N_("contains a hidden user name or password"))
    try:
        ipaddress.ip_address(raw_host.strip("[]"))
        return Link(url, False, N_("points to a bare IP address, not the exchange's website"))
    except ValueError:
        pass
    host = ascii_host(raw_host)
    if host is None:
        return Link(url, False, N_("has characters a web address's host cannot have"))
    if port not in (None, 443):
        return Link(url, False, N_("uses an unusual port"))
    if host in _SHORTENERS:
        return Link(url, False, N_("is a shortened link that hides where it leads"))
    domains = frozenset(d.lower().rstrip(".") for d in official_domains)
    if not _host_matches(host, domains):
        return Link(url, False, N_("does not lead to one of the exchange's official websites"))
    rebuilt = urlunsplit(
        (
            "https",
            host,
            _encoded(parts.path or "/", ""),
            _encoded(parts.query, "?"),
            _encoded(parts.fragment, "?#"),
        )
    )
    return Link(rebuilt, True)


def _encoded(part: str, also_safe: str) -> str:
    """A URL part in plain ASCII: existing %XX escapes kept, a lone "%" escaped."""
    text = quote(part, safe=_URL_SAFE + also_safe)
    return re.sub(r"%(?![0-9A-Fa-f]{2})", "%25", text)


def scam_flags(*texts: str) -> tuple[str, ...]:
    """The scam topics (``SCAM_CATEGORIES``) the texts ask for or push toward, in a
    fixed order; a notice that only says "we never ask for..." has none."""
    return classify(*texts).flags


def scam_fields(*texts: str) -> ScamFields:
    """``scam_flags`` and ``reassurances`` for a ``Notice``, from one reading."""
    verdict = classify(*texts)
    return {"scam_flags": verdict.flags, "reassurances": verdict.reassurances}
