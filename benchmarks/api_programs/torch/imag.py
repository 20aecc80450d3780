# api: torch.imag
import torch
z = torch.complex(torch.tensor([1.0, 2.0]), torch.tensor([-1.0, 0.5]))
im = torch.imag(z)
