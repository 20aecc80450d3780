# api: torch.is_storage
import torch
x = torch.ones(3)
flags = [torch.is_storage(x), torch.is_storage([1, 2])]
