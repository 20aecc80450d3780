# api: torch.nn.functional.adaptive_avg_pool3d
import torch
import torch.nn.functional as F
volume = torch.arange(48.).reshape(1, 1, 3, 4, 4)
pooled = F.adaptive_avg_pool3d(volume, (1, 2, 2))
pooled_cube = F.adaptive_avg_pool3d(volume, output_size=2)
