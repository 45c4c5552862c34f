"""
One run of the ``conflictfigures`` command: its output streams, the
problems it reports (one line each on stderr) and its progress bar.
"""

from __future__ import annotations

import io
from typing import IO, TYPE_CHECKING, Any

from tqdm import tqdm

from conflictfigures.errors import shown

if TYPE_CHECKING:
    from collections.abc import Callable

__all__ = ["PROG", "Fatal", "OutputFailed", "Run"]

PROG = "conflictfigures"


class Fatal(Exception):
    """A problem that stops the command: one line on stderr, exit status 2."""


class Progress:
    """
    A progress bar (tqdm) on a terminal; silent on anything else.

    It counts documents (their number is not known in advance: folders and
    tables are read lazily) and shows the figures found so far.
    """

    def __init__(self, stream: IO[str], *, enabled: bool) -> None:
        self._stream = stream
        self._enabled = enabled
        self._bar: tqdm[Any] | None = None

    def update(self, figures: int | None, name: str) -> None:
        """Count one more document, with the figures found so far (if known) and its name."""
        if not self._enabled:
            return
        if self._bar is None:
            self._bar = tqdm(file=self._stream, unit=" documents", leave=False, dynamic_ncols=True)
        bar: tqdm[Any] = self._bar
        label = shown(name)
        if len(label) > 32:
            label = "..." + label[-29:]
        found = "" if figures is None else f"{figures:,} figures · "
        bar.set_postfix_str(f"{found}{label}", refresh=False)
        bar.update(1)

    def clear(self) -> None:
        """Take the bar off the screen before a message; it comes back on the next update."""
        if self._bar is not None:
            self._bar.clear()

    def close(self) -> None:
        """Remove the bar at the end."""
        if self._bar is not None:
            self._bar.close()
            self._bar = None


def _is_terminal(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


class OutputFailed(Fatal):
    """Standard output cannot be written (closed, a full disk)."""


class Run:
    """One command's streams, error count and progress display."""

    def __init__(self, stdout: IO[str] | None, stderr: IO[str] | None) -> None:
        self.stdout = stdout
        self.stderr = stderr
        self.problems = 0
        self.progress = Progress(
            stderr or io.StringIO(), enabled=stderr is not None and _is_terminal(stderr)
        )

    def note(self, message: str) -> None:
        """Say something on stderr that is not one more problem."""
        self._say(f"{PROG}: {message}")

    def problem(self, message: str) -> None:
        """Report one problem on one line and remember that there was one."""
        self.problems += 1
        self._say(f"{PROG}: error: {message}")

    def _say(self, line: str) -> None:
        """One line on stderr, off the progress bar; nothing if stderr is closed."""
        if self.stderr is None:  # closed: the exit status still says it
            return
        try:
            self.progress.clear()
            self.stderr.write(f"{line}\n")
            self.stderr.flush()
        except (OSError, ValueError):
            return

    def write(self, write: Callable[[IO[str]], object]) -> None:
        """
        Write to standard output and flush it.

        Raises:
            OutputFailed: standard output is closed or cannot be written.
            BrokenPipeError: the reader went away.
        """
        if self.stdout is None:
            raise OutputFailed("cannot write to standard output: it is closed; give -o FILE")
        try:
            write(self.stdout)
            self.stdout.flush()
        except BrokenPipeError:
            raise
        except (OSError, ValueError) as exc:
            reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
            raise OutputFailed(f"cannot write to standard output: {reason}") from exc
