# api: torch.full
import torch
o = torch.empty(2, 2)
torch.full((2, 2), 7., out=o)
