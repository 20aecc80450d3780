"""torchvision.models' model registry, weights enums and builder utilities."""
from ..schema import helper

ENTRIES = {
    "torchvision.models._api.register_model": helper("name=None", "register_model"),
    "torchvision.models._api.Weights": helper("url, transforms, meta", "Weights"),
    "torchvision.models._api.WeightsEnum": helper("*args, **kwargs", "WeightsEnum"),
    "torchvision.models._api.get_model": helper("name, **config", "get_model"),
    "torchvision.models._api.list_models": helper("", "list_models"),
    "torchvision.models._utils._ovewrite_named_param": helper("kwargs, param, new_value", "_ovewrite_named_param"),
    "torchvision.models._utils.handle_legacy_interface": helper("**weights", "handle_legacy_interface"),
    "torchvision.models._meta._IMAGENET_CATEGORIES": helper("", "_IMAGENET_CATEGORIES"),
}
