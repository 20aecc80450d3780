# api: torch.nn.functional.avg_pool2d
import torch
import torch.nn.functional as F
x = torch.arange(25.).reshape(1, 1, 5, 5)
a = F.avg_pool2d(x, 2)
b = F.avg_pool2d(x, 3, 2, 1, False, False)
c = F.avg_pool2d(x, kernel_size=3, stride=2, ceil_mode=True, count_include_pad=True)
d = F.avg_pool2d(x, x.size(2))
e = F.avg_pool2d(x, 2, divisor_override=1)
