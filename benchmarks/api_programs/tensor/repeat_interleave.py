# api: torch.Tensor.repeat_interleave
import torch
x = torch.tensor([1, 2, 3])
doubled = x.repeat_interleave(2)
y = torch.tensor([[1, 2], [3, 4]])
rows = y.repeat_interleave(torch.tensor([1, 2]), dim=0)
cols = y.repeat_interleave(3, dim=1)
