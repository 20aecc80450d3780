# api: torch.unravel_index
import torch
coords = torch.unravel_index(torch.tensor([4, 1, 7]), (3, 4))
