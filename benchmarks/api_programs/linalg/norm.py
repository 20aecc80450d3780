# api: torch.linalg.norm
import torch
n = torch.linalg.norm(torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
nuc = torch.linalg.norm(torch.tensor([[1.0, 0.0], [0.0, 2.0]]), ord='nuc')
