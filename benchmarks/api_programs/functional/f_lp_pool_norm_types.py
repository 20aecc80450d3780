# api: torch.nn.functional.lp_pool2d
import torch
import torch.nn.functional as F
x = torch.arange(16.).reshape(1, 1, 4, 4)
a = F.lp_pool2d(x, 2, 2)
b = F.lp_pool2d(x, norm_type=1, kernel_size=(2, 2), stride=1)
c = F.lp_pool1d(torch.arange(6.).reshape(1, 1, 6), 3.0, 3)
