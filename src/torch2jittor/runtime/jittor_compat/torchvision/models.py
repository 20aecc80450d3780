"""torchvision's model registry, weights enums and message helpers (telemetry is a no-op)."""
from __future__ import annotations

import enum
import functools
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable

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
        raise RuntimeError(
            f"pretrained weights are not downloaded by converted Jittor code ({self.url}). "
            "Download the .pth file, convert it with `torch2jittor weights FILE.pth -o FILE.pkl`, "
            "build the model with weights=None and load it: model.load_parameters(jittor.load('FILE.pkl'))."
        )


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
    """Stands for torchvision's preprocessing preset; image transforms are not converted."""

    def __init__(self, *, crop_size: int, resize_size: int = 256, **kwargs: Any) -> None:
        self.crop_size, self.resize_size, self.options = crop_size, resize_size, kwargs

    def __call__(self, img: Any) -> Any:
        raise NotImplementedError("torchvision's image preprocessing is not part of the converted model code")


# torchvision's ImageNet class names are data, not code: converted weights metadata only needs
# the count (e.g. len(weights.meta["categories"]) to size the classifier).
_IMAGENET_CATEGORIES = [f"imagenet_class_{i}" for i in range(1000)]
