# api: torch.result_type
import torch
a = torch.tensor([1, 2], dtype=torch.int32)
b = torch.tensor([0.5], dtype=torch.float64)
rt = torch.result_type(a, b)
c = a.to(rt) + b
d = torch.result_type(a, 2.5)
