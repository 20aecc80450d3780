# api: torch.outer
import torch
o = torch.outer(torch.tensor([1, 2, 3]), torch.tensor([1, 10]))
