"""
The command's ``--workers N`` and ``--scheduler ADDRESS``: extraction on a
Dask cluster, documents still read and written one at a time on the client.

Documents are sent in batches, a bounded number in flight, and their
figures come back as records in the order the documents were read, so the
client holds only the batches in flight (memory does not grow with the
number of articles) and every output is the one of a single process.
It needs the ``dask`` extra.
"""

from __future__ import annotations

import contextlib
import logging
import os
from collections import deque
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from distributed import Client, SpecCluster

    from conflictfigures._documents import Document
    from conflictfigures.models import Figure
    from conflictfigures.policy import BoundsPolicy

__all__ = ["BATCH", "QUIET", "ClusterUnavailable", "cluster", "extract_in_parallel"]

#: Documents sent to a worker at a time: enough that a task's overhead (about a
#: millisecond) is small beside extracting them.
BATCH = 256

#: Batches in flight per worker.
_AHEAD = 4

#: Dask's monitoring, slowed for a local cluster: every process of it (the
#: scheduler, each worker and the nanny beside it) otherwise wakes 50 times a
#: second to time its event loop, 100 times a second (workers) to sample
#: stacks and 10 times a second (nannies) to read memory, a fifth of a core
#: on an idle two-worker cluster, measured; so slowed, a thirtieth.
QUIET = {
    "distributed.admin.tick.interval": "500ms",
    "distributed.worker.profile.enabled": False,
    "distributed.admin.system-monitor.interval": "2s",
    "distributed.worker.memory.monitor-interval": "500ms",
}


class ClusterUnavailable(Exception):
    """Dask is not installed, or the cluster cannot be started or reached."""


def _extract_batch(documents: list[Document], policy: BoundsPolicy | None) -> list[list[Figure]]:
    """
    Run on a worker: each document's figures.

    Figures travel pickled (about 14 µs a figure both ways), which is
    cheaper than records, whose reading back costs twice that.
    """
    return [doc.figures(policy=policy) for doc in documents]


@contextlib.contextmanager
def cluster(
    *, workers: int | None, scheduler: str | None, memory_limit: str | None = None
) -> Iterator[Client]:
    """
    A Dask client: a local cluster of ``workers`` processes of one thread
    (each with ``memory_limit``, by default Dask's share of the machine's
    memory) and its scheduler in a process of its own, with :data:`QUIET`
    monitoring; or the scheduler at ``scheduler``; closed at the end.

    The scheduler keeps a record of every task while the cluster lives: in
    a process of its own, it does not grow the client with the corpus.

    Raises:
        ClusterUnavailable: the ``dask`` extra is missing, or the cluster
            cannot be started or reached.
    """
    try:
        import dask  # noqa: PLC0415 - an optional extra
        from distributed import Client  # noqa: PLC0415
    except ImportError as exc:
        raise ClusterUnavailable(
            "--workers and --scheduler need the 'dask' extra: pip install 'conflictfigures[dask]'"
        ) from exc
    local = None
    try:
        if scheduler is not None:
            client = Client(scheduler, timeout="10s")
        else:
            with dask.config.set(QUIET), _environment(_QUIET_SCHEDULER):
                local = _local_cluster(workers or 1, memory_limit or "auto")
                # The workers are on this machine: data goes to them and comes
                # back straight, not through the scheduler's process.
                client = Client(local, direct_to_workers=True)
    except (OSError, TimeoutError, ValueError, RuntimeError) as exc:
        if local is not None:
            local.close()
        where = f"the scheduler at {scheduler}" if scheduler else "a local cluster"
        raise ClusterUnavailable(f"cannot reach {where}: {exc}") from exc
    try:
        yield client
    finally:
        client.close()
        if local is not None:
            local.close()


#: The scheduler's process reads Dask's configuration from its environment:
#: :data:`QUIET`'s tick, and its log kept to errors (its standard error is a
#: pipe nobody reads while it runs).
_QUIET_SCHEDULER = {
    "DASK_DISTRIBUTED__ADMIN__TICK__INTERVAL": str(QUIET["distributed.admin.tick.interval"]),
    "DASK_DISTRIBUTED__ADMIN__SYSTEM_MONITOR__INTERVAL": str(
        QUIET["distributed.admin.system-monitor.interval"]
    ),
    "DASK_LOGGING__DISTRIBUTED": "error",
}


@contextlib.contextmanager
def _environment(values: dict[str, str]) -> Iterator[None]:
    """Environment variables set for the processes started inside, then restored."""
    before = {name: os.environ.get(name) for name in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for name, value in before.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def _local_cluster(workers: int, memory_limit: str) -> SpecCluster:
    """
    Dask's cluster of a scheduler in a process of its own
    (``SubprocessScheduler``) and ``workers`` processes of one thread, each
    started and watched by a nanny in this process (as ``LocalCluster``
    does, so a worker past ``memory_limit`` is restarted); no dashboard.
    """
    from distributed import Nanny, SpecCluster  # noqa: PLC0415 - an optional extra
    from distributed.deploy.subprocess import SubprocessScheduler  # noqa: PLC0415
    from distributed.worker_memory import parse_memory_limit  # noqa: PLC0415

    limit = parse_memory_limit(memory_limit, 1, workers, logger=logging.getLogger(__name__))
    scheduler = {
        "cls": SubprocessScheduler,
        "options": {
            "scheduler_kwargs": {"host": "127.0.0.1", "port": 0, "dashboard": False},
        },
    }
    worker = {
        "cls": Nanny,
        "options": {
            "host": "127.0.0.1",
            "nthreads": 1,
            "memory_limit": limit,
            "silence_logs": logging.WARNING,
        },
    }
    return SpecCluster(
        workers=dict.fromkeys(range(workers), worker),
        scheduler=scheduler,
        worker=worker,
        silence_logs=logging.WARNING,
        name="conflictfigures",
    )


def extract_in_parallel(
    documents: Iterable[Document],
    client: Client,
    *,
    policy: BoundsPolicy | None,
) -> Iterator[tuple[Document, list[Figure]]]:
    """
    Yield each document with its figures, extracted on the cluster, in the
    order the documents come.
    """
    ahead = _AHEAD * max(1, len(client.scheduler_info().get("workers", {})))
    in_flight: deque[tuple[list[Document], Any]] = deque()
    batch: list[Document] = []

    def done() -> Iterator[tuple[Document, list[Figure]]]:
        docs, future = in_flight.popleft()
        yield from zip(docs, future.result(), strict=True)

    for doc in documents:
        batch.append(doc)
        if len(batch) == BATCH:
            in_flight.append((batch, client.submit(_extract_batch, batch, policy, pure=False)))
            batch = []
            if len(in_flight) >= ahead:
                yield from done()
    if batch:
        in_flight.append((batch, client.submit(_extract_batch, batch, policy, pure=False)))
    while in_flight:
        yield from done()
