# api: torch.negative
import torch
n = torch.negative(torch.tensor([1.5, -2.0]))
