# api: torch.max_pool2d
import torch
x = torch.arange(16, dtype=torch.float32).reshape(1, 1, 4, 4)
pooled = torch.max_pool2d(x, 2)
strided = torch.max_pool2d(x, (2, 2), stride=1)
padded = torch.max_pool2d(x, kernel_size=3, stride=2, padding=1)
