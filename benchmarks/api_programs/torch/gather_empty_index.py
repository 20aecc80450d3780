# api: torch.gather
import torch
x = torch.arange(6.0).reshape(2, 3)
i = torch.zeros(2, 0, dtype=torch.long)
a = torch.gather(x, 1, i)
