# api: torch.transpose
import torch
x = torch.arange(6).reshape(1, 2, 3)
a = torch.transpose(x, 0, 2)
b = torch.swapaxes(x, -1, -2)
c = torch.t(torch.tensor([[1, 2], [3, 4]]))
d = torch.t(torch.tensor([1, 2, 3]))
e = torch.adjoint(torch.tensor([[1.0, 2.0]]))
f = torch.permute(x, dims=(-1, 0, 1))
