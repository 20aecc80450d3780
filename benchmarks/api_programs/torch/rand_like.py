# api: torch.rand_like
import torch
template = torch.zeros(2, 3)
u = torch.rand_like(template)
u64 = torch.rand_like(template, dtype=torch.float64)
results = {
    "shape": u.shape,
    "dtype": u.dtype,
    "in_unit_interval": bool(((u >= 0) & (u < 1)).all()),
    "u64_dtype": u64.dtype,
}
