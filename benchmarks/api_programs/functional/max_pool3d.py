# api: torch.nn.functional.max_pool3d
import torch
import torch.nn.functional as F
y = F.max_pool3d(torch.arange(27.).reshape(1, 1, 3, 3, 3), kernel_size=2, stride=1)
