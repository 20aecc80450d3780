"""torchvision's registry/weights helpers -> the helper module `jittor_compat` (module 't2j').

Model files in torchvision, and code copied from them, use these; they are not model code, so
they map to small Jittor-free stand-ins (see runtime/jittor_compat.py) instead of being dropped.
"""
from ._schema import entry

_T = "t2j"

TORCHVISION_HELPERS = {
    "torchvision.utils._log_api_usage_once": entry("obj", _T, "_log_api_usage_once", "obj"),
    "torchvision.models._api.register_model": entry("name=None", _T, "register_model", "name=None"),
    "torchvision.models._api.Weights": entry("url, transforms, meta", _T, "Weights", "url, transforms, meta"),
    "torchvision.models._api.WeightsEnum": entry("*args, **kwargs", _T, "WeightsEnum", "*args, **kwargs"),
    "torchvision.models._api.get_model": entry("name, **config", _T, "get_model", "name, **config"),
    "torchvision.models._api.list_models": entry("", _T, "list_models", ""),
    "torchvision.models._utils._ovewrite_named_param": entry(
        "kwargs, param, new_value", _T, "_ovewrite_named_param", "kwargs, param, new_value"
    ),
    "torchvision.models._utils.handle_legacy_interface": entry(
        "**weights", _T, "handle_legacy_interface", "**weights"
    ),
    # Interpolation modes only name the preprocessing of pretrained weights (their `transforms`).
    "torchvision.transforms._presets.InterpolationMode": entry("value", _T, "InterpolationMode", "value"),
    "torchvision.transforms.InterpolationMode": entry("value", _T, "InterpolationMode", "value"),
    "torchvision.transforms.functional.InterpolationMode": entry("value", _T, "InterpolationMode", "value"),
    "torchvision._utils.sequence_to_str": entry(
        "seq, separate_last=''", _T, "sequence_to_str", "seq, separate_last=''"
    ),
    "torchvision.utils._make_ntuple": entry("x, n", _T, "_make_ntuple", "x, n"),
    "torchvision.models._meta._IMAGENET_CATEGORIES": entry("", _T, "_IMAGENET_CATEGORIES", ""),
    "torchvision.transforms._presets.ImageClassification": entry(
        "*, crop_size, resize_size=256, **kwargs", _T, "ImageClassification", "*, crop_size, resize_size=256, **kwargs"
    ),
}
