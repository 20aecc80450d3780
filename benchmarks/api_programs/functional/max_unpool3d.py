# api: torch.nn.functional.max_unpool3d
import torch
import torch.nn.functional as F
volume = (torch.arange(64.).reshape(1, 1, 4, 4, 4) * 13) % 17
pooled, indices = F.max_pool3d(volume, 2, return_indices=True)
restored = F.max_unpool3d(pooled, indices, 2)
