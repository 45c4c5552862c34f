"""
The report as one self-contained HTML page: :func:`render_html`.

The page has no script and fetches nothing (a Content-Security-Policy says
so to the browser): its styles are inline and its charts are inline SVG drawn
by :mod:`conflictfigures._charts`. Everything that comes from articles
(sentences, outlet names, claimants, URLs) is escaped; a URL becomes a link
only when it is ``http`` or ``https``.

Each figure has one home, its document's list (``#f<n>``), where its whole
sentence is shown with the figure's words marked; every other place that
shows a figure links there.
"""

from __future__ import annotations

import html
from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from conflictfigures._charts import draw_charts, total_chart
from conflictfigures._report import _details, _key_line, _outlet, _range
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
    from conflictfigures.models import Figure

__all__ = ["DEFAULT_MAX_CHARTS", "render_html"]

#: How many running totals get a chart unless told otherwise; the others
#: are shown as tables (each chart takes about 50 ms to draw).
DEFAULT_MAX_CHARTS = 40

# Nothing is loaded from anywhere; styles are inline, and so are the charts.
_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_CAPTION = (
    "Each outlet's reported totals (a triangle: a floor with no ceiling; a thin bar: a range); "
    "dashed grey over a pale band: the sum of the incident reports; grey bar: the earlier "
    "total plus the incidents since; red ring: a total that does not match that bar."
)

# Characters of a sentence shown on each side of a figure outside its home.
_CONTEXT = 160

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
td.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
mark{background:var(--mark);padding:0 1px}
.kind{display:inline-block;font-size:12px;font-weight:600;border-radius:10px;padding:1px 9px;
margin-left:6px;vertical-align:middle}
.revision{background:#e3ecfa;color:#1f4f8f}.conflict{background:#fbe3e3;color:#8f1f1f}
.sides{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px;margin-top:8px}
.side{border-left:4px solid var(--line);padding-left:10px}
.side .count{font-size:22px;font-weight:700}
.side ul{padding-left:18px;margin:6px 0}
blockquote{margin:2px 0;font-style:italic}
.no{color:var(--bad);font-weight:600}.yes{color:var(--good)}
.bar{display:inline-block;position:relative;width:160px;height:10px;background:var(--tint);
border:1px solid var(--line);vertical-align:middle}
.bar i{position:absolute;top:0;bottom:0;background:#7aa6d8}
.bar i.floor{left:0;background:#d5e3f3}
.bar i.open{background:linear-gradient(90deg,#7aa6d8,#7aa6d800)}
.bar b{position:absolute;top:-3px;bottom:-3px;width:2px;background:var(--ink)}
ol.figs{padding-left:0;list-style:none}
ol.figs li{padding:4px 0;border-bottom:1px dotted var(--line)}
ol.figs li:target,tr:target{background:#fff7d6}
.cat{font-weight:600}
"""


def _e(text: str) -> str:
    """Escape text (and attribute values) from articles."""
    return html.escape(text, quote=True)


def _link(url: str | None, text: str) -> str:
    """A link to ``url`` when it is http(s), else the text alone (escaped)."""
    if url is not None and url.strip().lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url.strip())}" rel="noreferrer">{_e(text)}</a>'
    return _e(text)


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (plural or word + 's')}"


def _marked(figure: Figure, *, context: int | None = None) -> str:
    """
    The figure's sentence, escaped, with its words in ``<mark>``; cut to
    ``context`` characters on each side when given.
    """
    if figure.sentence is None or figure.sentence_span is None:
        return f"<mark>{_e(figure.surface)}</mark>"
    start = figure.span.start - figure.sentence_span.start
    end = start + len(figure.span)
    before, after = figure.sentence[:start], figure.sentence[end:]
    if context is not None:
        if len(before) > context:
            before = "…" + before[len(before) - context :]
        if len(after) > context:
            after = after[:context] + "…"
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
        self.claims: dict[ClaimKey, str] = {}
        for n, claim in enumerate(ledger.claims(), 1):
            self.claims.setdefault(claim.key, f"c{n}")

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


def _claim_line(claim: Claim) -> str:
    return _key_line(claim.key, location=claim.location, subject=claim.subject, dates=claim.dates)


def _total_line(total: RunningTotal) -> str:
    parts = [total.category.value, total.subject]
    if total.place:
        parts.append(" ".join(w[:1].upper() + w[1:] for w in total.place[-1].split()))
    if total.period_start:
        parts.append(f"since {total.period_start.isoformat()}")
    return " · ".join(parts)


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


def _charted(totals: Sequence[RunningTotal], max_charts: int) -> set[int]:
    """The totals that get a chart: those with the most points and reports."""
    ranked = sorted(
        range(len(totals)),
        key=lambda i: (
            -len(totals[i].points),
            totals[i].reconciled is not False,
            -sum(len(p.claim.figures) for p in totals[i].points),
            i,
        ),
    )
    return set(ranked[:max_charts])


def _totals(page: _Page, totals: Sequence[RunningTotal], max_charts: int) -> list[str]:
    charted = sorted(_charted(totals, max_charts))
    svgs = dict(zip(charted, draw_charts([total_chart(totals[i]) for i in charted]), strict=True))
    out = ['<section id="totals"><h2>Running totals</h2>']
    if not totals:
        out.append('<p class="note">No running totals were reported.</p>')
    elif len(charted) < len(totals):
        out.append(
            f'<p class="note">Charts for the {_plural(len(charted), "series", "series")} with '
            f"the most points; the other {len(totals) - len(charted):,} as tables "
            "(the chart budget is an option).</p>"
        )
    for i, total in enumerate(totals):
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
            out.append(
                f'<figure>{svgs[i]}<figcaption class="note">{_CAPTION}</figcaption></figure>'
            )
        out.append(f"{_total_table(page, total)}</article>")
    out.append("</section>")
    return out


# -- contradictions, corroboration, estimates ------------------------------------------


def _report_item(page: _Page, figure: Figure, claimant: str | None) -> str:
    who = figure.claimed_by or claimant
    source = figure.source
    published = source.published.isoformat() if source.published else "no publication date"
    url = _link(source.url, "article") if source.url else ""
    return (
        f"<li><blockquote>{_marked(figure, context=_CONTEXT)}</blockquote>"
        f'<span class="meta">{_e(_outlet(figure))}, '
        f"{_e('per ' + who) if who else 'unattributed'} · {published}"
        f"{' · ' + url if url else ''} · "
        f'<a href="#{page.figures[figure]}">sentence in its article</a></span></li>'
    )


def _side(page: _Page, side: ContradictionSide, conflicting: bool) -> str:
    claimants = sorted({c for c in side.claimants if c}, key=str.casefold)
    dates = _date_span(f.as_of for f in side.figures)
    items = "".join(
        _report_item(page, f, c) for f, c in zip(side.figures, side.claimants, strict=True)
    )
    return (
        f'<section class="side"><div class="count">{_e(str(side.count))}</div>'
        f'<p class="meta">{_plural(len(side.figures), "report")} · outlets: '
        f"{_e(', '.join(sorted({_outlet(f) for f in side.figures}, key=str.casefold)))} · "
        f"claimants: {_e(', '.join(claimants)) or 'none named'} · dates: {dates}"
        f"{'' if conflicting else ' · compatible with every other side'}</p>"
        f"<ul>{items}</ul></section>"
    )


def _contradictions(page: _Page, items: Sequence[Contradiction]) -> list[str]:
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
        in_conflict = {i for pair in item.conflicts for i in pair}
        sides = "".join(_side(page, s, i in in_conflict) for i, s in enumerate(item.sides))
        pairs = ""
        if len(item.conflicts) < len(item.sides) * (len(item.sides) - 1) // 2:
            pairs = '<p class="note">Cannot both be true: ' + _e(
                ", ".join(
                    f"{item.sides[a].count} vs {item.sides[b].count}" for a, b in item.conflicts
                )
            )
            pairs += ".</p>"
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
        '<p class="note">Claims carried by more than one outlet whose figures can all be true.</p>'
        "<table><thead><tr><th>Claim</th><th>Figure</th><th>Outlets</th>"
        "<th>Independent sources</th><th>Reports</th></tr></thead><tbody>"
    )
    for claim in agreed:
        sources = claim.independent_claimants
        out.append(
            f'<tr><td>{page.claim(claim)}</td><td class="n">{_range(claim.low, claim.high)}</td>'
            f'<td class="n">{len(claim.outlets):,}</td><td class="n">{len(sources):,}</td>'
            f"<td>{page.cites(claim.figures)}</td></tr>"
        )
    out.append("</tbody></table></section>")
    return out


def _bar(estimate: Estimate) -> str:
    """
    A range bar from 0: pale up to the floor, strong from the floor to the
    ceiling (fading out when there is none), a tick at the best estimate.
    """
    top = estimate.high if estimate.high is not None else max(estimate.best, estimate.low) * 1.25
    if top <= 0:
        return '<span class="bar"></span>'

    def at(value: float) -> str:
        return f"{100 * value / top:.1f}%"

    end = estimate.high if estimate.high is not None else top
    width = f"{max(100 * (end - estimate.low) / top, 0.8):.1f}%"
    cls = "" if estimate.high is not None else ' class="open"'
    return (
        f'<span class="bar" aria-hidden="true"><i class="floor" style="width:{at(estimate.low)}">'
        f'</i><i{cls} style="left:{at(estimate.low)};width:{width}"></i>'
        f'<b style="left:{at(estimate.best)}"></b></span>'
    )


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
        "the dark tick is the best estimate.</p>"
        '<table><thead><tr><th>Claim</th><th class="n">Low</th><th class="n">Best</th>'
        '<th class="n">High</th><th>Range</th><th>Reports</th></tr></thead><tbody>'
    )
    for claim, est in zip(claims, estimates, strict=True):
        high = "no ceiling" if est.high is None else f"{est.high:,}"
        out.append(
            f'<tr id="{page.claims[claim.key]}"><td>{_e(_claim_line(claim))}</td>'
            f'<td class="n">{est.low:,}</td><td class="n">{est.best:,}</td>'
            f'<td class="n">{high}</td><td>{_bar(est)}</td>'
            f"<td>{page.cites(claim.figures)}</td></tr>"
        )
    out.append("</tbody></table></section>")
    return out


# -- figures by document ------------------------------------------------------------------


def _figure_item(page: _Page, figure: Figure) -> str:
    details = " · ".join(_e(d) for d in _details(figure))
    return (
        f'<li id="{page.figures[figure]}"><span class="cat">{figure.category.value}</span> '
        f"<b>{_e(str(figure.count))}</b> · {details}"
        f"<blockquote>{_marked(figure)}</blockquote></li>"
    )


def _documents(page: _Page) -> list[str]:
    out = ['<section id="figures"><h2>Figures by document</h2>']
    for n, (source, figures) in enumerate(page.documents, 1):
        outlet = _e(source.outlet) if source.outlet else "Outlet not named"
        facts = [source.published.isoformat() if source.published else "no publication date"]
        if source.url:
            facts.append(_link(source.url, source.url))
        if source.doc_id:
            facts.append(f"document {_e(source.doc_id)}")
        items = "".join(_figure_item(page, f) for f in figures)
        out.append(
            f'<article class="box" id="d{n}"><h3>{outlet}</h3>'
            f'<p class="meta">{" · ".join(facts)} · {_plural(len(figures), "figure")}</p>'
            f'<ol class="figs">{items}</ol></article>'
        )
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
