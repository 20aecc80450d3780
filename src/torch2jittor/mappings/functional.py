"""torch.nn.functional and torch.* functions -> Jittor functions."""
from ._schema import entry

FUNCTIONS = {
    "flatten": entry("input, start_dim=0, end_dim=-1", "jt", "flatten", "input, start_dim=0, end_dim=-1"),
    # jt.concat takes the same (sequence, dim) pair; `out=` has no Jittor equivalent.
    "cat": entry("tensors, dim=0, out=None", "jt", "concat", "arr, dim=0", links={"tensors": "arr"},
                 unsupported=["out"]),
    "relu": entry("input, inplace=False", "nn", "relu", "x", links={"input": "x"}, delete=["inplace"]),
    # Jittor's sigmoid/tanh are C++ builtins (no keywords; float64 for int64 input): helpers.
    "torch.sigmoid": entry("input, *, out=None", "t2j", "sigmoid", "input", unsupported=["out"]),
    "torch.tanh": entry("input, *, out=None", "t2j", "tanh", "input", unsupported=["out"]),
    # dim=None means PyTorch's implicit dim (0 for 0/1/3-D input, else 1), not "all elements".
    "softmax": entry(
        "input, dim=None, _stacklevel=3, dtype=None", "t2j", "softmax", "input, dim=None, dtype=None",
        delete=["_stacklevel"],
    ),
    "max_pool2d": entry(
        "input, kernel_size, stride=None, padding=0, dilation=1, ceil_mode=False, return_indices=False",
        "nn", "max_pool2d",
        "x, kernel_size, stride=None, padding=0, dilation=None, return_indices=None, ceil_mode=False",
        links={"input": "x"}, unsupported=["dilation"],
    ),
    "avg_pool2d": entry(
        "input, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True,"
        " divisor_override=None",
        "nn", "avg_pool2d", "x, kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True",
        links={"input": "x"}, delete=["divisor_override"], rule="avg_pool_exact",
    ),
    # Tensor is a class in both; torch.Tensor annotations become jt.Var.
    "Tensor": entry("*args", "jt", "Var", "*args"),
    "no_grad": entry("", "jt", "no_grad", ""),
}
