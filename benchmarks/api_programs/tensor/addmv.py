# api: torch.Tensor.addmv
import torch
y = torch.tensor([1.0, 1.0])
A = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
v = torch.tensor([1.0, 0.0, -1.0])
out = y.addmv(A, v)
out2 = y.addmv(A, v, beta=2, alpha=0.5)
