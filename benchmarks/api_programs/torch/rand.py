# api: torch.rand
import torch
u = torch.rand(3, 4)
u64 = torch.rand((2,), dtype=torch.float64)
one = torch.rand(1)
results = {
    "shape": u.shape,
    "dtype": u.dtype,
    "in_unit_interval": bool(((u >= 0) & (u < 1)).all()),
    "u64_dtype": u64.dtype,
    "u64_shape": u64.shape,
    "one_shape": one.shape,
}
