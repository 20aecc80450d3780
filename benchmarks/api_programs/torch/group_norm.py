# api: torch.group_norm
import torch
x = torch.arange(16.).reshape(1, 4, 2, 2)
y = torch.group_norm(x, 2)
