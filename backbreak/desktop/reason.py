"""A backend's ``reason`` or ``install_hint``: English when made, translated when shown.

Backends fill in their reasons at import (class attributes), in ``available()``, in a
worker thread, or before the app has installed its translator; ``backbreak status``
shows them later, in the app's language. A :class:`Reason` is therefore a ``str`` (the
English text, for logs, tests and the protocol's ``reason: str``) that also keeps its
marked English template and the values for its placeholders, and
:meth:`Reason.translated` translates the template at the moment it is shown.

Every template is marked under one context, :data:`CONTEXT`:
``Reason(QT_TRANSLATE_NOOP("backend", "no {name} on the session bus"), name=BUS_NAME)``.
A value that is itself a :class:`Reason` is translated with it. Plain strings (a
backend's own, a test's fake) pass through :func:`shown` unchanged.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from backbreak.i18n import QT_TRANSLATE_NOOP

CONTEXT = "backend"
"""The catalog context of every reason and install hint."""


class Reason(str):
    """English text that :func:`shown` translates; ``template`` is marked with
    ``QT_TRANSLATE_NOOP("backend", ...)`` and formatted with ``args`` after translating."""

    template: str
    args: dict[str, str]

    def __new__(cls, template: str, **args: object) -> Reason:
        values = {
            key: value if isinstance(value, str) else str(value) for key, value in args.items()
        }
        english = template.format(**values) if values else template
        made = super().__new__(cls, english)
        made.template = template
        made.args = values
        return made

    def translated(self) -> str:
        """The text in the installed language (English when none is installed)."""
        text = QCoreApplication.translate(CONTEXT, self.template)
        if not self.args:
            return text
        return text.format(**{key: shown(value) for key, value in self.args.items()})


def install_package(package: str, command: str = "") -> Reason:
    """The install hint "install PACKAGE (COMMAND)"; ``command`` says what it provides
    or how to install it."""
    if not command:
        return Reason(QT_TRANSLATE_NOOP("backend", "install {package}"), package=package)
    return Reason(
        #: {package} is a package's name; {command} a program it provides or how to install it.
        QT_TRANSLATE_NOOP("backend", "install {package} ({command})"),
        package=package,
        command=command,
    )


def shown(text: str) -> str:
    """``text`` as the user reads it: a :class:`Reason` translated, any other text as is."""
    return text.translated() if isinstance(text, Reason) else text
