# api: torch.special.xlogy
import torch
x = torch.tensor([0.0, 1.0, 2.0, 3.0])
y = torch.tensor([0.0, 2.0, 0.5, 4.0])
r = torch.special.xlogy(x, y)
r_scalar_y = torch.special.xlogy(x, 3.0)
r_scalar_x = torch.special.xlogy(2, y)
