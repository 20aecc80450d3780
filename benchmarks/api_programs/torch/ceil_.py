# api: torch.ceil_
import torch
x = torch.tensor([[-0.6, 0.4], [1.1, 2.0]])
torch.ceil_(x)
