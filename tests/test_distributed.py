"""conflictfigures.distributed: the cluster's answers are exactly one process's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from conflictfigures import (
    MINMAX_ESTIMATE,
    Category,
    Document,
    Figure,
    InvalidType,
    Ledger,
    extract,
    read_articles,
    read_documents,
    to_record,
)
from conflictfigures._documents import seeds_folder
from conflictfigures.strategies import corpora

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("conflictfigures.distributed")

#: The open development sets, beside the repository (absent: only the seeds are read).
DEV_SETS = Path(__file__).resolve().parent.parent.parent / "shared" / "benchmarks"


@st.composite
def mixed_corpora(draw: st.DrawFn) -> list[Figure]:
    """
    A corpus whose figures are spread over a few categories, so that most
    documents hold figures of several (the hard case: one document's
    claimants are read across categories), plus a corpus of another category.
    """
    figures = draw(corpora(max_size=12))
    few = [Category.KILLED, Category.WOUNDED, Category.DETAINED]
    categories = draw(st.lists(st.sampled_from(few), min_size=len(figures), max_size=len(figures)))
    mixed = [attrs.evolve(f, category=c) for f, c in zip(figures, categories, strict=True)]
    other = draw(st.sampled_from(list(Category)))
    return mixed + [attrs.evolve(f, category=other) for f in draw(corpora(max_size=6))]


def _cluster_records(
    figures: list[Figure], npartitions: int, **kwargs: object
) -> tuple[list[dict[str, object]], ...]:
    bag = db.from_sequence([to_record(f) for f in figures] or [], npartitions=npartitions)
    analysis = distributed.analyse(bag, **kwargs)
    return analysis.compute(scheduler="sync")  # type: ignore[no-any-return]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow], derandomize=True
)
@given(figures=mixed_corpora(), npartitions=st.integers(1, 6), order=st.randoms())
def test_any_partitioning_gives_the_records_of_one_process(
    figures: list[Figure], npartitions: int, order: object
) -> None:
    """
    Contract: for any corpus, any order and any number of partitions, the
    partitioned analysis gives exactly the claims, contradictions, running
    totals and estimates of one ledger, record for record.
    """
    shuffled = list(figures)
    order.shuffle(shuffled)  # type: ignore[attr-defined]
    expected = distributed.records_by_kind(Ledger(figures))
    assert _cluster_records(shuffled, npartitions) == expected


def test_a_documents_claimants_are_read_across_categories() -> None:
    """
    "The monitor" of the wounded is the Observatory that reported the killed:
    the wounded's neighbourhood must see the killed figure as its context.
    """
    text = (
        "Five civilians were killed in Idlib on Tuesday, the Syrian Observatory for Human "
        "Rights said. Three others were wounded, the monitor said."
    )
    figures = extract(text, outlet="AP", doc_id="a")
    assert [(f.category, f.claimed_by) for f in figures] == [
        (Category.KILLED, "the Syrian Observatory for Human Rights"),
        (Category.WOUNDED, "the monitor"),
    ]
    expected = distributed.records_by_kind(Ledger(figures))
    assert _cluster_records(figures, 2) == expected
    [wounded] = [c for c in expected[0] if c["category"] == "wounded"]
    assert wounded["claimants"] == ["Syrian Observatory for Human Rights"]


def _real_documents() -> list[Document]:
    docs = list(read_documents([seeds_folder()]))
    for name in ("isaf_press_releases.jsonl", "wikipedia_incidents.jsonl"):
        path = DEV_SETS / name
        if path.exists():
            articles = read_articles(path, doc_id="id", published="date")
            docs += [d for _, d in zip(range(300), articles, strict=False)]
    return docs


def test_real_text_gives_the_records_of_one_process() -> None:
    docs = _real_documents()
    bag = db.from_sequence(docs, npartitions=4)
    figures = distributed.extract_figures(bag)
    got = distributed.analyse(figures, policy=MINMAX_ESTIMATE, npartitions=3)
    claims, contradictions, totals, estimates = got.compute(scheduler="sync")
    ledger = Ledger([f for d in docs for f in d.figures()], policy=MINMAX_ESTIMATE)
    expected = distributed.records_by_kind(ledger)
    assert (claims, contradictions, totals, estimates) == expected
    assert len({c["category"] for c in claims}) >= 3
    assert contradictions  # the seeds disagree


def test_records_cross_processes(tmp_path: Path) -> None:
    """The figures and results travel as records, through real pickling."""
    docs = list(read_documents([seeds_folder()]))
    figures = distributed.extract_figures(db.from_sequence(docs, npartitions=2))
    analysis = distributed.analyse(figures)
    analysis.write_jsonl(tmp_path, scheduler="processes", num_workers=2)
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written[0].startswith("claims-")
    lines = sum(len(p.read_text(encoding="utf-8").splitlines()) for p in tmp_path.glob("claims-*"))
    assert lines == len(Ledger([f for d in docs for f in d.figures()]).claims())


def test_neighbourhood_is_the_category() -> None:
    [fig] = read_documents([seeds_folder()]).__next__().figures()[:1]
    assert distributed.neighbourhood(to_record(fig)) == fig.category.value


@pytest.mark.parametrize(
    ("call", "message"),
    [
        (lambda: distributed.analyse([1]), "'figures' must be a dask.bag.Bag, got list"),
        (
            lambda: distributed.extract_figures("docs"),
            "'documents' must be a dask.bag.Bag, got str",
        ),
        (
            lambda: distributed.analyse(db.from_sequence([]), npartitions=0),
            "'npartitions' must be an int >= 1, got 0",
        ),
    ],
)
def test_wrong_arguments_are_refused(call: object, message: str) -> None:
    with pytest.raises(InvalidType) as info:
        call()  # type: ignore[operator]
    assert str(info.value) == message


def test_items_that_are_not_documents_are_named() -> None:
    bag = distributed.extract_figures(db.from_sequence(["text"]))
    with pytest.raises(InvalidType, match="'documents' must hold Document objects, got str"):
        bag.compute(scheduler="sync")


def test_without_dask_the_library_works_as_before() -> None:
    script = (
        "import sys\n"
        "sys.modules['dask'] = None\n"
        "import conflictfigures\n"
        "assert conflictfigures.extract('Two soldiers were killed.')\n"
        "try:\n"
        "    import conflictfigures.distributed\n"
        "except ImportError as exc:\n"
        "    print(exc)\n"
    )
    done = subprocess.run(  # noqa: S603 - our own interpreter
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    assert done.stdout == (
        "conflictfigures.distributed needs the 'dask' extra: pip install 'conflictfigures[dask]'\n"
    )
