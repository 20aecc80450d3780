# api: torch.addmv
import torch
out = torch.addmv(torch.ones(2), torch.eye(2), torch.tensor([2.0, 3.0]))
