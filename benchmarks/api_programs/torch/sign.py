# api: torch.sign
import torch
s = torch.sign(torch.tensor([-2.5, 0.0, 1.0]))
