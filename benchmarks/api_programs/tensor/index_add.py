# api: torch.Tensor.index_add
import torch
x = torch.zeros(5, 3)
src = torch.arange(9, dtype=torch.float32).reshape(3, 3)
idx = torch.tensor([0, 4, 2])
out = x.index_add(0, idx, src)
out_scaled = x.index_add(0, idx, src, alpha=2)
v = torch.tensor([1, 1, 1, 1])
repeated = v.index_add(0, torch.tensor([0, 0, 3]), torch.tensor([5, 6, 7]))
