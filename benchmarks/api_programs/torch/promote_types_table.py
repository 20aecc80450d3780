# api: torch.promote_types
import torch
a = torch.promote_types(torch.uint8, torch.int8)
b = torch.promote_types(torch.bool, torch.int16)
c = torch.promote_types(torch.float16, torch.int64)
d = torch.promote_types(torch.int32, torch.float64)
e = torch.promote_types(torch.bfloat16, torch.float16)
