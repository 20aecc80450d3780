# api: torch.nn.functional.celu
import torch
import torch.nn.functional as F
y = F.celu(torch.tensor([-1.0, 2.0]))
