# api: torch.Size.numel
import torch
x = torch.ones(2, 3)
size = x.size()
n = size.numel()
