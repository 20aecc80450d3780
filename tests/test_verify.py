"""`torch2jittor verify`: converts a user's model file, runs both, names where they diverge."""
import json
import os
import subprocess
import sys
import textwrap

import pytest

import torch2jittor

pytestmark = pytest.mark.frameworks

GOOD = textwrap.dedent("""
    import torch
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self, num_classes=10):
            super().__init__()
            self.conv = nn.Conv2d(3, 8, 3, padding=1)
            self.bn = nn.BatchNorm2d(8)
            self.fc = nn.Linear(8 * 8 * 8, num_classes)

        def forward(self, x):
            x = nn.functional.relu(self.bn(self.conv(x)))
            return self.fc(x.view(x.size(0), -1))


    def build(**kwargs):
        return Net(**kwargs)
""")

# AvgPool2d(count_include_pad=False) is honoured by Jittor's mean pool only on its ceil_mode path.
DIVERGING = GOOD.replace(
    "self.fc = nn.Linear(8 * 8 * 8, num_classes)",
    "self.pool = nn.AvgPool2d(3, 1, 1, count_include_pad=False)\n        self.fc = nn.Linear(8 * 8 * 8, num_classes)",
).replace("return self.fc(x.view", "x = self.pool(x)\n        return self.fc(x.view")

# The seed tutorial's own pjmap_append entry for AvgPool2d: it knows no count_include_pad.
SEED_AVGPOOL_ENTRY = {"AvgPool2d": {
    "pytorch": {"args": "kernel_size, stride=None, padding=0, dilation=1, return_indices=False"},
    "jittor": {"module": "nn", "name": "Pool", "args":
               "kernel_size, stride=None, padding=0, dilation=None, return_indices=None, ceil_mode=False, op='maximum'"},
    "links": {}, "extras": {"op": "'mean'"}, "delete": []}}


def verify(*args):
    proc = subprocess.run([sys.executable, "-m", "torch2jittor.cli", "verify", *args],
                          capture_output=True, text=True, timeout=600)
    return proc.returncode, proc.stdout, proc.stderr


def test_verify_passes_a_faithful_conversion(tmp_path, jittor):
    path = tmp_path / "good_model.py"
    path.write_text(GOOD)
    code, out, err = verify(f"{path}:build", "--input-shape", "2,3,8,8", "--kwargs", '{"num_classes": 5}', "--layers")
    assert code == 0, out + err
    assert "output shape: (2, 5)" in out and "PASS" in out
    assert "first diverging submodule: none" in out


def test_verify_names_the_first_diverging_layer(tmp_path, jittor):
    path = tmp_path / "pool_model.py"
    path.write_text(DIVERGING)
    # The built-in table converts AvgPool2d(count_include_pad=False) exactly (helper module) ...
    code, out, err = verify(f"{path}:Net", "--input-shape", "2,3,8,8", "--layers")
    assert code == 0 and "first diverging submodule: none" in out, out + err
    # ... the seed's own pjmap_append entry for it does not know count_include_pad: Jittor's Pool
    # then divides border windows by the whole kernel area, and verify finds that layer.
    mapping = tmp_path / "seed_mapping.json"
    mapping.write_text(json.dumps(SEED_AVGPOOL_ENTRY))
    code, out, err = verify(f"{path}:Net", "--input-shape", "2,3,8,8", "--layers", "--mapping", str(mapping))
    assert code == 1
    assert "first diverging submodule: pool" in out and "FAIL" in out
    assert "count_include_pad" in err  # the converter had said so, with file:line:col


def test_verify_bad_input(tmp_path):
    assert verify(str(tmp_path / "missing.py:Net"))[0] == 2
    assert verify("no_builder_given.py")[0] == 2


def test_verify_runs_jittor_with_the_test_suites_settings(tmp_path, jittor):
    """In the user's process, without the suite's environment: the parallel op compiler (it
    segfaulted here) is off and Jittor stays off CUDA, set by verify before it imports jittor."""
    import os

    path = tmp_path / "good_model.py"
    path.write_text(GOOD)
    script = textwrap.dedent(f"""
        from torch2jittor.cli import main
        code = main(["verify", {str(path) + ":build"!r}, "--input-shape", "1,3,8,8"])
        import jittor
        print("settings", code, jittor.flags.use_parallel_op_compiler, jittor.flags.use_cuda)
    """)
    env = {k: v for k, v in os.environ.items() if k not in ("use_parallel_op_compiler", "nvcc_path")}
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600, env=env)
    assert proc.returncode == 0, proc.stdout + proc.stderr[-3000:]
    assert proc.stdout.splitlines()[-1] == "settings 0 0 0"


# --- verify --train ----------------------------------------------------------------------------------
TRAIN_EXAMPLE = os.path.join(os.path.dirname(torch2jittor.__file__), "examples", "train_classifier.py")


def _step_lines(out):
    return [line for line in out.splitlines() if line.startswith("step ")]


@pytest.mark.parametrize("optimizer, loss", [("sgd", "ce"), ("adam", "mse"), ("adamw", "ce"), ("rmsprop", "ce")])
def test_verify_train_passes_the_bundled_training_example(jittor, optimizer, loss):
    code, out, err = verify(f"{TRAIN_EXAMPLE}:SmallNet", "--train", "--input-shape", "8,3,16,16", "--steps", "3",
                            "--optimizer", optimizer, "--loss", loss)
    print(out)
    assert code == 0, out + err
    assert len(_step_lines(out)) == 3 and "PASS" in out
    # every one of SmallNet's 5 parameter tensors and 7 state_dict entries (BatchNorm's running
    # statistics included: the model trains in training mode) compared after each step
    assert out.count("gradients: 5/5 match") == 3
    assert out.count("parameters and buffers after the step: 7/7 match") == 3
    # PyTorch's per-parameter state: SGD's momentum buffer; Adam's step, exp_avg, exp_avg_sq; RMSprop's step, square_avg
    n_state = {"sgd": 5, "adam": 15, "adamw": 15, "rmsprop": 10}[optimizer]
    assert out.count(f"optimizer state after the step: {n_state}/{n_state} match") == 3
    assert "each step starts from PyTorch's parameters, buffers and optimizer state (float32)" in out
    assert "the model has no Dropout" in out
    losses = [float(line.split("loss ")[1].split()[0]) for line in _step_lines(out)]
    assert len(set(losses)) == 3  # the weights moved: each step saw a different model


def test_verify_train_free_running_in_float64(jittor):
    """Each framework on its own trajectory, in float64: no round-off for the steps to amplify."""
    code, out, err = verify(f"{TRAIN_EXAMPLE}:SmallNet", "--train", "--input-shape", "8,3,16,16", "--steps", "3",
                            "--free-running", "--float64")
    print(out)
    assert code == 0, out + err
    assert "each framework follows its own trajectory from the same initial weights (float64)" in out
    errors = [float(line.split("mean rel ")[1]) for line in _step_lines(out)]
    # float32 gives 1.4e-7 at step 1. Later steps keep ~1e-8: Jittor multiplies by a Python number
    # (the learning rate, BatchNorm's momentum) as a float32 constant, 0.01 as 0.0099999998
    assert len(errors) == 3 and errors[0] < 1e-10 and max(errors) < 1e-7


DROPOUT_MODEL = GOOD.replace("self.fc = nn.Linear", "self.drop = nn.Dropout(0.5)\n        self.fc = nn.Linear").replace(
    "return self.fc(x.view", "x = self.drop(x)\n        return self.fc(x.view")


def test_verify_train_turns_dropout_off_and_says_so(tmp_path, jittor):
    path = tmp_path / "dropout_model.py"
    path.write_text(DROPOUT_MODEL)
    code, out, err = verify(f"{path}:Net", "--train", "--input-shape", "4,3,8,8", "--steps", "2")
    assert code == 0, out + err
    assert "dropout off: 1 random module(s) run in eval mode in both frameworks" in out and "drop (Dropout)" in out


def test_verify_train_names_the_first_diverging_module(tmp_path, jittor):
    path = tmp_path / "pool_model.py"
    path.write_text(DIVERGING)
    mapping = tmp_path / "seed_mapping.json"
    mapping.write_text(json.dumps(SEED_AVGPOOL_ENTRY))
    code, out, err = verify(f"{path}:Net", "--train", "--input-shape", "2,3,8,8", "--steps", "2")
    assert code == 0, out + err
    code, out, err = verify(f"{path}:Net", "--train", "--input-shape", "2,3,8,8", "--steps", "2",
                            "--mapping", str(mapping))
    print(out)
    assert code == 1 and "FAIL" in out
    assert "first diverging module at step 1: pool (AvgPool2d), its forward output: max abs" in out
    tree = out[out.index("module tree"):].splitlines()
    culprit = [line for line in tree if "<-- first divergence" in line]
    assert len(culprit) == 1 and culprit[0].split()[0] == "pool"
    # conv and bn ran before it and match; fc ran after it on a wrong input
    by_name = {line.split()[0]: line for line in tree[1:]}
    assert "mean rel 0.00e+00" in by_name["conv"] or float(by_name["conv"].split("mean rel ")[1].split()[0].rstrip("|")) < 1e-5
    assert float(by_name["fc"].split("output: max abs ")[1].split(",")[0]) > 1e-3


def test_verify_train_bad_options(tmp_path):
    path = tmp_path / "m.py"
    path.write_text(GOOD)
    assert verify(f"{path}:Net", "--train", "--optimizer", "lbfgs")[0] == 2
    assert verify(f"{path}:Net", "--train", "--steps", "0")[0] == 2


def _load_converted(tmp_path, source, stem="model"):
    """(PyTorch module, converted Jittor module, helper module) of a model file, as verify loads them."""
    from torch2jittor.tools.verify import _helper_module, _load_module, convert_with_siblings

    folder, out = tmp_path / "src", tmp_path / "out"
    folder.mkdir()
    out.mkdir()
    (folder / f"{stem}.py").write_text(source)
    convert_with_siblings(str(folder), f"{stem}.py", str(out))
    return (_load_module(str(folder / f"{stem}.py"), f"t2j_test_pt_{stem}", str(folder)),
            _load_module(str(out / f"{stem}.py"), f"t2j_test_jt_{stem}", str(out)), _helper_module(str(out)))


def test_verify_train_finds_a_wrong_optimizer_step_although_each_step_starts_in_sync(tmp_path, torch, jittor):
    """Each step starts from PyTorch's parameters and optimizer state; what a step does to them
    is compared before that: an SGD that forgets its momentum differs in step 2's update and state."""
    from torch2jittor.tools.verify_train import report, train_compare

    pt_module, jt_module, helpers = _load_converted(tmp_path, GOOD)

    class ForgetfulSGD(helpers.SGD):
        def _update(self, group, p, g, state, step):
            state.pop("momentum_buffer", None)  # every step restarts the momentum from the gradient
            super()._update(group, p, g, state, step)

    class Helpers:
        SGD = ForgetfulSGD
        cross_entropy = staticmethod(helpers.cross_entropy)
        grad_of = staticmethod(helpers.grad_of)

    torch.manual_seed(0)
    pt_model, jt_model = pt_module.Net(), jt_module.Net()
    result = train_compare(pt_model, jt_model, Helpers, (4, 3, 8, 8), steps=3)
    lines = report(result, 1e-3)
    print("\n".join(lines))
    assert result.steps[0].ok(1e-3) and not result.steps[1].ok(1e-3)
    failed = result.steps[1].failures(1e-3)
    assert not failed["loss"] and not failed["gradients"]  # step 2 started from PyTorch's state
    assert failed["parameters"] and "fc.weight: momentum_buffer" in failed["optimizer_state"]
    assert any(line.startswith("gradients match but the optimizer step does not") for line in lines)
    # the same model with the helper SGD: every step, optimizer state included, within 1e-3
    torch.manual_seed(0)
    result = train_compare(pt_module.Net(), jt_module.Net(), helpers, (4, 3, 8, 8), steps=3)
    assert result.ok(1e-3), "\n".join(report(result, 1e-3))
    assert [len(s.optimizer_state) for s in result.steps] == [6] * 3  # each parameter's momentum buffer


# torchvision's own files, converted as tests/test_torchvision_*.py do; the same comparison as
# `verify --train` (train_compare + report) on small inputs, each step from PyTorch's state.
TRAIN_FAMILIES = [
    ("resnet", "resnet18", (2, 3, 64, 64), {}),
    ("mobilenetv3", "mobilenet_v3_small", (2, 3, 64, 64), {}),
    ("vision_transformer", "vit_b_32", (2, 3, 32, 32), {"image_size": 32}),
]


@pytest.fixture(scope="module")
def converted_families(tmp_path_factory):
    from torch2jittor.tools.torchvision_models import SUPPORT_FILES, convert_torchvision_files

    out = str(tmp_path_factory.mktemp("converted_train"))
    convert_torchvision_files([f for f, *_ in TRAIN_FAMILIES], out, SUPPORT_FILES)
    return out


@pytest.mark.parametrize("family, builder, shape, kwargs", TRAIN_FAMILIES, ids=[f[1] for f in TRAIN_FAMILIES])
def test_verify_train_on_torchvision(converted_families, torch, jittor, family, builder, shape, kwargs):
    import importlib

    import torchvision

    from torch2jittor.tools.torchvision_models import PACKAGE, import_converted
    from torch2jittor.tools.verify import randomize_parameters
    from torch2jittor.tools.verify_train import report, train_compare

    module = import_converted(family, converted_families)
    helpers = importlib.import_module(f"{PACKAGE}.models.jittor_compat")
    torch.manual_seed(0)
    pt_model = getattr(torchvision.models, builder)(weights=None, num_classes=10, **kwargs)
    jt_model = getattr(module, builder)(weights=None, num_classes=10, **kwargs)
    randomize_parameters(pt_model)  # ViT's head starts at zero: no gradient would reach the encoder
    result = train_compare(pt_model, jt_model, helpers, shape, steps=3)
    lines = report(result, 1e-3)
    print("\n" + "\n".join(lines))
    assert result.ok(1e-3), "\n".join(lines)
    n_params = len([p for p in pt_model.parameters()])
    n_state = len([k for k in pt_model.state_dict() if not k.endswith("num_batches_tracked")])
    assert [len(s.gradients) for s in result.steps] == [n_params] * 3
    assert [len(s.parameters) for s in result.steps] == [n_state] * 3
    assert len({s.loss[0] for s in result.steps}) == 3
    assert all(s.optimizer_state for s in result.steps)
    if builder == "mobilenet_v3_small":
        assert [c for _, c in result.random_modules] == ["Dropout"]
    if builder == "vit_b_32":  # the encoder's dropouts (attention dropout is a functional argument, 0)
        assert {c for _, c in result.random_modules} == {"Dropout"} and len(result.random_modules) == 37
