# api: torch.nn.functional.silu
import torch
import torch.nn.functional as F
y = F.silu(torch.tensor([-2.0, 0.0, 2.0]))
