# api: torch.Tensor.add
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([10.0, 20.0, 30.0])
s = a.add(b)
scaled = a.add(b, alpha=0.5)
plus_one = a.add(1)
ints = torch.arange(3).add(2)
