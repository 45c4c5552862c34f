"""
Errors raised by conflictfigures.

Every error derives from :class:`ConflictFiguresError`.
Errors about a bad value also derive from :class:`ValueError`, so code that
already catches ``ValueError`` keeps working; errors about a value of the
wrong type derive from :class:`TypeError` as well.
Disagreements between outlets are never errors: they are results
(:class:`conflictfigures.Contradiction`).
"""

from __future__ import annotations

__all__ = [
    "ConflictFiguresError",
    "InvalidCount",
    "InvalidDate",
    "InvalidFigure",
    "InvalidOutput",
    "InvalidPeriod",
    "InvalidPolicy",
    "InvalidRecord",
    "InvalidReportOption",
    "InvalidSpan",
    "InvalidText",
    "InvalidType",
    "NotAFigure",
    "UnknownCategory",
    "UnknownQualifier",
]


class ConflictFiguresError(Exception):
    """
    Base class of every error this library raises.

    .. versionadded:: 0.1.0
    """


class UnknownCategory(ConflictFiguresError, ValueError):
    """
    A category name that is not one of :class:`conflictfigures.Category`.

    .. versionadded:: 0.1.0
    """


class UnknownQualifier(ConflictFiguresError, ValueError):
    """
    A qualifier name that is not one of :class:`conflictfigures.Qualifier`.

    .. versionadded:: 0.1.0
    """


class InvalidCount(ConflictFiguresError, ValueError):
    """
    A count whose numbers cannot be true: negative, ``high < low``, a bound
    that excludes the stated number where the qualifier says it must not, or a
    vague count without its word.

    .. versionadded:: 0.1.0
    """


class InvalidPeriod(ConflictFiguresError, ValueError):
    """
    A period that ends before it starts.

    .. versionadded:: 0.1.0
    """


class InvalidSpan(ConflictFiguresError, ValueError):
    """
    A character span that is negative, reversed, or does not slice back to its
    words.

    .. versionadded:: 0.1.0
    """


class InvalidFigure(ConflictFiguresError, ValueError):
    """
    A figure whose fields are inconsistent, or text that the strict parser
    :func:`conflictfigures.parse_figure` cannot read as one figure.

    .. versionadded:: 0.1.0
    """


class InvalidRecord(ConflictFiguresError, ValueError):
    """
    A record (a JSON-ready ``dict``) that cannot be read back into a model.

    The message says which key was wrong, e.g. ``@ $.period[1]``.

    .. versionadded:: 0.1.0
    """


class InvalidOutput(ConflictFiguresError, ValueError):
    """
    An output path that cannot be written whole: empty, a symbolic link to
    nothing, or something other than a regular file (a folder, a named pipe,
    a device). Nothing is written.

    .. versionadded:: 0.1.0
    """


class InvalidPolicy(ConflictFiguresError, ValueError):
    """
    A bounds or estimate policy whose settings contradict each other.

    .. versionadded:: 0.1.0
    """


class InvalidReportOption(ConflictFiguresError, ValueError):
    """
    A report option out of its range, such as a negative chart budget for
    :func:`conflictfigures.render_html`.

    .. versionadded:: 0.1.0
    """


class InvalidDate(ConflictFiguresError, ValueError):
    """
    A publication or reference date that is not a :class:`datetime.date`, is
    an ISO string that does not parse, or mixes naive and aware datetimes.

    .. versionadded:: 0.1.0
    """


class InvalidText(ConflictFiguresError, TypeError, ValueError):
    """
    Text passed to extraction that is not a ``str`` (``bytes``, ``None``, ...).

    It is a :class:`TypeError` as well as a :class:`ValueError`.

    .. versionadded:: 0.1.0
    """


class InvalidType(ConflictFiguresError, TypeError):
    """
    An argument of the wrong type: the message names the argument, what it
    must be and the type it got, e.g. ``'document' must be a Document, got
    str``.

    .. versionadded:: 0.1.0
    """


class NotAFigure(InvalidFigure, InvalidType):
    """
    Something given where a :class:`conflictfigures.Figure` is needed that is
    not one (``None``, a ``dict``, a ``str``): an :class:`InvalidFigure` and a
    :class:`TypeError`. The message names the argument and the position.

    .. versionadded:: 0.1.0
    """


def shown(name: object) -> str:
    r"""
    Return a file name (or any text from outside) as an error line shows it:
    as it is when every character is printable, else as a Python literal, so
    that a newline, an escape sequence or an undecodable byte can neither
    forge a line nor reach the terminal.

    >>> print(shown("a.txt"), shown("a\nb.txt"), shown("caf\udce9.txt"))
    a.txt 'a\nb.txt' 'caf\udce9.txt'
    """
    text = str(name)
    return text if text.isprintable() else repr(text)


def one_line(text: str) -> str:
    r"""
    Return a message as one printable line: runs of white space (newlines
    included) become one space, and any other character that is not
    printable is written as its escape.

    >>> print(one_line("*** in database main ***\nPage 8: \x1b[2J"))
    *** in database main *** Page 8: \x1b[2J
    """
    text = " ".join(text.split())
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)


def type_name(value: object) -> str:
    """The name of a value's type, for messages: ``str``, ``NoneType``."""
    return type(value).__name__
