# api: torch.Tensor.addbmm
import torch
M = torch.eye(2)
batch1 = torch.arange(12, dtype=torch.float32).reshape(3, 2, 2)
batch2 = torch.ones(3, 2, 2)
out = M.addbmm(batch1, batch2)
out_scaled = M.addbmm(batch1, batch2, beta=0.5, alpha=0.1)
