"""
conflictfigures: reported casualty and loss figures, with their provenance.

Read figures out of news text with :func:`extract`, keep them as typed
:class:`Figure` records, and write them as JSON-ready records with
:func:`to_record`.

Hypothesis strategies live in :mod:`conflictfigures.strategies`, which needs
the ``hypothesis`` extra (``pip install conflictfigures[hypothesis]``); this
package does not import it.
"""

from conflictfigures._documents import (
    Document,
    DocumentError,
    InvalidManifest,
    UnreadableDocument,
    read_document,
    read_documents,
)
from conflictfigures._html import render_html
from conflictfigures._readers import InvalidArticle, read_articles
from conflictfigures.aggregate import (
    ACLED_ESTIMATE,
    DEFAULT_ESTIMATE,
    MINMAX_ESTIMATE,
    TALLY_ESTIMATE,
    UCDP_ESTIMATE,
    Claim,
    ClaimKey,
    ClaimKind,
    Contradiction,
    ContradictionSide,
    Estimate,
    EstimatePolicy,
    EstimateRule,
    Ledger,
    RunningTotal,
    TotalPoint,
    tally,
)
from conflictfigures.errors import (
    ConflictFiguresError,
    InvalidCount,
    InvalidDate,
    InvalidFigure,
    InvalidOutput,
    InvalidPeriod,
    InvalidPolicy,
    InvalidRecord,
    InvalidReportOption,
    InvalidSpan,
    InvalidText,
    InvalidType,
    NotAFigure,
    UnknownCategory,
    UnknownQualifier,
)
from conflictfigures.export import CSV_COLUMNS, HXL_COLUMNS, to_dataframe, write_csv, write_hxl
from conflictfigures.extract import extract, parse_figure
from conflictfigures.models import (
    MAX_COUNT,
    Category,
    Count,
    Figure,
    Period,
    Qualifier,
    Source,
    Span,
)
from conflictfigures.policy import (
    ACLED_POLICY,
    DEFAULT_POLICY,
    VAGUE_BOUNDS,
    BoundsPolicy,
    VagueBounds,
)
from conflictfigures.quantities import Quantity, quantities
from conflictfigures.serialize import (
    FIGURE_KEYS,
    from_record,
    read_jsonl,
    to_record,
    write_jsonl,
)
from conflictfigures.store import (
    DamagedStore,
    IngestResult,
    IngestStatus,
    NotAStore,
    Store,
    StoredDocument,
    StoreError,
    StoreVersionError,
)

__version__ = "0.1.0.dev0"

__all__ = [
    "ACLED_ESTIMATE",
    "ACLED_POLICY",
    "CSV_COLUMNS",
    "DEFAULT_ESTIMATE",
    "DEFAULT_POLICY",
    "FIGURE_KEYS",
    "HXL_COLUMNS",
    "MAX_COUNT",
    "MINMAX_ESTIMATE",
    "TALLY_ESTIMATE",
    "UCDP_ESTIMATE",
    "VAGUE_BOUNDS",
    "BoundsPolicy",
    "Category",
    "Claim",
    "ClaimKey",
    "ClaimKind",
    "ConflictFiguresError",
    "Contradiction",
    "ContradictionSide",
    "Count",
    "DamagedStore",
    "Document",
    "DocumentError",
    "Estimate",
    "EstimatePolicy",
    "EstimateRule",
    "Figure",
    "IngestResult",
    "IngestStatus",
    "InvalidArticle",
    "InvalidCount",
    "InvalidDate",
    "InvalidFigure",
    "InvalidManifest",
    "InvalidOutput",
    "InvalidPeriod",
    "InvalidPolicy",
    "InvalidRecord",
    "InvalidReportOption",
    "InvalidSpan",
    "InvalidText",
    "InvalidType",
    "Ledger",
    "NotAFigure",
    "NotAStore",
    "Period",
    "Qualifier",
    "Quantity",
    "RunningTotal",
    "Source",
    "Span",
    "Store",
    "StoreError",
    "StoreVersionError",
    "StoredDocument",
    "TotalPoint",
    "UnknownCategory",
    "UnknownQualifier",
    "UnreadableDocument",
    "VagueBounds",
    "__version__",
    "extract",
    "from_record",
    "parse_figure",
    "quantities",
    "read_articles",
    "read_document",
    "read_documents",
    "read_jsonl",
    "render_html",
    "tally",
    "to_dataframe",
    "to_record",
    "write_csv",
    "write_hxl",
    "write_jsonl",
]
