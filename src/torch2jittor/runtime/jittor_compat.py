"""jittor_compat: Jittor-only stand-ins for the helpers converted PyTorch/torchvision code uses.

torch2jittor writes this file next to the code it converts when that code needs it (the mapping
table's entries with module 't2j'). It depends on Jittor and the standard library only.
"""
from __future__ import annotations

import enum
import functools
import warnings
from dataclasses import dataclass, field
from typing import Any, Callable


# --- layer classes passed around as values -------------------------------------------------
_ADAPTED: dict = {}


def adapt_args(cls, links=None, delete=(), extras=None, unsupported=None):
    """A subclass of the Jittor layer `cls` that accepts PyTorch's keyword arguments.

    Code like `norm_layer = nn.BatchNorm2d` ... `norm_layer(64, eps=1e-3)` or
    `activation_layer(inplace=True)` calls the class later with PyTorch's arguments; the mapping
    entry's links (renamed), delete (dropped), extras (forced) and unsupported (only the PyTorch
    default allowed) are applied at that call.
    """
    links, extras, unsupported = dict(links or {}), dict(extras or {}), dict(unsupported or {})
    key = (cls, tuple(sorted(links.items())), tuple(delete), tuple(sorted(extras.items(), key=repr)),
           tuple(sorted(unsupported.items(), key=repr)))
    adapted = _ADAPTED.get(key)
    if adapted is None:
        def __init__(self, *args, **kwargs):
            for name in delete:
                kwargs.pop(name, None)
            for name, default in unsupported.items():
                if name in kwargs:
                    if kwargs[name] != default:
                        raise NotImplementedError(
                            f"{cls.__name__}: argument {name}={kwargs[name]!r} has no Jittor equivalent")
                    del kwargs[name]
            for old, new in links.items():
                if old in kwargs:
                    kwargs[new] = kwargs.pop(old)
            kwargs.update(extras)
            cls.__init__(self, *args, **kwargs)

        adapted = type(cls.__name__, (cls,), {"__init__": __init__, "__module__": cls.__module__})
        _ADAPTED[key] = adapted
    return adapted


# --- containers -------------------------------------------------------------------------------
def _module_list_class():
    from jittor import nn as jnn

    class ModuleList(jnn.ModuleList):
        """Jittor's ModuleList (its Sequential) plus PyTorch's list methods: extend, insert, +=."""

        def extend(self, modules):
            for module in modules:
                self.append(module)
            return self

        def __iadd__(self, modules):
            return self.extend(modules)

        def insert(self, index, module):
            items = list(self.layers.values())
            items.insert(index if index >= 0 else len(items) + index, module)
            self.layers.clear()
            for module in items:
                self.append(module)

    return ModuleList


ModuleList = _module_list_class()


def _sequential_class():
    import jittor as jt
    from jittor import nn as jnn

    class Sequential(jnn.Sequential):
        """Base for Sequential subclasses: submodules assigned as attributes join the sequence in
        assignment order, as in PyTorch (Jittor's Sequential only runs what it was given)."""

        def __setattr__(self, name, value):
            if isinstance(value, jt.Module) and "layers" in self.__dict__:
                self.layers[name] = value
            super().__setattr__(name, value)

    return Sequential


Sequential = _sequential_class()


# --- torchvision's model registry and telemetry ---------------------------------------------
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


def _make_ntuple(x: Any, n: int) -> tuple:
    """(x, x, ..., x) n times, or tuple(x) if x is already a sequence (torchvision's helper)."""
    if isinstance(x, (list, tuple)) or hasattr(x, "__iter__") and not isinstance(x, str):
        return tuple(x)
    return tuple(x for _ in range(n))


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


# -- shared by the compat_* parts (loss functions and loss modules) ----------------------------
def _legacy_reduction(size_average, reduce, reduction):
    """torch's legacy size_average/reduce pair, when given, overrides `reduction`."""
    if size_average is None and reduce is None:
        return reduction
    size_average = True if size_average is None else size_average
    reduce = True if reduce is None else reduce
    if size_average and reduce:
        return "mean"
    return "sum" if reduce else "none"


def _loss_reduce(loss, reduction):
    if reduction == "none":
        return loss
    if reduction == "sum":
        return loss.sum()
    if reduction == "mean":
        return loss.mean()
    raise ValueError(f"{reduction} is not a valid value for reduction")


def _dtype_name(dtype):
    """'float64' for jt.float64 (a cast function), a Var's dtype (NanoString) or a name."""
    return dtype.__name__ if callable(dtype) and hasattr(dtype, "__name__") else str(dtype)


def _var_keeping_dtype(array):
    """jt.array(array) with numpy's dtype kept (Jittor makes int64 arrays int32, float64 float32)."""
    import jittor

    var = jittor.array(array)
    return var if str(var.dtype) == str(array.dtype) else var.cast(str(array.dtype))
