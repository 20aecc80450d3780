# api: torch.baddbmm
import torch
inp = torch.ones(2, 2, 2)
out = torch.baddbmm(inp, torch.ones(2, 2, 3), torch.ones(2, 3, 2), beta=0.5, alpha=2.0)
