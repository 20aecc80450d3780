# api: torch.tril
import torch
t = torch.tril(torch.ones(3, 3), diagonal=-1)
