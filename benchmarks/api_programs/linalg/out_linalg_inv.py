# api: torch.linalg.inv
import torch
a = torch.tensor([[2., 0.], [0., 4.]])
o = torch.empty(2, 2)
torch.linalg.inv(a, out=o)
