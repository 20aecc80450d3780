# api: torch.lerp
import torch
o = torch.empty(2)
torch.lerp(torch.zeros(2), torch.ones(2), 0.25, out=o)
