"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/flatten.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import D2, Fl, covered, layer_case, layer_tests

pytestmark = pytest.mark.frameworks


LAYER_CASES = [
    layer_case("Unflatten", "model = nn.Unflatten(1, (2, 4))", (Fl(3, 8, 5),)),
    layer_case("Unflatten", "model = nn.Unflatten(dim=-1, unflattened_size=[2, -1])", (Fl(3, 8),), id="Unflatten-negative"),
    layer_case("torch.nn.Flatten", "model = nn.Flatten()", D2),
]


test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

COVERED = covered(LAYER_CASES)  # see tests/test_coverage.py
