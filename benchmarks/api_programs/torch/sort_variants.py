# api: torch.sort
import torch
x = torch.tensor([[3, 1, 2], [0, 5, 4]])
s, i = torch.sort(x)
d = torch.sort(x, dim=0, descending=True)
d_vals = d.values
d_idx = d[1]
m = x.sort(-1, True)[0]
st = torch.sort(torch.tensor([2.0, 1.0, 2.0, 1.0]), stable=True).indices
