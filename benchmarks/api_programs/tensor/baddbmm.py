# api: torch.Tensor.baddbmm
import torch
base = torch.ones(2, 2, 2)
batch1 = torch.arange(12, dtype=torch.float32).reshape(2, 2, 3)
batch2 = torch.arange(12, dtype=torch.float32).reshape(2, 3, 2) / 10
out = base.baddbmm(batch1, batch2)
out_scaled = base.baddbmm(batch1, batch2, beta=0.0, alpha=2.0)
