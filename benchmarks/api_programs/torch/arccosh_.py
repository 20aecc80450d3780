# api: torch.arccosh_
import torch
x = torch.tensor([1.0, 2.0])
torch.arccosh_(x)
