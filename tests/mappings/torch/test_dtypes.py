"""Run-both proofs of the entries in src/torch2jittor/mappings/torch/dtypes.py.

The type-promotion functions run in both frameworks on the same inputs (tests/parity.py), each
compared dtype by equality with torch's (Jittor's dtypes are its cast functions); the dtype entries
(torch.float32, ...) name Jittor dtypes.
"""
import pytest
from parity import covered, entry_case, entry_tests

from torch2jittor import pjmap
from torch2jittor.mappings.torch import dtypes

pytestmark = pytest.mark.frameworks

# type promotion: the dtypes compared by equality with torch's (Jittor's dtypes are its cast functions)
_DTYPES = "(torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64, torch.float16, torch.float32, " \
          "torch.float64)"
DTYPE_CASES = [
    entry_case("torch.result_type", "def f(x, n): return [torch.result_type(a, b) == d for a, b in "
               "((x, n), (n, x), (n, 2.5), (n > 0, 3), (n > 0, True), (x.double(), n), (n.int(), n), (x.half(), x))"
               f" for d in {_DTYPES}]", "f3", "n3"),
    entry_case("torch.result_type", "def f(x): return torch.result_type(x, 1) == torch.float32", "f3",
               id="result_type-scalar"),
    entry_case("torch.promote_types", "def f(x): return [torch.promote_types(a, b) == d for a in D for b in D for d in D]",
               "f1"),
    entry_case("torch.promote_types", "def f(x): return torch.promote_types(type1=torch.int64, type2=torch.float16) == "
               "torch.float16", "f1", id="promote_types-keywords"),
    entry_case("torch.can_cast", "def f(x): return [torch.can_cast(a, b) for a in D for b in D]", "f1"),
    entry_case("torch.can_cast", "def f(x): return torch.can_cast(torch.float32, torch.int32)", "f1",
               id="can_cast-float-int"),
]
DTYPE_CASES = [pytest.param(p.values[0], f"D = {_DTYPES}\n" + p.values[1], *p.values[2:], id=p.id)
               for p in DTYPE_CASES]


test_entry, test_entry_call_shape = entry_tests(DTYPE_CASES)

DTYPE_KEYS = {k for k, v in dtypes.ENTRIES.items() if v["jittor"]["module"] == "jt"}  # torch.float32, ...


def test_every_dtype_entry_names_a_jittor_dtype(jittor):
    for key in DTYPE_KEYS:
        name = pjmap[key]["jittor"]["name"]
        assert jittor.ones(2).astype(getattr(jittor, name)).dtype == name, key


COVERED = covered(DTYPE_CASES) | DTYPE_KEYS  # see tests/test_coverage.py
