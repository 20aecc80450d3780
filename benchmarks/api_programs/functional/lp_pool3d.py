# api: torch.nn.functional.lp_pool3d
import torch
import torch.nn.functional as F
volume = torch.arange(16.).reshape(1, 1, 2, 2, 4) / 4
pooled = F.lp_pool3d(volume, 2, kernel_size=2)
