"""argparse in the user's language: the parser class of every ``backbreak`` parser, and
the catalog argparse's own words are looked up in.

Decision: argparse looks up its own words ("usage: ", "options", "the following
arguments are required: %s", …) through its module globals ``_`` and ``ngettext``,
which are gettext's. Serving them through gettext would need ``.mo`` files in
gettext's "messages" domain, a second catalog beside Qt's. Instead,
:func:`argparse_in_language` points those two globals at our Qt catalog (context
``argparse``, see :func:`backbreak.i18n.translate`) while the CLI builds its parser,
parses, and prints help, usage or errors, then puts gettext's back, so argparse used
by anything else in the process is untouched. The English templates argparse uses for
a user's mistakes are listed in :data:`ARGPARSE_TEXTS` with ``QT_TRANSLATE_NOOP``, so
lupdate extracts them; a translation keeps argparse's ``%s`` / ``%(name)s``
placeholders, which argparse fills after the lookup. Texts not listed (a programming
error such as a conflicting option string) stay English.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import NoReturn

from backbreak.i18n import QT_TRANSLATE_NOOP, translate

ARGPARSE = "argparse"
ARGPARSE_TEXTS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "unexpected option string: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "unknown parser %(parser_name)r (choices: %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)
"""argparse's words for a user's mistakes and its help layout (Python 3.10 to 3.13)."""
PLURALS = {
    "expected %s argument": QT_TRANSLATE_NOOP("argparse", "expected %s argument(s)"),
}
"""argparse's ``ngettext`` messages, by their singular, as one "(s)" plural message."""


_PLACEHOLDER = re.compile(r"%\(\w+\)[sr]|%[sr]")


def _checked(english: str, translated: str) -> str:
    """The translation, unless its placeholders differ from the English ones: argparse
    fills them in after the lookup, and a missing one would end in a traceback."""
    if sorted(_PLACEHOLDER.findall(translated)) != sorted(_PLACEHOLDER.findall(english)):
        return english
    return translated


def _gettext(text: str) -> str:
    """argparse's ``_``: its English template in the user's language."""
    if not isinstance(text, str) or not text:
        return text
    return _checked(text, translate(ARGPARSE, text))


def _ngettext(singular: str, plural: str, n: int) -> str:
    """argparse's ``ngettext``: the "(s)" message of a known pair, else English."""
    english = singular if n == 1 else plural
    message = PLURALS.get(singular)
    if message is None:
        return english
    return _checked(english, translate(ARGPARSE, message, "", n))


@contextmanager
def argparse_in_language() -> Iterator[None]:
    """argparse's own words from our catalog while the block runs (see the module)."""
    module = vars(argparse)
    saved: tuple[Callable[..., str], Callable[..., str]] = (module["_"], module["ngettext"])
    module["_"], module["ngettext"] = _gettext, _ngettext
    try:
        yield
    finally:
        module["_"], module["ngettext"] = saved


def error_text(prog: str, message: str) -> str:
    """A usage error as every ``backbreak`` command reports it, ending in a newline."""
    #: {prog} is the command ("backbreak plan"); {message} says what is wrong.
    text = translate("parsing", "{prog}: error: {message}\nTry '{prog} --help'.")
    return text.format(prog=prog, message=message) + "\n"


class Parser(argparse.ArgumentParser):
    """argparse, but errors name the command and exit 2 without a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, error_text(self.prog, message))
