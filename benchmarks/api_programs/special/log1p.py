# api: torch.special.log1p
import torch
x = torch.tensor([-0.5, 1e-7, 0.0, 1.0, 10.0])
y = torch.special.log1p(x)
y_int = torch.special.log1p(torch.tensor([0, 1, 3]))
