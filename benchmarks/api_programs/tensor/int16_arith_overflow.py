# api: torch.Tensor.__add__
import torch
a = torch.tensor([32000, -32000], dtype=torch.int16)
s = a + 1000
p_ = a * 2
d = a // 7
