# api: torch.nn.functional.max_pool3d_with_indices
import torch
import torch.nn.functional as F
volume = (torch.arange(64.).reshape(1, 1, 4, 4, 4) * 13) % 17
values, indices = F.max_pool3d_with_indices(volume, 2)
