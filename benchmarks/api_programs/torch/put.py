# api: torch.put
import torch
x = torch.zeros(2, 3)
index = torch.tensor([0, 4, 5])
source = torch.tensor([1.0, 2.0, 3.0])
placed = torch.put(x, index, source)
accumulated = torch.put(x, torch.tensor([1, 1, 2]), source, accumulate=True)
