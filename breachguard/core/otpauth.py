"""Reading ``otpauth://`` setup links: strict about meaning, tolerant about form.

Implements the parsing policy of the re-enrollment reference: the label splits on
its first colon (literal or ``%3A``), secrets are normalised (case, spaces, dashes,
padding) but never guessed, unknown algorithms or digit counts are refused instead
of silently falling back to SHA1/6, and duplicated parameters are refused because
two different values for one meaning is how a tampered link looks.

Messages are plain English templates with ``{placeholders}``; widgets translate the
template (``QCoreApplication.translate("otpauth", template)``) and then format it.
The secret never appears in a message, a ``repr`` or a warning.
"""

from __future__ import annotations

import base64
import binascii
import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from breachguard.core.messages import N_, MessageError
from breachguard.core.totp import ALGORITHMS

MAX_URI_CHARS = 4096
MIN_SECRET_BITS = 80
RECOMMENDED_SECRET_BITS = 128
MAX_SECRET_BYTES = 256
MAX_NAME_CHARS = 200
LONG_PERIOD_SECONDS = 60
# "encoder" is read only to refuse Steam tokens, whose codes are not RFC 6238 digits.
_KNOWN_PARAMS = ("secret", "issuer", "algorithm", "digits", "period", "counter", "encoder")
_BASE32_RE = re.compile(r"^[A-Z2-7]+$")
_NUMBER_RE = re.compile(r"^[0-9]{1,9}$")
_SIGNED_NUMBER_RE = re.compile(r"^[+-]?[0-9]{1,20}$")


class OtpUriError(MessageError, ValueError):
    """A setup code BreachGuard will not use. ``code`` is stable; ``str()`` is for people."""

    def __init__(self, code: str, template: str, **params: Any) -> None:
        self.code = code
        super().__init__(template, **params)


@dataclass(frozen=True)
class OtpWarning:
    code: str
    template: str
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def message(self) -> str:
        return self.template.format(**dict(self.params))


# Warning codes.
WEAK_KEY = "weak_key"
EXTRA_COLON = "extra_colon"
ISSUER_CONFLICT = "issuer_conflict"
NO_ISSUER = "no_issuer"
LONG_PERIOD = "long_period"
HOTP_TYPE = "hotp"


@dataclass(frozen=True)
class OtpSetup:
    """One parsed setup code. ``secret`` is raw bytes and stays out of ``repr``."""

    issuer: str
    account: str
    secret: bytes = field(repr=False)
    algorithm: str = "SHA1"
    digits: int = 6
    period: int = 30
    warnings: tuple[OtpWarning, ...] = ()
    kind: str = "totp"
    counter: int | None = None
    label_issuer: str = ""
    issuer_parameter: str = ""

    @property
    def secret_bits(self) -> int:
        return len(self.secret) * 8

    @property
    def secret_base32(self) -> str:
        """Unpadded base32, for showing to a phone authenticator on request only."""
        return base64.b32encode(self.secret).decode("ascii").rstrip("=")

    def has_warning(self, code: str) -> bool:
        return any(warning.code == code for warning in self.warnings)

    def to_uri(self) -> str:
        """A canonical ``otpauth://`` link (for the phone-authenticator QR)."""
        from urllib.parse import quote

        label = f"{self.issuer}:{self.account}" if self.issuer else self.account
        query = [f"secret={self.secret_base32}"]
        if self.issuer:
            query.append(f"issuer={quote(self.issuer, safe='')}")
        query += [f"algorithm={self.algorithm}", f"digits={self.digits}"]
        if self.kind == "hotp":
            query.append(f"counter={self.counter}")
        else:
            query.append(f"period={self.period}")
        return f"otpauth://{self.kind}/{quote(label, safe='@')}?{'&'.join(query)}"


# -- what the text is, when it is not a setup link ------------------------------------


def describe_non_otpauth(text: str) -> OtpUriError:
    """The error to show when a pasted text or QR code is something else entirely."""
    stripped = text.strip()
    lowered = stripped[:40].lower()
    if lowered.startswith("otpauth-migration:"):
        return OtpUriError(
            "migration_export",
            N_(
                "This is a Google Authenticator export, not a single setup code. "
                "Use “Import from Google Authenticator” instead."
            ),
        )
    try:
        host = urlsplit(stripped[:MAX_URI_CHARS]).hostname or ""
    except ValueError:  # an unbalanced "[": not a usable address at all
        host = ""
    if lowered.startswith(("https://", "http://")) and host:
        return OtpUriError(
            "web_link",
            N_(
                "This is a link to a web page ({host}), not a 2FA setup code. "
                "Do not follow links from setup messages; open the exchange's site yourself."
            ),
            host=host[:80],
        )
    return OtpUriError(
        "not_otpauth",
        N_("This is not a 2FA setup code. A setup code starts with “otpauth://”."),
    )


def is_otpauth_uri(text: str) -> bool:
    return text.strip()[:10].lower() == "otpauth://"


# -- secrets ---------------------------------------------------------------------------


def decode_base32_secret(text: str) -> bytes:
    """Normalises (spaces, dashes, ``=``, case) and decodes a base32 secret."""
    cleaned = re.sub(r"[\s\-=]+", "", text).upper()
    if not cleaned:
        raise OtpUriError("missing_secret", N_("The setup code has no secret key."))
    if not _BASE32_RE.match(cleaned):
        bad = sorted({char for char in cleaned if not re.match(r"[A-Z2-7]", char)})
        shown = " ".join(repr(char) for char in bad[:5])
        raise OtpUriError(
            "bad_secret",
            N_(
                "The secret key contains characters a 2FA key never has ({chars}). "
                "Only letters A–Z and digits 2–7 are used; check for 0/O and 1/I mix-ups."
            ),
            chars=shown,
        )
    if len(cleaned) % 8 in (1, 3, 6):
        raise OtpUriError(
            "bad_secret_length",
            N_(
                "The secret key has {count} characters, which cannot be a complete key. "
                "A character is probably missing or extra."
            ),
            count=len(cleaned),
        )
    padded = cleaned + "=" * (-len(cleaned) % 8)
    try:
        secret = base64.b32decode(padded)
    except (binascii.Error, ValueError):
        raise OtpUriError("bad_secret", N_("The secret key is not valid base32.")) from None
    if len(secret) * 8 < MIN_SECRET_BITS:
        raise OtpUriError(
            "short_secret",
            N_(
                "The secret key is only {bits} bits long; real setup keys have at least "
                "80 bits (16 characters). Check that you copied all of it."
            ),
            bits=len(secret) * 8,
        )
    if len(secret) > MAX_SECRET_BYTES:
        raise OtpUriError("long_secret", N_("The secret key is implausibly long."))
    return secret


def weak_secret_warning(secret: bytes) -> OtpWarning | None:
    bits = len(secret) * 8
    if bits >= RECOMMENDED_SECRET_BITS:
        return None
    return OtpWarning(
        WEAK_KEY,
        N_(
            "The exchange issued a short {bits}-bit key. It works, but it is weaker than "
            "the recommended 128 bits or more; support can advise."
        ),
        (("bits", bits),),
    )


# -- the parser ------------------------------------------------------------------------


def parse_uri(text: str) -> OtpSetup:
    """Parses one ``otpauth://`` link; raises OtpUriError with a specific reason."""
    if len(text) > MAX_URI_CHARS:
        raise OtpUriError(
            "too_long",
            N_("The setup code is longer than {limit} characters; real ones are far shorter."),
            limit=MAX_URI_CHARS,
        )
    uri = text.strip()
    if not is_otpauth_uri(uri):
        raise describe_non_otpauth(uri)
    try:
        parts = urlsplit(uri)
        if parts.fragment or "#" in uri:
            # A fragment means nothing in otpauth; a bare "#" belongs to the label or a value.
            parts = urlsplit(uri.replace("#", "%23"))
    except ValueError:  # urlsplit refuses an unbalanced "[" ("Invalid IPv6 URL")
        raise OtpUriError(
            "malformed",
            N_("This setup code is damaged: its parts cannot be told apart. Scan it again."),
        ) from None

    kind = (parts.netloc or "").lower()
    params = _query_params(parts.query)
    if kind == "steam" or params.get("encoder", "").lower() == "steam":
        raise OtpUriError(
            "steam",
            N_(
                "This is a Steam Guard code, which makes 5-character codes of its own "
                "kind. Exchanges use standard time-based codes; BreachGuard cannot make "
                "Steam codes."
            ),
        )
    if kind not in ("totp", "hotp"):
        raise OtpUriError(
            "bad_type",
            N_(
                "The setup code is of type “{kind}”; only time-based codes (totp) are used "
                "for exchange sign-in."
            ),
            kind=kind[:20],
        )

    warnings: list[OtpWarning] = []
    label_issuer, account = _split_label(parts.path, warnings)
    issuer_parameter = _clean_name(params.get("issuer", ""), "issuer")

    issuer = issuer_parameter or label_issuer
    if issuer_parameter and label_issuer and not same_name(issuer_parameter, label_issuer):
        warnings.append(issuer_conflict_warning(issuer_parameter, label_issuer))
    if not issuer:
        warnings.append(
            OtpWarning(NO_ISSUER, N_("The setup code does not say which exchange it is for."))
        )

    secret = decode_base32_secret(params.get("secret", ""))
    weak = weak_secret_warning(secret)
    if weak:
        warnings.append(weak)
    algorithm = _algorithm(params.get("algorithm"))
    digits = _digits(params.get("digits"))
    period = _period(params.get("period"), warnings)

    counter: int | None = None
    if kind == "hotp":
        counter = _counter(params.get("counter"))
        warnings.append(
            OtpWarning(
                HOTP_TYPE,
                N_(
                    "This is a counter-based (HOTP) code. Exchange re-enrollment uses "
                    "time-based codes; ask the exchange for a new setup code."
                ),
            )
        )
    return OtpSetup(
        issuer=issuer,
        account=account,
        secret=secret,
        algorithm=algorithm,
        digits=digits,
        period=period,
        warnings=tuple(warnings),
        kind=kind,
        counter=counter,
        label_issuer=label_issuer,
        issuer_parameter=issuer_parameter,
    )


def setup_from_manual_entry(
    secret_text: str,
    *,
    issuer: str,
    account: str,
    algorithm: str = "SHA1",
    digits: int = 6,
    period: int = 30,
) -> OtpSetup:
    """A setup from a hand-typed base32 key and the exchange's stated parameters."""
    secret = decode_base32_secret(secret_text)
    warnings: list[OtpWarning] = []
    weak = weak_secret_warning(secret)
    if weak:
        warnings.append(weak)
    algorithm = _algorithm(algorithm)
    digits = _digits(str(digits))
    period = _period(str(period), warnings)
    issuer = _clean_name(issuer, "issuer")
    return OtpSetup(
        issuer=issuer,
        account=_clean_name(account, "account"),
        secret=secret,
        algorithm=algorithm,
        digits=digits,
        period=period,
        warnings=tuple(warnings),
        issuer_parameter=issuer,
    )


def _query_params(query: str) -> dict[str, str]:
    seen: dict[str, str] = {}
    # parse_qsl turns "+" into a space, as form encoding means.
    for raw_key, value in parse_qsl(query, keep_blank_values=True):
        key = raw_key.strip().lower()
        if key not in _KNOWN_PARAMS:
            continue  # unknown parameters (image=, color=…) carry no meaning for codes
        if key in seen:
            raise OtpUriError(
                "duplicate_parameter",
                N_(
                    "The setup code gives “{name}” twice. Genuine codes never do; "
                    "this one may have been tampered with."
                ),
                name=key,
            )
        seen[key] = value.strip()
    return seen


def _split_label(path: str, warnings: list[OtpWarning]) -> tuple[str, str]:
    try:
        label = unquote(path.lstrip("/"), errors="strict") if path else ""
    except UnicodeDecodeError:
        raise OtpUriError(
            "bad_label", N_("The name in the setup code is not readable text (bad encoding).")
        ) from None
    if ":" not in label:
        return "", _clean_name(label, "account")
    issuer, account = label.split(":", 1)
    if ":" in account:
        warnings.append(
            OtpWarning(
                EXTRA_COLON,
                N_(
                    "The account name contains another colon; BreachGuard used the part "
                    "before the first colon as the exchange name."
                ),
            )
        )
    return _clean_name(issuer, "issuer"), _clean_name(account, "account")


# One sentence per name, not "{what}": word order and grammar differ by language.
_NAME_TOO_LONG = {
    "issuer": N_("The exchange name in the setup code is longer than {limit} characters."),
    "account": N_("The account name in the setup code is longer than {limit} characters."),
}
_NAME_INVISIBLE = {
    "issuer": N_(
        "The exchange name contains invisible control characters, a trick used by fake setup codes."
    ),
    "account": N_(
        "The account name contains invisible control characters, a trick used by fake setup codes."
    ),
}


def _clean_name(value: str, what: str) -> str:
    value = " ".join(value.split())
    if len(value) > MAX_NAME_CHARS:
        raise OtpUriError("name_too_long", _NAME_TOO_LONG[what], limit=MAX_NAME_CHARS)
    if any(unicodedata.category(char) in ("Cc", "Cf", "Co", "Cs") for char in value):
        raise OtpUriError("invisible_characters", _NAME_INVISIBLE[what])
    return value


def issuer_conflict_warning(issuer_parameter: str, label_issuer: str) -> OtpWarning:
    return OtpWarning(
        ISSUER_CONFLICT,
        N_(
            "The setup code names two different exchanges: “{param}” and “{label}”. "
            "Genuine codes name one."
        ),
        (("param", issuer_parameter), ("label", label_issuer)),
    )


def same_name(a: str, b: str) -> bool:
    """Equal ignoring case, width forms and spacing."""
    return _fold(a) == _fold(b)


def _fold(value: str) -> str:
    return " ".join(unicodedata.normalize("NFKC", value).casefold().split())


def _algorithm(value: str | None) -> str:
    if value is None or value == "":
        return "SHA1"
    name = value.strip().upper().replace("-", "")
    if name not in ALGORITHMS:
        raise OtpUriError(
            "bad_algorithm",
            N_(
                "The setup code asks for the algorithm “{name}”, which authenticators do not "
                "support (only SHA1, SHA256, SHA512). Codes would be wrong; ask the exchange "
                "for a new setup code."
            ),
            name=value.strip()[:20],
        )
    return name


def _digits(value: str | None) -> int:
    if value is None or value == "":
        return 6
    if not _NUMBER_RE.match(value) or int(value) not in (6, 7, 8):
        raise OtpUriError(
            "bad_digits",
            N_("The setup code asks for {value} digits; codes have 6, 7 or 8 digits."),
            value=value[:12],
        )
    return int(value)


def _period(value: str | None, warnings: list[OtpWarning]) -> int:
    if value is None or value == "":
        return 30
    if not _SIGNED_NUMBER_RE.match(value) or not 0 < int(value) <= 86400:
        raise OtpUriError(
            "bad_period",
            N_(
                "The setup code gives “{value}” as the code lifetime; it must be a positive "
                "number of seconds."
            ),
            value=value[:12],
        )
    period = int(value)
    if period > LONG_PERIOD_SECONDS:
        warnings.append(
            OtpWarning(
                LONG_PERIOD,
                N_(
                    "Codes change only every {period} seconds (usually 30). Make sure that "
                    "is what the exchange uses."
                ),
                (("period", period),),
            )
        )
    return period


def _counter(value: str | None) -> int:
    if value is None or value == "":
        raise OtpUriError(
            "hotp_without_counter",
            N_(
                "This is a counter-based (HOTP) code without a counter, so it cannot work. "
                "Exchange re-enrollment uses time-based codes; ask the exchange for a new "
                "setup code."
            ),
        )
    if not re.match(r"^[0-9]{1,20}$", value):
        raise OtpUriError("bad_counter", N_("The counter in the setup code is not a number."))
    counter = int(value)
    if counter >= 2**64:
        raise OtpUriError("bad_counter", N_("The counter in the setup code is too large."))
    return counter


# -- phishing check ----------------------------------------------------------------------

# Issuer check outcomes, worst last.
ISSUER_MATCH = "match"
# The provider's issuer names are not known (a community profile no source confirmed
# them for), so the code can be neither confirmed nor refused by its name.
ISSUER_UNCHECKED = "unchecked"
ISSUER_MISSING = "missing"
ISSUER_MISMATCH = "mismatch"
ISSUER_LOOKALIKE = "lookalike"
ISSUER_CONFLICTING = "conflict"
_SEVERITY = (
    ISSUER_MATCH,
    ISSUER_UNCHECKED,
    ISSUER_MISSING,
    ISSUER_MISMATCH,
    ISSUER_LOOKALIKE,
    ISSUER_CONFLICTING,
)

# Characters people (and fonts) confuse; both sides are reduced to this skeleton.
_CONFUSABLES = str.maketrans(
    "01i|!j5$q934@8762uy" + "авеёкмнорстухѕіјԁӏԛԝ" + "αβειkνορτυχη",
    "olllllssggeaabbtzvv" + "abeekmhopctvxslldlgw" + "abelkvoptvxn",
)
_MULTI_CONFUSABLES = (("rn", "m"), ("vv", "w"), ("cl", "d"), ("nn", "m"))


@dataclass(frozen=True)
class IssuerCheck:
    """How a setup code's exchange name compares with the names the provider uses."""

    status: str
    issuer: str
    closest_expected: str = ""
    template: str = ""
    params: tuple[tuple[str, Any], ...] = ()

    @property
    def ok(self) -> bool:
        return self.status == ISSUER_MATCH

    @property
    def needs_confirmation(self) -> bool:
        """True when the user must consciously override before going on."""
        return self.status != ISSUER_MATCH

    @property
    def message(self) -> str:
        return self.template.format(**dict(self.params))


def issuer_skeleton(name: str) -> str:
    """Reduces a name to what it looks like: ``Blnance``, ``B1nance``, ``Вinance`` → same."""
    text = unicodedata.normalize("NFKD", name).casefold()
    text = "".join(char for char in text if not unicodedata.combining(char))
    text = text.translate(_CONFUSABLES)
    text = "".join(char for char in text if char.isalnum())
    for many, one in _MULTI_CONFUSABLES:
        text = text.replace(many, one)
    return text


def edit_distance(a: str, b: str) -> int:
    """Damerau–Levenshtein (optimal string alignment) distance."""
    previous_previous: list[int] = []
    previous = list(range(len(b) + 1))
    for i, char_a in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, char_b in enumerate(b, 1):
            cost = 0 if char_a == char_b else 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and char_a == b[j - 2] and a[i - 2] == char_b:
                current[j] = min(current[j], previous_previous[j - 2] + 1)
        previous_previous, previous = previous, current
    return previous[-1]


def _compare_name(name: str, expected_issuers: tuple[str, ...]) -> IssuerCheck:
    if not name:
        return IssuerCheck(
            ISSUER_MISSING,
            "",
            template=N_(
                "The setup code does not say which exchange it is for. Choose the "
                "exchange yourself, and only if you started this setup on its site."
            ),
        )
    if not expected_issuers:
        return IssuerCheck(
            ISSUER_UNCHECKED,
            name,
            template=N_(
                "The setup code is for “{issuer}”. BreachGuard does not know which name this "
                "exchange puts in its setup codes, so it cannot check it. Go on only if you "
                "started this setup on the exchange's own website."
            ),
            params=(("issuer", name),),
        )
    folded = _fold(name)
    for expected in expected_issuers:
        if folded == _fold(expected):
            return IssuerCheck(ISSUER_MATCH, name, expected)
    skeleton = issuer_skeleton(name)
    for expected in expected_issuers:
        target = issuer_skeleton(expected)
        if not target:
            continue
        limit = 1 if len(target) <= 6 else 2
        if skeleton == target or edit_distance(skeleton, target) <= limit or target in skeleton:
            return IssuerCheck(
                ISSUER_LOOKALIKE,
                name,
                expected,
                N_(
                    "Warning: the setup code is for “{issuer}”, which only looks like "
                    "“{expected}”. Fake setup codes use look-alike names. Do not continue "
                    "unless you are certain it came from {expected}'s own website."
                ),
                (("issuer", name), ("expected", expected)),
            )
    expected_text = ", ".join(expected_issuers)
    return IssuerCheck(
        ISSUER_MISMATCH,
        name,
        expected_issuers[0] if expected_issuers else "",
        N_(
            "The setup code is for “{issuer}”, not for {expected}. If you did not start this "
            "setup on that exchange's own website, stop here."
        ),
        (("issuer", name), ("expected", expected_text)),
    )


def check_issuer(setup: OtpSetup, expected_issuers: tuple[str, ...] | list[str]) -> IssuerCheck:
    """Compares both issuer fields (parameter and label prefix) with the expected names."""
    expected = tuple(name for name in expected_issuers if name.strip())
    if setup.has_warning(ISSUER_CONFLICT):
        return IssuerCheck(
            ISSUER_CONFLICTING,
            setup.issuer,
            expected[0] if expected else "",
            N_(
                "The setup code names two different exchanges (“{param}” and “{label}”). "
                "Genuine codes name one; this is a warning sign of a fake code."
            ),
            (("param", setup.issuer_parameter), ("label", setup.label_issuer)),
        )
    names = [name for name in (setup.issuer_parameter, setup.label_issuer) if name]
    if not names:
        return _compare_name("", expected)
    checks = [_compare_name(name, expected) for name in names]
    return max(checks, key=lambda check: _SEVERITY.index(check.status))


# -- the exchange's own parameters -------------------------------------------------------

UNEXPECTED_ALGORITHM = "unexpected_algorithm"
UNEXPECTED_DIGITS = "unexpected_digits"
UNEXPECTED_PERIOD = "unexpected_period"
_POLICY_TEXT = {
    UNEXPECTED_ALGORITHM: N_(
        "{exchange} makes its codes with {expected}, but this setup code uses {value}. "
        "The exchange would reject its codes, or the setup code is not from {exchange}."
    ),
    UNEXPECTED_DIGITS: N_(
        "{exchange} uses codes of {expected} digits, but this setup code makes {value}. "
        "The exchange would reject them, or the setup code is not from {exchange}."
    ),
    UNEXPECTED_PERIOD: N_(
        "{exchange} changes its codes every {expected} seconds, but this setup code every "
        "{value}. The exchange would reject them, or the setup code is not from {exchange}."
    ),
}


def check_policy(
    setup: OtpSetup,
    exchange: str,
    *,
    algorithms: tuple[str, ...] = (),
    digits: tuple[int, ...] = (),
    periods: tuple[int, ...] = (),
) -> tuple[OtpWarning, ...]:
    """Parameters the exchange never uses (an empty tuple allows anything)."""
    found: list[OtpWarning] = []
    checks: tuple[tuple[str, object, tuple[object, ...]], ...] = (
        (UNEXPECTED_ALGORITHM, setup.algorithm, tuple(algorithms)),
        (UNEXPECTED_DIGITS, setup.digits, tuple(digits)),
        (UNEXPECTED_PERIOD, setup.period, tuple(periods)),
    )
    for code, value, allowed in checks:
        if allowed and value not in allowed:
            expected = ", ".join(str(item) for item in allowed)
            found.append(
                OtpWarning(
                    code,
                    _POLICY_TEXT[code],
                    (("exchange", exchange), ("expected", expected), ("value", value)),
                )
            )
    return tuple(found)
