"""The user's language: loads BreachGuard's and Qt's catalogs, translates core text.

``install_language(app, None)`` follows the system; ``install_language(app, "de")``
switches at any time. Installing or removing a translator makes Qt post a
LanguageChange event to every widget; BreachGuard's widgets set their texts once,
so the window is rebuilt after a switch rather than retranslated in place.

Core messages are English templates marked with ``N_()``; ``breachguard.i18n_tool``
files each under its module's name ("otpauth", "clock"). :func:`translate_core` and
:func:`core_text` look them up and fill the fields in afterwards, so translators
never see values.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from shiboken6 import isValid

# Qt's other classes and core.messages are imported where used: this module is on
# the first frame's path, and importing a Qt class makes PySide build its enums.
from breachguard.core.resources import ResourceError, resource_path

log = logging.getLogger(__name__)

DEFAULT_LANGUAGE = "en"
# Native names: a language is listed in its own words, whatever is shown now.
_NATIVE_NAMES = {"en": "English", "de": "Deutsch", "nb": "Norsk bokmål"}
# Norwegian in any written form gets Bokmål, the form BreachGuard is written in.
_ALIASES = {"no": "nb", "nn": "nb", "nb": "nb", "de": "de", "en": "en"}
_TRANSLATOR_NAME = "breachguard.translator"
# The translators install_language installed, each owned by its app.
_installed: list[QTranslator] = []


def available_languages() -> list[tuple[str, str]]:
    """(code, native name) of every language the user can pick, English first."""
    return list(_NATIVE_NAMES.items())


def normalize_language(name: str | None) -> str | None:
    """Maps "de_AT", "nb-NO", "no", "nn" to "de" / "nb"; None for a language we lack."""
    if not name:
        return None
    base = name.replace("-", "_").split("_")[0].split(".")[0].lower()
    return _ALIASES.get(base)


def system_language(locale: QLocale | None = None) -> str:
    """The first of the system's preferred UI languages that BreachGuard speaks."""
    locale = locale if locale is not None else QLocale.system()
    for name in [*locale.uiLanguages(), locale.name()]:
        code = normalize_language(name)
        if code is not None:
            return code
    return DEFAULT_LANGUAGE


def install_language(
    app: QCoreApplication, language: str | None, *, directory: Path | None = None
) -> str:
    """Replace the installed catalogs with those of ``language`` (None: the system's).

    Returns the language now in effect ("en" when a catalog could not be loaded).
    Also makes ``QLocale()`` format dates and numbers in that language. ``directory``
    overrides where BreachGuard's own catalogs are read from.
    """
    catalogs = str(directory) if directory is not None else _catalog_dir()
    code = normalize_language(language) if language else system_language()
    if code is None:
        log.info("language %r is not available; using English", language)
        code = DEFAULT_LANGUAGE
    _remove_translators(app)
    if code != DEFAULT_LANGUAGE:
        ours = _load(app, catalogs, f"breachguard_{code}")
        if ours is None:
            code = DEFAULT_LANGUAGE
        else:
            qtbase = _load(app, *_qtbase_catalog(code, catalogs))
            if qtbase is not None:
                app.installTranslator(qtbase)
                _installed.append(qtbase)
            app.installTranslator(ours)  # installed last, so asked first
            _installed.append(ours)
    QLocale.setDefault(_locale_for(code))
    return code


def current_language(app: QCoreApplication) -> str:
    """The language installed by :func:`install_language` ("en" if none)."""
    for translator in _our_translators(app):
        code = normalize_language(translator.language())
        if code is not None:
            return code
    return DEFAULT_LANGUAGE


def translate_core(
    message: str,
    params: Mapping[str, Any] | None = None,
    *,
    context: str | None = None,
    translated_params: Iterable[str] = (),
) -> str:
    """A core message in the user's language, fields filled in after translating.

    A core template's context is the name of the module that marks it ("otpauth");
    without ``context`` (or when it is not there) every core module is asked.
    ``translated_params`` names fields whose values are themselves ``N_()`` texts
    (the clock's "behind" / "ahead of") and are translated too.
    """
    from breachguard.core.messages import Moment

    text = _lookup(message, context)
    if not params:
        return text
    values = dict(params)
    for name in translated_params:
        values[name] = _lookup(str(values[name]), context)
    for name, value in values.items():
        if isinstance(getattr(value, "template", None), str):
            values[name] = core_text(value)  # a core Message inside another one
        elif isinstance(value, Moment):
            values[name] = format_moment(value)
    return text.format(**values)


def format_moment(moment: float) -> str:
    """A date and time in the user's language and time zone."""
    from PySide6.QtCore import QDateTime

    when = QDateTime.fromSecsSinceEpoch(int(moment))
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def core_text(item: object) -> str:
    """Translated text of a core message: an N_() string, a MessageError (``template`` +
    ``params``), an AccessibleText (``template`` + ``fields``) or an exception whose
    ``str()`` is an N_() sentence. Anything else: ``str(item)``, untranslated."""
    if isinstance(item, str) and not isinstance(getattr(item, "template", None), str):
        return translate_core(item)
    context = _module_context(type(item))
    template = getattr(item, "template", None)
    if isinstance(template, str) and template:
        params = getattr(item, "params", None)
        if params is None:
            params = getattr(item, "fields", None)
        return translate_core(template, params, context=context)
    # An exception carrying a plain N_() sentence (EmailError, PhoneError, lookup
    # failures); text that is no core message comes back unchanged.
    return translate_core(str(item), context=context)


# -- internals ----------------------------------------------------------------------


@cache
def core_contexts() -> tuple[str, ...]:
    """Every core module's name: the contexts core templates are filed under."""
    import pkgutil  # here, not at start-up: only untranslated core texts need it

    import breachguard.core as core

    return tuple(
        sorted(
            {
                info.name.rpartition(".")[2]
                for info in pkgutil.walk_packages(core.__path__, "breachguard.core.")
            }
        )
    )


def _module_context(kind: type) -> str | None:
    module = kind.__module__
    return module.rpartition(".")[2] if module.startswith("breachguard.core.") else None


def _lookup(message: str, context: str | None) -> str:
    contexts = core_contexts() if context is None else (context, *core_contexts())
    for name in contexts:
        text = QCoreApplication.translate(name, message)
        if text != message:
            return text
    return message


def _catalog_dir() -> str:
    try:
        return str(resource_path("translations"))
    except ResourceError as exc:
        log.warning("translations unavailable: %s", exc)
        return ""


def _qtbase_catalog(code: str, ours: str) -> tuple[str, str]:
    """Qt's own dialog and button texts: Qt ships German; Bokmål is ours."""
    if code == "nb":
        return ours, "qtbase_nb"
    from PySide6.QtCore import QLibraryInfo

    return QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath), f"qtbase_{code}"


def _load(app: QCoreApplication, directory: str, name: str) -> QTranslator | None:
    """A loaded (not yet installed) translator, owned by ``app``."""
    translator = QTranslator(app)
    if not directory or not translator.load(name, directory):
        log.warning("translation catalog %s not found in %s", name, directory or "(none)")
        translator.setParent(None)
        return None
    translator.setObjectName(_TRANSLATOR_NAME)
    return translator


def _our_translators(app: QCoreApplication) -> list[QTranslator]:
    # Kept in a list, not looked up among the app's children: wrapping those makes
    # PySide build the types (and enums) of objects the first frame never uses, and
    # findChildren's default argument builds the Qt namespace's (~15 ms in all).
    _installed[:] = [t for t in _installed if isValid(t) and t.parent() is not None]
    return [t for t in _installed if t.parent() is app]


def _remove_translators(app: QCoreApplication) -> None:
    for translator in _our_translators(app):
        app.removeTranslator(translator)
        _installed.remove(translator)
        translator.setParent(None)  # Python owns it now and frees it


def _locale_for(code: str) -> QLocale:
    """The system's regional formats when they are in this language, else the usual ones."""
    system = QLocale.system()
    if normalize_language(system.name()) == code:
        return system
    return QLocale({"de": "de_DE", "nb": "nb_NO"}.get(code, "en_US"))
