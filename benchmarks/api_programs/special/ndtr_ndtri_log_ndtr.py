# api: torch.special.ndtr
import torch
x = torch.tensor([-40.0, -3.0, 0.0, 3.0])
a = torch.special.ndtr(x)
b = torch.special.log_ndtr(x)
c = torch.special.ndtri(torch.tensor([0.0, 0.025, 0.5, 1.0]))
