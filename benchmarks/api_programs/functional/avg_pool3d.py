# api: torch.nn.functional.avg_pool3d
import torch
import torch.nn.functional as F
volume = torch.arange(64.).reshape(1, 1, 4, 4, 4)
pooled = F.avg_pool3d(volume, 2)
pooled_strided = F.avg_pool3d(volume, kernel_size=3, stride=1, padding=1)
