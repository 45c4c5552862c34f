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
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from conflictfigures._charts import draw_charts, total_chart
from conflictfigures._report import _claim_line, _details, _outlet, _range, _total_line
from conflictfigures.aggregate import EstimatePolicy, Ledger
from conflictfigures.errors import InvalidReportOption
from conflictfigures.models import Source
from conflictfigures.policy import BoundsPolicy

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Sequence

    from conflictfigures.aggregate import (
        Claim,
        ClaimKey,
        Contradiction,
        ContradictionSide,
        Estimate,
        RunningTotal,
        TotalPoint,
    )
    from conflictfigures.models import Figure, Span

__all__ = ["DEFAULT_MAX_CHARTS", "render_html"]

#: How many running totals get a chart unless told otherwise; the others
#: are shown as tables (each chart takes 50 to 150 ms to draw).
DEFAULT_MAX_CHARTS = 20

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

_CSS = """
:root{--ink:#1d2330;--muted:#5b6475;--line:#d9dde5;--paper:#fff;--tint:#f5f7fa;--mark:#ffe08a;
--bad:#c62828;--good:#2e7d32}
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:var(--ink);
background:var(--tint)}
header,main{max-width:1100px;margin:0 auto;padding:0 20px}
header{padding-top:24px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:20px;margin:36px 0 12px;border-bottom:2px solid var(--ink);padding-bottom:4px}
h3{font-size:16px;margin:0 0 6px}
a{color:#1f5fa8}
.meta,.note{color:var(--muted);font-size:13px}
dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:2px 16px;margin:12px 0}
dl.facts dt{font-weight:600}dl.facts dd{margin:0}
nav ul{list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:6px 18px}
.box{background:var(--paper);border:1px solid var(--line);border-radius:6px;padding:14px 16px;
margin:0 0 14px}
figure{margin:8px 0}
figure svg{max-width:100%;height:auto}
table{border-collapse:collapse;width:100%;font-size:14px;background:var(--paper)}
th,td{border-bottom:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}
th{background:var(--tint)}
td.d{white-space:nowrap}
td.n,.num td:nth-child(n+2):nth-child(-n+4),.num th:nth-child(n+2):nth-child(-n+4){
text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
small{display:block;color:var(--muted);font-size:13px}
mark{background:var(--mark);padding:0 1px}
.kind{display:inline-block;font-size:12px;font-weight:600;border-radius:10px;padding:1px 9px;
margin-left:6px;vertical-align:middle}
.revision{background:#e3ecfa;color:#1f4f8f}.conflict{background:#fbe3e3;color:#8f1f1f}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px;margin-top:8px}
.side{border-left:4px solid var(--line);padding-left:10px}
.side .count{font-size:22px;font-weight:700}
.side ul{padding-left:18px;margin:6px 0}
q{display:block;margin:2px 0;font-style:italic}q::before,q::after{content:none}
.no{color:var(--bad);font-weight:600}.yes{color:var(--good)}
.bar{display:inline-block;position:relative;width:160px;height:10px;border:1px solid var(--line);
background:linear-gradient(90deg,#d5e3f3 var(--l),#7aa6d8 var(--l))}
.bar.open{background:linear-gradient(90deg,#d5e3f3 var(--l),#7aa6d8 var(--l),#7aa6d800)}
.bar::after{content:"";position:absolute;top:-3px;bottom:-3px;width:2px;left:var(--b);
background:var(--ink)}
.doc{border-top:1px solid var(--line);margin-top:8px}.doc:target{background:#fff7d6}
ol.figs{padding-left:0;list-style:none;margin:0}
ol.figs li{padding:4px 0;border-bottom:1px dotted var(--line)}
ol.figs li:target,tr:target{background:#fff7d6}
.cat{font-weight:600}
"""


def _e(text: str) -> str:
    """Escape text (and attribute values) from articles."""
    return html.escape(text, quote=True)


def _is_web(url: str) -> bool:
    return url.strip().lower().startswith(("http://", "https://"))


def _link(url: str | None, text: str) -> str:
    """A link to ``url`` when it is http(s), else the text alone (escaped)."""
    if url is not None and _is_web(url):
        return f'<a href="{_e(url.strip())}">{_e(text)}</a>'
    return _e(text)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"


def _marked(figure: Figure, *, context: int | None = None) -> str:
    """
    The figure's sentence, escaped, with its words in ``<mark>``; cut to at
    most ``context`` characters on each side when given, at a space.
    """
    if figure.sentence is None or figure.sentence_span is None:
        return f"<mark>{_e(figure.surface)}</mark>"
    start = figure.span.start - figure.sentence_span.start
    end = start + len(figure.span)
    before, after = figure.sentence[:start], figure.sentence[end:]
    if context is not None:  # cut at a space inside the window, when there is one
        if len(before) > context:
            kept = before[len(before) - context :]
            before = "…" + kept[kept.find(" ") + 1 :]
        if len(after) > context:
            kept = after[:context]
            space = kept.rfind(" ")
            after = (kept[:space] if space > 0 else kept) + "…"
    return f"{_e(before)}<mark>{_e(figure.surface)}</mark>{_e(after)}"


class _Page:
    """The anchors of one page: an id for every figure, document and claim."""

    def __init__(self, ledger: Ledger, documents: Sequence[Source]) -> None:
        self.figures: dict[Figure, str] = {}
        by_source: dict[Source, list[Figure]] = defaultdict(list)
        for n, figure in enumerate(ledger, 1):
            self.figures[figure] = f"f{n}"
            by_source[figure.source].append(figure)
        order = list(dict.fromkeys([*documents, *by_source]))
        self.documents: list[tuple[Source, list[Figure]]] = [(s, by_source[s]) for s in order]
        self.document_ids = {source: f"d{n}" for n, source in enumerate(order, 1)}
        self.claims: dict[ClaimKey, str] = {}
        for n, claim in enumerate(ledger.claims(), 1):
            self.claims.setdefault(claim.key, f"c{n}")
        # Figures whose home is a contradiction card, where their sentence is
        # quoted; the others live in their document's list.
        self.in_cards: set[Figure] = set()
        self.cards: dict[ClaimKey, str] = {}  # a contradicted claim's card
        self._placed: set[Figure] = set()

    def home(self, figure: Figure) -> str:
        """
        The ``id`` attribute of the figure's home, the first time it is
        asked for; nothing after (each id is on the page once).
        """
        if figure in self._placed:
            return ""
        self._placed.add(figure)
        return f' id="{self.figures[figure]}"'

    def cite(self, figure: Figure) -> str:
        """A link from anywhere to the figure's home, named by its outlet."""
        return f'<a href="#{self.figures[figure]}">{_e(_outlet(figure))}</a>'

    def cites(self, figures: Iterable[Figure]) -> str:
        """
        Links to the figures' homes: each outlet named once, its further
        reports numbered (``Haaretz[2]``).
        """
        by_outlet: dict[str, list[Figure]] = defaultdict(list)
        for figure in figures:
            by_outlet[_outlet(figure)].append(figure)
        return ", ".join(
            self.cite(first)
            + "".join(f'<a href="#{self.figures[f]}">[{n}]</a>' for n, f in enumerate(more, 2))
            for first, *more in by_outlet.values()
        )

    def claim(self, claim: Claim) -> str:
        """The claim's line, linked to its estimate."""
        line = _e(_claim_line(claim))
        anchor = self.claims.get(claim.key)
        return f'<a href="#{anchor}">{line}</a>' if anchor else line


# -- header ------------------------------------------------------------------------


def _date_span(dates: Iterable[dt.date | None]) -> str:
    known = sorted({d for d in dates if d is not None})
    if not known:
        return "none known"
    if len(known) == 1:
        return known[0].isoformat()
    return f"{known[0].isoformat()} to {known[-1].isoformat()}"


def _estimate_policy(ledger: Ledger) -> str:
    policy = ledger.policy
    if isinstance(policy, EstimatePolicy):
        return (
            f"<b>{_e(policy.name)}</b>: low is the {policy.low} floor, best the {policy.best}, "
            f"high the {policy.high} ceiling"
        )
    name = getattr(policy, "__name__", type(policy).__name__)
    return f"<b>{_e(str(name))}</b>: a rule of your own"


def _bounds_policy(bounds: BoundsPolicy | None) -> str:
    if bounds is None:
        return "not stated: each figure's bounds are as it was read"
    return (
        f"<b>{_e(bounds.name)}</b>: “about” is ±{bounds.about_band:.0%}, “nearly” starts at "
        f"{bounds.nearly_floor:.0%}"
    )


def _header(
    page: _Page, ledger: Ledger, title: str, bounds: BoundsPolicy | None, counts: dict[str, int]
) -> list[str]:
    sources = [s for s, _ in page.documents]
    outlets = sorted({s.outlet for s in sources if s.outlet is not None}, key=str.casefold)
    unnamed = sum(1 for s in sources if s.outlet is None)
    outlet_note = f" (and {_plural(unnamed, 'document')} naming none)" if unnamed else ""
    read = f"{_plural(len(sources), 'document')}, {_plural(len(ledger), 'figure')}"
    named = f"{len(outlets):,}: {_e(', '.join(outlets)) or 'none named'}"
    nav = "".join(
        f'<li><a href="#{anchor}">{name}</a> ({counts[anchor]:,})</li>'
        for anchor, name in (
            ("totals", "Running totals"),
            ("contradictions", "Contradictions"),
            ("corroborated", "Corroborated claims"),
            ("estimates", "Estimates"),
            ("figures", "Figures by document"),
        )
    )
    return [
        f"<header><h1>{_e(title)}</h1>",
        '<p class="meta">Every number links to the sentence it came from.</p>',
        '<dl class="facts">',
        f"<dt>Read</dt><dd>{read}</dd>",
        f"<dt>Outlets</dt><dd>{named}{outlet_note}</dd>",
        f"<dt>Published</dt><dd>{_date_span(s.published for s in sources)}</dd>",
        f"<dt>Figures speak for</dt><dd>{_date_span(f.as_of for f in ledger)}</dd>",
        f"<dt>Estimate policy</dt><dd>{_estimate_policy(ledger)}</dd>",
        f"<dt>Bounds policy</dt><dd>{_bounds_policy(bounds)}</dd>",
        f"</dl><nav><ul>{nav}</ul></nav></header>",
    ]


# -- running totals ------------------------------------------------------------------


def _said(page: _Page, point: TotalPoint) -> str:
    by_count: dict[str, list[Figure]] = defaultdict(list)
    for figure in point.claim.figures:
        by_count[str(figure.count)].append(figure)
    return "; ".join(f"<b>{_e(count)}</b> ({page.cites(figs)})" for count, figs in by_count.items())


def _verdict(point: TotalPoint) -> str:
    if point.reconciled is None:
        return ""
    if point.reconciled:
        return '<span class="yes">matches</span>'
    return '<span class="no">does not match</span>'


def _total_table(page: _Page, total: RunningTotal) -> str:
    rows = []
    for point in total.points:
        derived = (
            _range(point.derived_low, point.derived_high) if point.derived_low is not None else ""
        )
        incidents = _range(point.incident_low, point.incident_high) if total.incidents else ""
        note = " (lower than the total before: a revision)" if point.revised_down else ""
        rows.append(
            f'<tr><td class="d">{point.as_of.isoformat()}</td><td>{_said(page, point)}{note}</td>'
            f'<td class="n">{incidents}</td><td class="n">{derived}</td>'
            f"<td>{_verdict(point)}</td></tr>"
        )
    return (
        "<table><thead><tr><th>As of</th><th>Reported total (outlets)</th>"
        "<th>Incidents add up to</th><th>Earlier total + incidents since</th><th></th></tr>"
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


def _totals(page: _Page, totals: Sequence[RunningTotal], max_charts: int) -> list[str]:
    order = _ranked(totals)
    charted = order[:max_charts]
    svgs = dict(zip(charted, draw_charts([total_chart(totals[i]) for i in charted]), strict=True))
    out = ['<section id="totals"><h2>Running totals</h2>']
    if not totals:
        out.append('<p class="note">No running totals were reported.</p>')
    else:
        out.append(f'<p class="note">Longest timelines first. {_CAPTION}</p>')
    if len(charted) < len(totals):
        out.append(
            f'<p class="note">Charts for the {_plural(len(charted), "series", "series")} with '
            f"the most points; the other {len(totals) - len(charted):,} as tables "
            "(the chart budget is an option).</p>"
        )
    for i in order:
        total = totals[i]
        mismatches = sum(1 for p in total.points if p.reconciled is False)
        status = (
            f' · <span class="no">{_plural(mismatches, "point")} not matching the incidents</span>'
            if mismatches
            else ""
        )
        out.append(
            f'<article class="box" id="t{i + 1}"><h3>{_e(_total_line(total))}</h3>'
            f'<p class="meta">{_plural(len(total.points), "as-of date")} · '
            f"{_plural(len(total.incidents), 'incident claim')}{status}</p>"
        )
        if i in svgs:
            out.append(f"<figure>{svgs[i]}</figure>")
        out.append(f"{_total_table(page, total)}</article>")
    out.append("</section>")
    return out


# -- contradictions, corroboration, estimates ------------------------------------------


def _report_item(page: _Page, figure: Figure, claimant: str | None) -> str:
    """A quoted report: its sentence, outlet, claimant, date and URL."""
    who = figure.claimed_by or claimant
    source = figure.source
    published = source.published.isoformat() if source.published else "no publication date"
    url = _link(source.url, "article") if source.url else ""
    return (
        f"<li{page.home(figure)}><q>{_marked(figure, context=_CONTEXT)}</q>"
        f"<small>{_e(_outlet(figure))}, "
        f"{_e('per ' + who) if who else 'unattributed'} · {published}"
        f"{' · ' + url if url else ''}</small></li>"
    )


def _quoted(side: ContradictionSide) -> list[int]:
    """Which reports of a side to quote: one per outlet first, then the rest, up to _QUOTED."""
    first: dict[str, int] = {}
    for i, figure in enumerate(side.figures):
        first.setdefault(_outlet(figure), i)
    chosen = list(first.values())
    chosen += [i for i in range(len(side.figures)) if i not in first.values()]
    return sorted(chosen[:_QUOTED])


def _side(page: _Page, side: ContradictionSide, conflicting: bool) -> str:
    claimants = sorted({c for c in side.claimants if c}, key=str.casefold)
    dates = _date_span(f.as_of for f in side.figures)
    quoted = _quoted(side)
    items = "".join(_report_item(page, side.figures[i], side.claimants[i]) for i in quoted)
    rest = [f for i, f in enumerate(side.figures) if i not in quoted]
    more = f'<p class="meta">Also reported by {page.cites(rest)}.</p>' if rest else ""
    return (
        f'<section class="side"><div class="count">{_e(str(side.count))}</div>'
        f'<p class="meta">{_plural(len(side.figures), "report")} · claimants: '
        f"{_e(', '.join(claimants)) or 'none named'} · dates: {dates}"
        f"{'' if conflicting else ' · compatible with every other side'}</p>"
        f"<ul>{items}</ul>{more}</section>"
    )


#: Up to how many sides a card lists the pairs that cannot both be true.
_PAIRS_LISTED = 12


def _contradictions(page: _Page, items: Sequence[Contradiction]) -> list[str]:
    for n, item in enumerate(items, 1):
        for side in item.sides:
            page.in_cards.update(side.figures[i] for i in _quoted(side))
        for claim in item.claims:
            page.cards.setdefault(claim.key, f"x{n}")
    out = ['<section id="contradictions"><h2>Contradictions</h2>']
    if not items:
        out.append('<p class="note">None: every claim\'s reports can all be true at once.</p>')
    for n, item in enumerate(items, 1):
        outer = item.claims[-1]
        if item.kind == "revision":
            kind = '<span class="kind revision">revision by one source</span>'
        else:
            kind = '<span class="kind conflict">conflict between sources</span>'
        within = ""
        if item.relation == "within":
            inner = item.claims[0]
            within = (
                f'<p class="note">The total for {_e(inner.location or "a place")} exceeds the '
                f"total for {_e(outer.location or 'the wider place')}, which contains it.</p>"
            )
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
            pairs = '<p class="note">Cannot both be true: ' + _e(", ".join(shown)) + ".</p>"
        out.append(
            f'<article class="box card" id="x{n}"><h3>{page.claim(outer)}{kind}</h3>{within}'
            f'<div class="sides">{sides}</div>{pairs}</article>'
        )
    out.append("</section>")
    return out


def _corroborated(page: _Page, claims: Sequence[Claim]) -> list[str]:
    agreed = [c for c in claims if len(c.outlets) > 1 and c.consistent]
    out = ['<section id="corroborated"><h2>Corroborated claims</h2>']
    if not agreed:
        out.append('<p class="note">None: no claim is carried by several outlets that agree.</p>')
        out.append("</section>")
        return out
    out.append(
        '<p class="note">Claims carried by more than one outlet whose figures can all be true; '
        "each claim links to its estimate and reports.</p>"
        '<table class="num"><thead><tr><th>Claim</th><th>Figure</th><th>Outlets</th>'
        "<th>Independent sources</th></tr></thead><tbody>"
    )
    for claim in agreed:
        sources = claim.independent_claimants
        out.append(
            f"<tr><td>{page.claim(claim)}</td><td>{_range(claim.low, claim.high)}</td>"
            f"<td>{len(claim.outlets):,}</td><td>{len(sources):,}</td></tr>"
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

    def at(value: float) -> str:
        return f"{100 * value / top:.1f}%"

    cls = "bar" if estimate.high is not None else "bar open"
    return f'<i class="{cls}" style="--l:{at(estimate.low)};--b:{at(estimate.best)}"></i>'


def _reports(page: _Page, claim: Claim) -> str:
    """A claim's reports: links to each, or to its contradiction card, which shows them all."""
    card = page.cards.get(claim.key)
    if card is None:
        return page.cites(claim.figures)
    return f'<a href="#{card}">{_plural(len(claim.figures), "report")}, side by side</a>'


def _estimates(page: _Page, ledger: Ledger) -> list[str]:
    estimates = ledger.estimates()
    claims = ledger.claims()
    out = ['<section id="estimates"><h2>Estimates per claim</h2>']
    if not estimates:
        out.append('<p class="note">No claims.</p></section>')
        return out
    out.append(
        '<p class="note">Each bar runs from 0 to the claim\'s ceiling: pale up to the floor, '
        "strong over the range the reports leave open (fading out when there is no ceiling); "
        "the dark tick is the best estimate. Exact numbers have no bar.</p>"
        '<table class="num"><thead><tr><th>Claim</th><th>Low</th><th>Best</th>'
        "<th>High</th><th>Range</th><th>Reports</th></tr></thead><tbody>"
    )
    for n, (claim, est) in enumerate(zip(claims, estimates, strict=True), 1):
        high = "no ceiling" if est.high is None else f"{est.high:,}"
        anchor = f"c{n}"
        row = f'<tr id="{anchor}">' if page.claims[claim.key] == anchor else "<tr>"
        out.append(
            f"{row}<td>{_e(_claim_line(claim))}</td>"
            f"<td>{est.low:,}</td><td>{est.best:,}</td>"
            f"<td>{high}</td><td>{_bar(est)}</td>"
            f"<td>{_reports(page, claim)}</td></tr>"
        )
    out.append("</tbody></table></section>")
    return out


# -- figures by document ------------------------------------------------------------------


def _figure_item(page: _Page, figure: Figure, *, context: int | None = None) -> str:
    """A figure in its document: what it counts, and its sentence unless a card quotes it."""
    details = " · ".join(_e(d) for d in _details(figure))
    head = f"<b>{_e(str(figure.count))}</b> {figure.category.value} · {details}"
    if figure in page.in_cards:
        anchor = page.figures[figure]
        return f'<li>{head} · <a href="#{anchor}">quoted in a contradiction</a></li>'
    return f"<li{page.home(figure)}>{head}<q>{_marked(figure, context=context)}</q></li>"


def _figure_items(page: _Page, figures: Sequence[Figure]) -> str:
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


def _documents(page: _Page) -> list[str]:
    """Every figure in its document, documents grouped by outlet (unnamed ones last)."""
    outlets: dict[str | None, list[tuple[Source, list[Figure]]]] = defaultdict(list)
    for source, figures in page.documents:
        outlets[source.outlet].append((source, figures))
    out = ['<section id="figures"><h2>Figures by document</h2>']
    for outlet in sorted(outlets, key=lambda o: (o is None, (o or "").casefold())):
        docs = outlets[outlet]
        out.append(
            f'<article class="box"><h3>{_e(outlet) if outlet else "Outlet not named"}</h3>'
            f'<p class="meta">{_plural(len(docs), "document")}</p>'
        )
        for source, figures in docs:
            facts = [source.published.isoformat() if source.published else "no publication date"]
            if source.url:  # shown without its scheme, a link when it is http(s)
                facts.append(_link(source.url, source.url.strip().split("://", 1)[-1]))
            if source.doc_id:
                facts.append(_e(source.doc_id))
            if not figures:
                facts.append("no figures")
            items = _figure_items(page, figures)
            out.append(
                f'<div class="doc" id="{page.document_ids[source]}">'
                f'<p class="meta">{" · ".join(facts)}</p>'
                f"{f'<ol class=figs>{items}</ol>' if items else ''}</div>"
            )
        out.append("</article>")
    out.append("</section>")
    return out


# -- the page ---------------------------------------------------------------------------------


def _check(
    ledger: object, title: object, documents: object, bounds: object, max_charts: object
) -> list[Source]:
    if not isinstance(ledger, Ledger):
        raise TypeError(f"'ledger' must be a Ledger, got {type(ledger).__name__}")
    if not isinstance(title, str):
        raise TypeError(f"'title' must be a str, got {type(title).__name__}")
    if bounds is not None and not isinstance(bounds, BoundsPolicy):
        raise TypeError(f"'bounds' must be a BoundsPolicy or None, got {type(bounds).__name__}")
    if isinstance(max_charts, bool) or not isinstance(max_charts, int):
        raise TypeError(f"'max_charts' must be an int, got {type(max_charts).__name__}")
    if max_charts < 0:
        raise InvalidReportOption(f"'max_charts' must be >= 0, got {max_charts}")
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

    Raises:
        TypeError: an argument of the wrong type.
        InvalidReportOption: ``max_charts`` is negative.
        ImportError: the ``html`` extra is not installed.

    >>> from conflictfigures import Ledger
    >>> page = render_html(Ledger(), title="Nothing read")
    >>> page.startswith("<!DOCTYPE html>"), "<h1>Nothing read</h1>" in page
    (True, True)

    .. versionadded:: 0.1.0
    """
    sources = _check(ledger, title, documents, bounds, max_charts)
    if bounds is None and isinstance(ledger.policy, EstimatePolicy):
        bounds = ledger.policy.bounds
    page = _Page(ledger, sources)
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
        f"<title>{_e(title)}</title><style>{_CSS}</style></head><body>",
        *_header(page, ledger, title, bounds, counts),
        "<main>",
        *_totals(page, totals, max_charts),
        *_contradictions(page, contradictions),
        *_corroborated(page, claims),
        *_estimates(page, ledger),
        *_documents(page),
        "</main></body></html>\n",
    ]
    return "\n".join(parts)
