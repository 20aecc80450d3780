# api: torch.Tensor.long
import torch
x = torch.tensor([-1.7, 2.9, -0.5])
l = x.long()
i = x.int()
