# api: torch.clamp_min
import torch
x = torch.tensor([-1.0, 0.3, 0.7, 2.0])
floored = torch.clamp_min(x, 0.5)
floored_int = torch.clamp_min(torch.tensor([-3, 2, 9]), 0)
