# api: torch.nn.functional.avg_pool1d
import torch
import torch.nn.functional as F
x = torch.arange(9.).reshape(1, 1, 9)
a = F.avg_pool1d(x, kernel_size=4, stride=3, padding=2, count_include_pad=False)
b = F.avg_pool1d(x, 3, ceil_mode=True)
c = F.avg_pool1d(x, 9)
