# api: torch.Tensor.__iter__
import torch
x = torch.ones(3, 2)
rows = list(x)
rows[0].zero_()
