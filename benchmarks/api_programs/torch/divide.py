# api: torch.divide
import torch
a = torch.tensor([[4.0, 9.0], [-6.0, 3.0]])
halves = torch.divide(a, 2)
ratio = torch.divide(a, torch.tensor([2.0, 4.0]))
trunc = torch.divide(torch.tensor([7, -7]), torch.tensor([2, 2]), rounding_mode="trunc")
