"""
The HTML report in a real browser: Debian's chromium, headless, driven by
Playwright (which uses the system browser; it downloads none here).

Each page is checked for what a person sees: it loads with no console error
and no request beyond the file itself, its charts are drawn and not empty,
the seeds' five contradictions show both sides, a marked figure's text is
the figure's words, and it reads the same with JavaScript off.
Screenshots go to $CONFLICTFIGURES_SCREENSHOTS when set, else to a pytest
temporary folder (named in the test output).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

from conflictfigures import Ledger, read_documents
from conflictfigures._documents import seeds_folder
from conflictfigures.cli import main
from tests.cases.html_corpus import HOSTILE_OUTLET, write_corpus

if TYPE_CHECKING:
    from collections.abc import Iterator

    from playwright.sync_api import Browser, Page

CHROMIUM = (
    os.environ.get("CONFLICTFIGURES_CHROMIUM")
    or shutil.which("chromium")
    or shutil.which("chromium-browser")
)
if CHROMIUM is None:
    _why = os.environ.get("CONFLICTFIGURES_NO_BROWSER")
    if _why:
        pytest.skip(f"no chromium: {_why}", allow_module_level=True)
    if os.environ.get("CI"):
        pytest.fail(
            "chromium is missing under CI: .ci/run installs it, or says why it could not",
            pytrace=False,
        )
    pytest.skip(
        "chromium is not installed (apt-get install chromium; .ci/run does it)",
        allow_module_level=True,
    )

# The flags for a quiet, offline, root-run headless chromium.
FLAGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="module")
def screenshots(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = os.environ.get("CONFLICTFIGURES_SCREENSHOTS")
    path = Path(folder) if folder else tmp_path_factory.mktemp("screenshots")
    path.mkdir(parents=True, exist_ok=True)
    print(f"screenshots in {path}")  # noqa: T201 - tells where to look (pytest -s)
    return path


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    from playwright.sync_api import sync_playwright  # noqa: PLC0415 - only when chromium is there

    # Playwright gives the browser a new temporary profile (--user-data-dir) itself.
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=FLAGS)
        yield launched
        launched.close()


class _Visit:
    """A page opened in the browser, with everything it logged and asked for."""

    def __init__(self, browser: Browser, path: Path, *, javascript: bool = True) -> None:
        self.context = browser.new_context(
            java_script_enabled=javascript, viewport={"width": 1200, "height": 900}
        )
        self.page: Page = self.context.new_page()
        self.problems: list[str] = []
        self.requests: list[str] = []
        self.page.on(
            "console",
            lambda m: (
                self.problems.append(f"console {m.type}: {m.text}")
                if m.type in {"error", "warning"}
                else None
            ),
        )
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", lambda r: self.problems.append(f"request failed: {r.url}"))
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.url = path.resolve().as_uri()
        self.page.goto(self.url, wait_until="load")

    def close(self) -> None:
        self.context.close()


def _write(tmp_path: Path, *argv: str) -> Path:
    out = tmp_path / "report.html"
    assert main(["report", *argv, "--format", "html", "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def seeds_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _write(tmp_path_factory.mktemp("seeds"))


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = write_corpus(tmp_path_factory.mktemp("corpus") / "articles")
    return _write(folder.parent, str(folder))


def _shoot(page: Page, path: Path, *, full_page: bool = True) -> None:
    page.screenshot(path=path, full_page=full_page)
    assert path.stat().st_size > 10_000, f"{path} is nearly empty"


def _loads_cleanly(visit: _Visit) -> None:
    assert visit.problems == []
    assert visit.requests == [visit.url], "the page asks for nothing but itself"


def _charts(page: Page) -> list[dict[str, Any]]:
    boxes: list[dict[str, Any]] = page.eval_on_selector_all(
        "#totals figure svg",
        """svgs => svgs.map(svg => {
            const box = svg.getBoundingClientRect();
            return {width: box.width, height: box.height,
                    marks: svg.querySelectorAll('path[d]').length,
                    words: Array.from(svg.querySelectorAll('text'), t => t.textContent)};
        })""",
    )
    return boxes


def test_the_seeds_page_in_chromium(browser: Browser, seeds_page: Path, screenshots: Path) -> None:
    visit = _Visit(browser, seeds_page)
    page = visit.page
    _shoot(page, screenshots / "seeds.png")
    _loads_cleanly(visit)

    charts = _charts(page)
    assert len(charts) == 9
    for chart in charts:
        assert chart["width"] > 250
        assert chart["height"] > 150
        assert chart["marks"] > 5
    assert any("The Defense Post" in c["words"] for c in charts), "chart words are text"

    cards = page.locator("#contradictions article.card")
    assert cards.count() == 5
    for i in range(5):
        card = cards.nth(i)
        assert card.is_visible()
        sides = card.locator(".side")
        assert sides.count() >= 2
        for j in range(sides.count()):
            assert sides.nth(j).locator("h4").inner_text().strip()
            assert sides.nth(j).locator("li mark").count() >= 1
    shot = screenshots / "seeds-contradiction.png"
    cards.first.screenshot(path=shot)
    assert shot.stat().st_size > 10_000

    docs = list(read_documents([seeds_folder()]))
    ledger = Ledger([f for d in docs for f in d.figures()])
    figures = list(ledger)
    marked = [page.locator(f"#f{n} > q > mark").inner_text() for n in range(1, len(figures) + 1)]
    assert marked == [f.surface for f in figures]

    # The end tags the page leaves out are implied where they should be:
    # one row of six cells per claim, one item per document.
    cells = page.eval_on_selector_all(
        "#estimates tbody tr", "rows => rows.map(r => r.children.length)"
    )
    assert cells == [6] * len(ledger.claims())
    assert page.locator("#figures ol.docs > li").count() == len(docs)

    # A figure quoted in a card is listed in its document with a link that
    # lands on its sentence in the card.
    link = page.locator("#figures a", has_text="quoted in a contradiction").first
    target = link.get_attribute("href")
    assert target is not None
    link.click()
    assert page.url.endswith(target)
    assert page.locator(f"#contradictions {target} > q > mark").is_visible()
    visit.close()


def test_the_corpus_page_in_chromium(
    browser: Browser, corpus_page: Path, screenshots: Path
) -> None:
    visit = _Visit(browser, corpus_page)
    page = visit.page
    _shoot(page, screenshots / "corpus.png")
    _loads_cleanly(visit)
    [chart] = _charts(page)
    assert chart["marks"] > 5
    assert HOSTILE_OUTLET in chart["words"]
    assert page.locator("#contradictions article.card .side").count() == 2
    assert page.get_by_text(HOSTILE_OUTLET, exact=True).first.is_visible()
    assert page.locator("script, img").count() == 0, "article markup stays text"
    mismatches = page.locator("#totals td .no")
    assert mismatches.count() >= 1
    assert mismatches.first.inner_text() == "does not match"
    visit.close()


def test_the_page_reads_the_same_with_javascript_off(
    browser: Browser, seeds_page: Path, screenshots: Path
) -> None:
    on = _Visit(browser, seeds_page)
    off = _Visit(browser, seeds_page, javascript=False)
    _shoot(off.page, screenshots / "seeds-no-javascript.png", full_page=False)
    _loads_cleanly(off)
    assert off.page.inner_text("main") == on.page.inner_text("main")
    assert off.page.locator("#totals figure svg").count() == 9
    on.close()
    off.close()
