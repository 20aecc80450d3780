# api: torch.Tensor.is_contiguous
import torch
x = torch.zeros(2, 3)
c = x.t().is_contiguous()
c2 = x.t().contiguous().is_contiguous()
