# api: torch.special.xlog1py
import torch
a = torch.special.xlog1py(torch.tensor([0.0, 1.0, 2.0]), torch.tensor([-1.0, float('nan'), 0.5]))
b = torch.special.xlog1py(3.0, torch.tensor([0.0, 1.0]))
c = torch.special.xlog1py(torch.tensor([1.0, 0.0]), 2)
d = torch.special.xlogy(torch.tensor([0.0]), torch.tensor([float('nan')]))
