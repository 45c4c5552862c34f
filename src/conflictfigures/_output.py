r"""
Output files (and folders) written whole or not at all.

:func:`replace_file` writes to a new temporary file beside the target and
renames it over the target only once everything is written, so a reader
never sees half a file and a failure leaves the old file as it was.
It writes only regular files: a target that is a folder, a named pipe, a
device or a socket is refused before anything is written.
A symbolic link is followed: the file it points to is replaced and the link
is kept; a link to nothing is refused.
Text is UTF-8; a character UTF-8 cannot hold (a lone surrogate, as in a file
name that is not UTF-8) is written as a backslash escape (``\udce9``).
"""

from __future__ import annotations

import contextlib
import io
import os
import shutil
import stat
import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, TypeVar

from conflictfigures.errors import InvalidOutput, InvalidType, shown, type_name

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

__all__ = [
    "ENCODING_ERRORS",
    "check_stream",
    "kind_of",
    "new_folder",
    "output_target",
    "replace_file",
]

#: How output text that UTF-8 cannot hold is written.
ENCODING_ERRORS = "backslashreplace"

_T = TypeVar("_T")


def kind_of(mode: int) -> str:
    """What a file that is not a regular file is, for messages (``"a folder"``)."""
    for test, words in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a named pipe (FIFO)"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return words
    return "not a regular file"


def output_target(path: str | os.PathLike[str]) -> tuple[Path, int | None]:
    """
    Return the file an output path names (symbolic links followed) and the
    permission bits of the file already there (``None`` when there is none).

    Raises:
        InvalidOutput: the path is empty, a link to nothing, or names
            something that is not a regular file.
        InvalidType: ``path`` is not a ``str`` or a path.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidType(f"the output path must be a str or a Path, got {type_name(path)}")
    if str(path) == "":
        raise InvalidOutput("the output file name is empty")
    given = Path(path)
    target = Path(os.path.realpath(given)) if given.is_symlink() else given
    try:
        mode = target.stat().st_mode
    except FileNotFoundError:
        if given.is_symlink():
            raise InvalidOutput(
                f"{shown(given)}: a symbolic link to nothing ({shown(target)}); "
                "refusing to write through it"
            ) from None
        return target, None
    except OSError as exc:
        raise InvalidOutput(f"{shown(given)}: cannot write: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(mode):
        raise InvalidOutput(
            f"{shown(given)}: is {kind_of(mode)}; output is written only to a regular file"
        )
    return target, stat.S_IMODE(mode)


def check_stream(value: object, name: str = "path_or_file") -> None:
    """
    Refuse an output that is neither a path nor a text stream.

    Raises:
        InvalidType: it has no ``write`` method (``None``, a number), or is
            a binary stream.
    """
    if not callable(getattr(value, "write", None)):
        raise InvalidType(
            f"{name!r} must be a path or a text stream, got {type_name(value)}: {value!r}"
        )
    if isinstance(value, (io.RawIOBase, io.BufferedIOBase)):
        raise InvalidType(f"{name!r} must be a text stream, got a binary {type_name(value)}")


def _new_file_mode() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return 0o666 & ~mask


def replace_file(
    path: str | os.PathLike[str], write: Callable[[IO[str]], _T], *, newline: str | None = ""
) -> _T:
    """
    Write a file through ``write(stream)`` and put it in place only once
    complete; return what ``write`` returned.

    Raises:
        InvalidOutput: the path cannot be written to (see :func:`output_target`).
        OSError: writing failed (a full disk); the old file is unchanged and
            no temporary file is left.
    """
    target, mode = output_target(path)
    fd, tmp_name = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    tmp = Path(tmp_name)
    try:
        with os.fdopen(
            fd, "w", encoding="utf-8", errors=ENCODING_ERRORS, newline=newline
        ) as handle:
            result = write(handle)
        tmp.chmod(_new_file_mode() if mode is None else mode)
        tmp.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise
    return result


@contextlib.contextmanager
def new_folder(path: str | os.PathLike[str]) -> Iterator[Path]:
    """
    A folder written whole or not at all: yield a new temporary folder beside
    ``path``, and rename it to ``path`` once the block ends; if the block
    fails, remove it (and only it).

    Raises:
        InvalidOutput: the path is empty, or names something other than a
            folder, or a folder that is not empty (checked before the block
            runs, so nothing is read or written in vain).
        OSError: the folder cannot be made or put in place.
    """
    if not isinstance(path, (str, os.PathLike)):
        raise InvalidType(f"the output folder must be a str or a Path, got {type_name(path)}")
    if str(path) == "":
        raise InvalidOutput("the output folder's name is empty")
    target = Path(path)
    if target.is_symlink() or (target.exists() and not target.is_dir()):
        raise InvalidOutput(f"{shown(target)}: exists and is not a folder; give a new folder")
    if target.is_dir() and any(target.iterdir()):
        raise InvalidOutput(f"{shown(target)}: the folder is not empty; give a new folder")
    parent = target.absolute().parent
    parent.mkdir(parents=True, exist_ok=True)
    made = Path(tempfile.mkdtemp(prefix=f".{target.name}.", suffix=".partial", dir=parent))
    try:
        yield made
        if target.is_dir():
            target.rmdir()  # empty, as checked: the new folder takes its place
        made.rename(target)
    except BaseException:
        shutil.rmtree(made, ignore_errors=True)
        raise
