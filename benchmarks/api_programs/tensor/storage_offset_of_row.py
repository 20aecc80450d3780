# api: torch.Tensor.storage_offset
import torch
x = torch.zeros(2, 3)
off = x[1].storage_offset()
