"""The HTML report: what the page says, that it escapes articles, fetches nothing, and links up."""

from __future__ import annotations

import datetime as dt
import html
import importlib
import io
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conflictfigures import (
    DEFAULT_POLICY,
    Category,
    Count,
    Figure,
    InvalidReportOption,
    Ledger,
    Source,
    Span,
    _charts as charts,
    read_documents,
    render_html,
)
from conflictfigures._documents import seeds_folder
from conflictfigures.cli import main
from conflictfigures.strategies import figures, reports
from tests.cases.html_corpus import HOSTILE_OUTLET, HOSTILE_URL, write_corpus

if TYPE_CHECKING:
    from collections.abc import Iterator


class _Element:
    def __init__(self, tag: str, attrs: dict[str, str | None]) -> None:
        self.tag = tag
        self.attrs = attrs
        self.children: list[_Element | str] = []

    def text(self) -> str:
        return "".join(c if isinstance(c, str) else c.text() for c in self.children)

    def iter(self) -> Iterator[_Element]:
        yield self
        for child in self.children:
            if isinstance(child, _Element):
                yield from child.iter()

    def find_all(self, tag: str, cls: str | None = None) -> list[_Element]:
        return [
            e
            for e in self.iter()
            if e.tag == tag and (cls is None or cls in (e.attrs.get("class") or "").split())
        ]


_VOID = {"meta", "br", "img", "input", "link", "hr"}

# The end tags the page leaves out, as HTML allows: a start tag closes an
# open element of the same kind, unless a boundary (its list, row or table)
# is open inside it. An end tag closes everything opened inside its element.
_CLOSES = {
    "li": ({"li"}, {"ol", "ul"}),
    "td": ({"td", "th"}, {"tr", "table"}),
    "th": ({"td", "th"}, {"tr", "table"}),
    "tr": ({"tr"}, {"thead", "tbody", "table"}),
}


class _Tree(HTMLParser):
    """A small DOM: enough to find elements by tag, class and id."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root = _Element("#root", {})
        self._stack = [self.root]

    def _close_implied(self, tag: str) -> None:
        closed, boundaries = _CLOSES.get(tag, (set(), set()))
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i].tag in closed:
                del self._stack[i:]
                return
            if self._stack[i].tag in boundaries:
                return

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._close_implied(tag)
        element = _Element(tag, dict(attrs))
        self._stack[-1].children.append(element)
        if tag not in _VOID:
            self._stack.append(element)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._stack[-1].children.append(_Element(tag, dict(attrs)))

    def handle_endtag(self, tag: str) -> None:
        for i in range(len(self._stack) - 1, 0, -1):
            if self._stack[i].tag == tag:
                del self._stack[i:]
                return
        msg = f"</{tag}> closes nothing"
        raise AssertionError(msg)

    def handle_data(self, data: str) -> None:
        self._stack[-1].children.append(data)


def parse(page: str) -> _Element:
    tree = _Tree()
    tree.feed(page)
    tree.close()
    assert [e.tag for e in tree._stack] == ["#root"], "every element is closed"
    return tree.root


def _ids(root: _Element) -> dict[str, _Element]:
    found: dict[str, _Element] = {}
    for element in root.iter():
        anchor = element.attrs.get("id")
        if anchor is not None:
            assert anchor not in found, f"id {anchor!r} is used twice"
            found[anchor] = element
    return found


def _seeds() -> tuple[Ledger, list[Source]]:
    docs = list(read_documents([seeds_folder()]))
    return Ledger([f for d in docs for f in d.figures()]), [d.source for d in docs]


@pytest.fixture(scope="module")
def seeds() -> tuple[Ledger, str, _Element]:
    ledger, sources = _seeds()
    page = render_html(ledger, title="bundled seeds", documents=sources, bounds=DEFAULT_POLICY)
    return ledger, page, parse(page)


def test_the_header_says_what_was_read_and_the_policies(
    seeds: tuple[Ledger, str, _Element],
) -> None:
    _ledger, _page, root = seeds
    [facts] = root.find_all("dl", "facts")
    rows = dict(
        zip(
            [e.text() for e in facts.find_all("dt")],
            [e.text() for e in facts.find_all("dd")],
            strict=True,
        )
    )
    assert rows["Read"] == "5 documents, 52 figures"
    assert rows["Outlets"] == (
        "4: Haaretz, The Defense Post, The Moscow Times, The New Arab (and 1 document naming none)"
    )
    assert rows["Published"] == "2020-02-27"
    assert rows["Estimate policy"].startswith("ucdp: low is the consensus floor")
    assert rows["Bounds policy"] == "default: “about” is ±10%, “nearly” starts at 90%"


def test_every_link_on_the_page_leads_somewhere(seeds: tuple[Ledger, str, _Element]) -> None:
    _ledger, _page, root = seeds
    ids = _ids(root)
    links = [a.attrs["href"] or "" for a in root.find_all("a")]
    internal = [h[1:] for h in links if h.startswith("#")]
    assert [h for h in internal if h not in ids] == []
    cards = set(ids["contradictions"].iter())
    ledger = seeds[0]
    unlinked = [
        n
        for n in range(1, len(ledger) + 1)
        if f"f{n}" not in internal and ids[f"f{n}"] not in cards
    ]
    assert unlinked == [], "a figure outside the cards is linked from its estimate at least"


def test_every_figure_has_one_home_with_its_words_marked(
    seeds: tuple[Ledger, str, _Element],
) -> None:
    ledger, _page, root = seeds
    ids = _ids(root)
    in_cards = 0
    for n, figure in enumerate(ledger, 1):
        home = ids[f"f{n}"]
        [mark] = home.find_all("mark")
        assert mark.text() == figure.surface
        assert figure.sentence is not None
        quote = home.find_all("q")[0].text()
        assert quote.strip("…") in figure.sentence
        # Cut to 100 characters or fewer beyond the figure, at a space.
        if quote.startswith("…"):
            assert quote.index(figure.surface) - 1 <= 100
        if quote.endswith("…"):
            assert len(quote) - quote.index(figure.surface) - len(figure.surface) - 1 <= 100
        assert quote.strip("…") == figure.sentence or quote != quote.strip("…")
        in_cards += home in ids["contradictions"].iter()
    assert 0 < in_cards < len(ledger), "quoted figures live in their card, the rest in documents"


def test_a_sentence_with_several_figures_is_shown_in_full_once(
    seeds: tuple[Ledger, str, _Element],
) -> None:
    _ledger, _page, root = seeds
    quotes = [q.text() for q in _ids(root)["figures"].find_all("q")]
    sentence = (
        "In a statement, the defense ministry said five tanks, two armoured personnel carriers, "
        "two armoured trucks and one howitzer were also destroyed in retaliation."
    )
    assert quotes.count(sentence) == 1
    following = quotes[quotes.index(sentence) + 1 : quotes.index(sentence) + 4]
    assert following == [
        "…ministry said five tanks, two armoured personnel carriers, two armoured trucks and one…",
        "…armoured personnel carriers, two armoured trucks and one howitzer were also…",
        "…two armoured trucks and one howitzer were also destroyed in retaliation.",
    ]


def test_the_five_seed_contradictions_are_cards_with_both_sides(
    seeds: tuple[Ledger, str, _Element],
) -> None:
    ledger, _page, root = seeds
    ids = _ids(root)
    cards = ids["contradictions"].find_all("article", "card")
    contradictions = ledger.contradictions()
    assert len(cards) == len(contradictions) == 5
    for card, item in zip(cards, contradictions, strict=True):
        sides = card.find_all("div", "side")
        assert [s.find_all("h4")[0].text() for s in sides] == [str(s.count) for s in item.sides]
        for side, expected in zip(sides, item.sides, strict=True):
            marks = [m.text() for m in side.find_all("mark")]
            assert 1 <= len(marks) <= 2
            assert set(marks) <= {f.surface for f in expected.figures}
            shown = {e.attrs.get("id") for e in side.find_all("li")} | {
                (a.attrs["href"] or "")[1:] for a in side.find_all("a")
            }
            want = {f"f{list(ledger).index(f) + 1}" for f in expected.figures}
            assert want <= shown, "every report of a side is quoted or linked"
        kind = card.find_all("span", "kind")[0].text()
        assert (
            kind
            == {"revision": "revision by one source", "conflict": "conflict between sources"}[
                item.kind
            ]
        )


def test_the_idlib_running_total_is_charted_beside_its_incidents(
    seeds: tuple[Ledger, str, _Element],
) -> None:
    _ledger, _page, root = seeds
    [article] = [
        a
        for a in _ids(root)["totals"].find_all("article")
        if a.find_all("h3")[0].text() == "killed · Turkey military · Idlib · since 2020-02-01"
    ]
    rows = [
        [td.text() for td in tr.find_all("td")]
        for tr in article.find_all("tbody")[0].find_all("tr")
    ]
    assert rows[-1][0] == "2020-02-27"
    assert re.findall(r"\b(\d+) \(", rows[-1][1]) == ["20", "15", "19"]
    assert rows[-1][3:] == ["15 to 16", "does not match"]
    [svg] = article.find_all("svg")
    words = {t.text() for t in svg.find_all("text")}
    assert {"Haaretz", "The Defense Post", "The Moscow Times", "The New Arab"} <= words
    assert {charts.INCIDENT_SUM, charts.RECOMPUTED} <= words
    assert len(svg.find_all("path")) > 5


def test_the_page_has_no_script_and_loads_nothing(seeds: tuple[Ledger, str, _Element]) -> None:
    _ledger, page, root = seeds
    assert root.find_all("script") == []
    assert root.find_all("link") == []
    assert not [
        e for e in root.iter() if "src" in e.attrs or any(k.startswith("on") for k in e.attrs)
    ]
    assert "url(" not in page
    assert "@import" not in page
    [policy] = [m for m in root.find_all("meta") if m.attrs.get("http-equiv")]
    assert policy.attrs["content"] == "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def _hostile_figure(text: str, outlet: str, url: str) -> Figure:
    start = text.index("12")
    surface = text[start : start + len("12 <b>people</b>")]
    return Figure(
        category=Category.KILLED,
        count=Count.read(12, "exact"),
        span=Span(start=start, end=start + len(surface)),
        surface=surface,
        source=Source(outlet=outlet, url=url, published=dt.date(2024, 5, 1), doc_id="<d>"),
        subject='<i>people</i>"',
        location="<Gaza>",
        date=dt.date(2024, 5, 1),
        claimed_by="</blockquote><script>x()</script>",
        sentence=text,
        sentence_span=Span(start=0, end=len(text)),
    )


def test_everything_from_articles_is_escaped() -> None:
    text = 'They said 12 <b>people</b> died & "<img src=x onerror=alert(1)>" was posted.'
    figures = [
        _hostile_figure(text, HOSTILE_OUTLET, HOSTILE_URL),
        attrs.evolve(
            _hostile_figure(text, "Other ' outlet", 'https://x.example/?a=1&b="2"'),
            count=Count.read(14, "exact"),
        ),
    ]
    page = render_html(Ledger(figures), title="<title> & 'quotes'")
    root = parse(page)
    assert root.find_all("script") == []
    assert root.find_all("img") == []
    assert all("people" not in b.text() for b in root.find_all("b")), "article <b> stays text"
    hrefs = [a.attrs["href"] or "" for a in root.find_all("a")]
    assert not [h for h in hrefs if h.lower().startswith("javascript")]
    assert 'https://x.example/?a=1&b="2"' in hrefs
    assert root.find_all("h1")[0].text() == "<title> & 'quotes'"
    marks = [m.text() for m in root.find_all("mark")]
    assert "12 <b>people</b>" in marks
    assert any(HOSTILE_OUTLET in e.text() for e in root.find_all("h3"))
    assert HOSTILE_URL in page.replace("&#x27;", "'")  # shown, as text only


def test_max_charts_picks_the_longest_series_and_tables_the_rest() -> None:
    ledger, _ = _seeds()
    none = parse(render_html(ledger, max_charts=0))
    assert none.find_all("svg") == []
    assert len(_ids(none)["totals"].find_all("table")) == len(ledger.running_totals())
    one = parse(render_html(ledger, max_charts=1))
    [charted] = [a for a in one.find_all("article") if a.find_all("svg")]
    assert charted.find_all("h3")[0].text() == "killed · Turkey military · Idlib · since 2020-02-01"
    assert "Charts for the 1 series with the most points" in _ids(one)["totals"].text()


def test_max_cards_gives_cards_to_the_most_carried_and_rows_to_the_rest() -> None:
    ledger, _ = _seeds()
    contradictions = ledger.contradictions()
    root = parse(render_html(ledger, max_charts=0, max_cards=2))
    ids = _ids(root)
    section = ids["contradictions"]
    cards = section.find_all("article", "card")
    rows = [tr for tr in section.find_all("tr") if "id" in tr.attrs]
    assert (len(cards), len(rows)) == (2, len(contradictions) - 2)
    assert "Cards for the 2 contradictions carried by the most outlets; the other 3 are rows" in (
        section.text()
    )
    outlets = [len({o for s in c.sides for o in s.outlets}) for c in contradictions]
    carded = {int((c.attrs["id"] or "")[1:]) - 1 for c in cards}
    rest = set(range(len(contradictions))) - carded
    assert min(outlets[i] for i in carded) >= max(outlets[i] for i in rest)
    anchors = {f: f"f{n}" for n, f in enumerate(ledger, 1)}
    for row in rows:
        item = contradictions[int((row.attrs["id"] or "")[1:]) - 1]
        assert [b.text() for b in row.find_all("b")] == [str(s.count) for s in item.sides]
        linked = {(a.attrs["href"] or "")[1:] for a in row.find_all("a")}
        assert {anchors[f] for s in item.sides for f in s.figures} <= linked
        in_cards = {e for card in cards for e in card.iter()}
        for f in (f for s in item.sides for f in s.figures):  # in its document, or another card
            assert ids[anchors[f]] in in_cards or ids[anchors[f]] in ids["figures"].iter()
    links = [(a.attrs["href"] or "")[1:] for a in root.find_all("a")]
    assert [h for h in links if h and h not in ids and "://" not in h] == []


def test_a_document_of_one_figure_is_one_item_and_its_date_links_to_it() -> None:
    text = "Officials said 12 people were killed in the city on Tuesday."
    start = text.index("12")
    lone = Figure(
        category=Category.KILLED,
        count=Count.read(12, "exact"),
        span=Span(start=start, end=start + len("12 people")),
        surface="12 people",
        source=Source(
            outlet="The Courier",
            url="https://courier.example/news/2024/05/01/city",
            published=dt.date(2024, 5, 1),
            doc_id="courier-city",
        ),
        sentence=text,
        sentence_span=Span(start=0, end=len(text)),
    )
    root = parse(render_html(Ledger([lone]), max_charts=0))
    home = _ids(root)["f1"]
    assert home.tag == "li"
    assert home.find_all("ol") == []
    date, count = home.find_all("a")
    assert (date.attrs["href"], date.text()) == (lone.source.url, "2024-05-01")
    assert (count.attrs["href"], count.text()) == ("#c1", "12 killed")
    assert home.text().startswith("2024-05-01 · courier-city · 12 killed")
    [mark] = home.find_all("mark")
    assert mark.text() == "12 people"


def test_a_long_list_of_outlets_waits_behind_its_count() -> None:
    ledger, _ = _seeds()
    renamed = [
        attrs.evolve(f, source=attrs.evolve(f.source, outlet=f"Outlet {n:02}"))
        for n, f in enumerate(ledger)
    ]
    root = parse(render_html(Ledger(renamed), max_charts=0))
    [outlets] = [dd for dd in root.find_all("dd") if dd.find_all("details")]
    [summary] = outlets.find_all("summary")
    assert summary.text() == f"{len(renamed)} · names"
    assert outlets.text().endswith(", ".join(f"Outlet {n:02}" for n in range(len(renamed))))


def test_compact_svg_keeps_every_mark_and_word() -> None:
    vl_convert = importlib.import_module("vl_convert")
    ledger, _ = _seeds()
    for total in ledger.running_totals()[:3]:
        drawn = str(vl_convert.vegalite_to_svg(charts.total_chart(total)))
        small = charts.compact_svg(drawn)
        assert len(small) < len(drawn) / 2
        assert "aria-" not in small
        assert 'class="' not in small

        def marks(svg: str) -> list[tuple[str, str, str]]:
            return sorted(
                (e.tag, e.attrs.get("fill") or "", e.attrs.get("stroke") or "")
                for e in parse(svg).iter()
                if e.tag in {"path", "line", "rect", "text"}
                and e.attrs.get("d") not in {"M0,0h0v0h0Z", ""}
            )

        assert marks(small) == marks(drawn)
        assert [t.text() for t in parse(small).find_all("text")] == [
            t.text() for t in parse(drawn).find_all("text")
        ]


def test_compact_svg_edits_tags_only() -> None:
    drawn = (
        '<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="10"><g><g class="a" '
        'role="b"><text aria-label="x" opacity="1" transform="translate(35.95062254437273,2)">'
        'A role="q" &lt;b&gt; 1.23456</text></g><g transform="translate(0.5,1)"><path d=""'
        ' display="none"/></g></g></svg>'
    )
    assert charts.compact_svg(drawn) == (
        '<svg font-family="sans-serif" width="10"><text transform="translate(36,2)">'
        'A role="q" &lt;b&gt; 1.23456</text><g transform="translate(0.5,1)"></g></svg>'
    )


@pytest.mark.parametrize(
    ("kwargs", "error", "message"),
    [
        ({"ledger": []}, TypeError, "'ledger' must be a Ledger, got list"),
        ({"title": None}, TypeError, "'title' must be a str, got NoneType"),
        ({"documents": "a.txt"}, TypeError, "'documents' must be an iterable of Source, got str"),
        ({"documents": [Source(), "b"]}, TypeError, "'documents[1]' must be a Source, got str"),
        ({"bounds": "acled"}, TypeError, "'bounds' must be a BoundsPolicy or None, got str"),
        ({"max_charts": True}, TypeError, "'max_charts' must be an int, got bool"),
        ({"max_charts": -1}, InvalidReportOption, "'max_charts' must be >= 0, got -1"),
        ({"max_cards": 1.5}, TypeError, "'max_cards' must be an int, got float"),
        ({"max_cards": -2}, InvalidReportOption, "'max_cards' must be >= 0, got -2"),
    ],
    ids=[
        "ledger",
        "title",
        "documents-str",
        "documents-item",
        "bounds",
        "max-bool",
        "max-neg",
        "cards-float",
        "cards-neg",
    ],
)
def test_bad_arguments_say_what_is_wrong(
    kwargs: dict[str, Any], error: type[Exception], message: str
) -> None:
    args: dict[str, Any] = {"ledger": Ledger()} | kwargs
    with pytest.raises(error) as info:
        render_html(**args)
    assert str(info.value) == message


def test_documents_without_figures_are_counted_and_listed() -> None:
    ledger, sources = _seeds()
    empty = Source(
        outlet="Quiet Gazette", url="https://quiet.example/a", published=dt.date(2020, 3, 1)
    )
    root = parse(render_html(ledger, documents=[*sources, empty]))
    [read] = [dd for dd in root.find_all("dd") if "documents" in dd.text()]
    assert read.text() == "6 documents, 52 figures"
    groups = _ids(root)["figures"].find_all("article")
    assert [g.find_all("h3")[0].text() for g in groups] == [
        "Haaretz",
        "Quiet Gazette",
        "The Defense Post",
        "The Moscow Times",
        "The New Arab",
        "Outlet not named",
    ]
    quiet = groups[1].text()
    assert "1 document" in quiet
    assert "2020-03-01 · no figures" in quiet
    [link] = groups[1].find_all("a")
    assert (link.attrs["href"], link.text()) == ("https://quiet.example/a", "2020-03-01")


def test_chart_specs_are_valid_vega_lite_and_keep_every_outlet_visible() -> None:
    altair = importlib.import_module("altair")
    ledger, _ = _seeds()
    [total] = [
        t
        for t in ledger.running_totals()
        if t.place and t.place[-1] == "idlib" and t.side == "Turkey" and t.period_start
    ]
    spec = charts.total_chart(total)
    altair.LayerChart.from_dict(spec)  # raises on a spec the schema rejects
    assert spec["layer"][0]["encoding"]["y"]["title"] == "killed (total)"
    first_day = {
        (r["series"], r["t"]) for r in spec["datasets"]["reported"] if r["as_of"] == "2020-02-26"
    }
    assert {s for s, _t in first_day} == {"Haaretz", "The Moscow Times"}
    assert len({t for _s, t in first_day}) == 2, "same number, same day: set apart"


def test_without_the_html_extra_the_error_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    real = importlib.import_module

    def missing(name: str, package: str | None = None) -> Any:
        if name in {"altair", "vl_convert"}:
            raise ModuleNotFoundError(name)
        return real(name, package)

    monkeypatch.setattr(importlib, "import_module", missing)
    with pytest.raises(ImportError, match=r"install the 'html' extra \(pip install"):
        render_html(Ledger())
    err = io.StringIO()
    assert main(["report", "--format", "html"], stdout=io.StringIO(), stderr=err) == 2
    assert err.getvalue().count("\n") == 1
    assert "install the 'html' extra" in err.getvalue()


def test_the_command_writes_the_page_of_a_multi_outlet_corpus(tmp_path: Path) -> None:
    folder = write_corpus(tmp_path / "corpus")
    out = tmp_path / "report.html"
    err = io.StringIO()
    assert main(["report", str(folder), "--format", "html", "-o", str(out)], stderr=err) == 0
    assert err.getvalue() == ""
    page = out.read_text(encoding="utf-8")
    root = parse(page)
    assert root.find_all("h1")[0].text() == str(folder)
    assert len(root.find_all("svg")) == 1
    assert len(_ids(root)["contradictions"].find_all("article", "card")) == 1
    assert html.escape(HOSTILE_OUTLET) in page


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(figures(), max_size=12),
    st.lists(reports(max_agreeing=3, max_conflicting=2), max_size=2),
    st.integers(min_value=0, max_value=2),
)
def test_any_ledger_makes_a_page_whose_links_and_marks_hold(
    loose: list[Figure], incidents: list[list[Figure]], max_cards: int
) -> None:
    """
    For any figures and card budget, the page is well formed (its left-out
    end tags implied as HTML says), each id is used once, every internal
    link leads to an element, and each figure's home marks exactly its words
    (whatever the text, markup included).
    """
    ledger = Ledger([*loose, *(f for group in incidents for f in group)])
    root = parse(render_html(ledger, max_charts=0, max_cards=max_cards))
    ids = _ids(root)
    links = [a.attrs["href"] or "" for a in root.find_all("a")]
    assert [h for h in links if h.startswith("#") and h[1:] not in ids] == []
    for n, figure in enumerate(ledger, 1):
        assert [m.text() for m in ids[f"f{n}"].find_all("mark")] == [figure.surface]
