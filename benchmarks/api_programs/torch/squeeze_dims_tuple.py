# api: torch.squeeze
import torch
x = torch.zeros(1, 3, 1, 2)
a = torch.squeeze(x)
b = torch.squeeze(x, 0)
c = torch.squeeze(x, dim=-2)
d = torch.squeeze(x, (0, 2))
e = torch.unsqueeze(torch.tensor([1, 2]), -1)
f = torch.squeeze(x, 1)
shapes = [a.shape, b.shape, c.shape, d.shape, f.shape]
