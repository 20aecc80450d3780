"""torch dtypes -> Jittor dtypes (used as values: `torch.float32`, `dtype=torch.long`)."""
from ..schema import entry

_DTYPES = {
    "float32": "float32", "float": "float32", "float16": "float16", "half": "float16",
    "float64": "float64", "double": "float64", "bfloat16": "bfloat16",
    "int8": "int8", "int16": "int16", "int32": "int32", "int": "int32",
    "int64": "int64", "long": "int64", "uint8": "uint8", "bool": "bool",
}

ENTRIES = {f"torch.{torch_name}": entry("", "jt", jt_name, "") for torch_name, jt_name in _DTYPES.items()}
