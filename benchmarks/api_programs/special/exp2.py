# api: torch.special.exp2
import torch
x = torch.tensor([-1.0, 0.0, 0.5, 3.0])
p = torch.special.exp2(x)
p_int = torch.special.exp2(torch.arange(5))
