# api: torch.Tensor.share_memory_
import torch
x = torch.arange(4.0)
y = x.share_memory_()
same = y is x
shared = x.is_shared()
