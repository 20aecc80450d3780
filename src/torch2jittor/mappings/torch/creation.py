"""torch.* tensor creation ("Creation Ops"), with PyTorch's dtype inference: int64 for integers,
float32 for floats."""
from ..schema import function

_GRAD = ("requires_grad",)  # the helpers make a leaf requiring gradients of what they create

_LIKE = "input, *, dtype=None, layout=None, device=None, requires_grad=False, memory_format=torch.preserve_format"
_WINDOW_KW = "dtype=None, layout=torch.strided, device=None, requires_grad=False"
_FACTORY_KW = "out=None, dtype=None, layout=torch.strided, device=None, requires_grad=False"

ENTRIES = {
    # jt.zeros/ones/empty reject dtype=None (a common pass-through value): helpers.
    "torch.zeros": function(f"*size, {_FACTORY_KW}", "t2j", "zeros", keep=_GRAD),
    "torch.ones": function(f"*size, {_FACTORY_KW}", "t2j", "ones", keep=_GRAD),
    "torch.empty": function(f"*size, {_FACTORY_KW}, pin_memory=False, memory_format=torch.contiguous_format",
                            "t2j", "empty", keep=_GRAD),
    "torch.full": function(f"size, fill_value, *, {_FACTORY_KW}", "t2j", "full", keep=_GRAD),
    # jt.zeros_like ignores dtype, jt.ones_like takes none: helpers.
    "torch.zeros_like": function(_LIKE, "t2j", "zeros_like", keep=_GRAD),
    "torch.ones_like": function(_LIKE, "t2j", "ones_like", keep=_GRAD),
    "torch.empty_like": function(_LIKE, "t2j", "empty_like", keep=_GRAD),
    "torch.full_like": function(
        "input, fill_value, *, dtype=None, layout=torch.strided, device=None, requires_grad=False,"
        " memory_format=torch.preserve_format", "t2j", "full_like", keep=_GRAD),
    "torch.arange": function(f"start=0, end=None, step=1, *, {_FACTORY_KW}", "t2j", "arange", keep=_GRAD),
    "torch.linspace": function(f"start, end, steps, *, {_FACTORY_KW}", "t2j", "linspace", keep=_GRAD),
    "torch.logspace": function(f"start, end, steps, base=10.0, *, {_FACTORY_KW}", "t2j", "logspace", keep=_GRAD),
    # windows (computed in float64, cast to the dtype: float32 by default, as PyTorch's values)
    "torch.hann_window": function(f"window_length, periodic=True, *, {_WINDOW_KW}", "t2j", "hann_window"),
    "torch.hamming_window": function(f"window_length, periodic=True, alpha=0.54, beta=0.46, *, {_WINDOW_KW}, "
                                     "pin_memory=False", "t2j", "hamming_window"),
    "torch.blackman_window": function(f"window_length, periodic=True, *, {_WINDOW_KW}", "t2j", "blackman_window"),
    "torch.bartlett_window": function(f"window_length, periodic=True, *, {_WINDOW_KW}", "t2j", "bartlett_window"),
    "torch.kaiser_window": function(f"window_length, periodic=True, beta=12.0, *, {_WINDOW_KW}", "t2j",
                                    "kaiser_window"),
    "torch.eye": function(f"n, m=None, *, {_FACTORY_KW}", "t2j", "eye", keep=_GRAD),
    # jt.array turns int64/float64 data into int32/float32 and Python ints into int32.
    "torch.tensor": function("data, *, dtype=None, device=None, requires_grad=False, pin_memory=False", "t2j",
                             "tensor", keep=_GRAD),
    "torch.as_tensor": function("data, dtype=None, device=None", "t2j", "as_tensor"),
    "torch.from_numpy": function("ndarray", "t2j", "from_numpy"),
    "torch.clone": function("input, *, memory_format=torch.preserve_format", "t2j", "clone"),
    "torch.tril_indices": function("row, col, offset=0, *, dtype=None, device=None, layout=torch.strided", "t2j",
                                   "tril_indices"),
    "torch.triu_indices": function("row, col, offset=0, *, dtype=None, device=None, layout=torch.strided", "t2j",
                                   "triu_indices"),
    # torch.range includes its end and gives the default float dtype
    "torch.range": function(f"start=0, end=None, step=1, *, {_FACTORY_KW}", "t2j", "range_", keep=_GRAD),
    "torch.scalar_tensor": function("s, *, dtype=None, layout=None, device=None, pin_memory=None", "t2j",
                                    "scalar_tensor"),
    "torch.asarray": function("obj, *, dtype=None, device=None, copy=None, requires_grad=False", "t2j", "as_tensor",
                              "data, dtype=None, requires_grad=False", links={"obj": "data"}, delete=("copy",),
                              keep=_GRAD),
    "torch.vander": function("x, N=None, increasing=False", "t2j", "vander"),
    # strides and the physical layout only place elements in memory: Jittor has none, the shape is PyTorch's
    "torch.empty_strided": function("size, stride, *, dtype=None, layout=None, device=None, requires_grad=False, "
                                    "pin_memory=False", "t2j", "empty_strided", keep=_GRAD),
    "torch.empty_permuted": function("size, physical_layout, *, dtype=None, layout=None, device=None, "
                                     "requires_grad=False, pin_memory=False", "t2j", "empty_permuted", keep=_GRAD),
}
