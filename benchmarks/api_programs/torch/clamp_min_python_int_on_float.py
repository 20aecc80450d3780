# api: torch.clamp_min
import torch
x = torch.tensor([-1.0, 0.5, 2.0])
a = torch.clamp_min(x, 0)
b = torch.clamp_max(x, 1)
c = torch.clip(x, min=-0.5)
i = torch.clamp(torch.tensor([1, 5]), 2, 4)
