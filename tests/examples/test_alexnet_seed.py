"""The seed's run-both check: its AlexNet in PyTorch vs. our conversion in Jittor, run by the harness
(tests/parity.py) and measured with the seed's relative-error formula."""
import numpy as np
import pytest
from parity import assert_same, run_both, seed_relative_error, to_numpy

from torch2jittor.cli import example_path

pytestmark = pytest.mark.frameworks


def test_seed_alexnet_matches_pytorch(torch, jittor):
    source = open(example_path(), encoding="utf-8").read()
    # The seed's code uses `torch.flatten` without importing torch: supply it, as the seed did.
    both = run_both(source + "\nmodel = AlexNet()", ["u2,3,224,224:0,1"], entry="model", header="",
                    pytorch_namespace={"torch": torch})
    assert_same(both.expected, both.actual, atol=1e-4, rtol=1e-3)
    expected, actual = to_numpy(both.expected), to_numpy(both.actual)
    assert actual.shape == expected.shape == (2, 1000)
    error = seed_relative_error(expected, actual)
    print(f"\nseed AlexNet: mean relative error {error:.3e}, max abs error {np.abs(expected - actual).max():.3e}")
    assert error < 1e-3
