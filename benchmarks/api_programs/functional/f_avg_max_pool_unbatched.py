# api: torch.nn.functional.max_pool2d
import torch
import torch.nn.functional as F
x = torch.arange(32.).reshape(2, 4, 4)
a = F.max_pool2d(x, 2)
b = F.avg_pool2d(x, 3, stride=1, padding=1, count_include_pad=False)
c = F.adaptive_avg_pool2d(x, (3, 3))
d = F.max_pool1d(torch.arange(8.).reshape(2, 4), 2)
e = F.adaptive_max_pool2d(x, 1)
