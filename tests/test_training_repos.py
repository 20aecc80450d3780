"""Training scripts of repositories written by others (tests/data/training_repos: yunjey/pytorch-tutorial's
feedforward network, karpathy/nanoGPT's train.py, two of jcjohnson/pytorch-examples), converted by the CLI
as directories and run with torch and torchvision unimportable, against the PyTorch originals: same initial
weights, batches and random draws, per-step losses within 1e-4 (tools/examples_parity.py --repo; its README
table covers the rest)."""
from pathlib import Path

import pytest

from torch2jittor.tools import examples_parity

pytestmark = pytest.mark.frameworks

DATA = Path(__file__).parent / "data" / "training_repos"


# nanoGPT's first forward (whose weights the harness loads) runs inside estimate_loss's no_grad
# jcjohnson's dynamic_net skips its middle layer on some steps: SGD with momentum must skip it too;
# two_layer_net_autograd trains tensors made by torch.randn(..., requires_grad=True)
@pytest.mark.parametrize("script, checkout, steps", [("tutorial_feedforward", "pytorch_tutorial", 3),
                                                     ("nanogpt_train", "nanogpt", 4),
                                                     ("jcjohnson_dynamic_net", "jcjohnson_examples", 8),
                                                     ("jcjohnson_autograd", "jcjohnson_examples", 4)])
def test_repository_script_trains_as_pytorch(torch, jittor, tmp_path, script, checkout, steps):
    result = examples_parity.compare(script, str(DATA / checkout), str(tmp_path), steps=steps)
    print(f"\n{script}: PyTorch {result['torch_losses']}\n{script}: Jittor  {result['jittor_losses']}")
    assert result["torch_ok"], result["torch_output"]
    assert result["jittor_ok"], result["jittor_output"]
    assert result["compared"] == steps and not result["notes"], result["notes"]
    assert result["max_rel"] < examples_parity.TOLERANCE
