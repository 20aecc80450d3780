# api: torch.nn.functional.adaptive_avg_pool3d
import torch
import torch.nn.functional as F
x = torch.arange(5 * 7 * 3, dtype=torch.float32).reshape(1, 1, 5, 7, 3)
out = F.adaptive_avg_pool3d(x, (2, 3, 2))
mx = F.adaptive_max_pool3d(x, (3, 2, 1))
