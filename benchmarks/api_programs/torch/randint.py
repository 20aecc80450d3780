# api: torch.randint
import torch
r = torch.randint(0, 5, (10,))
results = {"shape": r.shape, "dtype": r.dtype, "in_range": bool(((r >= 0) & (r < 5)).all())}
