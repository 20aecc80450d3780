"""Golden before/after cases: output, stability (idempotence), parseability, diagnostics."""
import ast

import pytest
from casefiles import case_paths, format_diagnostic, read_case

from torch2jittor import convert_source
from torch2jittor.diagnostics import DROPPED_ARGUMENT
from torch2jittor.tools.corpus import names_unbound_by_conversion

CASES = case_paths()


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case(path):
    source, expected, diagnostics = read_case(path)
    result = convert_source(source, filename=path.name)
    assert result.code == expected
    ast.parse(result.code)
    assert convert_source(result.code).code == result.code, "a second conversion changed the output"
    shown = [format_diagnostic(d) for d in result.diagnostics if d.kind != DROPPED_ARGUMENT]
    assert shown == (diagnostics or [])


def test_there_are_unchanged_cases():
    names = [p.stem for p in CASES]
    assert sum(n.startswith("noop_") for n in names) >= 2
    for p in CASES:
        if p.stem.startswith("noop_"):
            source, expected, _ = read_case(p)
            assert source == expected


@pytest.mark.parametrize("path", CASES, ids=[p.stem for p in CASES])
def test_case_output_binds_every_name_it_uses(path):
    """Converted code never refers to a name that nothing binds (that the PyTorch code bound)."""
    source, _, _ = read_case(path)
    assert names_unbound_by_conversion(source, convert_source(source, filename=path.name).code) == set()
