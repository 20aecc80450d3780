# api: torch.Tensor.vdot
import torch
a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([4.0, -5.0, 6.0])
d = a.vdot(b)
z = torch.tensor([1 + 2j, 3 - 1j])
dc = z.vdot(torch.tensor([2 + 0j, 1j]))
