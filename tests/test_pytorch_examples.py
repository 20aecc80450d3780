"""pytorch/examples training scripts (tests/data/pytorch_examples: regression, mnist, vae, dcgan on FakeData,
mnist_rnn, mnist_forward_forward, word_language_model's Transformer, time_sequence_prediction (LBFGS),
gcn and gat on a generated Cora, unchanged),
converted by the CLI as directories and run with torch and torchvision unimportable, against the
PyTorch originals: same initial weights, same batches and random draws, per-step losses within 1e-4
(tools/examples_parity.py; its README table covers the rest of the scripts)."""
from pathlib import Path

import pytest

from torch2jittor.tools import examples_parity

pytestmark = pytest.mark.frameworks

SOURCE = Path(__file__).parent / "data" / "pytorch_examples"


@pytest.mark.parametrize("script", ["regression", "mnist", "vae", "dcgan", "mnist_rnn", "mnist_forward_forward",
                                    "word_language_model_transformer", "time_sequence_prediction", "gcn", "gat"])
def test_example_trains_as_pytorch(torch, jittor, tmp_path, script):
    result = examples_parity.compare(script, str(SOURCE), str(tmp_path), steps=3)
    print(f"\n{script}: PyTorch {result['torch_losses']}\n{script}: Jittor  {result['jittor_losses']}")
    assert result["torch_ok"], result["torch_output"]
    assert result["jittor_ok"], result["jittor_output"]
    assert result["compared"] == 3 and not result["notes"], result["notes"]
    assert result["max_rel"] < examples_parity.TOLERANCE


def test_imagenet_dummy_trains_as_pytorch(torch, jittor, tmp_path):
    """imagenet/main.py --dummy: `models.__dict__[arch](pretrained=True)` (squeezenet1_1, its
    checkpoint written by PyTorch into a temporary TORCH_HOME), FakeData, SGD + StepLR; each
    loader pass cut to 2 batches, so validation and `torch.save` of the checkpoint dict run too."""
    result = examples_parity.compare("imagenet", str(SOURCE), str(tmp_path), steps=4)
    print(f"\nimagenet: PyTorch {result['torch_losses']}\nimagenet: Jittor  {result['jittor_losses']}")
    assert result["torch_ok"], result["torch_output"]
    assert result["jittor_ok"], result["jittor_output"]
    assert result["compared"] == 2 and not result["notes"], result["notes"]
    assert result["max_rel"] < examples_parity.TOLERANCE
    converted = tmp_path / "jt" / "imagenet"
    assert (converted / "checkpoint.pth.tar").is_file() and (converted / "t2j_torchvision" / "models").is_dir()
