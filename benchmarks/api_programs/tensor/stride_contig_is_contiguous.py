# api: torch.Tensor.is_contiguous
import torch
x = torch.arange(6).reshape(2, 3)
a = x.is_contiguous()
b = x.t().is_contiguous()
c = x.t().contiguous().is_contiguous()
