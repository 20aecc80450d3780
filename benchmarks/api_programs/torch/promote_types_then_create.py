# api: torch.promote_types
import torch
dt = torch.promote_types(torch.int8, torch.uint8)
x = torch.zeros(2, dtype=dt)
dt2 = torch.promote_types(torch.float16, torch.float32)
y = torch.ones(2, dtype=dt2)
