"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/parameter.py."""
import pytest
from parity import assert_same, run_both

pytestmark = pytest.mark.frameworks

PARAMETER_CODE = '''
def f(x):
    lin = nn.Linear(3, 2)
    p = nn.Parameter(x.clone())
    frozen = nn.Parameter(x.clone(), requires_grad=False)
    leaf = torch.ones(2, requires_grad=True)
    return (isinstance(lin.weight, nn.Parameter), isinstance(p, nn.Parameter), isinstance(frozen, nn.Parameter),
            isinstance(x.clone(), nn.Parameter), isinstance(leaf, nn.Parameter), isinstance(p * 2, nn.Parameter),
            isinstance(torch.zeros(2), nn.Parameter), isinstance(lin, nn.Parameter), isinstance(p, torch.Tensor),
            [isinstance(q, nn.Parameter) for q in lin.parameters()], frozen.requires_grad)
'''


def test_isinstance_of_parameter(torch, jittor):
    """`isinstance(v, nn.Parameter)` (init loops, optimizers' parameter groups): t2j.Parameter is a class
    whose instance check tells module parameters and Parameter(...) results from other tensors."""
    both = run_both(PARAMETER_CODE, ["f2,3"])
    assert both.expected == (True, True, True, False, False, False, False, False, True, [True, True], False)
    assert_same(both.expected, both.actual)


COVERED = {"torch.nn.Parameter"}  # see tests/test_coverage.py
