"""The seed's families, from torchvision's real files as installed: import with Jittor alone,
build every builder, match PyTorch with the same weights, initialise with the same distributions.
"""
import json
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from torch2jittor.tools.torchvision_models import BUILDER_FILE, SEED_FAMILIES, convert_torchvision_files, import_converted
from torch2jittor.tools.verify import compare

pytestmark = pytest.mark.frameworks

# One variant of each family runs in CI (batch 2, 224x224); benchmarks/parity_torchvision.py runs all 21.
CI_VARIANTS = ["alexnet", "vgg11_bn", "resnet18", "wide_resnet50_2", "squeezenet1_1"]


@pytest.fixture(scope="module")
def converted(tmp_path_factory):
    out = str(tmp_path_factory.mktemp("converted"))
    results = convert_torchvision_files(list(SEED_FAMILIES), out)
    return out, results


def test_files_convert_with_nothing_unsupported(converted):
    _, results = converted
    for name, result in results.items():
        assert not result.unsupported, [d.format(name) for d in result.unsupported]
        assert "torch" not in "\n".join(l.split("#")[0] for l in result.code.splitlines() if "import" in l), name


def test_every_builder_builds_with_jittor_alone(converted):
    out, _ = converted
    script = textwrap.dedent(f"""
        import importlib, json, os, sys
        sys.modules["torch"] = None        # importing torch or torchvision now fails
        sys.modules["torchvision"] = None
        os.environ["nvcc_path"] = ""
        sys.path.insert(0, {out!r})
        calls = {{
            "alexnet": dict(num_classes=10, dropout=0.2),
            "vgg11_bn": dict(num_classes=10, dropout=0.3),
            "resnet50": dict(num_classes=10, zero_init_residual=True),
            "resnext50_32x4d": dict(num_classes=7),
            "resnet18": dict(num_classes=3, groups=1, width_per_group=64),
            "squeezenet1_1": dict(num_classes=5, dropout=0.1),
        }}
        report = {{}}
        for builder, module in {BUILDER_FILE!r}.items():
            mod = importlib.import_module("t2j_torchvision.models." + module)
            model = getattr(mod, builder)(weights=None, **calls.get(builder, {{}}))
            report[builder] = {{k: list(v.shape) for k, v in model.state_dict().items()}}
        print(json.dumps(report))
    """)
    proc = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    shapes = json.loads(proc.stdout.strip().splitlines()[-1])
    assert set(shapes) == set(BUILDER_FILE) and len(shapes) == 21
    # Same parameter and buffer names and shapes as PyTorch's models, keyword arguments honoured.
    import torchvision

    for builder, kwargs in [("resnet50", dict(num_classes=10, zero_init_residual=True)),
                            ("resnext50_32x4d", dict(num_classes=7)), ("squeezenet1_0", {}), ("vgg11_bn", dict(num_classes=10))]:
        pt_model = getattr(torchvision.models, builder)(weights=None, **kwargs)
        # a 0-d tensor (BatchNorm's num_batches_tracked) has Jittor's shape [1]
        expected = {k: list(v.shape) or [1] for k, v in pt_model.state_dict().items()}
        assert shapes[builder] == expected, builder


@pytest.mark.parametrize("builder", CI_VARIANTS)
def test_family_parity(converted, torch, jittor, builder):
    import torchvision

    out, _ = converted
    module = import_converted(BUILDER_FILE[builder], out)
    torch.manual_seed(0)
    pt_model = getattr(torchvision.models, builder)(weights=None)
    jt_model = getattr(module, builder)(weights=None)
    image = np.random.RandomState(0).random_sample((2, 3, 224, 224)).astype("float32")
    result = compare(pt_model, jt_model, image)
    print(f"\n{builder}: mean relative error {result.mean_rel_err:.2e}, max abs error {result.max_abs_err:.2e}")
    assert result.keys_match, (result.only_in_pytorch, result.only_in_jittor)
    assert result.output_shape == (2, 1000)
    assert result.mean_rel_err < 1e-3  # the seed's bar
    assert result.max_abs_err < 1e-3


def test_pretrained_weights_without_the_checkpoint_give_a_clear_error(converted, jittor, tmp_path, monkeypatch):
    out, _ = converted
    resnet = import_converted("resnet", out)
    monkeypatch.setenv("TORCH_HOME", str(tmp_path))  # nothing there: the error names the file looked for
    missing = f"{tmp_path}/hub/checkpoints/resnet18-f37072fd.pth not found. Converted Jittor code does not download"
    with pytest.raises(RuntimeError, match=missing):
        resnet.resnet18(weights="IMAGENET1K_V1")
    with pytest.warns(UserWarning, match="pretrained"), pytest.raises(RuntimeError, match=missing):
        resnet.resnet18(pretrained=True)
    with pytest.raises(KeyError):
        resnet.resnet18(weights="NO_SUCH_WEIGHTS")
    assert resnet.ResNet18_Weights.IMAGENET1K_V1.meta["num_params"] == 11689512


def _layer_stats(named_weights):
    return {name: (float(w.mean()), float(w.std())) for name, w in named_weights}


@pytest.mark.parametrize("builder, kwargs", [
    ("resnet50", dict(zero_init_residual=True)), ("vgg11_bn", {}), ("squeezenet1_0", {}), ("alexnet", {}),
])
def test_initialisation_matches_pytorch_statistically(converted, torch, jittor, builder, kwargs):
    """Freshly built models (no weight copy): per-layer mean/std of Jittor's init vs PyTorch's.

    Tolerances are 4 standard errors for n values: means within 4*std*sqrt(2/n), stds within a
    relative max(5%, 4/sqrt(n)); constant inits (BatchNorm weight 1 / bias 0, zero_init_residual) exact.
    """
    import torchvision

    out, _ = converted
    module = import_converted(BUILDER_FILE[builder], out)
    torch.manual_seed(0)
    jittor.set_global_seed(0)
    pt = getattr(torchvision.models, builder)(weights=None, **kwargs)
    jm = getattr(module, builder)(weights=None, **kwargs)
    pt_stats = _layer_stats((k, v.detach().numpy()) for k, v in pt.state_dict().items() if not k.endswith("num_batches_tracked"))
    jt_values = {k: v.numpy() for k, v in jm.state_dict().items() if not k.endswith("num_batches_tracked")}
    assert set(pt_stats) == set(jt_values)
    for key, (mean, std) in pt_stats.items():
        values = jt_values[key]
        if std == 0:
            np.testing.assert_allclose(values, mean, err_msg=key)
            continue
        n = values.size
        assert abs(values.std() - std) <= max(0.05, 4 / n ** 0.5) * std, f"{key}: std {values.std():.5g} vs PyTorch {std:.5g}"
        assert abs(values.mean() - mean) <= 4 * std * (2 / n) ** 0.5 + 1e-6, f"{key}: mean {values.mean():.5g} vs PyTorch {mean:.5g}"
