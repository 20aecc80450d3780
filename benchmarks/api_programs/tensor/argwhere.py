# api: torch.Tensor.argwhere
import torch
x = torch.tensor([[1, 0, 2], [0, 3, 0]])
idx = x.argwhere()
v = torch.tensor([0.0, 1.5, 0.0, -2.0])
idx_1d = v.argwhere()
