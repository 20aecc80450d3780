# api: torch.argmin
import torch
x = torch.tensor([4, 2, 9, 2])
i = torch.argmin(x)
