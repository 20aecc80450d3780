# api: torch.is_conj
import torch
x = torch.tensor([-1 + 1j, 2 - 3j])
plain = torch.is_conj(x)
lazy = torch.is_conj(torch.conj(x))
real = torch.is_conj(torch.tensor([1.0, 2.0]))
