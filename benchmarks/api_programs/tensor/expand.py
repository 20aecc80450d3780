# api: torch.Tensor.expand
import torch
col = torch.tensor([[1], [2], [3]])
wide = col.expand(3, 4)
keep = col.expand(-1, 2)
row = torch.tensor([1.0, 2.0])
batched = row.expand(3, 2)
sized = row.expand(torch.Size([2, 2]))
