"""Files: write_jsonl writes through links, keeps modes, refuses what is not a regular file
and leaves no temporary file however it ends; reading is bounded per line from any source."""

from __future__ import annotations

import errno
import io
import os
import pickle
import signal
import stat
import subprocess
import sys
import threading
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pytest

import iraqwithdrawal as iw
from iraqwithdrawal import files
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.files import FileError


def _items(n: int = 2) -> list[iw.Article]:
    return [seed_report()] * n


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


def test_a_symbolic_link_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "data" / "archive.jsonl"
    target.parent.mkdir()
    target.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(os.path.relpath(target, tmp_path))
    assert iw.write_jsonl(_items(), link) == 2
    assert link.is_symlink() and os.readlink(link) == os.path.relpath(target, tmp_path)
    assert list(iw.iter_jsonl(target)) == _items()
    # A link whose target does not exist yet: the target is made, the link kept.
    dangling = tmp_path / "new.jsonl"
    dangling.symlink_to(tmp_path / "data" / "later.jsonl")
    iw.write_jsonl(_items(1), dangling)
    assert dangling.is_symlink() and (tmp_path / "data" / "later.jsonl").is_file()
    assert _leftovers(tmp_path) == _leftovers(tmp_path / "data") == []


@pytest.mark.parametrize("kind", ["fifo", "folder", "link to a fifo", "device"])
def test_what_is_not_a_regular_file_is_refused_and_left_alone(tmp_path: Path, kind: str) -> None:
    special = tmp_path / "special"
    if kind == "folder":
        special.mkdir()
    elif kind == "device":
        # A node of its own for the device of /dev/full (1, 7), so that a regression
        # replaces this node and never the system's device.
        try:
            os.mknod(special, 0o600 | stat.S_IFCHR, os.makedev(1, 7))
        except PermissionError:
            pytest.skip("making a device node needs root (CAP_MKNOD)")
    else:
        os.mkfifo(special)
    dest = special
    if kind == "link to a fifo":
        dest = tmp_path / "link"
        dest.symlink_to(special)
    with pytest.raises(FileError) as info:
        iw.write_jsonl(_items(), dest)
    assert info.value.code == "not_regular_file"
    assert str(info.value).startswith(f"{dest}: is a ") and "\n" not in str(info.value)
    assert isinstance(info.value, OSError) and isinstance(info.value, iw.IraqWithdrawalError)
    mode = os.stat(special).st_mode
    expected = {"folder": stat.S_ISDIR, "device": stat.S_ISCHR}.get(kind, stat.S_ISFIFO)
    assert expected(mode)
    assert _leftovers(tmp_path) == []


def test_the_mode_of_a_replaced_file_is_kept_and_a_new_one_follows_the_umask(
    tmp_path: Path,
) -> None:
    private = tmp_path / "private.jsonl"
    private.write_text("", encoding="utf-8")
    private.chmod(0o600)
    iw.write_jsonl(_items(), private)
    assert stat.S_IMODE(private.stat().st_mode) == 0o600
    shared = tmp_path / "shared.jsonl"
    shared.write_text("", encoding="utf-8")
    shared.chmod(0o664)
    iw.write_jsonl(_items(), shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o664
    old = os.umask(0o027)
    try:
        iw.write_jsonl(_items(), tmp_path / "new.jsonl")
        with open(tmp_path / "plain", "w", encoding="utf-8"):
            pass  # what open() gives a new file under the same umask
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "new.jsonl").stat().st_mode) == 0o640
    assert (tmp_path / "plain").stat().st_mode == (tmp_path / "new.jsonl").stat().st_mode


@pytest.mark.parametrize("stop", [KeyboardInterrupt, RuntimeError])
def test_an_interrupted_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, stop: type[BaseException]
) -> None:
    path = tmp_path / "a.jsonl"
    path.write_text("old\n", encoding="utf-8")

    def items() -> Iterator[iw.Article]:
        yield seed_report()
        assert _leftovers(tmp_path), "the lines go to a temporary file first"
        raise stop()

    with pytest.raises(stop):
        iw.write_jsonl(items(), path)
    assert path.read_text(encoding="utf-8") == "old\n"
    assert _leftovers(tmp_path) == []


def test_a_place_that_cannot_be_written_is_one_file_error(tmp_path: Path) -> None:
    with pytest.raises(FileError) as info:
        iw.write_jsonl(_items(), tmp_path / "missing" / "a.jsonl")
    assert info.value.code == "cannot_write" and info.value.errno == errno.ENOENT
    assert str(info.value) == f"{tmp_path / 'missing' / 'a.jsonl'}: cannot write: " + (
        os.strerror(errno.ENOENT)
    )

    class Full(io.RawIOBase):
        def writable(self) -> bool:
            return True

        def write(self, data: object) -> int:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    with pytest.raises(FileError) as info:
        iw.write_jsonl(_items(), Full())
    assert info.value.code == "cannot_write" and info.value.errno == errno.ENOSPC
    assert pickle.loads(pickle.dumps(info.value)).code == "cannot_write"


def test_a_killed_command_line_writer_removes_its_temporary_file(tmp_path: Path) -> None:
    """SIGTERM while ``synth`` writes: the temporary file goes, nothing is left at the
    name, and the process still ends by the signal."""
    out = tmp_path / "big.jsonl"
    process = subprocess.Popen(
        [sys.executable, "-m", "iraqwithdrawal", "synth", "100000", "--out", str(out)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    try:
        deadline = time.monotonic() + 60
        while not _leftovers(tmp_path) and time.monotonic() < deadline:
            assert process.poll() is None, process.stderr.read() if process.stderr else ""
            time.sleep(0.05)
        assert _leftovers(tmp_path), "synth never started writing"
        time.sleep(0.3)
        process.send_signal(signal.SIGTERM)
        _, err = process.communicate(timeout=60)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == -signal.SIGTERM, err
    assert b"Traceback" not in err
    assert _leftovers(tmp_path) == [] and not out.exists()


# --- reading ------------------------------------------------------------------------------------


def test_a_line_beyond_the_bound_is_refused_without_reading_it_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "MAX_DOCUMENT_BYTES", 1 << 20)
    path = tmp_path / "long.jsonl"
    line = iw.to_json(seed_report()).encode("utf-8") + b"\n"
    with open(path, "wb") as handle:
        handle.write(line)
        handle.write(b"[" + b" " * (16 << 20) + b"]\n")  # 16 MiB on one line
    reader = iw.iter_jsonl(path)
    assert next(reader) == seed_report()
    tracemalloc.start()
    try:
        with pytest.raises(FileError) as info:
            next(reader)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert info.value.code == "too_large"
    assert str(info.value) == (
        f"{path}: more than 1 MiB in one line (an archive is read as JSON Lines, a line at a time)"
    )
    assert peak < 4 << 20, f"{peak:,} bytes held for a line of 16 MiB"
    # The same bound for lines from an open stream, a text stream and a plain iterable.
    big = "x" * ((1 << 20) + 1)
    for source in (io.BytesIO(big.encode()), io.StringIO(big), [big]):
        with pytest.raises(FileError, match="more than 1 MiB in one line"):
            list(files.iter_lines(source, "s"))


def test_documents_are_read_within_the_bound(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(files, "MAX_DOCUMENT_BYTES", 1000)
    path = tmp_path / "a.json"
    path.write_bytes(b" " * 1000)
    assert files.read_file(path) == b" " * 1000
    path.write_bytes(b" " * 1001)
    with pytest.raises(FileError, match="more than 1000 bytes in one document"):
        files.read_file(path)
    with pytest.raises(FileError) as info:
        files.read_file(tmp_path)
    assert info.value.code == "cannot_read" and "\n" not in str(info.value)


def test_a_fifo_is_read_as_json_lines(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    text = (iw.to_json(seed_report()) + "\n") * 2

    def feed() -> None:
        with open(fifo, "w", encoding="utf-8") as handle:
            handle.write(text)

    writer = threading.Thread(target=feed)
    writer.start()
    try:
        assert list(iw.iter_jsonl(fifo)) == _items()
    finally:
        writer.join(timeout=30)
