"""Append the converter's current output to golden case files that have none yet.

Usage: python scripts/update_cases.py tests/cases/NEW_CASE.py ...
Review the result by eye before committing: the golden file is the contract.
"""
import pathlib
import sys

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parents[1] / "tests"))

from casefiles import DIAGNOSTICS_MARK, OUTPUT_MARK, format_diagnostic, read_case  # noqa: E402

from torch2jittor import convert_source  # noqa: E402
from torch2jittor.diagnostics import DROPPED_ARGUMENT  # noqa: E402

for name in sys.argv[1:]:
    path = pathlib.Path(name)
    source, _, _ = read_case(path)
    result = convert_source(source, filename=str(path))
    text = source
    if result.code != source:
        text = source + "\n" + OUTPUT_MARK + result.code
    shown = [format_diagnostic(d) for d in result.diagnostics if d.kind != DROPPED_ARGUMENT]
    if shown:
        text += DIAGNOSTICS_MARK + "".join(f"# {line}\n" for line in shown)
    path.write_text(text, encoding="utf-8")
    print(f"{path}: {'converted' if result.code != source else 'unchanged'}, {len(shown)} diagnostic(s)")
