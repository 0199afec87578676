"""Files in and out, for the library and the command line alike.

Reading has one bound: no document and no line of JSON Lines longer than
:data:`MAX_DOCUMENT_BYTES` is held in memory, whatever the source (a file, a FIFO, standard
input, ``/dev/zero``). Writing a file replaces it whole or not at all: the bytes go to a
temporary file beside the target, renamed over it at the end; the target of a symbolic link
is written (the link stays), the mode of the file replaced is kept, and anything that is not
a regular file is refused. Every failure is a :class:`FileError` with a stable ``code``.

This module knows bytes and lines only; :mod:`iraqwithdrawal.serialize` turns them into
models.
"""

from __future__ import annotations

import io
import os
import secrets
import stat
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import IO, Any, TypeVar

from .errors import IraqWithdrawalError

__all__ = [
    "MAX_DOCUMENT_BYTES",
    "FileError",
    "iter_lines",
    "iter_records",
    "open_input",
    "read_bounded",
    "read_file",
    "replacing",
    "write_lines",
]

T = TypeVar("T")

#: The largest document, or line of JSON Lines, that is read: far beyond any report, and a
#: bound on memory for endless inputs such as ``/dev/zero``. Read at each call, so a test
#: may lower it.
MAX_DOCUMENT_BYTES = 256 * 1024 * 1024


class FileError(IraqWithdrawalError, OSError):
    """A file could not be read or written. ``code`` says why, for programs:

    - ``cannot_read``, ``cannot_write``: the system refused (``errno`` and ``strerror`` are
      the system's);
    - ``not_regular_file``: a write would replace a FIFO, a device or a folder;
    - ``too_large``: a document or line longer than :data:`MAX_DOCUMENT_BYTES`.

    It is an :class:`OSError` too, so code that caught the system's errors still does. Its
    text is one line: ``name: message``."""

    def __init__(self, code: str, name: str, message: str, errno: int | None = None) -> None:
        super().__init__(message)
        self.code = code
        self.name = name
        self.message = message
        self.errno = errno
        self.strerror = message
        self.filename = name

    def __str__(self) -> str:
        return f"{self.name}: {self.message}"

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.code, self.name, self.message, self.errno))


def _system(code: str, name: str, exc: OSError) -> FileError:
    verb = "cannot read" if code == "cannot_read" else "cannot write"
    return FileError(code, name, f"{verb}: {exc.strerror or exc}", exc.errno)


def _too_large(name: str, what: str) -> FileError:
    limit = MAX_DOCUMENT_BYTES
    size = f"{limit // 2**20} MiB" if limit >= 2**20 else f"{limit} bytes"
    return FileError(
        "too_large",
        name,
        f"more than {size} in one {what} (an archive is read as JSON Lines, a line at a time)",
    )


# --- reading ------------------------------------------------------------------------------------


def open_input(path: str | os.PathLike[str]) -> IO[bytes]:
    """The file at ``path`` opened for reading bytes: a regular file, a FIFO, a device.
    A folder, a missing file or one that may not be read raises :class:`FileError`
    (``cannot_read``) with the system's reason."""
    name = os.fspath(path)
    try:
        return open(name, "rb")
    except OSError as exc:
        raise _system("cannot_read", name, exc) from None


def read_bounded(stream: IO[bytes], name: str, *, already: int = 0) -> bytes:
    """The rest of ``stream``; more than :data:`MAX_DOCUMENT_BYTES` (counting ``already``
    bytes read before) raises :class:`FileError` (``too_large``) having read at most one
    byte beyond the bound."""
    room = MAX_DOCUMENT_BYTES - already
    try:
        data = stream.read(max(room, 0) + 1)
    except OSError as exc:
        raise _system("cannot_read", name, exc) from None
    if len(data) > room:
        raise _too_large(name, "document")
    return data


def read_file(path: str | os.PathLike[str]) -> bytes:
    """The whole file at ``path``, within :data:`MAX_DOCUMENT_BYTES`."""
    name = os.fspath(path)
    with open_input(name) as stream:
        return read_bounded(stream, name)


def iter_lines(stream: IO[Any] | Iterable[Any], name: str) -> Iterator[Any]:
    """The lines of ``stream`` (binary or text), one at a time, each with its line end.

    From an open file a line is read with a bound, so a line longer than
    :data:`MAX_DOCUMENT_BYTES` raises :class:`FileError` (``too_large``) without more than
    the bound in memory. Any other iterable of lines (a generator, a list) is taken as it
    comes, and its lines are held to the same bound."""
    readline: Callable[[int], Any] | None = getattr(stream, "readline", None)
    try:
        if readline is None:
            for line in stream:
                if len(line) > MAX_DOCUMENT_BYTES:
                    raise _too_large(name, "line")
                yield line
            return
        while True:
            line = readline(MAX_DOCUMENT_BYTES + 1)
            if not line:
                return
            if len(line) > MAX_DOCUMENT_BYTES:
                raise _too_large(name, "line")
            yield line
    except OSError as exc:
        if isinstance(exc, FileError):
            raise
        raise _system("cannot_read", name, exc) from None


def iter_records(
    source: str | os.PathLike[str] | IO[Any] | Iterable[Any],
    parse: Callable[[Any, str], T],
    skip: Callable[[Exception], bool] | None = None,
) -> Iterator[T]:
    """``parse(line, where)`` for each non-blank line of a JSON Lines source (a path, an
    open file or an iterable of lines), where ``where`` is ``file:N`` or ``line N``. When
    ``skip`` is given and returns true for an error ``parse`` raised, the line is passed
    over; any other error stops the reading. A path is opened here and closed however the
    reading ends."""
    owned: IO[bytes] | None = None
    if isinstance(source, (str, os.PathLike)):
        name: str | None = os.fspath(source)
        owned = open_input(source)
        stream: Any = owned
    else:
        name = None
        stream = source
    try:
        label = name if name is not None else getattr(stream, "name", None)
        lines = iter_lines(stream, label if isinstance(label, str) else "input")
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{name}:{number}" if name is not None else f"line {number}"
            try:
                item = parse(line, where)
            except Exception as exc:
                if skip is not None and skip(exc):
                    continue
                raise
            yield item
    finally:
        if owned is not None:
            owned.close()


# --- writing ------------------------------------------------------------------------------------


def _kind(mode: int) -> str:
    for test, kind in (
        (stat.S_ISDIR, "a folder"),
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
        (stat.S_ISSOCK, "a socket"),
    ):
        if test(mode):
            return kind
    return "not a regular file"


@contextmanager
def replacing(path: str | os.PathLike[str]) -> Iterator[IO[bytes]]:
    """Write the file at ``path`` whole or not at all: the block writes to a binary file
    that replaces the target when the block ends, and is removed if the block raises
    (any exception, ``KeyboardInterrupt`` included), so the target keeps its old bytes.

    ``path`` may be a symbolic link: the file it leads to is written, and the link stays.
    A target that exists keeps its mode (and its owner and group where the system lets
    us); a new one gets the mode ``open()`` would give it (0o666 less the umask). A target
    that is a folder, FIFO, device or socket raises :class:`FileError`
    (``not_regular_file``) before anything is written; a place that cannot be written
    raises it with ``cannot_write``."""
    name = os.fspath(path)
    target = os.path.realpath(name)
    try:
        existing: os.stat_result | None = os.stat(target)
    except FileNotFoundError:
        existing = None
    except OSError as exc:  # a loop of links, a path through a file, no permission
        raise _system("cannot_write", name, exc) from None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        raise FileError(
            "not_regular_file",
            name,
            f"is {_kind(existing.st_mode)}, not a regular file: only a file is written in "
            "place (write to standard output or an open stream instead)",
        )
    folder, base = os.path.split(target)
    temporary = os.path.join(folder, f".{base}.{secrets.token_hex(6)}.tmp")
    try:
        # O_EXCL: a new file of our own; the mode asked for goes through the umask, as
        # open() does, and is set exactly below when a file is replaced.
        fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
    except OSError as exc:
        raise _system("cannot_write", name, exc) from None
    handle = os.fdopen(fd, "wb")
    try:
        if existing is not None:
            _keep_mode(fd, existing, name)
        yield handle  # what the block raises passes through as it is
        try:
            handle.flush()
            os.fsync(fd)
            handle.close()
            os.replace(temporary, target)
        except OSError as exc:
            raise _system("cannot_write", name, exc) from None
    except BaseException:
        try:
            handle.close()  # closes the descriptor even when its last flush fails
        except OSError:
            pass
        try:
            os.unlink(temporary)
        except FileNotFoundError:
            pass
        raise


def _keep_mode(fd: int, existing: os.stat_result, name: str) -> None:
    try:
        os.fchmod(fd, stat.S_IMODE(existing.st_mode))
    except OSError as exc:
        raise _system("cannot_write", name, exc) from None
    try:
        os.fchown(fd, existing.st_uid, existing.st_gid)
    except OSError:
        pass  # not ours to give away: the file stays the writer's


def write_lines(dest: str | os.PathLike[str] | IO[Any], lines: Iterable[bytes]) -> int:
    """Write ``lines`` (bytes, each with its line end) to a path, through :func:`replacing`,
    or to an open file, text or binary; returns how many. The lines are consumed one at a
    time, so a generator of any length is written in constant memory. A failed write to an
    open file raises :class:`FileError` (``cannot_write``) with the system's reason."""
    if isinstance(dest, (str, os.PathLike)):
        with replacing(dest) as handle:
            return _copy(lines, handle, True, os.fspath(dest))
    binary = isinstance(dest, (io.RawIOBase, io.BufferedIOBase)) or "b" in getattr(dest, "mode", "")
    name = getattr(dest, "name", None)
    return _copy(lines, dest, binary, name if isinstance(name, str) else "the output")


def _copy(lines: Iterable[bytes], dest: IO[Any], binary: bool, name: str) -> int:
    write = dest.write
    count = 0
    for line in lines:
        try:
            write(line if binary else line.decode("utf-8"))
        except OSError as exc:
            if isinstance(exc, FileError):
                raise
            raise _system("cannot_write", name, exc) from None
        count += 1
    return count
