# api: torch.Tensor.add_
import torch
x = torch.zeros(2)
lst = [x, x]
lst[0].add_(1)
r = lst[1]
