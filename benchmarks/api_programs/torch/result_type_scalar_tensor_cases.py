# api: torch.result_type
import torch
a = torch.result_type(torch.tensor([1], dtype=torch.int8), 300)
b = torch.result_type(torch.tensor([1], dtype=torch.uint8), -1)
c = torch.result_type(torch.tensor([True]), 1)
d = torch.result_type(torch.tensor([1.0], dtype=torch.float16), 2.0)
e = torch.result_type(torch.tensor(1.0, dtype=torch.float64), torch.tensor([1], dtype=torch.int32))
f = torch.result_type(1, 2.0)
