# api: torch.conj_physical
import torch
x = torch.tensor([-1.5, 0.0, 2.0])
y = torch.conj_physical(x)
z = torch.conj_physical(torch.tensor([1 + 2j, -3j]))
