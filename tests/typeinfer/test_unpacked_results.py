"""Names unpacked from a call returning tensors (`w, v = torch.linalg.eigh(a)`, `vals, idx =
x.max(1)`, `first, second = x.chunk(2)`) and fields of torch.return_types (`r.Vh`) are tensors to
the type inference: their methods and attributes convert (typeinfer.py), run in both frameworks."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks


def test_unpacked_and_field_results_convert():
    code = ("def f(a: torch.Tensor):\n"
            "    s = a @ a.T\n"
            "    w, v = torch.linalg.eigh(s)\n"
            "    vals, idx = a.max(1)\n"
            "    first, second = a.chunk(2)\n"
            "    r = torch.linalg.svd(a)\n"
            "    return (v.mT.abs(), idx.size(0), first.size(), r.Vh.size(1), vals.argmax(0), second.T,\n"
            "            torch.sort(a, 1).indices.size())\n")
    both = run_both(code, ["f4,3"])
    assert_same(both.expected, both.actual, atol=1e-4, rtol=1e-4)
