"""What the converter tells the user about a file: structured, with exact positions."""
from __future__ import annotations

from dataclasses import asdict, dataclass, field

# Kinds, from most to least serious.
UNSUPPORTED_API = "unsupported-api"  # a torch API the mapping table does not know: left as written
UNSUPPORTED_ARGUMENT = "unsupported-argument"  # an argument Jittor cannot take, with a non-default value
UNBOUND_ARGUMENTS = "unbound-arguments"  # *args/**kwargs in a call: arguments could not be checked
DROPPED_ARGUMENT = "dropped-argument"  # an argument Jittor has no use for (e.g. inplace=True)
NOTE = "note"

MARKER_PREFIX = "torch2jittor: unsupported"  # text of the end-of-line marker comment


@dataclass(frozen=True)
class Diagnostic:
    kind: str
    message: str
    line: int  # 1-based
    col: int  # 1-based, in characters
    api: str = ""  # the torch name concerned, e.g. "torch.nn.Conv3d"
    cell: int | None = None  # in a notebook: the cell (from 1); line is then the line in that cell

    def format(self, filename: str = "<string>") -> str:
        return f"{_where(filename, self.line, self.col, self.cell)}: {self.kind}: {self.message}"

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass
class ConversionResult:
    """Converted code plus everything learnt on the way."""

    code: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    converted: list[tuple[int, int, str, str]] = field(default_factory=list)  # (line, col, torch, jittor)
    helpers: list[str] = field(default_factory=list)  # helper modules the code imports ('t2j')

    @property
    def unsupported(self) -> list[Diagnostic]:
        return [d for d in self.diagnostics if d.kind in (UNSUPPORTED_API, UNSUPPORTED_ARGUMENT)]

    @property
    def unsupported_api_uses(self) -> int:
        return sum(d.kind == UNSUPPORTED_API for d in self.diagnostics)

    @property
    def convert_rate(self) -> float | None:
        """Share of torch API uses converted; None when the code uses none (nothing to rate)."""
        total = len(self.converted) + self.unsupported_api_uses
        return None if total == 0 else len(self.converted) / total


class ConversionError(Exception):
    """Input that cannot be converted (e.g. it is not valid Python)."""

    def __init__(self, message: str, filename: str = "<string>", line: int = 0, col: int = 0, cell: int | None = None):
        self.message, self.filename, self.line, self.col, self.cell = message, filename, line, col, cell
        super().__init__(self.format())

    def format(self) -> str:
        return f"{_where(self.filename, self.line, self.col, self.cell)}: {self.message}"


def _where(filename: str, line: int, col: int, cell: int | None) -> str:
    """`file:line:col`, or in a notebook `file:cell N:line:col` (ruff's form; line within the cell)."""
    if not line:
        return filename if cell is None else f"{filename}:cell {cell}"
    return f"{filename}:{line}:{col}" if cell is None else f"{filename}:cell {cell}:{line}:{col}"
