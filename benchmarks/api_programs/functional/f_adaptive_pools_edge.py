# api: torch.nn.functional.adaptive_avg_pool2d
import torch
import torch.nn.functional as F
x = torch.arange(2 * 6 * 9, dtype=torch.float32).reshape(1, 2, 6, 9)
a = F.adaptive_avg_pool2d(x, (4, 5))
m = F.adaptive_max_pool2d(x, (4, 5))
g = F.adaptive_avg_pool2d(x, 1).flatten(1)
same = F.adaptive_avg_pool2d(x, (6, 9))
one_d = F.adaptive_max_pool1d(torch.arange(10.).reshape(1, 1, 10), 4)
