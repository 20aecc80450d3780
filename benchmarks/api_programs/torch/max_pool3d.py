# api: torch.max_pool3d
import torch
x = torch.arange(32, dtype=torch.float32).reshape(1, 1, 2, 4, 4)
pooled = torch.max_pool3d(x, 2)
flat_depth = torch.max_pool3d(x, kernel_size=(1, 2, 2), stride=(1, 2, 2))
