"""A model zoo no one here wrote, converted by the CLI as a directory, runs with Jittor alone and
matches PyTorch (three files of kuangliu/pytorch-cifar in tests/data/cifar_zoo; the whole zoo
with `python -m torch2jittor.tools.model_zoo <pytorch-cifar>/models`, figures in the README).

VGG ends in a 2x2 max pool over a 2x2 map and a 1x1 average pool, SENet squeezes with
`F.avg_pool2d(out, out.size(2))` and ends in `F.avg_pool2d(out, 4)` on a 4x4 map: Jittor's own Pool
raises on all of them."""
import os

import pytest
from conftest import require

from torch2jittor.tools.model_zoo import TOLERANCE, passed, run, table

pytestmark = pytest.mark.frameworks

ZOO = os.path.join(os.path.dirname(__file__), "data", "cifar_zoo")


def test_converted_cifar_models_match_pytorch(tmp_path):
    require("torch")
    require("jittor")
    rows = run(ZOO, ["VGG('VGG11')", "SENet18()", "LeNet()"], (2, 3, 32, 32), str(tmp_path))
    for row in rows:
        assert "pytorch_error" not in row, row
        assert "error" not in row, row
        assert row["keys"] == "identical" and row["shape_ok"], row
        assert row["mean_rel_err"] < TOLERANCE and row["max_abs_err"] < 1e-3 * max(1.0, row["max_abs_output"]), row
        assert passed(row)
    assert table(rows)[-1].startswith("3 of 3 models run in PyTorch; converted, 3 run and 3 match")


def test_a_model_pytorch_cannot_run_is_listed_and_not_counted(tmp_path):
    require("torch")
    rows = run(ZOO, ["VGG('VGG0')"], (1, 3, 32, 32), str(tmp_path))
    assert rows == [{"model": "VGG('VGG0')", "pytorch_error": "KeyError: 'VGG0'"}]
    assert table(rows)[-1].startswith("0 of 1 models run in PyTorch")
