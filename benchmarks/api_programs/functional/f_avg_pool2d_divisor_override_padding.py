# api: torch.nn.functional.avg_pool2d
import torch
import torch.nn.functional as F
x = torch.arange(36.).reshape(1, 1, 6, 6)
a = F.avg_pool2d(x, 3, stride=2, padding=1, divisor_override=4)
b = F.avg_pool2d(x, (2, 3), stride=(2, 2), ceil_mode=True, count_include_pad=False)
