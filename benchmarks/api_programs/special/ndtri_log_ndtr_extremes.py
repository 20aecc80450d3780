# api: torch.special.ndtri
import torch
a = torch.special.ndtri(torch.tensor([1e-10, 0.1, 0.9, 1 - 1e-7, -0.1, 1.1]))
b = torch.special.log_ndtr(torch.tensor([-100.0, -10.0, 10.0]))
c = torch.special.ndtr(torch.tensor([float('nan'), float('inf'), -float('inf')]))
