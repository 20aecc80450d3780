# api: torch.eye
import torch
o = torch.empty(3, 3)
torch.eye(3, out=o)
