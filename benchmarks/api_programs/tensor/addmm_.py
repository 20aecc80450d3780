# api: torch.Tensor.addmm_
import torch
m = torch.ones(2, 2)
a = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
b = torch.eye(2)
m.addmm_(a, b, beta=0.5, alpha=2)
