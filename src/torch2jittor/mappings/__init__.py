"""The built-in mapping data, one module per torch namespace. Engine code lives elsewhere."""
from .data import DATA
from .dtypes import DTYPES
from .functional import FUNCTIONS
from .init import INIT
from .nn_layers import NN_LAYERS
from .optim import OPTIM
from .tensor_methods import TENSOR_METHODS
from .tensor_method_helpers import TENSOR_METHOD_HELPERS
from .torch_misc import TORCH_MISC
from .torch_scripting import TORCH_SCRIPTING
from .torchvision_helpers import TORCHVISION_HELPERS

from . import functional_more, nn_layers_more, tensor_methods_more  # noqa: E402

BUILTIN_ENTRIES: dict[str, dict] = {
    **NN_LAYERS, **FUNCTIONS, **INIT, **TENSOR_METHODS, **OPTIM, **DATA, **TORCH_MISC, **DTYPES, **TORCHVISION_HELPERS, **TORCH_SCRIPTING,
    **nn_layers_more.ENTRIES, **functional_more.ENTRIES, **tensor_methods_more.ENTRIES, **TENSOR_METHOD_HELPERS,
}

# Explicitly unsupported torch names -> reason (full names, e.g. 'torch.nn.functional.grid_sample').
UNSUPPORTED_REASONS: dict[str, str] = {
    **nn_layers_more.UNSUPPORTED, **functional_more.UNSUPPORTED, **tensor_methods_more.UNSUPPORTED,
}
