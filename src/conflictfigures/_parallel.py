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
import ctypes
import importlib.util
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections import deque
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from conflictfigures._tables import WITHOUT_PANDAS

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

    from distributed import Client

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
    and a scheduler in a process of its own (see :class:`_LocalProcesses`),
    with :data:`QUIET` monitoring; or the scheduler at ``scheduler``;
    closed at the end.

    With ``memory_limit`` (``"4GiB"``), each worker is watched by a nanny
    that restarts it past the limit (the task running then fails); without
    it, a worker spills to disk and pauses as its memory nears Dask's share
    of the machine's, but nothing stops it.

    Raises:
        ClusterUnavailable: the ``dask`` extra is missing, or the cluster
            cannot be started or reached.
    """
    if importlib.util.find_spec("distributed") is None:
        raise ClusterUnavailable(
            "--workers and --scheduler need the 'dask' extra: pip install 'conflictfigures[dask]'"
        )
    if scheduler is not None:
        from distributed import Client  # noqa: PLC0415 - an optional extra

        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError, ValueError, RuntimeError) as exc:
            raise ClusterUnavailable(f"cannot reach the scheduler at {scheduler}: {exc}") from exc
        try:
            yield client
        finally:
            client.close()
        return
    with _LocalProcesses(workers or 1, memory_limit) as client:
        yield client


def _environment() -> dict[str, str]:
    """
    The processes' environment: this one's, with :data:`QUIET` as Dask reads
    it, and the workers' tables written without pandas (they run only our
    tasks; see :func:`conflictfigures._tables.arrow_without_pandas`).
    """
    quiet = {
        "DASK_" + key.upper().replace(".", "__").replace("-", "_"): str(value)
        for key, value in QUIET.items()
    }
    return {**os.environ, **quiet, "DASK_LOGGING__DISTRIBUTED": "warning", WITHOUT_PANDAS: "1"}


def _die_with_parent() -> None:  # pragma: no cover - runs in the child, before exec
    """On Linux, have the child killed if the process that started it dies."""
    if sys.platform.startswith("linux"):
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


class _LocalProcesses:
    """
    A local cluster as Dask's own commands make one: a scheduler (``dask
    scheduler``) and ``workers`` workers (``dask worker``, one thread each),
    all started at once, meeting through a scheduler file; no dashboard.

    The scheduler keeps a record of every task while the cluster lives: in
    a process of its own, it does not grow the client with the corpus.
    Started together rather than one after the other (as ``LocalCluster``
    and ``SpecCluster`` do: the scheduler, then the nannies, then the
    workers), the processes' imports overlap, a second or more of a run on
    two cores. Their output goes to a log file, shown if they fail to start;
    they die with this process (Linux), and a worker that loses the
    scheduler for a minute stops.
    """

    def __init__(self, workers: int, memory_limit: str | None) -> None:
        self._workers = workers
        self._memory_limit = memory_limit
        self._folder = Path(tempfile.mkdtemp(prefix="conflictfigures-cluster-"))
        self._processes: list[subprocess.Popen[bytes]] = []
        self._client: Client | None = None

    def _start(self, *command: str, log: IO[bytes]) -> None:
        self._processes.append(
            subprocess.Popen(  # noqa: S603 - our own interpreter and Dask's commands
                [sys.executable, "-m", *command],
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                env=_environment(),
                cwd=self._folder,
                preexec_fn=_die_with_parent,  # noqa: PLW1509 - no threads started yet by us
            )
        )

    def __enter__(self) -> Client:
        file = str(self._folder / "scheduler.json")
        limit = ["--memory-limit", self._memory_limit, "--nanny"] if self._memory_limit else []
        try:
            with (self._folder / "cluster.log").open("ab") as log:
                self._start(
                    "distributed.cli.dask_scheduler",
                    *("--scheduler-file", file, "--host", "127.0.0.1", "--port", "0"),
                    "--no-dashboard",
                    log=log,
                )
                for i in range(self._workers):
                    self._start(
                        "distributed.cli.dask_worker",
                        *("--scheduler-file", file, "--host", "127.0.0.1", "--name", str(i)),
                        *("--nthreads", "1", "--nworkers", "1", "--no-dashboard"),
                        *(limit or ["--no-nanny"]),
                        *("--death-timeout", "60", "--local-directory", str(self._folder)),
                        log=log,
                    )
            # Imported while the processes start: a part of a second on one core.
            from distributed import Client  # noqa: PLC0415 - an optional extra

            self._client = Client(scheduler_file=file, timeout="60s", direct_to_workers=True)
            self._wait_for_workers(self._client)
        except BaseException as exc:
            self._close()
            if isinstance(exc, (OSError, TimeoutError, ValueError, RuntimeError)):
                raise ClusterUnavailable(f"cannot start a local cluster: {exc}") from exc
            raise
        return self._client

    def _wait_for_workers(self, client: Client) -> None:
        while True:
            try:
                client.wait_for_workers(self._workers, timeout=0.5)
            except TimeoutError:
                failed = [p for p in self._processes if p.poll() is not None]
                if failed:
                    raise RuntimeError(
                        f"a process of the cluster stopped at start ({self._log_tail()})"
                    ) from None
            else:
                return

    def _log_tail(self) -> str:
        try:
            with (self._folder / "cluster.log").open("rb") as log:
                lines = log.read().decode("utf-8", "replace").strip().splitlines()
        except OSError:
            return "no log"
        return " / ".join(lines[-3:]) or "no output"

    def __exit__(self, *exc: object) -> None:
        self._close()

    def _close(self) -> None:
        """
        Shut the cluster down: ask the scheduler to stop the workers and
        itself, then end the processes and wait for them. Once told to stop,
        a process has nothing left to do but exit, which took a second at
        a load of 8 (the interpreter tearing down Dask's modules); it is
        ended at once (SIGTERM: a worker with a nanny is still closed by it).
        """
        client, self._client = self._client, None
        if client is not None:
            with contextlib.suppress(Exception):
                client.shutdown()
            with contextlib.suppress(Exception):
                client.close()
        for stop in (subprocess.Popen.terminate, subprocess.Popen.kill):
            for process in self._processes:
                if process.poll() is None:
                    stop(process)
            for process in self._processes:
                with contextlib.suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=10)
        shutil.rmtree(self._folder, ignore_errors=True)


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
