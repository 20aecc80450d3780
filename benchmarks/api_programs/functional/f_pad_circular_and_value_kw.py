# api: torch.nn.functional.pad
import torch
import torch.nn.functional as F
x = torch.arange(12.).reshape(1, 3, 4)
a = F.pad(x, (2, 1), mode="circular")
b = F.pad(x, (1, 1, 2, 0), value=-1.5)
c = F.pad(x, (1, 2), mode="replicate")
d = F.pad(x, (-1, 1))
