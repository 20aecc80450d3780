# api: torch.nn.functional.pad
import torch
import torch.nn.functional as F
x = torch.arange(4.).reshape(1, 1, 2, 2)
p = F.pad(x, (1, 1), value=-1.0)
r = F.pad(x, (1, 1, 1, 1), mode='reflect')
e = F.pad(x, [0, 1, 0, 1], mode='replicate')
