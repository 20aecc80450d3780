# api: torch.clamp_max
import torch
x = torch.tensor([-1.0, 0.3, 0.7, 2.0])
capped = torch.clamp_max(x, 0.5)
capped_t = torch.clamp_max(x, torch.tensor([0.0, 0.0, 1.0, 1.0]))
