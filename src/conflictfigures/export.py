"""
Exports of figures: CSV, HXL-tagged CSV, and a pandas DataFrame.

JSON Lines is :func:`conflictfigures.write_jsonl`.
Every export writes one row per figure, with its provenance.

**CSV** (:func:`write_csv`) has the columns :data:`CSV_COLUMNS`: the record
keys of :data:`conflictfigures.FIGURE_KEYS`, with the two-item ``span``,
``period``, ``sentence_span`` and ``part_of`` split into ``_start`` and ``_end`` columns.
Empty cells are empty; ``cumulative`` is ``true`` or ``false``.
A text cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
return (:data:`FORMULA_STARTS`) is written with a leading ``'``, as OWASP
recommends against CSV injection, so that no spreadsheet runs it as a
formula; :func:`csv_rows` and :func:`to_dataframe` keep the text as it is.

**HXL** (:func:`write_hxl`) is CSV with a second row of
`HXL <https://hxlstandard.org/>`_ hashtags, as humanitarian data exchanges
publish it.
The count goes in the column of its category (``#affected+killed``,
``#affected+injured``, ``#affected+missing``, ``#affected+detained``,
``#affected+displaced``, ``#affected+refugees``, and
``#indicator+equipment+destroyed+num`` and so on for equipment), so that a
column sums like the datasets it sits beside.
That number is the policy's single best reading
(:meth:`conflictfigures.BoundsPolicy.best`: the stated number, the floor of
"more than 50", the middle of a range); the words as written, the qualifier
and the bounds (``#indicator+min``, ``#indicator+max``) sit beside it.
Dates are ``#date+reported`` (publication) and ``#date+occurred`` (the
incident), running totals' periods ``#date+start`` and ``#date+end``; the
outlet is ``#meta+source`` and the URL ``#meta+url``.

**DataFrame** (:func:`to_dataframe`, needs the ``pandas`` extra) has the CSV
columns with typed dtypes: categoricals for ``category`` and ``qualifier``,
nullable ``Int64`` numbers, ``datetime64`` dates, ``bool`` for
``cumulative`` and ``string`` text.

>>> import io
>>> from conflictfigures import Category, Count, Figure, Span
>>> fig = Figure(category=Category.KILLED, count=Count.read(50, "more_than"),
...              span=Span(start=0, end=12), surface="more than 50")
>>> out = io.StringIO()
>>> write_hxl([fig], out)
1
>>> print(out.getvalue().splitlines()[1][:60])
#meta+category,#affected+killed,#affected+injured,#affected+
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from conflictfigures._checks import iter_figures
from conflictfigures._output import check_stream, replace_file
from conflictfigures.errors import InvalidType, type_name
from conflictfigures.models import Category, Figure, Qualifier
from conflictfigures.policy import DEFAULT_POLICY, BoundsPolicy
from conflictfigures.serialize import FIGURE_KEYS, to_record

if TYPE_CHECKING:
    import pandas as pd

__all__ = [
    "CSV_COLUMNS",
    "FORMULA_STARTS",
    "HXL_COLUMNS",
    "csv_rows",
    "to_dataframe",
    "write_csv",
    "write_hxl",
]

_SPLIT = {"span": "span", "period": "period", "sentence_span": "sentence", "part_of": "part_of"}


def _csv_columns() -> tuple[str, ...]:
    out: list[str] = []
    for key in FIGURE_KEYS:
        if key in _SPLIT:
            out.extend((f"{_SPLIT[key]}_start", f"{_SPLIT[key]}_end"))
        else:
            out.append(key)
    return tuple(out)


#: The columns of :func:`write_csv` and :func:`to_dataframe`, in order.
CSV_COLUMNS: tuple[str, ...] = _csv_columns()


def csv_rows(figures: Iterable[Figure]) -> Iterable[dict[str, Any]]:
    """
    Yield each figure as a flat row keyed by :data:`CSV_COLUMNS` (JSON types,
    ``None`` for an empty cell).

    >>> from conflictfigures import Category, Count, Figure, Span
    >>> fig = Figure(category=Category.KILLED, count=Count.exact(2),
    ...              span=Span(start=4, end=7), surface="two")
    >>> row = next(iter(csv_rows([fig])))
    >>> row["category"], row["stated"], row["span_start"], row["span_end"]
    ('killed', 2, 4, 7)
    """
    for figure in iter_figures(figures):
        record = to_record(figure)
        row: dict[str, Any] = {}
        for key, value in record.items():
            if key in _SPLIT:
                start, end = (None, None) if value is None else value
                row[f"{_SPLIT[key]}_start"] = start
                row[f"{_SPLIT[key]}_end"] = end
            else:
                row[key] = value
        yield row


#: The first characters that make a spreadsheet read a cell as a formula
#: (OWASP, "CSV Injection"): such a text cell is written with a leading ``'``.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, str):
        # Text from articles and provenance: never let a spreadsheet run it.
        return "'" + value if value.startswith(FORMULA_STARTS) else value
    return str(value)


def _write_rows(
    path_or_file: str | Path | IO[str],
    header_rows: Sequence[Sequence[str]],
    rows: Iterable[Sequence[str]],
) -> int:
    """Write CSV rows to a stream, or to a path replaced only once complete."""
    if isinstance(path_or_file, (str, Path)):
        return replace_file(path_or_file, lambda handle: _write_rows(handle, header_rows, rows))
    check_stream(path_or_file)
    writer = csv.writer(path_or_file, lineterminator="\r\n")
    writer.writerows(header_rows)
    n = 0
    for row in rows:
        writer.writerow(row)
        n += 1
    return n


def write_csv(figures: Iterable[Figure], path_or_file: str | Path | IO[str]) -> int:
    """
    Write figures as CSV with a header row of :data:`CSV_COLUMNS`; return how
    many rows.

    ``path_or_file`` is a path (replaced only once the whole file is written)
    or a text stream (open it with ``newline=""``).

    >>> import io
    >>> from conflictfigures import Category, Count, Figure, Span
    >>> fig = Figure(category=Category.KILLED, count=Count.exact(2),
    ...              span=Span(start=4, end=7), surface="two")
    >>> out = io.StringIO()
    >>> write_csv([fig], out)
    1
    >>> out.getvalue().splitlines()[1][:30]
    'killed,2,,exact,,2,2,1,,,,,,,f'

    .. versionadded:: 0.1.0
    """
    rows = ([_cell(row[c]) for c in CSV_COLUMNS] for row in csv_rows(figures))
    return _write_rows(path_or_file, [list(CSV_COLUMNS)], rows)


_Getter = Callable[[Figure, BoundsPolicy], object]


def _category_column(category: Category) -> _Getter:
    def get(figure: Figure, policy: BoundsPolicy) -> object:
        return policy.best(figure.count) if figure.category is category else None

    return get


def _period_end(figure: Figure, _policy: BoundsPolicy) -> object:
    return None if figure.period is None else figure.period.end


def _period_start(figure: Figure, _policy: BoundsPolicy) -> object:
    return None if figure.period is None else figure.period.start


#: The columns of :func:`write_hxl`: header, HXL hashtag, and how a figure fills it.
HXL_COLUMNS: tuple[tuple[str, str, _Getter], ...] = (
    ("Category", "#meta+category", lambda f, _p: f.category.value),
    ("Killed", "#affected+killed", _category_column(Category.KILLED)),
    ("Injured", "#affected+injured", _category_column(Category.WOUNDED)),
    ("Missing", "#affected+missing", _category_column(Category.MISSING)),
    ("Detained", "#affected+detained", _category_column(Category.DETAINED)),
    ("Displaced", "#affected+displaced", _category_column(Category.DISPLACED)),
    ("Refugees", "#affected+refugees", _category_column(Category.REFUGEES)),
    ("Casualties", "#affected+casualties", _category_column(Category.CASUALTIES)),
    (
        "Equipment destroyed",
        "#indicator+equipment+destroyed+num",
        _category_column(Category.EQUIPMENT_DESTROYED),
    ),
    (
        "Equipment captured",
        "#indicator+equipment+captured+num",
        _category_column(Category.EQUIPMENT_CAPTURED),
    ),
    (
        "Equipment damaged",
        "#indicator+equipment+damaged+num",
        _category_column(Category.EQUIPMENT_DAMAGED),
    ),
    (
        "Equipment abandoned",
        "#indicator+equipment+abandoned+num",
        _category_column(Category.EQUIPMENT_ABANDONED),
    ),
    ("As written", "#meta+stated", lambda f, _p: str(f.count)),
    ("Qualifier", "#meta+qualifier", lambda f, _p: f.count.qualifier.value),
    ("Lower bound", "#indicator+min", lambda f, _p: f.count.low),
    ("Upper bound", "#indicator+max", lambda f, _p: f.count.high),
    ("Who", "#meta+subject", lambda f, _p: f.subject),
    ("Side", "#meta+side", lambda f, _p: f.side),
    ("Location", "#loc+name", lambda f, _p: f.location),
    ("Date occurred", "#date+occurred", lambda f, _p: f.date),
    ("Period start", "#date+start", _period_start),
    ("Period end", "#date+end", _period_end),
    ("Running total", "#meta+cumulative", lambda f, _p: f.cumulative),
    ("Claimed by", "#meta+claimant", lambda f, _p: f.claimed_by),
    ("Source", "#meta+source", lambda f, _p: f.source.outlet),
    ("URL", "#meta+url", lambda f, _p: f.source.url),
    ("Date reported", "#date+reported", lambda f, _p: f.source.published),
    ("Document", "#meta+id", lambda f, _p: f.source.doc_id),
    ("Words", "#meta+text", lambda f, _p: f.surface),
    ("Sentence", "#description+sentence", lambda f, _p: f.sentence),
)


def write_hxl(
    figures: Iterable[Figure],
    path_or_file: str | Path | IO[str],
    *,
    policy: BoundsPolicy | None = None,
) -> int:
    """
    Write figures as HXL-tagged CSV (a header row, then a hashtag row, see
    :data:`HXL_COLUMNS`); return how many figure rows.

    Args:
        figures: the figures.
        path_or_file: a path (replaced only once the whole file is written)
            or a text stream.
        policy: reads the single number in the category column (default
            :data:`conflictfigures.DEFAULT_POLICY`).

    .. versionadded:: 0.1.0
    """
    if policy is not None and not isinstance(policy, BoundsPolicy):
        raise InvalidType(f"'policy' must be a BoundsPolicy or None, got {type_name(policy)}")
    pol = DEFAULT_POLICY if policy is None else policy
    header = [name for name, _tag, _get in HXL_COLUMNS]
    tags = [tag for _name, tag, _get in HXL_COLUMNS]
    rows = ([_cell(get(f, pol)) for _n, _t, get in HXL_COLUMNS] for f in iter_figures(figures))
    return _write_rows(path_or_file, [header, tags], rows)


_INT_COLUMNS = (
    "stated",
    "stated_high",
    "low",
    "high",
    "rounding",
    "span_start",
    "span_end",
    "sentence_start",
    "sentence_end",
)
_DATE_COLUMNS = ("date", "period_start", "period_end", "published")


def to_dataframe(figures: Iterable[Figure]) -> pd.DataFrame:
    """
    Return a pandas DataFrame of figures, one row each, with the columns
    :data:`CSV_COLUMNS` and typed dtypes.

    ``category`` and ``qualifier`` are categoricals over every possible
    value; numbers are nullable ``Int64``; dates are ``datetime64[ns]``
    (``NaT`` when unknown); ``cumulative`` is ``bool``; text is ``string``.

    Raises:
        ModuleNotFoundError: pandas is not installed (install the ``pandas``
            extra: ``pip install conflictfigures[pandas]``).

    >>> from conflictfigures import Category, Count, Figure, Span
    >>> fig = Figure(category=Category.KILLED, count=Count.exact(2),
    ...              span=Span(start=4, end=7), surface="two")
    >>> frame = to_dataframe([fig])
    >>> frame["low"].dtype
    Int64Dtype()

    .. versionadded:: 0.1.0
    """
    try:
        import pandas as pd  # noqa: PLC0415 - optional dependency
    except ModuleNotFoundError as exc:
        raise ModuleNotFoundError(
            "to_dataframe() needs pandas: pip install 'conflictfigures[pandas]'",
            name="pandas",
        ) from exc

    rows = list(csv_rows(figures))
    columns: dict[str, Any] = {}
    for column in CSV_COLUMNS:
        values = [row[column] for row in rows]
        if column == "category":
            dtype: Any = pd.CategoricalDtype([c.value for c in Category])
            columns[column] = pd.Series(values, dtype=dtype)
        elif column == "qualifier":
            dtype = pd.CategoricalDtype([q.value for q in Qualifier])
            columns[column] = pd.Series(values, dtype=dtype)
        elif column in _INT_COLUMNS:
            columns[column] = pd.Series(values, dtype="Int64")
        elif column in _DATE_COLUMNS:
            columns[column] = pd.to_datetime(pd.Series(values, dtype=object)).astype(
                "datetime64[ns]"
            )
        elif column == "cumulative":
            columns[column] = pd.Series(values, dtype=bool)
        else:
            columns[column] = pd.Series(values, dtype="string")
    return pd.DataFrame(columns, columns=list(CSV_COLUMNS))
