# api: torch.Tensor.sum
import torch
x = torch.arange(24.).reshape(2, 3, 4)
r = x.permute(2, 0, 1).reshape(4, -1).sum(-1).max()
i = x.flatten().argmax().item()
