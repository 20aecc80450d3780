# api: torch.special.sinc
import torch
x = torch.tensor([-2.0, -0.5, 0.0, 0.25, 1.0, 1.5])
y = torch.special.sinc(x)
