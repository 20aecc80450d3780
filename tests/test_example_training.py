"""The bundled training script (src/torch2jittor/examples/train_classifier.py), converted and run
in both frameworks from the same initial weights: same loss at every step, same accuracy after
a checkpoint round trip. Dataset, DataLoader, SGD with momentum, StepLR, clip_grad_norm_,
loss.backward(), BatchNorm in training mode, torch.save/torch.load, argmax(dim=...) together."""
import pytest
from parity import assert_same, convert_checked, exec_code, state_arrays

from torch2jittor.cli import example_path

pytestmark = pytest.mark.frameworks


def test_training_script_trains_the_same(torch, jittor, tmp_path):
    from importlib import resources

    source = (resources.files("torch2jittor") / "examples" / "train_classifier.py").read_text(encoding="utf-8")
    assert example_path().endswith(".py")
    code = convert_checked(source)
    pt_ns = exec_code(source, "train_pt.py")
    jt_ns = exec_code(code, "train_jt.py")
    torch.manual_seed(0)
    pt_model = pt_ns["SmallNet"]()
    jt_model = jt_ns["SmallNet"]()
    jt_model.load_parameters(state_arrays(pt_model))
    (tmp_path / "pt").mkdir()
    (tmp_path / "jt").mkdir()
    pt_losses, pt_accuracy = pt_ns["run"](str(tmp_path / "pt"), model=pt_model)
    jt_losses, jt_accuracy = jt_ns["run"](str(tmp_path / "jt"), model=jt_model)
    print(f"\nPyTorch losses {pt_losses[0]:.4f} -> {pt_losses[-1]:.4f}, accuracy {pt_accuracy:.3f}; "
          f"Jittor {jt_losses[0]:.4f} -> {jt_losses[-1]:.4f}, accuracy {jt_accuracy:.3f}")
    assert len(jt_losses) == len(pt_losses) == 12
    assert_same(pt_losses, jt_losses, atol=1e-4, rtol=1e-3)
    assert pt_losses[-1] < 0.5 * pt_losses[0]  # it learned something, so the comparison means something
    assert_same(pt_accuracy, jt_accuracy, atol=0, rtol=0)
