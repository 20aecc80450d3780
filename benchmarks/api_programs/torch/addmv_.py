# api: torch.addmv_
import torch
y = torch.ones(2)
A = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
v = torch.tensor([1.0, -1.0])
torch.addmv_(y, A, v)
z = torch.tensor([0.5, 0.5])
torch.addmv_(z, A, v, beta=2, alpha=0.5)
