"""
A small multi-outlet corpus for the HTML report's tests: five outlets
reporting one week of shelling in a made-up district, with totals that move,
outlets that disagree, and hostile text in names, sentences and URLs.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

#: Text that must reach the page as text, never as markup or a link.
HOSTILE_OUTLET = 'Daily <script>alert("outlet")</script> & Co'
HOSTILE_URL = "javascript:alert('url')"

# Each article: its file name, outlet, publication date, URL and text.
ARTICLES: list[tuple[str, str, str, str, str]] = [
    (
        "a1.txt",
        "Northern Courier",
        "2023-03-02",
        "https://courier.example/shelling-1",
        (
            "Shelling killed 4 civilians in Kharkiv on Wednesday, officials said. "
            "The death toll in Kharkiv since March 1 has risen to 4, the governor said."
        ),
    ),
    (
        "a2.txt",
        "Eastern Ledger",
        "2023-03-02",
        "https://ledger.example/kharkiv",
        (
            "Six civilians were killed in shelling in Kharkiv on Wednesday, the mayor said. "
            "Two Ukrainian soldiers were wounded in Izium on Tuesday, the army said."
        ),
    ),
    (
        "a3.txt",
        HOSTILE_OUTLET,
        "2023-03-04",
        HOSTILE_URL,
        (
            "At least 9 civilians have been killed in Kharkiv since March 1, "
            'the <b>regional</b> governor said in a post titled "<img src=x onerror=alert(1)>".'
        ),
    ),
    (
        "a4.txt",
        "Eastern Ledger",
        "2023-03-05",
        "https://ledger.example/kharkiv-2",
        (
            "Three civilians were killed in Kharkiv on Saturday, the mayor said. "
            "The death toll in Kharkiv since March 1 has risen to 12, the governor said."
        ),
    ),
    (
        "a5.txt",
        "Radio Meridian",
        "2023-03-05",
        "",
        (
            "Officials said 15 civilians have been killed in Kharkiv since March 1. "
            "On Tuesday two Ukrainian soldiers were wounded in Izium, according to the army."
        ),
    ),
]


def write_corpus(folder: Path) -> Path:
    """Write the articles and their manifest.csv into ``folder``; return it."""
    folder.mkdir(parents=True, exist_ok=True)
    manifest = io.StringIO()
    rows = csv.writer(manifest, lineterminator="\n")
    rows.writerow(["file", "outlet", "published", "url", "note"])
    for name, outlet, published, url, text in ARTICLES:
        (folder / name).write_text(text, encoding="utf-8")
        rows.writerow([name, outlet, published, url, ""])
    (folder / "manifest.csv").write_text(manifest.getvalue(), encoding="utf-8")
    return folder
