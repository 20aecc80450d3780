"""Reading and writing user files without losing anything: encoding, BOM, line endings, atomicity."""
from __future__ import annotations

import io
import os
import tempfile
import tokenize
from dataclasses import dataclass


@dataclass
class SourceFile:
    text: str
    encoding: str  # as found: 'utf-8', 'utf-8-sig' (BOM), 'gbk' (PEP 263 cookie), ...


def decode_source(data: bytes, filename: str = "<string>") -> SourceFile:
    """Decode as Python does: BOM, then a PEP 263 coding cookie, else UTF-8. Newlines untouched.

    Binary data (a NUL byte: a .pyc, an image) is refused as such: Python's own message for it,
    "invalid or missing encoding declaration", sends the user looking for a coding cookie."""
    nul = data.find(b"\0")
    if nul != -1:
        raise UnicodeError(f"{filename}: not a text/Python file (binary data: a NUL byte at offset {nul})")
    try:
        encoding, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    except SyntaxError as exc:
        raise UnicodeError(f"{filename}: not a text/Python file ({exc})") from None
    try:
        return SourceFile(data.decode(encoding), encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise UnicodeError(f"{filename}:{line}: cannot decode as {encoding}: {exc.reason}") from None


def read_source(path: str) -> SourceFile:
    with open(path, "rb") as fh:
        return decode_source(fh.read(), path)


def encode_source(text: str, encoding: str) -> bytes:
    return text.encode(encoding)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def atomic_write(path: str, data: bytes, mode_from: str | None = None) -> None:
    """Write via a temporary file in the same folder and rename: never a half-written file.

    The file gets `mode_from`'s permissions, else those a plain open() would give a new file
    (the temporary file's own are 0600)."""
    folder = os.path.dirname(os.path.abspath(path))
    os.makedirs(folder, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".t2j-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        if mode_from and os.path.exists(mode_from):
            os.chmod(tmp, os.stat(mode_from).st_mode & 0o7777)
        else:
            os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise
