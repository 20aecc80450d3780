"""torch dtypes -> Jittor dtypes (used as values: `torch.float32`, `dtype=torch.long`)."""
from ..schema import entry, function

_DTYPES = {
    "float32": "float32", "float": "float32", "float16": "float16", "half": "float16",
    "float64": "float64", "double": "float64", "bfloat16": "bfloat16",
    "int8": "int8", "int16": "int16", "int32": "int32", "int": "int32",
    "int64": "int64", "long": "int64", "uint8": "uint8", "bool": "bool",
}

# the dtypes themselves (rules/dtype_values.py reads their attributes and compares them)
TORCH_DTYPES = frozenset(f"torch.{torch_name}" for torch_name in _DTYPES)

ENTRIES = {f"torch.{torch_name}": entry("", "jt", jt_name, "") for torch_name, jt_name in _DTYPES.items()}

ENTRIES.update({
    # PyTorch's promotion: a float beats any integer (numpy widens int64 + float32 to float64), a Python
    # number counts only when of a higher kind; results are Jittor's dtypes
    "torch.result_type": function("tensor, other", "t2j", "result_type"),
    "torch.promote_types": function("type1, type2", "t2j", "promote_types"),
    "torch.can_cast": function("from_, to", "t2j", "can_cast"),
})
