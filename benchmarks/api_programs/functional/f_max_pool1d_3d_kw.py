# api: torch.nn.functional.max_pool1d
import torch
import torch.nn.functional as F
x = torch.tensor([[[1.0, 5.0, 2.0, 8.0, 3.0, 7.0, 4.0]]])
a = F.max_pool1d(x, kernel_size=2, stride=2, ceil_mode=True)
b, i = F.max_pool1d(x, 3, stride=2, padding=1, return_indices=True)
v = torch.arange(64.).reshape(1, 1, 4, 4, 4)
c = F.max_pool3d(v, kernel_size=3, stride=2, padding=1)
d = F.avg_pool3d(v, 2, stride=1)
