# api: torch.nn.functional.pad
import torch
import torch.nn.functional as F
x1 = torch.arange(10.).reshape(1, 2, 5)
a = F.pad(x1, (2, 3), mode="reflect")
b = F.pad(x1, (1, 4), mode="replicate")
c = F.pad(x1, (3, 3), mode="circular")
x3 = torch.arange(24.).reshape(1, 1, 2, 3, 4)
d = F.pad(x3, (1, 1, 1, 1, 1, 1), mode="reflect")
e = F.pad(x3, (0, 1, 2, 0, 1, 0), mode="constant", value=1.5)
f = F.pad(torch.arange(6.).reshape(1, 2, 3), (1, 1, 1, 1), mode="reflect")
