# api: torch.Tensor.unsqueeze
import torch
x = torch.tensor([1.0, 2.0, 3.0])
a = x.unsqueeze(0)
b = torch.unsqueeze(x, -1)
c = x.unsqueeze(dim=1).unsqueeze(0)
d = c.squeeze()
e = c.squeeze(0)
f = torch.squeeze(c, dim=2)
g = c.squeeze(-1)
h = x[None, :, None]
i = torch.zeros(1, 3, 1, 2).squeeze((0, 2))
j = x[..., None]
