# api: torch.Tensor.lcm
import torch
a = torch.tensor([4, 6, 15])
b = torch.tensor([6, 4, 10])
m = a.lcm(b)
