# api: torch.Tensor.addr_
import torch
m = torch.ones(2, 3)
u = torch.tensor([1.0, 2.0])
v = torch.tensor([0.5, 1.0, 1.5])
m.addr_(u, v, alpha=2)
