"""
Saved web pages: the article's main text and its metadata, by trafilatura.

A saved page (``.html``) holds menus, footers and scripts around the
article.
Its main text is taken out by `trafilatura`_ (the ``pages`` extra), and that
text, not the markup, becomes the document's text, so every figure's span
slices the stored text to its words.
The page's title, date, URL and site name are kept as provenance.

.. _trafilatura: https://trafilatura.readthedocs.io/
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from conflictfigures.models import iso_date

if TYPE_CHECKING:
    import datetime as dt
    from pathlib import Path

__all__ = ["PAGE_SUFFIXES", "Page", "PagesExtraMissing", "read_page"]

#: Suffixes of the files read as saved web pages.
PAGE_SUFFIXES = frozenset({".html", ".htm"})

_INSTALL = "pip install 'conflictfigures[pages]'"


class PagesExtraMissing(ImportError):
    """trafilatura is not installed."""


@attrs.frozen(kw_only=True)
class Page:
    """The main text of a page and what the page says about itself."""

    text: str
    title: str | None = None
    published: dt.date | None = None
    url: str | None = None
    site: str | None = None


def _date(value: object) -> dt.date | None:
    """The page's date when it is a calendar day (trafilatura writes ``YYYY-MM-DD``)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        return iso_date(value[:10])
    except ValueError:
        return None


def _text(value: object) -> str | None:
    return value.strip() or None if isinstance(value, str) else None


def read_page(markup: str, path: Path) -> Page | None:
    """
    Take the main text and the metadata out of a page's markup.

    Returns:
        The page, or ``None`` when it has no main text.

    Raises:
        PagesExtraMissing: trafilatura is not installed.
    """
    try:
        import trafilatura  # noqa: PLC0415 - an optional extra, loaded when a page is met
    except ImportError as exc:
        raise PagesExtraMissing(
            f"reading saved web pages ({path.suffix}) needs the 'pages' extra: {_INSTALL}"
        ) from exc
    found = trafilatura.bare_extraction(markup, with_metadata=True, include_comments=False)
    if found is None:
        return None
    text = getattr(found, "text", None)
    if not isinstance(text, str) or not text.strip():
        return None
    return Page(
        text=text,
        title=_text(getattr(found, "title", None)),
        published=_date(getattr(found, "date", None)),
        url=_text(getattr(found, "url", None)),
        site=_text(getattr(found, "sitename", None)),
    )
