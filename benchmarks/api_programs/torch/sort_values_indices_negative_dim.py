# api: torch.sort
import torch
x = torch.tensor([[[3.0, 1.0], [2.0, 4.0]], [[0.0, -1.0], [5.0, 5.0]]])
r = torch.sort(x, dim=-2)
vals = r.values
inds = r.indices
rd = torch.sort(x, -1, True)
rd0 = rd[0]
rd1 = rd[1]
