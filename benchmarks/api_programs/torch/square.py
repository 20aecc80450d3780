# api: torch.square
import torch
s = torch.square(torch.tensor([2, -3]))
