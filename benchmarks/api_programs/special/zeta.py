# api: torch.special.zeta
import torch
x = torch.tensor([2.0, 3.0, 4.0])
z = torch.special.zeta(x, 1.0)
hurwitz = torch.special.zeta(torch.tensor([2.0, 2.0]), torch.tensor([0.5, 2.0]))
