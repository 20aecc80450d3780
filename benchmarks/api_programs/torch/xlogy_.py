# api: torch.xlogy_
import torch
p = torch.tensor([0.0, 0.25, 0.5, 1.0])
torch.xlogy_(p, torch.tensor([0.0, 0.25, 0.5, 1.0]))
q = torch.tensor([2.0, 3.0])
torch.xlogy_(q, 4.0)
