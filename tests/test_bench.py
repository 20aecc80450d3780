"""`torch2jittor bench`: the forward-speed benchmark runs end to end and writes its files.

Tiny settings (SqueezeNet 1.1, batch 1, 64x64, 2 timed calls): no timing is asserted, only that
every framework was timed, the outputs agree and the files are complete.
"""
import csv
import json
import os
import subprocess
import sys
import textwrap

import pytest

pytestmark = pytest.mark.frameworks

TINY = ["--batch-sizes", "1", "--turns", "2", "--warmup", "1", "--repeats", "1", "--image-size", "64"]
FRAMEWORKS = {"pytorch", "jittor_converted", "jittor_handwritten"}


def bench(*args, env=None):
    proc = subprocess.run([sys.executable, "-m", "torch2jittor.cli", "bench", *args],
                          capture_output=True, text=True, timeout=600, env=env)
    return proc.returncode, proc.stdout, proc.stderr


@pytest.fixture(scope="module")
def smoke(tmp_path_factory, torch, jittor):
    out = tmp_path_factory.mktemp("bench") / "out"
    code, stdout, stderr = bench("--models", "squeezenet1_1", *TINY, "--out", str(out))
    return out, code, stdout, stderr


def test_smoke_run_prints_a_table(smoke):
    out, code, stdout, stderr = smoke
    assert code == 0, stdout + stderr[-3000:]
    for label in ("PyTorch", "Jittor converted", "Jittor hand-written", "ms/iter", "FPS", "squeezenet1_1"):
        assert label in stdout, stdout
    assert "squeezenet1_1 batch 1" in stderr  # the progress indicator


def test_smoke_results_json(smoke, torch, jittor):
    import numpy
    import torchvision

    out, code, stdout, stderr = smoke
    assert code == 0, stderr[-3000:]
    report = json.loads((out / "results.json").read_text())
    (result,) = report["results"]
    assert result["model"] == "squeezenet1_1" and result["batch_size"] == 1
    assert result["input_shape"] == [1, 3, 64, 64] and result["output_shape"] == [1, 1000]
    assert set(result["frameworks"]) == FRAMEWORKS
    for kind, timing in result["frameworks"].items():
        assert timing["fps_median"] > 0 and timing["ms_median"] > 0, kind
        assert timing["ms_min"] <= timing["ms_median"] <= timing["ms_max"], kind
        assert len(timing["ms_per_repeat"]) == 1 and timing["warmup_calls"] == 1
    assert result["turns"] == 2
    assert result["rel_err_converted"] < 1e-3
    assert result["rel_err_handwritten"] < 1e-3
    assert set(result["ratios"]) == {"converted_over_handwritten", "converted_over_pytorch", "handwritten_over_pytorch"}
    assert all(r > 0 for r in result["ratios"].values())
    env = report["environment"]
    assert env["device"] == "cpu" and env["cpu"] and env["device_name"]
    assert env["threads"]["requested"] >= 1
    assert env["threads"]["torch_num_threads"] == env["threads"]["requested"]
    assert env["python"] == "%d.%d.%d" % sys.version_info[:3]
    assert env["torch"] == torch.__version__ and env["torchvision"] == torchvision.__version__
    assert env["jittor"] == jittor.__version__ and env["numpy"] == numpy.__version__
    assert env["wall_s"] > 0
    assert report["settings"]["repeats"] == 1 and report["failures"] == []


def test_smoke_results_csv(smoke):
    out, code, stdout, stderr = smoke
    with open(out / "results.csv", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {(r["model"], r["batch_size"], r["framework"]) for r in rows} == {
        ("squeezenet1_1", "1", kind) for kind in FRAMEWORKS
    }
    assert len(rows) == 3
    assert all(float(r["fps_median"]) > 0 and float(r["ms_median"]) > 0 for r in rows)
    assert all(float(r["rel_err_vs_pytorch"]) < 1e-3 for r in rows if r["framework"] != "pytorch")


def test_smoke_plot_is_a_png(smoke):
    out, code, stdout, stderr = smoke
    data = (out / "fps.png").read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert len(data) > 10_000


def test_user_file_is_converted_on_the_fly(tmp_path, torch, jittor):
    (tmp_path / "tiny_net.py").write_text(textwrap.dedent("""
        import torch.nn as nn


        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.features = nn.Sequential(nn.Conv2d(3, 8, 3, padding=1), nn.BatchNorm2d(8), nn.ReLU(),
                                              nn.AdaptiveAvgPool2d(1))
                self.fc = nn.Linear(8, 10)

            def forward(self, x):
                return self.fc(self.features(x).flatten(1))
    """))
    out = tmp_path / "out"
    # Jittor's settings come from bench itself, not from the test suite's environment
    env = {k: v for k, v in os.environ.items() if k not in ("use_parallel_op_compiler", "nvcc_path")}
    code, stdout, stderr = bench("--models", f"{tmp_path / 'tiny_net.py'}:Net", *TINY, "--out", str(out), env=env)
    assert code == 0, stdout + stderr[-3000:]
    report = json.loads((out / "results.json").read_text())
    (result,) = report["results"]
    assert set(result["frameworks"]) == {"pytorch", "jittor_converted"}  # no hand-written counterpart
    assert result["output_shape"] == [1, 10] and result["rel_err_converted"] < 1e-3
    assert report["environment"]["jittor_flags"] == {"use_cuda": 0, "use_parallel_op_compiler": 0}


def test_cuda_without_a_gpu_is_refused_before_any_work(tmp_path, torch, jittor):
    env = dict(os.environ, CUDA_VISIBLE_DEVICES="")  # no GPU, even on a machine that has one
    out = tmp_path / "out"
    code, stdout, stderr = bench("--device", "cuda", "--models", "squeezenet1_1", "--out", str(out), env=env)
    assert code == 2, stdout + stderr
    assert "--device cuda" in stderr and "no CUDA GPU" in stderr
    assert not out.exists()


def test_unknown_model_is_refused(tmp_path):
    out = tmp_path / "out"
    code, stdout, stderr = bench("--models", "alexnet,nosuchnet", "--out", str(out))
    assert code == 2
    assert "unknown model 'nosuchnet'" in stderr and "resnet50" in stderr and "file.py:Builder" in stderr
    assert not out.exists()
    code, _, stderr = bench("--models", str(tmp_path / "missing.py") + ":Net")
    assert code == 2 and "no such file" in stderr
