# api: torch.special.xlogy
import torch
x = torch.tensor([0.0, 1.0, 2.0])
y = torch.tensor([0.0, 2.0, float('nan')])
a = torch.special.xlogy(x, y)
b = torch.special.xlogy(2.0, torch.tensor([3.0, 1.0]))
c = torch.special.xlogy(x, 4)
d = torch.special.xlog1py(x, torch.tensor([-1.0, 0.0, 1.0]))
e = torch.special.entr(torch.tensor([0.0, 0.5, 1.0, -1.0]))
