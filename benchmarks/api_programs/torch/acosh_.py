# api: torch.acosh_
import torch
x = torch.tensor([1.0, 2.0, 4.0, 10.0])
torch.acosh_(x)
