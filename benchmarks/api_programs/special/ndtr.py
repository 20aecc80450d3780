# api: torch.special.ndtr
import torch
x = torch.tensor([-3.0, -1.0, 0.0, 1.0, 3.0])
cdf = torch.special.ndtr(x)
cdf_int = torch.special.ndtr(torch.tensor([0, 2]))
