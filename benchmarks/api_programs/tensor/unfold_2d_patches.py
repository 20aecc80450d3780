# api: torch.Tensor.unfold
import torch
x = torch.arange(16.).reshape(1, 4, 4)
p = x.unfold(1, 2, 2).unfold(2, 2, 2)
shape = p.shape
s = p.sum((-1, -2))
