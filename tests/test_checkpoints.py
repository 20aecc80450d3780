"""PyTorch checkpoints into Jittor models: every checkpoint form, reports by name, CLI, no-torch reading."""
import argparse
import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from torch2jittor.tools.checkpoints import (
    CheckpointError, LoadReport, convert_checkpoint, load_torch_state_dict, save_jittor_weights,
    weights_command,
)

pytestmark = pytest.mark.frameworks

SRC_DIR = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "src")

# One Jittor model, written once: exec'd here, run in the no-torch subprocess, used by --check-against.
JITTOR_MODEL_SRC = textwrap.dedent("""
    from jittor import nn

    class JittorNet(nn.Module):
        def __init__(self, classes=3, extra=False):
            super().__init__()
            self.conv = nn.Conv(3, 4, 3, padding=1)
            self.bn = nn.BatchNorm(4)
            self.relu = nn.ReLU()
            self.fc = nn.Linear(4 * 5 * 5, classes)
            if extra:
                self.extra = nn.Linear(classes, 2)

        def execute(self, x):
            x = self.relu(self.bn(self.conv(x)))
            return self.fc(x.reshape(x.shape[0], -1))

    def build():
        return JittorNet()

    def build_wrong():
        return JittorNet(classes=5)
""")

INPUT = np.random.default_rng(0).standard_normal((2, 3, 5, 5)).astype(np.float32)
JITTOR_KEYS = ["conv.weight", "conv.bias", "bn.weight", "bn.bias", "bn.running_mean", "bn.running_var",
               "fc.weight", "fc.bias"]


def jittor_net(**kwargs):
    namespace = {}
    exec(compile(JITTOR_MODEL_SRC, "jittor_net.py", "exec"), namespace)
    return namespace["JittorNet"](**kwargs)


def jittor_output(jittor, model) -> np.ndarray:
    model.eval()
    return model(jittor.array(INPUT)).numpy()


@pytest.fixture(scope="module")
def torch_net(torch):
    """A trained-looking PyTorch model: BN statistics moved off their defaults, in eval mode."""
    nn = torch.nn

    class TorchNet(nn.Module):
        def __init__(self, classes=3, head=False):
            super().__init__()
            self.conv = nn.Conv2d(3, 4, 3, padding=1)
            self.bn = nn.BatchNorm2d(4)
            self.relu = nn.ReLU()
            self.fc = nn.Linear(4 * 5 * 5, classes)
            if head:
                self.head = nn.Linear(classes, 2)

        def forward(self, x):
            return self.fc(self.relu(self.bn(self.conv(x))).flatten(1))

    torch.manual_seed(0)
    model = TorchNet()
    with torch.no_grad():
        model.bn.weight.uniform_(0.5, 1.5)
        model.bn.bias.uniform_(-0.5, 0.5)
        model.train()
        for _ in range(3):  # moves running_mean/var and num_batches_tracked
            model(torch.randn(4, 3, 5, 5) * 2 + 1)
    model.eval()
    with torch.no_grad():
        expected = model(torch.from_numpy(INPUT)).numpy()
    return model, expected, TorchNet


def checkpoint_forms(torch, model):
    state = model.state_dict()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9).state_dict()
    return {
        "plain": state,
        "state_dict": {"state_dict": state, "epoch": 7},
        "model+module.": {"model": {"module." + k: v for k, v in state.items()},
                          "optimizer": optimizer, "epoch": 7},
        "model_state_dict": {"model_state_dict": state, "optimizer_state_dict": optimizer},
        "net+_orig_mod.": {"net": {"_orig_mod." + k: v for k, v in state.items()}},
        "ddp+compile": {"module._orig_mod." + k: v for k, v in state.items()},
    }


FORMS = ["plain", "state_dict", "model+module.", "model_state_dict", "net+_orig_mod.", "ddp+compile"]


@pytest.mark.parametrize("form", FORMS)
def test_every_checkpoint_form_loads_and_matches_pytorch(torch, jittor, torch_net, tmp_path, form):
    model, expected, _ = torch_net
    path = tmp_path / f"{form}.pth"
    torch.save(checkpoint_forms(torch, model)[form], path)

    jmodel = jittor_net()
    assert not np.allclose(jittor_output(jittor, jmodel), expected, atol=1e-3)  # fresh weights differ
    report = load_torch_state_dict(jmodel, str(path))

    assert report.ok, str(report)
    assert sorted(report.loaded) == sorted(JITTOR_KEYS)
    assert report.ignored == ["bn.num_batches_tracked"] and not report.unexpected
    expected_prefix = {"model+module.": "module.", "net+_orig_mod.": "_orig_mod.",
                       "ddp+compile": "module._orig_mod."}.get(form, "")
    assert report.stripped_prefix == expected_prefix
    np.testing.assert_allclose(jittor_output(jittor, jmodel), expected, rtol=1e-5, atol=1e-5)


def test_in_memory_dicts_of_tensors_numpy_and_jittor_vars(jittor, torch_net):
    model, expected, _ = torch_net
    state = model.state_dict()
    as_numpy = {k: v.numpy() for k, v in state.items()}
    as_vars = {k: jittor.array(v) for k, v in as_numpy.items()}
    for source in (state, as_numpy, as_vars):
        jmodel = jittor_net()
        report = load_torch_state_dict(jmodel, source)
        assert report.ok and len(report.loaded) == len(JITTOR_KEYS)
        np.testing.assert_allclose(jittor_output(jittor, jmodel), expected, rtol=1e-5, atol=1e-5)


def test_report_names_missing_unexpected_and_mismatched_keys(torch, jittor, torch_net):
    _, _, TorchNet = torch_net
    torch_model = TorchNet(classes=5, head=True)  # fc is 5-way; `head` exists only in PyTorch
    jmodel = jittor_net(extra=True)  # `extra` exists only in Jittor
    report = load_torch_state_dict(jmodel, torch_model.state_dict())

    assert not report.ok
    assert sorted(report.missing) == ["extra.bias", "extra.weight"]
    assert sorted(report.unexpected) == ["head.bias", "head.weight"]
    assert sorted(report.mismatched) == [("fc.bias", (5,), (3,)), ("fc.weight", (5, 100), (3, 100))]
    assert report.ignored == ["bn.num_batches_tracked"]
    text = str(report)
    for key in ("extra.weight", "head.weight", "fc.weight", "[5, 100]", "[3, 100]"):
        assert key in text
    # What does match is still loaded.
    assert "conv.weight" in report.loaded
    np.testing.assert_array_equal(jmodel.conv.weight.numpy(), torch_model.conv.weight.detach().numpy())


def test_strict_raises_naming_the_keys_and_loads_nothing(torch, jittor, torch_net):
    _, _, TorchNet = torch_net
    jmodel = jittor_net()
    before = jmodel.conv.weight.numpy().copy()
    with pytest.raises(ValueError) as info:
        load_torch_state_dict(jmodel, TorchNet(classes=5, head=True).state_dict(), strict=True)
    message = str(info.value)
    assert "head.weight" in message and "fc.weight" in message
    np.testing.assert_array_equal(jmodel.conv.weight.numpy(), before)


def test_strict_passes_on_a_matching_checkpoint(jittor, torch_net):
    model, expected, _ = torch_net
    jmodel = jittor_net()
    assert load_torch_state_dict(jmodel, model.state_dict(), strict=True).ok
    np.testing.assert_allclose(jittor_output(jittor, jmodel), expected, rtol=1e-5, atol=1e-5)


def test_untrusted_pickle_content_falls_back_with_a_warning(torch, jittor, torch_net, tmp_path):
    model, expected, _ = torch_net
    path = tmp_path / "old.pth"
    torch.save({"state_dict": model.state_dict(), "args": argparse.Namespace(lr=0.1)}, path)
    jmodel = jittor_net()
    with pytest.warns(UserWarning, match="weights_only=False"):
        report = load_torch_state_dict(jmodel, str(path))
    assert report.ok
    np.testing.assert_allclose(jittor_output(jittor, jmodel), expected, rtol=1e-5, atol=1e-5)


def test_convert_checkpoint_writes_a_pkl_jittor_loads(torch, jittor, torch_net, tmp_path):
    model, expected, _ = torch_net
    src = tmp_path / "ckpt.pth"
    torch.save(checkpoint_forms(torch, model)["model+module."], src)
    out = tmp_path / "weights.pkl"
    summary = convert_checkpoint(str(src), str(out))

    assert summary["tensors"] == len(JITTOR_KEYS)
    assert summary["parameters"] == sum(v.numel() for k, v in model.state_dict().items()
                                        if not k.endswith("num_batches_tracked"))
    assert summary["stripped_prefix"] == "module." and summary["ignored"] == ["bn.num_batches_tracked"]
    assert summary["source_key"] == "model" and summary["left_out"] == ["optimizer", "epoch"]

    weights = jittor.load(str(out))  # Jittor's own loader, no torch2jittor involved
    assert sorted(weights) == sorted(JITTOR_KEYS)
    jmodel = jittor_net()
    jmodel.load_parameters(weights)
    np.testing.assert_allclose(jittor_output(jittor, jmodel), expected, rtol=1e-5, atol=1e-5)

    jmodel = jittor_net()
    assert load_torch_state_dict(jmodel, str(out)).ok
    np.testing.assert_allclose(jittor_output(jittor, jmodel), expected, rtol=1e-5, atol=1e-5)


def test_save_refuses_a_name_jt_load_would_read_as_pytorch(tmp_path):
    with pytest.raises(ValueError, match=r"\.pkl"):
        save_jittor_weights({"w": np.ones(2, np.float32)}, str(tmp_path / "w.pth"))
    assert not (tmp_path / "w.pth").exists()


def test_cli_writes_pkl_and_prints_a_summary(torch, jittor, torch_net, tmp_path, capsys):
    model, expected, _ = torch_net
    src = tmp_path / "ckpt.pth"
    torch.save(checkpoint_forms(torch, model)["model+module."], src)
    out = tmp_path / "out" / "weights.pkl"

    assert weights_command([str(src), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert f"{len(JITTOR_KEYS)} tensor(s)" in printed
    assert "'module.'" in printed and "bn.num_batches_tracked" in printed
    assert os.listdir(out.parent) == ["weights.pkl"]  # no temporary file left behind
    jmodel = jittor_net()
    jmodel.load_parameters(jittor.load(str(out)))
    np.testing.assert_allclose(jittor_output(jittor, jmodel), expected, rtol=1e-5, atol=1e-5)


def test_cli_bad_input_exits_2_and_writes_nothing(tmp_path, capsys):
    out = tmp_path / "weights.pkl"
    missing = tmp_path / "nope.pth"
    assert weights_command([str(missing), "-o", str(out)]) == 2
    assert "nope.pth" in capsys.readouterr().err

    garbage = tmp_path / "garbage.pth"
    garbage.write_bytes(b"not a checkpoint" * 4)
    assert weights_command([str(garbage), "-o", str(out)]) == 2
    assert "garbage.pth" in capsys.readouterr().err

    assert weights_command([str(garbage)]) == 2  # -o is required: argparse's usage error
    assert sorted(os.listdir(tmp_path)) == ["garbage.pth"]


def test_cli_check_against_a_jittor_model_file(torch, jittor, torch_net, tmp_path, capsys):
    model, _, _ = torch_net
    src = tmp_path / "ckpt.pth"
    torch.save({"state_dict": model.state_dict()}, src)
    model_file = tmp_path / "jittor_model.py"
    model_file.write_text(JITTOR_MODEL_SRC)

    assert weights_command([str(src), "-o", str(tmp_path / "a.pkl"),
                            "--check-against", f"{model_file}:build"]) == 0
    assert "all matched" in capsys.readouterr().out

    assert weights_command([str(src), "-o", str(tmp_path / "b.pkl"),
                            "--check-against", f"{model_file}:build_wrong"]) == 1
    assert "shape mismatch: fc.weight" in capsys.readouterr().out

    assert weights_command([str(src), "-o", str(tmp_path / "c.pkl"),
                            "--check-against", f"{model_file}:no_such_builder"]) == 2
    assert "no_such_builder" in capsys.readouterr().err
    assert not (tmp_path / "c.pkl").exists()


NO_TORCH_SCRIPT = textwrap.dedent("""
    import sys
    sys.modules["torch"] = None  # `import torch` now raises ImportError, as if not installed
    import numpy as np
    import jittor as jt
    jt.flags.use_cuda = 0
    from torch2jittor.tools.checkpoints import CheckpointError, load_torch_state_dict

    folder = sys.argv[1]
    namespace = {}
    exec(open(folder + "/jittor_model.py").read(), namespace)
    x = np.load(folder + "/input.npy")
    expected = np.load(folder + "/expected.npy")
    for name in ("zip.pth", "legacy.pth", "zip.ckpt"):
        model = namespace["JittorNet"]()
        report = load_torch_state_dict(model, folder + "/" + name)
        assert report.ok, report
        assert report.stripped_prefix == "module." and report.ignored == ["bn.num_batches_tracked"], report
        model.eval()
        np.testing.assert_allclose(model(jt.array(x)).numpy(), expected, rtol=1e-5, atol=1e-5)
        print("loaded", name)
    try:
        load_torch_state_dict(namespace["JittorNet"](), folder + "/whole_module.pth")
    except CheckpointError as exc:
        assert "whole_module.pth" in str(exc) and "install torch" in str(exc), exc
        print("whole module refused")
    assert sys.modules["torch"] is None
""")


def test_pth_loads_without_torch_through_jittors_reader(torch, torch_net, tmp_path):
    model, expected, _ = torch_net
    ckpt = checkpoint_forms(torch, model)["model+module."]
    torch.save(ckpt, tmp_path / "zip.pth")
    torch.save(ckpt, tmp_path / "legacy.pth", _use_new_zipfile_serialization=False)
    torch.save(ckpt, tmp_path / "zip.ckpt")  # an ending Jittor's reader does not accept by itself
    torch.save(torch.nn.Linear(2, 2), tmp_path / "whole_module.pth")  # pickles the class itself
    (tmp_path / "jittor_model.py").write_text(JITTOR_MODEL_SRC)
    np.save(tmp_path / "input.npy", INPUT)
    np.save(tmp_path / "expected.npy", expected)
    script = tmp_path / "no_torch.py"
    script.write_text(NO_TORCH_SCRIPT)

    env = dict(os.environ, nvcc_path="", log_silent="1",
               PYTHONPATH=os.pathsep.join(filter(None, [SRC_DIR, os.environ.get("PYTHONPATH")])))
    proc = subprocess.run([sys.executable, str(script), str(tmp_path)],
                          capture_output=True, text=True, timeout=300, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    for line in ("loaded zip.pth", "loaded legacy.pth", "loaded zip.ckpt", "whole module refused"):
        assert line in proc.stdout


def test_load_report_ok_and_summary():
    report = LoadReport(loaded=["a"], ignored=["bn.num_batches_tracked"])
    assert report.ok and "loaded 1 tensor(s)" in str(report)
    report.mismatched.append(("w", (2,), (3,)))
    assert not report.ok and "w: checkpoint [2] vs Jittor [3]" in str(report)


def test_unreadable_checkpoint_error_names_the_file(tmp_path):
    path = tmp_path / "broken.pth"
    path.write_bytes(b"PK\x03\x04 truncated zip")
    with pytest.raises(CheckpointError, match="broken.pth"):
        convert_checkpoint(str(path), str(tmp_path / "out.pkl"))
    assert not (tmp_path / "out.pkl").exists()


def test_weights_sets_jittors_settings_before_anything_imports_it(tmp_path):
    script = textwrap.dedent(f"""
        import os, sys
        from torch2jittor.cli import main
        main(["weights", {str(tmp_path / "missing.pth")!r}, "-o", {str(tmp_path / "out.pkl")!r}])
        print("jittor imported" if "jittor" in sys.modules else "jittor not imported",
              os.environ.get("use_parallel_op_compiler"), repr(os.environ.get("nvcc_path")))
    """)
    env = {k: v for k, v in os.environ.items() if k not in ("use_parallel_op_compiler", "nvcc_path")}
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=120, env=env)
    assert proc.stdout.splitlines()[-1] == "jittor not imported 0 ''", proc.stdout + proc.stderr
