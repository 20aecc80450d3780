# api: torch.sigmoid
import torch
s = torch.sigmoid(torch.tensor([-2.0, 0.0, 2.0]))
