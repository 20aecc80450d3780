# api: torch.square_
import torch
x = torch.tensor([-3.0, 0.5, 2.0])
torch.square_(x)
