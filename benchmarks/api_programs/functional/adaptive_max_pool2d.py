# api: torch.nn.functional.adaptive_max_pool2d
import torch
import torch.nn.functional as F
x = torch.arange(25.).reshape(1, 1, 5, 5)
y = F.adaptive_max_pool2d(x, 2)
y2, idx = F.adaptive_max_pool2d(x, (2, 3), return_indices=True)
