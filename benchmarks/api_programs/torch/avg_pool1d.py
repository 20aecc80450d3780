# api: torch.avg_pool1d
import torch
x = torch.arange(8.).reshape(1, 1, 8)
pooled = torch.avg_pool1d(x, kernel_size=2, stride=2)
padded = torch.avg_pool1d(x, 3, 1, 1, count_include_pad=False)
ceil = torch.avg_pool1d(x, 3, stride=2, ceil_mode=True)
