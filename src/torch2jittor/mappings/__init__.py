"""The built-in mapping data, keyed by full torch name, in files named after where PyTorch defines
the API (`nn/pooling.py` holds torch.nn.MaxPool2d and torch.nn.functional.max_pool2d). Engine code
lives elsewhere; schema.py says how an entry is written.

Each topic module defines `ENTRIES` (key -> seed-schema entry) and may define `UNSUPPORTED`
(full torch name -> the reason the diagnostic gives) and `ALIASES` (a torch name PyTorch also
exposes elsewhere -> the key it is mapped under).
"""
from __future__ import annotations

from . import distributions, fx, jit, multiprocessing, optim, tensor
from .nn import (
    activation, adaptive, batchnorm, channelshuffle, container, conv, distance, dropout, flatten, fold, init,
    instancenorm, linear, loss, module, normalization, padding, parallel, parameter, pixelshuffle, pooling, rnn,
    sparse, transformer, upsampling, utils as nn_utils,
)
from .torch import (
    amp, autograd, blas, comparison, compiler, core, creation, cuda, dtypes, indexing, other, pointwise, random, reduction,
    serialization, special, linalg, fft, nn_functions, inplace, sparse as torch_sparse,
)
from .torchvision import datasets as tv_datasets, models as tv_models, transforms as tv_transforms, utils as tv_utils
from .utils import checkpoint, data

TOPICS = (
    module, container, parameter, parallel, linear, conv, fold, activation, pooling, batchnorm, instancenorm,
    normalization, dropout, padding, pixelshuffle, channelshuffle, upsampling, flatten, distance, sparse, loss,
    adaptive, rnn, transformer, init, nn_utils,
    core, dtypes, creation, random, indexing, pointwise, comparison, reduction, blas, other, nn_functions, inplace,
    autograd,
    amp, serialization, cuda, compiler, special, linalg, fft, torch_sparse,
    tensor, optim, data, checkpoint, jit, fx, distributions, multiprocessing,
    tv_models, tv_datasets, tv_transforms, tv_utils,
)


def _merge(attribute: str) -> dict:
    merged: dict = {}
    for topic in TOPICS:
        for key, value in getattr(topic, attribute, {}).items():
            if key in merged:
                raise ValueError(f"{topic.__name__}: {attribute} key {key!r} is already defined in another topic")
            merged[key] = value
    return merged


BUILTIN_ENTRIES: dict[str, dict] = _merge("ENTRIES")

# Helper-module functions that compute their result in numpy, and what the converter says at each
# call of an entry mapped to one (function, method and in-place forms alike), unless the entry
# has a note of its own. tests/test_numpy_helper_notes.py checks that every helper reading a
# Var's values into numpy is listed here or keeps its gradient.
NUMPY_NOTE = "computed in numpy: no gradient, no GPU"
HOST_NOTE = "computed in numpy, on the CPU (its result has no gradient in PyTorch either)"
NUMPY_HELPER_NOTES: dict[str, str] = {
    **dict.fromkeys((
        "nan_to_num quantile nanquantile scatter_reduce index_reduce frexp nextafter histc histogram histogramdd geqrf "
        "lu lu_unpack linalg_lu "
        "linalg_lu_factor linalg_lu_factor_ex linalg_lu_solve linalg_householder_product tensor_view_dtype").split(), NUMPY_NOTE),
    **dict.fromkeys((
        "tensor_unique unique_consecutive argsort tensor_argsort nonzero searchsorted isclose isnan isinf isfinite "
        "isposinf isneginf signbit isin unravel_index bincount multinomial gcd lcm binomial poisson "
        "tensor_random_").split(), HOST_NOTE),
    "linalg_qr": "computed in numpy where A is not square or mode='r': no gradient, no GPU",
    "linalg_svd": "computed in numpy where A is not square and full_matrices=True: no gradient, no GPU",
}
for _raw in BUILTIN_ENTRIES.values():
    _target = _raw["jittor"]
    if _target["module"] == "t2j" and _target["name"] in NUMPY_HELPER_NOTES and not _raw.get("note"):
        _raw["note"] = NUMPY_HELPER_NOTES[_target["name"]]

# Explicitly unsupported torch names -> reason (full names, e.g. 'torch.nn.functional.grid_sample').
UNSUPPORTED_REASONS: dict[str, str] = _merge("UNSUPPORTED")

# Torch names PyTorch re-exports under another name -> the name they are keyed under.
ALIASES: dict[str, str] = _merge("ALIASES")

# Modules whose public classes torch.nn re-exports: `torch.nn.modules.conv.Conv2d` is torch.nn.Conv2d.
NN_REEXPORTING_MODULES = ("torch.nn.modules.", "torch.nn.parameter.")
