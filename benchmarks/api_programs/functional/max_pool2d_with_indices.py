# api: torch.nn.functional.max_pool2d_with_indices
import torch
import torch.nn.functional as F
image = (torch.arange(16.).reshape(1, 1, 4, 4) * 5) % 7
values, indices = F.max_pool2d_with_indices(image, kernel_size=2, stride=2)
