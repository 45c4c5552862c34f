"""
The HTML report's markup: escaping, links, marked sentences, the page's
anchors (:class:`Page`) and its stylesheet, shared by the page's sections
in :mod:`conflictfigures._html`.

Our own attribute values (ids, classes, anchors) are written unquoted and
the optional end tags of ``li``, ``td``, ``th`` and ``tr`` are left out, as
HTML allows; everything from articles is escaped, in text and in quoted
attribute values alike.
"""

from __future__ import annotations

import html
from collections import defaultdict
from typing import TYPE_CHECKING

from conflictfigures._report import _claim_line, _outlet

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Iterable, Sequence

    from conflictfigures.aggregate import Claim, ClaimKey, Ledger
    from conflictfigures.models import Figure, Source

__all__ = ["CSS", "Page", "date_span", "escape", "is_web", "link", "marked", "plural"]

# Characters shown of a document's URL that is not a link (not http or https).
URL_SHOWN = 48

#: The page's stylesheet, inline (the page loads nothing).
CSS = """
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
.side h4{font-size:22px;margin:0}
.side p{color:var(--muted);font-size:13px}
.side ul{padding-left:18px;margin:6px 0}
q{display:block;margin:2px 0;font-style:italic}q::before,q::after{content:none}
.no{color:var(--bad);font-weight:600}.yes{color:var(--good)}
.bar{display:inline-block;position:relative;width:160px;height:10px;border:1px solid var(--line);
background:linear-gradient(90deg,#d5e3f3 var(--l),#7aa6d8 var(--l))}
.bar.open{background:linear-gradient(90deg,#d5e3f3 var(--l),#7aa6d8 var(--l),#7aa6d800)}
.bar::after{content:"";position:absolute;top:-3px;bottom:-3px;width:2px;left:var(--b);
background:var(--ink)}
.docs,.docs ol{list-style:none;padding:0;margin:0}
.docs>li{border-top:1px solid var(--line);padding-top:4px;margin-top:8px;color:var(--muted);
font-size:13px}
.docs ol,.docs q{color:var(--ink);font-size:15px}
.docs ol li{padding:4px 0;border-bottom:1px dotted var(--line)}
.docs ol li:last-child{border-bottom:0}
.docs a[href^="#"]{font-weight:600;font-size:15px}
summary{cursor:pointer}
li:target,tr:target{background:#fff7d6}
.cat{font-weight:600}
"""


def escape(text: str) -> str:
    """Escape text (and attribute values) from articles."""
    return html.escape(text, quote=True)


def is_web(url: str) -> bool:
    """Whether ``url`` is http or https: the only URLs that become links."""
    return url.strip().lower().startswith(("http://", "https://"))


def link(url: str | None, text: str) -> str:
    """
    ``text`` as a link to ``url`` when it is http(s); else the text, then
    the URL as text (cut short), if any. Escaped.
    """
    url = (url or "").strip()
    if is_web(url):
        return f'<a href="{escape(url)}">{escape(text)}</a>'
    if not url:
        return escape(text)
    return f"{escape(text)} · {escape(url if len(url) <= URL_SHOWN else url[:URL_SHOWN] + '…')}"


def plural(n: int, word: str, many: str | None = None) -> str:
    """``n`` and the word, in the plural (``many``, else with an s) unless ``n`` is 1."""
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


def marked(figure: Figure, *, context: int | None = None) -> str:
    """
    The figure's sentence, escaped, with its words in ``<mark>``; cut to at
    most ``context`` characters on each side when given, at a space.
    """
    if figure.sentence is None or figure.sentence_span is None:
        return f"<mark>{escape(figure.surface)}</mark>"
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
    return f"{escape(before)}<mark>{escape(figure.surface)}</mark>{escape(after)}"


class Page:
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
        self.claim_of: dict[Figure, str] = {}  # the anchor of each figure's claim
        for n, claim in enumerate(ledger.claims(), 1):
            anchor = self.claims.setdefault(claim.key, f"c{n}")
            self.claim_of.update(dict.fromkeys(claim.figures, anchor))
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
        return f" id={self.figures[figure]}"

    def cite(self, figure: Figure) -> str:
        """A link from anywhere to the figure's home, named by its outlet."""
        return f"<a href=#{self.figures[figure]}>{escape(_outlet(figure))}</a>"

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
            + "".join(f"<a href=#{self.figures[f]}>[{n}]</a>" for n, f in enumerate(more, 2))
            for first, *more in by_outlet.values()
        )

    def claim(self, claim: Claim) -> str:
        """The claim's line, linked to its estimate."""
        line = escape(_claim_line(claim))
        anchor = self.claims.get(claim.key)
        return f"<a href=#{anchor}>{line}</a>" if anchor else line


def date_span(dates: Iterable[dt.date | None]) -> str:
    """The first and last of the dates known, or the one, or "none known"."""
    known = sorted({d for d in dates if d is not None})
    if not known:
        return "none known"
    if len(known) == 1:
        return known[0].isoformat()
    return f"{known[0].isoformat()} to {known[-1].isoformat()}"
