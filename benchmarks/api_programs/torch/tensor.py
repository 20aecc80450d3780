# api: torch.tensor
import torch
a = torch.tensor([1, 2, 3])
b = torch.tensor([1.0, 2])
c = torch.tensor(5)
d = torch.tensor([[True, False]])
e = torch.tensor([1, 2], dtype=torch.float16)
f = torch.tensor(3.5, dtype=torch.float64)
