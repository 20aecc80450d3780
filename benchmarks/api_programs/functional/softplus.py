# api: torch.nn.functional.softplus
import torch
import torch.nn.functional as F
y = F.softplus(torch.tensor([-30.0, 0.0, 30.0]))
