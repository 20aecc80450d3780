"""Golden case files, black-style: input, then a `# output` line and the expected output.

A case without `# output` must come out unchanged. An optional `# diagnostics` section after the
output lists the expected warnings, one `kind line:col api` per line (dropped arguments excluded).
"""
from __future__ import annotations

import pathlib

CASES_DIR = pathlib.Path(__file__).parent / "cases"
OUTPUT_MARK = "# output\n"
DIAGNOSTICS_MARK = "# diagnostics\n"


def read_case(path: pathlib.Path) -> tuple[str, str, list[str] | None]:
    text = path.read_text(encoding="utf-8")
    diagnostics = None
    if DIAGNOSTICS_MARK in text:
        text, diag_text = text.split(DIAGNOSTICS_MARK, 1)
        diagnostics = [line[2:] for line in diag_text.splitlines() if line.startswith("# ")]
    if OUTPUT_MARK in text:
        source, expected = text.split(OUTPUT_MARK, 1)
        # The blank line written before `# output` belongs to the file format, not the input.
        source = source[:-1] if source.endswith("\n\n") else source
    else:
        source = expected = text
    return source, expected, diagnostics


def format_diagnostic(d) -> str:
    return f"{d.kind} {d.line}:{d.col} {d.api}"


def case_paths() -> list[pathlib.Path]:
    return sorted(CASES_DIR.glob("*.py"))
