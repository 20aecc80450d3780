"""The installed timm, converted by the CLI as a directory, imports with torch and torchvision
blocked, and its models match PyTorch timm (a representative pair here; all ten named in the README
with `python -m torch2jittor.tools.timm_parity`)."""
import pytest
from conftest import require

from torch2jittor.tools.timm_parity import TOLERANCE, passed, run

pytestmark = pytest.mark.frameworks


def test_converted_timm_models_match_pytorch(tmp_path):
    require("timm")
    require("jittor")
    rows = run(["resnet18", "vit_tiny_patch16_224"], 64, str(tmp_path))
    for row in rows:
        assert "error" not in row, row
        assert row["keys"] == "identical", row
        assert row["shape_ok"], row
        assert row["mean_rel_err"] < TOLERANCE and row["max_abs_err"] < 1e-3 * max(1.0, row["max_abs_output"]), row
        assert passed(row)
