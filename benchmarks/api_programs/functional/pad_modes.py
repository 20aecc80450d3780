# api: torch.nn.functional.pad
import torch
import torch.nn.functional as F
x = torch.arange(9.).reshape(1, 1, 3, 3)
const = F.pad(x, (1, 1, 2, 0), value=-1.0)
refl = F.pad(x, [1, 1, 1, 1], mode="reflect")
rep = F.pad(x, (2, 0, 0, 1), "replicate")
last_only = F.pad(torch.ones(2, 3), (0, 2))
