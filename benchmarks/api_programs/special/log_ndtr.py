# api: torch.special.log_ndtr
import torch
x = torch.tensor([-10.0, -2.0, 0.0, 1.0, 5.0])
y = torch.special.log_ndtr(x)
