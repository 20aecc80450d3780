# api: torch.floor_divide
import torch
q = torch.floor_divide(torch.tensor([7, -7]), 2)
