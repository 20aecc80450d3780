# api: torch.unbind
import torch
x = torch.ones(2, 3)
torch.unbind(x)[1].mul_(5)
