# api: torch.can_cast
import torch
a = torch.can_cast(torch.int32, torch.float32)
b = torch.can_cast(torch.float32, torch.int64)
c = torch.can_cast(torch.bool, torch.uint8)
d = torch.can_cast(torch.int64, torch.bool)
e = torch.can_cast(torch.float16, torch.float64)
