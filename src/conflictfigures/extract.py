"""
Figures out of raw news text: the public face of the extraction stages.
"""

from __future__ import annotations

import datetime as dt

from conflictfigures._extraction.document import read_document
from conflictfigures.errors import InvalidDate, InvalidFigure, InvalidText
from conflictfigures.models import Figure, iso_date, trusted_source
from conflictfigures.policy import DEFAULT_POLICY, BoundsPolicy

__all__ = ["extract", "parse_figure"]


def _check_published(published: object) -> dt.date | None:
    """Return ``published`` as a date, or raise :class:`InvalidDate`."""
    if published is None:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        day = _iso_day(published.strip())
        if day is None:
            raise InvalidDate(f"'published' must be an ISO date (YYYY-MM-DD), got {published!r}")
        return day
    raise InvalidDate(
        f"'published' must be a datetime.date, an ISO date string or None, got {published!r}"
    )


def _iso_day(text: str) -> dt.date | None:
    """
    The day of a date written YYYY-MM-DD, alone or before a time ("T09:30",
    " 09:30"), else ``None`` ("20200227" and "2020-W09-4" too, which
    ``fromisoformat`` would read).
    """
    try:
        day = iso_date(text[:10])
        if len(text) > 10 and (text[10] not in "T " or dt.datetime.fromisoformat(text) is None):
            return None
    except ValueError:
        return None
    return day


def _check_optional_str(name: str, value: object) -> str | None:
    if value is None or isinstance(value, str):
        return value
    raise InvalidText(f"{name!r} must be a str or None, got {type(value).__name__}")


def extract(
    text: str,
    *,
    published: dt.date | str | None = None,
    outlet: str | None = None,
    url: str | None = None,
    doc_id: str | None = None,
    policy: BoundsPolicy | None = None,
) -> list[Figure]:
    """
    Return every figure in a news text, each with its provenance.

    Args:
        text: the article as found, boilerplate and all.
        published: the publication date (a :class:`datetime.date`, a datetime,
            whose date is used, or an ISO string).  Relative words ("on
            Thursday", "so far this month") are resolved against it; without
            it they stay unresolved.
        outlet: who published it.
        url: where it was published.
        doc_id: your identifier for the document.
        policy: the bounds policy (default :data:`~conflictfigures.DEFAULT_POLICY`).

    Returns:
        The figures in text order; ``[]`` when there are none.

    Raises:
        InvalidText: ``text`` is not a ``str`` (or outlet, url, doc_id are
            neither ``str`` nor ``None``).
        InvalidDate: ``published`` is not a date or does not parse.

    >>> figs = extract("Two soldiers were killed and five wounded on Thursday.",
    ...                published="2020-02-27", outlet="Wire")
    >>> [(f.category.value, str(f.count), f.subject, f.date.isoformat()) for f in figs]
    [('killed', '2', 'soldiers', '2020-02-27'), ('wounded', '5', 'soldiers', '2020-02-27')]
    """
    if not isinstance(text, str):
        raise InvalidText(f"extract() needs the text as a str, got {type(text).__name__}")
    pub = _check_published(published)
    # (every value is checked here: the source is built without its own checks)
    source = trusted_source(
        outlet=_check_optional_str("outlet", outlet),
        url=_check_optional_str("url", url),
        published=pub,
        doc_id=_check_optional_str("doc_id", doc_id),
    )
    pol = DEFAULT_POLICY if policy is None else policy
    if not isinstance(pol, BoundsPolicy):
        raise InvalidText(f"'policy' must be a BoundsPolicy, got {type(pol).__name__}")
    return read_document(text, pub, source, pol)


def parse_figure(
    text: str,
    *,
    published: dt.date | str | None = None,
    policy: BoundsPolicy | None = None,
) -> Figure:
    """
    Read a short phrase as exactly one figure, strictly.

    >>> parse_figure("more than 50 Syrian forces were killed").count.low
    51

    Raises:
        InvalidFigure: the phrase holds no figure or more than one; the
            message shows the phrase with a caret under the problem.
        InvalidText: ``text`` is not a ``str``.
    """
    figures = extract(text, published=published, policy=policy)
    if len(figures) == 1:
        return figures[0]
    if not figures:
        raise InvalidFigure(f"Expected a figure in {text!r}\n    {text}\n    ^")
    second = figures[1].span.start
    raise InvalidFigure(
        f"Expected one figure, found {len(figures)} in {text!r}\n    {text}\n    {' ' * second}^"
    )
