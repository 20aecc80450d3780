# api: torch.Tensor.type
import torch
names = [torch.zeros(1, dtype=d).type() for d in (torch.float16, torch.float64, torch.int8, torch.uint8, torch.int16, torch.int32, torch.bool)]
