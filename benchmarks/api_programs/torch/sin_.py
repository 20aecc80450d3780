# api: torch.sin_
import torch
x = torch.tensor([0.0, 3.141592653589793 / 6, 3.141592653589793 / 2, -1.0])
torch.sin_(x)
