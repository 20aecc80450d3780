# api: torch.randint
import torch
_a = torch.randint(0, 10, (3,))
_b = torch.randint(0, 10, (3,), dtype=torch.int32)
_c = torch.randperm(4)
_d = torch.randint(5, (2, 2), dtype=torch.uint8)
dtypes = (_a.dtype, _b.dtype, _c.dtype, _d.dtype)
shapes = (_a.shape, _d.shape)
in_range = bool(((_a >= 0) & (_a < 10)).all())
