# api: torch.is_same_size
import torch
a = torch.zeros(2, 3)
same = torch.is_same_size(a, torch.ones(2, 3))
different = torch.is_same_size(a, torch.ones(3, 2))
mixed_dtype = torch.is_same_size(a, torch.zeros(2, 3, dtype=torch.int64))
