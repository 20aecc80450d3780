# api: torch.Tensor.addbmm_
import torch
M = torch.full((2, 3), 0.5)
batch1 = torch.arange(8, dtype=torch.float32).reshape(2, 2, 2)
batch2 = torch.arange(12, dtype=torch.float32).reshape(2, 2, 3) / 4
M.addbmm_(batch1, batch2, alpha=2)
