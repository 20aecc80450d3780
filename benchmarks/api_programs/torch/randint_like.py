# api: torch.randint_like
import torch
template = torch.zeros(3, 4, dtype=torch.int64)
digits = torch.randint_like(template, 10)
ranged = torch.randint_like(template, 3, 7)
as_float = torch.randint_like(torch.zeros(5), high=4)
results = {
    "shape": digits.shape,
    "dtype": digits.dtype,
    "digits_ok": bool(((digits >= 0) & (digits < 10)).all()),
    "ranged_ok": bool(((ranged >= 3) & (ranged < 7)).all()),
    "float_dtype": as_float.dtype,
    "float_whole": bool((as_float == as_float.floor()).all()),
}
