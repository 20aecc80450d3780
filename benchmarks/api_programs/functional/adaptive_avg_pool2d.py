# api: torch.nn.functional.adaptive_avg_pool2d
import torch
import torch.nn.functional as F
feature_map = torch.arange(50.).reshape(1, 2, 5, 5)
pooled = F.adaptive_avg_pool2d(feature_map, (2, 3))
global_pool = F.adaptive_avg_pool2d(feature_map, 1)
flat = global_pool.flatten(1)
