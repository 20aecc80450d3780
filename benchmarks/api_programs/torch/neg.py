# api: torch.neg
import torch
n = torch.neg(torch.tensor([1, -2, 0]))
