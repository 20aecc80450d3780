# api: torch.nn.functional.mish
import torch
import torch.nn.functional as F
y = F.mish(torch.tensor([-1.0, 0.0, 1.0]))
