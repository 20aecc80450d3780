# api: torch.nn.functional.max_pool2d
import torch
import torch.nn.functional as F
x = torch.arange(36.).reshape(1, 1, 6, 6) % 7
a = F.max_pool2d(x, 3, 2, 1)
b = F.max_pool2d(x, kernel_size=(2, 3), stride=(2, 2), ceil_mode=True)
c, idx = F.max_pool2d(x, 2, return_indices=True)
d = F.max_pool2d(x, 3, 1, 0, 2)
