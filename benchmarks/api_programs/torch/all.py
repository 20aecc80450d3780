# api: torch.all
import torch
a = torch.all(torch.tensor([True, False]))
b = torch.all(torch.tensor([[1, 1], [0, 1]]), dim=1)
