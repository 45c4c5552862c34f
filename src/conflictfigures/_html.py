"""
The report as one self-contained HTML page: :func:`render_html`.

The page has no script and fetches nothing (a Content-Security-Policy says
so to the browser): its styles are inline and its charts are inline SVG drawn
by :mod:`conflictfigures._charts`. Everything that comes from articles
(sentences, outlet names, claimants, URLs) is escaped; a URL becomes a link
only when it is ``http`` or ``https``.

Each figure has one home (``#f<n>``), where its sentence is shown with the
figure's words marked: the contradiction card that quotes it, else its
document's list. Every other place that shows a figure links there, so each
sentence is on the page once.

The page has to stay small (under 5 MB for 10,000 figures), so it is written
as HTML allows it at its shortest (see :mod:`conflictfigures._markup`), each
document's URL is on the page once, a figure's line in its document is its
count linked to its claim (whose line says what, where and when), and only
the contradictions carried by the most outlets get a card (``max_cards``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from conflictfigures._charts import draw_charts, total_chart
from conflictfigures._markup import CSS, Page, date_span, escape, link, marked, plural
from conflictfigures._report import _claim_line, _outlet, _range, _total_line
from conflictfigures.aggregate import EstimatePolicy, Ledger
from conflictfigures.errors import InvalidReportOption
from conflictfigures.models import Source
from conflictfigures.policy import BoundsPolicy

if TYPE_CHECKING:
    from collections.abc import Sequence

    from conflictfigures.aggregate import (
        Claim,
        Contradiction,
        ContradictionSide,
        Estimate,
        RunningTotal,
        TotalPoint,
    )
    from conflictfigures.models import Figure, Span

__all__ = ["DEFAULT_MAX_CARDS", "DEFAULT_MAX_CHARTS", "render_html"]

#: How many running totals get a chart unless told otherwise; the others
#: are shown as tables (each chart takes 50 to 150 ms to draw).
DEFAULT_MAX_CHARTS = 20

#: How many contradictions get a card unless told otherwise; the others are
#: rows of a table (a card takes about 1 kB beyond the sentences it quotes).
DEFAULT_MAX_CARDS = 100

# Up to how many outlets the header lists in full; more wait behind their count.
_OUTLETS_LISTED = 12

# Nothing is loaded from anywhere; styles are inline, and so are the charts.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_CAPTION = (
    "In each chart: every outlet's reported totals (a triangle: a floor with no ceiling; "
    "a thin bar: a range); dashed grey over a pale band: the sum of the incident reports; "
    "grey bar: the earlier total plus the incidents since; red ring: a total that does not "
    "match that bar."
)

# Characters of a sentence kept on each side of a figure quoted in a card.
_CONTEXT = 100

# Reports quoted on each side of a contradiction (one per outlet first); the
# others are listed as links to their sentences.
_QUOTED = 2

# Characters shown on each side of a figure whose sentence was just shown.
_AGAIN = 30

# -- header ------------------------------------------------------------------------


def _estimate_policy(ledger: Ledger) -> str:
    policy = ledger.policy
    if isinstance(policy, EstimatePolicy):
        return (
            f"<b>{escape(policy.name)}</b>: low is the {policy.low} floor, best the {policy.best}, "
            f"high the {policy.high} ceiling"
        )
    name = getattr(policy, "__name__", type(policy).__name__)
    return f"<b>{escape(str(name))}</b>: a rule of your own"


def _bounds_policy(bounds: BoundsPolicy | None) -> str:
    if bounds is None:
        return "not stated: each figure's bounds are as it was read"
    return (
        f"<b>{escape(bounds.name)}</b>: “about” is ±{bounds.about_band:.0%}, “nearly” starts at "
        f"{bounds.nearly_floor:.0%}"
    )


def _header(
    page: Page, ledger: Ledger, title: str, bounds: BoundsPolicy | None, counts: dict[str, int]
) -> list[str]:
    sources = [s for s, _ in page.documents]
    outlets = sorted({s.outlet for s in sources if s.outlet is not None}, key=str.casefold)
    unnamed = sum(1 for s in sources if s.outlet is None)
    outlet_note = f" (and {plural(unnamed, 'document')} naming none)" if unnamed else ""
    read = f"{plural(len(sources), 'document')}, {plural(len(ledger), 'figure')}"
    names = escape(", ".join(outlets)) or "none named"
    named = f"{len(outlets):,}: {names}{outlet_note}"
    if len(outlets) > _OUTLETS_LISTED:  # a long list waits behind its count
        named = (
            f"<details><summary>{len(outlets):,}{outlet_note} · names</summary>{names}</details>"
        )
    nav = "".join(
        f"<li><a href=#{anchor}>{name}</a> ({counts[anchor]:,})"
        for anchor, name in (
            ("totals", "Running totals"),
            ("contradictions", "Contradictions"),
            ("corroborated", "Corroborated claims"),
            ("estimates", "Estimates"),
            ("figures", "Figures by document"),
        )
    )
    return [
        f"<header><h1>{escape(title)}</h1>",
        "<p class=meta>Every number links to the sentence it came from.</p>",
        "<dl class=facts>",
        f"<dt>Read</dt><dd>{read}</dd>",
        f"<dt>Outlets</dt><dd>{named}</dd>",
        f"<dt>Published</dt><dd>{date_span(s.published for s in sources)}</dd>",
        f"<dt>Figures speak for</dt><dd>{date_span(f.as_of for f in ledger)}</dd>",
        f"<dt>Estimate policy</dt><dd>{_estimate_policy(ledger)}</dd>",
        f"<dt>Bounds policy</dt><dd>{_bounds_policy(bounds)}</dd>",
        f"</dl><nav><ul>{nav}</ul></nav></header>",
    ]


# -- running totals ------------------------------------------------------------------


def _said(page: Page, point: TotalPoint) -> str:
    by_count: dict[str, list[Figure]] = defaultdict(list)
    for figure in point.claim.figures:
        by_count[str(figure.count)].append(figure)
    return "; ".join(
        f"<b>{escape(count)}</b> ({page.cites(figs)})" for count, figs in by_count.items()
    )


def _verdict(point: TotalPoint) -> str:
    if point.reconciled is None:
        return ""
    if point.reconciled:
        return "<span class=yes>matches</span>"
    return "<span class=no>does not match</span>"


def _total_table(page: Page, total: RunningTotal) -> str:
    rows = []
    for point in total.points:
        derived = (
            _range(point.derived_low, point.derived_high) if point.derived_low is not None else ""
        )
        incidents = _range(point.incident_low, point.incident_high) if total.incidents else ""
        note = " (lower than the total before: a revision)" if point.revised_down else ""
        rows.append(
            f"<tr><td class=d>{point.as_of.isoformat()}<td>{_said(page, point)}{note}"
            f"<td class=n>{incidents}<td class=n>{derived}<td>{_verdict(point)}"
        )
    return (
        "<table><thead><tr><th>As of<th>Reported total (outlets)"
        "<th>Incidents add up to<th>Earlier total + incidents since<th>"
        f"</thead><tbody>{''.join(rows)}</tbody></table>"
    )


def _ranked(totals: Sequence[RunningTotal]) -> list[int]:
    """
    The totals, most telling first: the most as-of dates, then those that do
    not match their incidents, then the most reports; ties in ledger order.
    """
    return sorted(
        range(len(totals)),
        key=lambda i: (
            -len(totals[i].points),
            totals[i].reconciled is not False,
            -sum(len(p.claim.figures) for p in totals[i].points),
            i,
        ),
    )


def _totals(page: Page, totals: Sequence[RunningTotal], max_charts: int) -> list[str]:
    order = _ranked(totals)
    charted = order[:max_charts]
    svgs = dict(zip(charted, draw_charts([total_chart(totals[i]) for i in charted]), strict=True))
    out = ["<section id=totals><h2>Running totals</h2>"]
    if not totals:
        out.append("<p class=note>No running totals were reported.</p>")
    else:
        out.append(f"<p class=note>Longest timelines first. {_CAPTION}</p>")
    if len(charted) < len(totals):
        out.append(
            f"<p class=note>Charts for the {plural(len(charted), 'series', 'series')} with "
            f"the most points; the other {len(totals) - len(charted):,} as tables "
            "(the chart budget is an option).</p>"
        )
    for i in order:
        total = totals[i]
        mismatches = sum(1 for p in total.points if p.reconciled is False)
        status = (
            f" · <span class=no>{plural(mismatches, 'point')} not matching the incidents</span>"
            if mismatches
            else ""
        )
        out.append(
            f"<article class=box id=t{i + 1}><h3>{escape(_total_line(total))}</h3>"
            f"<p class=meta>{plural(len(total.points), 'as-of date')} · "
            f"{plural(len(total.incidents), 'incident claim')}{status}</p>"
        )
        if i in svgs:
            out.append(f"<figure>{svgs[i]}</figure>")
        out.append(f"{_total_table(page, total)}</article>")
    out.append("</section>")
    return out


# -- contradictions, corroboration, estimates ------------------------------------------


def _report_item(page: Page, figure: Figure, claimant: str | None) -> str:
    """A quoted report: its sentence, then its outlet (a link to the article), claimant, date."""
    who = figure.claimed_by or claimant
    source = figure.source
    published = source.published.isoformat() if source.published else "no publication date"
    return (
        f"<li{page.home(figure)}><q>{marked(figure, context=_CONTEXT)}</q>"
        f"<small>{link(source.url, _outlet(figure))}"
        f"{escape(', per ' + who) if who else ''} · {published}</small>"
    )


def _quoted(side: ContradictionSide) -> list[int]:
    """Which reports of a side to quote: one per outlet first, then the rest, up to _QUOTED."""
    first: dict[str, int] = {}
    for i, figure in enumerate(side.figures):
        first.setdefault(_outlet(figure), i)
    chosen = list(first.values())
    chosen += [i for i in range(len(side.figures)) if i not in first.values()]
    return sorted(chosen[:_QUOTED])


def _side(page: Page, side: ContradictionSide, conflicting: bool) -> str:
    claimants = sorted({c for c in side.claimants if c}, key=str.casefold)
    dates = date_span(f.as_of for f in side.figures)
    quoted = _quoted(side)
    items = "".join(_report_item(page, side.figures[i], side.claimants[i]) for i in quoted)
    rest = [f for i, f in enumerate(side.figures) if i not in quoted]
    more = f"<p>Also reported by {page.cites(rest)}.</p>" if rest else ""
    return (
        f"<div class=side><h4>{escape(str(side.count))}</h4>"
        f"<p>{plural(len(side.figures), 'report')} · claimants: "
        f"{escape(', '.join(claimants)) or 'none named'} · dates: {dates}"
        f"{'' if conflicting else ' · compatible with every other side'}</p>"
        f"<ul>{items}</ul>{more}</div>"
    )


#: Up to how many sides a card lists the pairs that cannot both be true.
_PAIRS_LISTED = 12

_KINDS = {"revision": "revision by one source", "conflict": "conflict between sources"}


def _carded(items: Sequence[Contradiction], max_cards: int) -> set[int]:
    """
    Which contradictions get a card: those carried by the most outlets, then
    conflicts between sources before revisions, then the most reports; ties
    in ledger order.
    """
    order = sorted(
        range(len(items)),
        key=lambda i: (
            -len({o for side in items[i].sides for o in side.outlets}),
            items[i].kind != "conflict",
            -sum(len(side.figures) for side in items[i].sides),
            i,
        ),
    )
    return set(order[:max_cards])


def _within(item: Contradiction) -> str:
    """What a contradiction between nested places is, in words (escaped); else nothing."""
    if item.relation != "within":
        return ""
    inner, outer = item.claims[0], item.claims[-1]
    return (
        f"The total for {escape(inner.location or 'a place')} exceeds the "
        f"total for {escape(outer.location or 'the wider place')}, which contains it."
    )


def _card(page: Page, n: int, item: Contradiction) -> str:
    """A contradiction's card: its sides next to each other, their reports quoted."""
    within = _within(item)
    # Counted per side in O(n log n): listing every pair is quadratic.
    counts = item.conflict_counts()
    sides = "".join(_side(page, s, counts[i] > 0) for i, s in enumerate(item.sides))
    pairs = ""
    n_sides = len(item.sides)
    if 0 < sum(counts) // 2 < n_sides * (n_sides - 1) // 2 and n_sides <= _PAIRS_LISTED:
        shown = [
            f"{item.sides[a].count} vs {item.sides[b].count}"
            for a in range(n_sides)
            for b in range(a + 1, n_sides)
            if item.conflicting(a, b)
        ]
        pairs = "<p class=note>Cannot both be true: " + escape(", ".join(shown)) + ".</p>"
    return (
        f'<article class="box card" id=x{n}><h3>{page.claim(item.claims[-1])}'
        f'<span class="kind {item.kind}">{_KINDS[item.kind]}</span></h3>'
        f"{f'<p class=note>{within}</p>' if within else ''}"
        f"<div class=sides>{sides}</div>{pairs}</article>"
    )


def _row(page: Page, n: int, item: Contradiction) -> str:
    """A contradiction without a card: its sides' counts, each with links to its reports."""
    sides = "; ".join(
        f"<b>{escape(str(s.count))}</b> ({page.cites(s.figures)})" for s in item.sides
    )
    within = _within(item)
    return (
        f"<tr id=x{n}><td>{page.claim(item.claims[-1])}"
        f"{f'<small>{within}</small>' if within else ''}<td>{_KINDS[item.kind]}<td>{sides}"
    )


def _contradictions(page: Page, items: Sequence[Contradiction], max_cards: int) -> list[str]:
    carded = _carded(items, max_cards)
    for n, item in enumerate(items, 1):
        if n - 1 in carded:
            for side in item.sides:
                page.in_cards.update(side.figures[i] for i in _quoted(side))
        for claim in item.claims:
            page.cards.setdefault(claim.key, f"x{n}")
    out = ["<section id=contradictions><h2>Contradictions</h2>"]
    if not items:
        out.append("<p class=note>None: every claim's reports can all be true at once.</p>")
    rest = len(items) - len(carded)
    if rest:
        out.append(
            f"<p class=note>Cards for the {plural(len(carded), 'contradiction')} carried by "
            f"the most outlets; the other {rest:,} are rows of the table after them, each "
            "side's count with links to its reports' sentences (the card budget is an "
            "option).</p>"
        )
    out.extend(_card(page, n, item) for n, item in enumerate(items, 1) if n - 1 in carded)
    if rest:
        out.append("<table><thead><tr><th>Claim<th>Kind<th>Sides: count (reports)</thead><tbody>")
        out.extend(_row(page, n, item) for n, item in enumerate(items, 1) if n - 1 not in carded)
        out.append("</tbody></table>")
    out.append("</section>")
    return out


def _corroborated(page: Page, claims: Sequence[Claim]) -> list[str]:
    agreed = [c for c in claims if len(c.outlets) > 1 and c.consistent]
    out = ["<section id=corroborated><h2>Corroborated claims</h2>"]
    if not agreed:
        out.append("<p class=note>None: no claim is carried by several outlets that agree.</p>")
        out.append("</section>")
        return out
    out.append(
        "<p class=note>Claims carried by more than one outlet whose figures can all be true; "
        "each claim links to its estimate and reports.</p>"
        "<table class=num><thead><tr><th>Claim<th>Figure<th>Outlets<th>Independent sources"
        "</thead><tbody>"
    )
    for claim in agreed:
        sources = claim.independent_claimants
        out.append(
            f"<tr><td>{page.claim(claim)}<td>{_range(claim.low, claim.high)}"
            f"<td>{len(claim.outlets):,}<td>{len(sources):,}"
        )
    out.append("</tbody></table></section>")
    return out


def _bar(estimate: Estimate) -> str:
    """
    A range bar from 0: pale up to the floor, strong from the floor to the
    ceiling (fading out when there is none), a tick at the best estimate;
    none for an exact number. The page's CSS draws it from three positions.
    """
    if estimate.high == estimate.low:
        return ""  # nothing open: the numbers say it all
    top = estimate.high if estimate.high is not None else max(estimate.best, estimate.low, 1) * 1.25

    def at(value: float) -> str:  # a whole percent: 1.6 pixels of the bar
        return f"{100 * value / top:.0f}%"

    cls = "bar" if estimate.high is not None else '"bar open"'
    return f"<i class={cls} style=--l:{at(estimate.low)};--b:{at(estimate.best)}></i>"


def _reports(page: Page, claim: Claim) -> str:
    """A claim's reports: links to each, or to its contradiction card, which shows them all."""
    card = page.cards.get(claim.key)
    if card is None:
        return page.cites(claim.figures)
    return f"<a href=#{card}>{plural(len(claim.figures), 'report')}, side by side</a>"


def _estimates(page: Page, ledger: Ledger) -> list[str]:
    estimates = ledger.estimates()
    claims = ledger.claims()
    out = ["<section id=estimates><h2>Estimates per claim</h2>"]
    if not estimates:
        out.append("<p class=note>No claims.</p></section>")
        return out
    out.append(
        "<p class=note>Each bar runs from 0 to the claim's ceiling: pale up to the floor, "
        "strong over the range the reports leave open (fading out when there is no ceiling); "
        "the dark tick is the best estimate. Exact numbers have no bar.</p>"
        "<table class=num><thead><tr><th>Claim<th>Low<th>Best<th>High<th>Range<th>Reports"
        "</thead><tbody>"
    )
    for n, (claim, est) in enumerate(zip(claims, estimates, strict=True), 1):
        high = "no ceiling" if est.high is None else f"{est.high:,}"
        anchor = f"c{n}"
        row = f"<tr id={anchor}>" if page.claims[claim.key] == anchor else "<tr>"
        out.append(
            f"{row}<td>{escape(_claim_line(claim))}<td>{est.low:,}<td>{est.best:,}<td>{high}"
            f"<td>{_bar(est)}<td>{_reports(page, claim)}"
        )
    out.append("</tbody></table></section>")
    return out


# -- figures by document ------------------------------------------------------------------


def _figure(page: Page, figure: Figure, *, context: int | None = None) -> str:
    """
    A figure at home in its document: its count, linked to its claim (whose
    line says what, where and when it counts), its claimant, and its sentence.
    """
    count = f"{escape(str(figure.count))} {figure.category.value}"
    anchor = page.claim_of.get(figure)
    head = f"<a href=#{anchor}>{count}</a>" if anchor else f"<b>{count}</b>"
    who = escape(f", per {figure.claimed_by}") if figure.claimed_by else ""
    return f"{head}{who}<q>{marked(figure, context=context)}</q>"


def _figure_item(page: Page, figure: Figure, *, context: int | None = None) -> str:
    """A figure in its document's list; one quoted in a card links there instead."""
    if figure in page.in_cards:
        return f"<li>{_quoted_link(page, figure)}"
    return f"<li{page.home(figure)}>{_figure(page, figure, context=context)}"


def _quoted_link(page: Page, figure: Figure) -> str:
    """A link to a figure quoted in a contradiction card."""
    count = f"{escape(str(figure.count))} {figure.category.value}"
    return f"<a href=#{page.figures[figure]}>{count}, quoted in a contradiction</a>"


def _figure_items(page: Page, figures: Sequence[Figure]) -> str:
    """
    A document's figures in order; a sentence already shown in full just
    above is shown again only around the next figure's words.
    """
    items = []
    shown: Span | None = None
    for figure in figures:
        again = figure.sentence_span is not None and figure.sentence_span == shown
        items.append(_figure_item(page, figure, context=_AGAIN if again else None))
        if figure not in page.in_cards:
            shown = figure.sentence_span
    return "".join(items)


def _document(page: Page, source: Source, figures: Sequence[Figure]) -> str:
    """
    A document's line and its figures. The line is its publication date, a
    link to the article when its URL is http(s) (a URL of another scheme is
    shown as text, cut short), and its id unless the URL holds it. A
    document with one figure is one item, the figure after the line. A
    document whose figures are all quoted in contradiction cards is one line
    of links to them: each quote there gives its outlet, URL and date.
    """
    date = source.published.isoformat() if source.published else "no publication date"
    if figures and all(f in page.in_cards for f in figures):
        return f"<li>{' · '.join([date, *(_quoted_link(page, f) for f in figures)])}"
    facts = [link(source.url, date)]
    if source.doc_id and source.doc_id not in (source.url or ""):
        facts.append(escape(source.doc_id))
    line = " · ".join(facts)
    if not figures:
        return f"<li>{line} · no figures"
    if len(figures) == 1:
        [figure] = figures
        return f"<li{page.home(figure)}>{line} · {_figure(page, figure)}"
    return f"<li>{line}<ol>{_figure_items(page, figures)}</ol>"


def _documents(page: Page) -> list[str]:
    """Every figure in its document, documents grouped by outlet (unnamed ones last)."""
    outlets: dict[str | None, list[tuple[Source, list[Figure]]]] = defaultdict(list)
    for source, figures in page.documents:
        outlets[source.outlet].append((source, figures))
    out = ["<section id=figures><h2>Figures by document</h2>"]
    for outlet in sorted(outlets, key=lambda o: (o is None, (o or "").casefold())):
        docs = outlets[outlet]
        out.append(
            f"<article class=box><h3>{escape(outlet) if outlet else 'Outlet not named'}</h3>"
            f"<p class=meta>{plural(len(docs), 'document')}</p><ol class=docs>"
        )
        out.extend(_document(page, source, figures) for source, figures in docs)
        out.append("</ol></article>")
    out.append("</section>")
    return out


# -- the page ---------------------------------------------------------------------------------


def _check(
    ledger: object,
    *,
    title: object,
    documents: object,
    bounds: object,
    max_charts: object,
    max_cards: object,
) -> list[Source]:
    if not isinstance(ledger, Ledger):
        raise TypeError(f"'ledger' must be a Ledger, got {type(ledger).__name__}")
    if not isinstance(title, str):
        raise TypeError(f"'title' must be a str, got {type(title).__name__}")
    if bounds is not None and not isinstance(bounds, BoundsPolicy):
        raise TypeError(f"'bounds' must be a BoundsPolicy or None, got {type(bounds).__name__}")
    for name, value in (("max_charts", max_charts), ("max_cards", max_cards)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise TypeError(f"'{name}' must be an int, got {type(value).__name__}")
        if value < 0:
            raise InvalidReportOption(f"'{name}' must be >= 0, got {value}")
    if documents is None:
        return []
    if isinstance(documents, (str, bytes, Source)) or not isinstance(documents, Iterable):
        raise TypeError(
            f"'documents' must be an iterable of Source, got {type(documents).__name__}"
        )
    sources: list[Source] = []
    for i, source in enumerate(documents):
        if not isinstance(source, Source):
            raise TypeError(f"'documents[{i}]' must be a Source, got {type(source).__name__}")
        sources.append(source)
    return sources


def render_html(
    ledger: Ledger,
    *,
    title: str = "conflictfigures report",
    documents: Iterable[Source] | None = None,
    bounds: BoundsPolicy | None = None,
    max_charts: int = DEFAULT_MAX_CHARTS,
    max_cards: int = DEFAULT_MAX_CARDS,
) -> str:
    """
    Return the ledger's report as one self-contained HTML page.

    The page shows what was read, a chart and a table per running total,
    the contradictions side by side, the corroborated claims, an estimate
    per claim, and every figure's sentence in its document, linked from
    everywhere the figure appears. It has no script, loads nothing from the
    network, and needs the ``html`` extra for its charts.

    Args:
        ledger: the figures to report on.
        title: the page's heading.
        documents: the sources of every document read, in order, so that
            documents with no figures are counted too (default: the sources
            of the ledger's figures).
        bounds: the bounds policy the figures were read with, stated in the
            header (default: not stated).
        max_charts: how many running totals get a chart; the rest (and
            every charted one, below its chart) are tables.
        max_cards: how many contradictions get a card (those carried by
            the most outlets); the rest are rows of a table, each side's
            count with links to its reports.

    Raises:
        TypeError: an argument of the wrong type.
        InvalidReportOption: ``max_charts`` or ``max_cards`` is negative.
        ImportError: the ``html`` extra is not installed.

    >>> from conflictfigures import Ledger
    >>> page = render_html(Ledger(), title="Nothing read")
    >>> page.startswith("<!DOCTYPE html>"), "<h1>Nothing read</h1>" in page
    (True, True)

    .. versionadded:: 0.1.0
    """
    sources = _check(
        ledger,
        title=title,
        documents=documents,
        bounds=bounds,
        max_charts=max_charts,
        max_cards=max_cards,
    )
    if bounds is None and isinstance(ledger.policy, EstimatePolicy):
        bounds = ledger.policy.bounds
    page = Page(ledger, sources)
    contradictions = ledger.contradictions()
    claims = ledger.claims()
    totals = ledger.running_totals()
    counts = {
        "totals": len(totals),
        "contradictions": len(contradictions),
        "corroborated": sum(1 for c in claims if len(c.outlets) > 1 and c.consistent),
        "estimates": len(claims),
        "figures": len(ledger),
    }
    parts = [
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">',
        '<meta name="referrer" content="no-referrer">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{_POLICY}">',
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>",
        *_header(page, ledger, title, bounds, counts),
        "<main>",
        *_totals(page, totals, max_charts),
        *_contradictions(page, contradictions, max_cards),
        *_corroborated(page, claims),
        *_estimates(page, ledger),
        *_documents(page),
        "</main></body></html>\n",
    ]
    return "\n".join(parts)
