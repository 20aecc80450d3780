"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/parallel.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import pytest
from parity import D2, covered, layer_case, layer_tests

pytestmark = pytest.mark.frameworks


LAYER_CASES = [
    layer_case("DataParallel", "model = nn.DataParallel(nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU()), device_ids=None)", D2),
]


test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)

COVERED = covered(LAYER_CASES)  # see tests/test_coverage.py
