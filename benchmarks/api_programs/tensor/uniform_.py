# api: torch.Tensor.uniform_
import torch
w = torch.empty(3, 4)
w.uniform_(-0.5, 0.5)
u = torch.empty(5).uniform_()
results = {
    "shape": w.shape,
    "dtype": w.dtype,
    "in_range": bool(((w >= -0.5) & (w <= 0.5)).all()),
    "unit_in_range": bool(((u >= 0) & (u < 1)).all()),
    "u_shape": u.shape,
}
