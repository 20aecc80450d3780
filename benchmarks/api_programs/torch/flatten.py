# api: torch.flatten
import torch
f = torch.flatten(torch.zeros(2, 3, 4), start_dim=0, end_dim=1)
results = {"shape": f.shape}
