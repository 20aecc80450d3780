# api: torch.Tensor.baddbmm_
import torch
acc = torch.full((2, 2, 3), 0.25)
q = torch.arange(8, dtype=torch.float32).reshape(2, 2, 2)
k = torch.arange(12, dtype=torch.float32).reshape(2, 2, 3) / 3
acc.baddbmm_(q, k, beta=2.0)
