# api: torch.log
import torch
out = torch.log(torch.tensor([1, 2, 4]))
