"""Translations: which language the app speaks, and the Qt translator that speaks it.

Decisions for every translatable string in backbreak:

- One source of truth: Qt's catalogs. ``backbreak_<lang>.ts`` here is the source a
  translator edits; ``backbreak_<lang>.qm`` is built from it by
  ``packaging/update_translations.py`` (``pyside6-lupdate`` + ``pyside6-lrelease``, both
  part of PySide6-Essentials) and committed, so installing needs no Qt tools. The CLI
  uses the same catalog rather than gettext, so a sentence the tray and
  ``backbreak status`` share is translated once.
- Inside QObject/QWidget subclasses: ``self.tr("Text")``; elsewhere
  ``QCoreApplication.translate("<Context>", "Text")`` with the class or module name as
  context. Plurals pass ``n``: ``QCoreApplication.translate("describe", "%n reps", "", n)``.
- Module-level texts (tables, constants) are marked with this package's
  ``QT_TRANSLATE_NOOP(context, text)`` (typed ``str``; lupdate knows the name) and
  translated where shown; tables of them are :class:`backbreak.i18n.tables.Translated`,
  which translate on every lookup.
- lupdate's Python parser marks a plural only for ``self.tr(text, "", n)``; the update
  script makes every text with "%n" or "(s)" a plural message. English plurals are
  written "(s)" in the source ("%n day(s)"). Pass ``n`` as a plain name or attribute:
  lupdate skips a call whose ``n`` is itself a call (``len(rows)``).
- A translator comment is a ``#:`` comment on the line before the call: that is the form
  ``pyside6-lupdate`` extracts for Python (``# Translators:`` is not extracted).
- Never concatenate translated pieces into a sentence: translate the whole sentence
  with named placeholders, then ``.format(name=...)`` AFTER translating
  (``"{name} at {time}"``). ``%n`` is used only for plural counts.
- German speaks to the user as "Sie": health guidance to adults, as a physiotherapy
  practice would.
- Language and formats follow the system (``LANGUAGE``, ``LC_ALL``, ``LC_MESSAGES``,
  ``LANG``, then ``QLocale.system()``), unless the ``language`` setting names one.
  Times, dates, weekday names and numbers come from ``QLocale`` (see
  :mod:`backbreak.i18n.formats`), so a 12-hour locale gets "2:30 PM".
- English is the source text; ``backbreak_en.qm`` holds only the plural forms, written
  in the source as "(s)" ("%n day(s)"), and is always installed for English.
- ``pseudo`` is a generated pseudo-locale (every string about 40% longer, with
  accents) for checking that layouts survive longer languages; it is chosen with
  ``BACKBREAK_LANGUAGE=pseudo``.
- The CLI installs the translator on a ``QCoreApplication`` (``translate`` needs an
  instance; made only for commands that open no window).
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS_DIR = Path(__file__).resolve().parent
SUPPORTED = ("en", "de")
"""Languages with a catalog (English is the source text)."""
PSEUDO = "pseudo"
LANGUAGE_ENV = "BACKBREAK_LANGUAGE"
"""Overrides the setting and the system, e.g. for screenshots and the pseudo-locale."""

_installed: list[QTranslator] = []


def system_language(env: Mapping[str, str] | None = None) -> str:
    """The supported language the environment asks for; English when none fits."""
    env = os.environ if env is None else env
    wanted: list[str] = []
    wanted += [part for part in env.get("LANGUAGE", "").split(":") if part]
    for key in ("LC_ALL", "LC_MESSAGES", "LANG"):
        if env.get(key):
            wanted.append(env[key])
            break
    if not wanted:
        wanted = list(QLocale.system().uiLanguages())
    for tag in wanted:
        code = tag.replace("-", "_").split("_")[0].split(".")[0].lower()
        if code in ("c", "posix"):
            return "en"
        if code in SUPPORTED:
            return code
    return "en"


def pick_language(setting: str = "system", env: Mapping[str, str] | None = None) -> str:
    """``en``, ``de`` or ``pseudo``: the env override, then the setting, then the system."""
    env = os.environ if env is None else env
    forced = env.get(LANGUAGE_ENV, "")
    if forced in (*SUPPORTED, PSEUDO):
        return forced
    if setting in SUPPORTED:
        return setting
    return system_language(env)


def catalog_file(language: str) -> Path:
    """The built catalog for ``language`` (English: its plural forms only)."""
    return TRANSLATIONS_DIR / f"backbreak_{language}.qm"


def install(language: str) -> bool:
    """Install the catalog of ``language`` on the running QCoreApplication, replacing
    any installed before, and make its locale the default for formats. True when a
    catalog is in use (False only when the catalog is missing)."""
    for old in _installed:
        QCoreApplication.removeTranslator(old)
    _installed.clear()
    if language not in ("en", PSEUDO):
        QLocale.setDefault(QLocale(language))  # "de": German formats (de_DE)
    elif language == "en" and system_language() != "en":
        QLocale.setDefault(QLocale("en_GB"))
    qt_own = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if language in SUPPORTED and qt_own.load(f"qtbase_{language}", qt_dir):
        QCoreApplication.installTranslator(qt_own)  # Qt's own buttons: OK, Cancel, Apply
        _installed.append(qt_own)
    translator = QTranslator()
    if not translator.load(str(catalog_file(language))):
        return False
    QCoreApplication.installTranslator(translator)
    _installed.append(translator)
    return True


def saved_language_setting(path: Path) -> str:
    """The ``language`` entry of the settings file, read without validating the rest
    (the CLI must stay light); ``system`` when absent or unreadable."""
    try:
        value = json.loads(path.read_text(encoding="utf-8")).get("language", "system")
    except (OSError, ValueError, AttributeError):
        return "system"
    return value if isinstance(value, str) else "system"


def cli_language() -> str:
    """The language the command line speaks: the override, the settings file's
    ``language`` entry (read without validating the file), then the system."""
    from backbreak.store.paths import settings_file

    return pick_language(saved_language_setting(settings_file()))


def install_for_cli() -> str:
    """The CLI's language, installed on the running Qt application or on a
    QCoreApplication made for the purpose (``translate`` needs an instance). Commands
    that may open a window (``backbreak start``) must not call this: their
    QApplication installs the language itself. Returns the language."""
    language = cli_language()
    if QCoreApplication.instance() is None:
        _installed_app.append(QCoreApplication([]))
    install(language)
    return language


_installed_app: list[QCoreApplication] = []


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction under ``context`` and return it untranslated; typed
    ``str`` (PySide6's own returns ``object``). Translate it where it is shown."""
    del context
    return text


_cli_catalog: list[QTranslator] = []


def translate(context: str, text: str, disambiguation: str = "", n: int = -1) -> str:
    """``QCoreApplication.translate``, also before any Qt application has a language.

    The CLI builds its parser, prints ``--help`` and argparse's errors before a Qt
    application exists, and for ``backbreak start`` it must not make one (the window's
    QApplication has to be the first). Until :func:`install` has run on a running
    application, a QTranslator with the CLI's language answers (it needs no
    application), and ``%n`` is replaced as ``QCoreApplication.translate`` does; after,
    the application's translators answer. lupdate extracts ``translate(ctx, text)``
    calls like ``QCoreApplication.translate`` ones (plurals: ``translate(ctx, text, "", n)``).
    """
    if _installed and QCoreApplication.instance() is not None:
        return QCoreApplication.translate(context, text, disambiguation, n)
    found = _cli_translator().translate(context, text, disambiguation, n)
    return _replace_percent_n(found or text, n)


def _cli_translator() -> QTranslator:
    """The catalog of the CLI's language, loaded once; when it is missing, the
    translator finds nothing and every text stays English."""
    if not _cli_catalog:
        translator = QTranslator()
        translator.load(str(catalog_file(cli_language())))
        _cli_catalog.append(translator)
    return _cli_catalog[0]


def _replace_percent_n(text: str, n: int) -> str:
    """``%n`` as the plain count, ``%Ln`` in the locale's digits: Qt's own rule."""
    if n < 0:
        return text
    return text.replace("%Ln", QLocale().toString(n)).replace("%n", str(n))
