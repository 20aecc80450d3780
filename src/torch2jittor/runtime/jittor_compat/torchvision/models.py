"""torchvision's model registry, weights enums and message helpers (telemetry is a no-op)."""
from __future__ import annotations

import enum
import functools
import importlib
import importlib.util
import os
import sys
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable
from urllib.parse import urlparse

from .._common import ntuple


def _log_api_usage_once(obj: Any) -> None:
    """torchvision reports API usage to PyTorch's telemetry; there is nothing to report here."""


_MODELS: dict[str, Callable[..., Any]] = {}


def register_model(name: str | None = None) -> Callable:
    """Decorator registering a model builder under a name, as torchvision's does."""

    def wrapper(fn: Callable) -> Callable:
        key = name if name is not None else fn.__name__
        if key in _MODELS:
            raise ValueError(f"An entry is already registered under the name '{key}'.")
        _MODELS[key] = fn
        return fn

    return wrapper


def list_models() -> list[str]:
    return sorted(_MODELS)


def get_model_builder(name: str) -> Callable[..., Any]:
    try:
        return _MODELS[name.lower()]
    except KeyError:
        raise ValueError(f"Unknown model {name}") from None


def get_model(name: str, **config: Any) -> Any:
    return get_model_builder(name)(**config)


_make_ntuple = ntuple  # torchvision.ops.misc's name for it


def sequence_to_str(seq, separate_last: str = "") -> str:
    """'a', 'b' and 'c' -> "'a', 'b' and 'c'" (torchvision's message helper)."""
    if not seq:
        return ""
    if len(seq) == 1:
        return f"'{seq[0]}'"
    head = "'" + "', '".join(str(item) for item in seq[:-1]) + "'"
    tail = f"{'' if separate_last and len(seq) == 2 else ','} {separate_last}'{seq[-1]}'"
    return head + tail


class InterpolationMode(enum.Enum):
    """The names torchvision's weights use for their preprocessing (not converted itself)."""

    NEAREST = "nearest"
    NEAREST_EXACT = "nearest-exact"
    BILINEAR = "bilinear"
    BICUBIC = "bicubic"
    BOX = "box"
    HAMMING = "hamming"
    LANCZOS = "lanczos"


# --- pretrained weights -----------------------------------------------------------------------
@dataclass(eq=False)
class Weights:
    """A pretrained checkpoint's description. Jittor code cannot fetch PyTorch's files itself."""

    url: str
    transforms: Callable[..., Any]
    meta: dict[str, Any] = field(default_factory=dict)

    def get_state_dict(self, *args: Any, **kwargs: Any) -> Any:
        """The checkpoint PyTorch would load: the file torch.hub keeps under
        $TORCH_HOME/hub/checkpoints/ (named as the url's last part), read without torch. Nothing
        is downloaded: without the file, an error names it."""
        path = os.path.join(_torch_home(), "hub", "checkpoints", os.path.basename(urlparse(self.url).path))
        if not os.path.isfile(path):
            raise RuntimeError(
                f"pretrained weights: {path} not found. Converted Jittor code does not download; "
                f"fetch {self.url} to that path (where PyTorch would keep it: $TORCH_HOME/hub/checkpoints), "
                "or build the model with weights=None."
            )
        from ..serialization import load

        return load(path)


def _torch_home() -> str:
    """torch.hub's cache folder: $TORCH_HOME, else $XDG_CACHE_HOME/torch, else ~/.cache/torch."""
    return os.path.expanduser(os.getenv("TORCH_HOME", os.path.join(os.getenv("XDG_CACHE_HOME", "~/.cache"), "torch")))


class WeightsEnum(enum.Enum):
    """An enum of Weights, as torchvision's: members expose url, transforms and meta."""

    @classmethod
    def verify(cls, obj: Any) -> Any:
        if obj is not None:
            if type(obj) is str:
                obj = cls[obj.replace(cls.__name__ + ".", "")]
            elif not isinstance(obj, cls):
                raise TypeError(
                    f"Invalid Weight class provided; expected {cls.__name__} but received {obj.__class__.__name__}."
                )
        return obj

    def get_state_dict(self, *args: Any, **kwargs: Any) -> Any:
        return self.value.get_state_dict(*args, **kwargs)

    def __repr__(self) -> str:
        return f"{self.__class__.__name__}.{self._name_}"

    @property
    def url(self) -> str:
        return self.value.url

    @property
    def transforms(self) -> Callable[..., Any]:
        return self.value.transforms

    @property
    def meta(self) -> dict[str, Any]:
        return self.value.meta


def _ovewrite_named_param(kwargs: dict[str, Any], param: str, new_value: Any) -> None:
    """Set kwargs[param], refusing a conflicting value the caller gave (torchvision's rule)."""
    if param in kwargs:
        if kwargs[param] != new_value:
            raise ValueError(f"The parameter '{param}' expected value {new_value} but got {kwargs[param]} instead.")
    else:
        kwargs[param] = new_value


def handle_legacy_interface(**weights: tuple[str, Any]) -> Callable:
    """Accept the old `pretrained=True` keyword and turn it into `weights=` (torchvision's rule)."""

    def outer(builder: Callable) -> Callable:
        @functools.wraps(builder)
        def inner(*args: Any, **kwargs: Any) -> Any:
            for weights_param, (pretrained_param, default) in weights.items():
                if pretrained_param not in kwargs:
                    continue
                pretrained = kwargs.pop(pretrained_param)
                if weights_param in kwargs:
                    raise ValueError(f"Pass only one of '{weights_param}' and '{pretrained_param}'.")
                if pretrained and callable(default) and not isinstance(default, WeightsEnum):
                    default = default(kwargs)
                kwargs[weights_param] = default if pretrained else None
                warnings.warn(
                    f"The parameter '{pretrained_param}' is deprecated, please use '{weights_param}' instead.",
                    stacklevel=2,
                )
            return builder(*args, **kwargs)

        return inner

    return outer


class ImageClassification:
    """torchvision's preprocessing preset of its classification weights (`weights.transforms()`):
    resize the shorter side, center-crop, scale to [0, 1], normalize; on PIL images or Vars."""

    def __init__(self, *, crop_size: int, resize_size: int = 256, mean=(0.485, 0.456, 0.406),
                 std=(0.229, 0.224, 0.225), interpolation: Any = InterpolationMode.BILINEAR,
                 antialias: Any = True) -> None:
        self.crop_size, self.resize_size = [crop_size], [resize_size]
        self.mean, self.std = list(mean), list(std)
        self.interpolation, self.antialias = interpolation, antialias

    def __call__(self, img: Any) -> Any:
        from . import transforms as T

        interpolation = getattr(self.interpolation, "value", self.interpolation)
        img = T._tv_resize(img, self.resize_size, interpolation=interpolation, antialias=self.antialias)
        img = T._tv_center_crop(img, self.crop_size)
        if T._tv_is_pil(img):
            img = T._tv_pil_to_tensor(img)
        img = T._tv_convert_image_dtype(img, "float32")
        return T._tv_normalize(img, mean=self.mean, std=self.std)

    def __repr__(self) -> str:
        return (f"{self.__class__.__name__}(\n    crop_size={self.crop_size}\n    resize_size={self.resize_size}\n"
                f"    mean={self.mean}\n    std={self.std}\n    interpolation={self.interpolation}\n)")


def get_model_weights(name: Any) -> Any:
    """The weights enum of a builder (by name or the builder itself), as torchvision finds it:
    its `weights` parameter's annotation names the enum, in the builder's own module."""
    import inspect
    import typing

    model = get_model_builder(name) if isinstance(name, str) else name
    annotation = inspect.signature(model).parameters["weights"].annotation
    if isinstance(annotation, str):
        annotation = eval(annotation, vars(sys.modules[model.__module__]))  # noqa: S307 - the builder's own annotation
    for arg in typing.get_args(annotation) or (annotation,):
        if isinstance(arg, type) and issubclass(arg, WeightsEnum):
            return arg
    raise ValueError(f"The weight enum of {model.__name__} could not be found.")


def get_weight(name: str) -> Any:
    """`get_weight("ResNet50_Weights.IMAGENET1K_V2")`: an enum member of the converted models."""
    try:
        enum_name, value_name = name.split(".")
    except ValueError:
        raise ValueError(f"Invalid weight name provided: '{name}'.") from None
    models = sys.modules[__name__.rsplit(".", 2)[0]].torchvision_models
    weights_enum = getattr(models, enum_name, None)
    if weights_enum is None:
        raise ValueError(f"The weight enum '{enum_name}' for the specific method couldn't be retrieved.")
    return weights_enum[value_name]


# The converted torchvision.models package the converter writes beside this helper package.
_CONVERTED_PACKAGE = "t2j_torchvision"


def load_converted_models(helper: Any) -> Any:
    """`t2j.torchvision_models`: the `models` module of the converted torchvision package
    (t2j_torchvision/, beside the helper package `helper`), imported with Jittor alone."""
    folder = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(helper.__file__))), _CONVERTED_PACKAGE)
    if not os.path.isfile(os.path.join(folder, "models", "__init__.py")):
        raise ImportError(
            f"{folder} not found: the converted code uses torchvision.models, whose converted package "
            "torch2jittor writes beside jittor_compat/ when torchvision is installed where it converts. "
            "Convert again there."
        )
    # One instance of the helper package (it keeps every optimizer's gradients): the converted
    # files import it as `jittor_compat`, which is this one even when it was imported as a subpackage.
    sys.modules.setdefault("jittor_compat", helper)
    if _CONVERTED_PACKAGE not in sys.modules:
        spec = importlib.util.spec_from_file_location(
            _CONVERTED_PACKAGE, os.path.join(folder, "__init__.py"), submodule_search_locations=[folder])
        package = importlib.util.module_from_spec(spec)
        sys.modules[_CONVERTED_PACKAGE] = package
        spec.loader.exec_module(package)
    return importlib.import_module(f"{_CONVERTED_PACKAGE}.models")


# torchvision's ImageNet class names are data, not code: converted weights metadata only needs
# the count (e.g. len(weights.meta["categories"]) to size the classifier).
_IMAGENET_CATEGORIES = [f"imagenet_class_{i}" for i in range(1000)]
