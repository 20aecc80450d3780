"""The seed's run-both check: its AlexNet in PyTorch vs. our conversion in Jittor."""
import numpy as np
import pytest
from parity import convert_checked, exec_code, seed_relative_error

from torch2jittor.cli import example_path

pytestmark = pytest.mark.frameworks


def test_seed_alexnet_matches_pytorch(torch, jittor):
    source = open(example_path(), encoding="utf-8").read()
    torch.manual_seed(0)
    # The seed's code uses `torch.flatten` without importing torch: supply it, as the seed did.
    pt_model = exec_code(source, "alexnet_pt.py", {"torch": torch})["AlexNet"]().eval()

    jt_model = exec_code(convert_checked(source), "alexnet_jt.py")["AlexNet"]()
    jt_model.eval()
    jt_model.load_parameters(pt_model.state_dict())

    image = np.random.RandomState(0).random_sample((2, 3, 224, 224)).astype("float32")
    with torch.no_grad():
        expected = pt_model(torch.from_numpy(image)).numpy()
    actual = jt_model(jittor.array(image)).numpy()

    assert actual.shape == expected.shape == (2, 1000)
    error = seed_relative_error(expected, actual)
    print(f"\nseed AlexNet: mean relative error {error:.3e}, max abs error {np.abs(expected - actual).max():.3e}")
    assert error < 1e-3
