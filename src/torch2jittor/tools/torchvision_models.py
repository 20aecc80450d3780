"""torchvision's own model files, converted as installed, imported with Jittor alone.

The files are read from the installed torchvision package at run time (never copied into this
repository), converted with package `torchvision.models` so their relative imports resolve, and
written with the helper module into a throwaway package folder.
"""
from __future__ import annotations

import importlib
import importlib.util
import os
import sys

from ..api import convert_source, write_helper_module
from ..files import atomic_write, read_source

# Seed families (torchvision file -> builders), in the seed's order.
SEED_FAMILIES: dict[str, list[str]] = {
    "alexnet": ["alexnet"],
    "vgg": ["vgg11", "vgg11_bn", "vgg13", "vgg13_bn", "vgg16", "vgg16_bn", "vgg19", "vgg19_bn"],
    "resnet": [
        "resnet18", "resnet34", "resnet50", "resnet101", "resnet152",
        "resnext50_32x4d", "resnext101_32x8d", "resnext101_64x4d", "wide_resnet50_2", "wide_resnet101_2",
    ],
    "squeezenet": ["squeezenet1_0", "squeezenet1_1"],
}
# Every torchvision classification family beyond the seed's (torchvision 0.29.1's registry).
MORE_FAMILIES: dict[str, list[str]] = {
    "densenet": ["densenet121", "densenet161", "densenet169", "densenet201"],
    "googlenet": ["googlenet"],
    "inception": ["inception_v3"],
    "mobilenetv2": ["mobilenet_v2"],
    "mobilenetv3": ["mobilenet_v3_small", "mobilenet_v3_large"],
    "shufflenetv2": ["shufflenet_v2_x0_5", "shufflenet_v2_x1_0", "shufflenet_v2_x1_5", "shufflenet_v2_x2_0"],
    "mnasnet": ["mnasnet0_5", "mnasnet0_75", "mnasnet1_0", "mnasnet1_3"],
    "efficientnet": [
        "efficientnet_b0", "efficientnet_b1", "efficientnet_b2", "efficientnet_b3", "efficientnet_b4",
        "efficientnet_b5", "efficientnet_b6", "efficientnet_b7", "efficientnet_v2_s", "efficientnet_v2_m",
        "efficientnet_v2_l",
    ],
    "regnet": [
        "regnet_y_400mf", "regnet_y_800mf", "regnet_y_1_6gf", "regnet_y_3_2gf", "regnet_y_8gf", "regnet_y_16gf",
        "regnet_y_32gf", "regnet_y_128gf", "regnet_x_400mf", "regnet_x_800mf", "regnet_x_1_6gf", "regnet_x_3_2gf",
        "regnet_x_8gf", "regnet_x_16gf", "regnet_x_32gf",
    ],
    "convnext": ["convnext_tiny", "convnext_small", "convnext_base", "convnext_large"],
    "vision_transformer": ["vit_b_16", "vit_b_32", "vit_l_16", "vit_l_32", "vit_h_14"],
    "swin_transformer": ["swin_t", "swin_s", "swin_b", "swin_v2_t", "swin_v2_s", "swin_v2_b"],
    "maxvit": ["maxvit_t"],
}
ALL_FAMILIES = {**SEED_FAMILIES, **MORE_FAMILIES}
BUILDER_FILE = {b: f for f, builders in SEED_FAMILIES.items() for b in builders}
ALL_BUILDER_FILE = {b: f for f, builders in ALL_FAMILIES.items() for b in builders}

# Smallest variant of each further family, with the smallest input its architecture takes here and
# builder arguments that keep it small (CI runs these). Jittor's Pool needs maps larger than the
# kernel, which rules out GoogLeNet/Inception's smallest inputs; ViT's image_size is an argument.
CI_FAMILY_VARIANTS: dict[str, tuple[str, int, dict]] = {
    "densenet": ("densenet121", 64, {}),
    "googlenet": ("googlenet", 224, {"aux_logits": False, "init_weights": True}),
    "inception": ("inception_v3", 299, {"aux_logits": False, "init_weights": True}),
    "mobilenetv2": ("mobilenet_v2", 64, {}),
    "mobilenetv3": ("mobilenet_v3_small", 64, {}),
    "shufflenetv2": ("shufflenet_v2_x0_5", 64, {}),
    "mnasnet": ("mnasnet0_5", 64, {}),
    "efficientnet": ("efficientnet_b0", 64, {}),
    "regnet": ("regnet_y_400mf", 64, {}),
    "convnext": ("convnext_tiny", 64, {}),
    "vision_transformer": ("vit_b_32", 64, {"image_size": 64}),
    "swin_transformer": ("swin_t", 64, {}),
    "maxvit": ("maxvit_t", 224, {}),
}
# Builders that take a code path their file's smallest variant does not (CI runs these too):
# file -> (builder, input size, builder arguments).
CI_EXTRA_VARIANTS: list[tuple[str, str, int, dict]] = [
    # Swin V2's attention zeroes a slice of its qkv bias through `.data` (a view in PyTorch); the
    # model's own init zeroes all Linear biases later, so tests/rules/test_tensor_data.py checks
    # that write's effect, this one that the model builds and matches.
    ("swin_transformer", "swin_v2_t", 64, {}),
]
# torchvision files the model families import from (converted alongside them).
SUPPORT_FILES = ("models/_utils.py", "ops/misc.py", "ops/stochastic_depth.py")
PACKAGE = "t2j_torchvision"  # the converted files' package name when imported


def torchvision_models_dir() -> str:
    """Folder of the installed torchvision's model files, found without importing torchvision."""
    spec = importlib.util.find_spec("torchvision")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("torchvision is not installed: its model files are the input here")
    return os.path.join(list(spec.submodule_search_locations)[0], "models")


def convert_torchvision_files(names: list[str], out_dir: str, extra_files: tuple[str, ...] = (),
                              shared_helper: bool = False) -> dict[str, object]:
    """Convert torchvision/models/<name>.py (and `extra_files`, paths relative to torchvision's
    folder such as 'ops/misc.py') into out_dir/t2j_torchvision/, mirroring torchvision's layout so
    the files' relative imports (`from ..ops.misc import ...`) find each other.
    `shared_helper`: the files import the helper package at out_dir/jittor_compat/ (written by the
    caller, shared with the code that uses them) instead of a copy in each folder."""
    root = os.path.dirname(torchvision_models_dir())
    rel_paths = [f"models/{name}.py" for name in names] + list(extra_files)
    results = {}
    for rel in rel_paths:
        path = os.path.join(root, rel)
        target = os.path.join(out_dir, PACKAGE, rel)
        folder = os.path.dirname(target)
        os.makedirs(folder, exist_ok=True)
        # Package markers up to the root, so relative imports resolve as in torchvision.
        sub = os.path.dirname(rel)
        parts = [PACKAGE] + ([p for p in sub.split("/") if p] if sub else [])
        for i in range(1, len(parts) + 1):
            init = os.path.join(out_dir, *parts[:i], "__init__.py")
            if not os.path.exists(init):
                atomic_write(init, b"")
        package = ".".join(["torchvision"] + parts[1:])
        source = read_source(path)
        levels_up = len(parts) if shared_helper else 0
        result = convert_source(source.text, filename=path, package=package, helper_levels_up=levels_up)
        atomic_write(target, result.code.encode(source.encoding))
        if result.helpers and not shared_helper:
            write_helper_module(folder)
        key = rel[len("models/"):-3] if rel.startswith("models/") else rel
        results[key] = result
    # A converted subpackage other than models/ (e.g. ops/) gets an __init__ exporting what was
    # converted into it: torchvision's own __init__ would import everything else in the package.
    for sub in sorted({os.path.dirname(r) for r in rel_paths} - {"models", ""}):
        modules = sorted(os.path.basename(r)[:-3] for r in rel_paths if os.path.dirname(r) == sub)
        text = "".join(f"from .{m} import *  # noqa: F401,F403\n" for m in modules if m != "__init__")
        atomic_write(os.path.join(out_dir, PACKAGE, sub, "__init__.py"), text.encode("utf-8"))
    return results


def import_converted(name: str, out_dir: str):
    """Import a converted model file (after convert_torchvision_files) as t2j_torchvision.models.<name>."""
    loaded = sys.modules.get(PACKAGE)
    if loaded is not None and not os.path.abspath(loaded.__file__ or "").startswith(os.path.abspath(out_dir) + os.sep):
        # Another conversion folder was imported under the same package name: forget it.
        for module in [m for m in sys.modules if m == PACKAGE or m.startswith(PACKAGE + ".")]:
            del sys.modules[module]
    if out_dir in sys.path:
        sys.path.remove(out_dir)
    sys.path.insert(0, out_dir)
    importlib.invalidate_caches()
    return importlib.import_module(f"{PACKAGE}.models.{name}")
