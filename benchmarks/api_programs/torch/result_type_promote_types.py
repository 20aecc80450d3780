# api: torch.result_type
import torch
a = torch.result_type(torch.tensor([1, 2]), 1.0)
b = torch.promote_types(torch.int32, torch.float32)
c = torch.result_type(torch.tensor([1.0], dtype=torch.float16), torch.tensor([1], dtype=torch.int64))
d = torch.can_cast(torch.float64, torch.int32)
e = torch.get_default_dtype()
