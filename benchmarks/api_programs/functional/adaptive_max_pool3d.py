# api: torch.nn.functional.adaptive_max_pool3d
import torch
import torch.nn.functional as F
y = F.adaptive_max_pool3d(torch.arange(64.).reshape(1, 1, 4, 4, 4), 2)
