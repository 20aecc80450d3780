# api: torch.nn.functional.adaptive_max_pool3d_with_indices
import torch
import torch.nn.functional as F
volume = (torch.arange(27.).reshape(1, 1, 3, 3, 3) * 7) % 11
values, indices = F.adaptive_max_pool3d_with_indices(volume, output_size=2)
