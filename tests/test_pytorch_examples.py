"""pytorch/examples training scripts (tests/data/pytorch_examples: regression, mnist_rnn, unchanged),
converted by the CLI as directories and run with torch and torchvision unimportable, against the
PyTorch originals: same initial weights, same batches and random draws, per-step losses within 1e-4
(tools/examples_parity.py; its README table covers the rest of the scripts)."""
from pathlib import Path

import pytest

from torch2jittor.tools import examples_parity

pytestmark = pytest.mark.frameworks

SOURCE = Path(__file__).parent / "data" / "pytorch_examples"


@pytest.mark.parametrize("script", ["regression", "mnist_rnn"])
def test_example_trains_as_pytorch(torch, jittor, tmp_path, script):
    result = examples_parity.compare(script, str(SOURCE), str(tmp_path), steps=3)
    print(f"\n{script}: PyTorch {result['torch_losses']}\n{script}: Jittor  {result['jittor_losses']}")
    assert result["torch_ok"], result["torch_output"]
    assert result["jittor_ok"], result["jittor_output"]
    assert result["compared"] == 3 and not result["notes"], result["notes"]
    assert result["max_rel"] < examples_parity.TOLERANCE
