# api: torch.nn.functional.max_pool2d
import torch
import torch.nn.functional as F
x = torch.arange(2 * 3 * 6 * 6, dtype=torch.float32).view(2, 3, 6, 6)
a = F.max_pool2d(x, 2)
b = F.max_pool2d(x, kernel_size=3, stride=1, padding=1)
c = F.avg_pool2d(x, 3, 3)
d = F.adaptive_avg_pool2d(x, 1).view(2, -1)
e = F.adaptive_avg_pool2d(x, (2, 3))
f = F.avg_pool2d(x, x.size(2))
g, idx = F.max_pool2d(x, 2, return_indices=True)
h = F.adaptive_max_pool2d(x, 1)
i = F.avg_pool1d(torch.arange(10.).view(1, 1, 10), 2)
