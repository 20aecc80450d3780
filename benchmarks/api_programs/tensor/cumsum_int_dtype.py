# api: torch.Tensor.cumsum
import torch
x = torch.tensor([[1, 2], [3, 4]], dtype=torch.int32)
c = x.cumsum(dim=0)
c2 = x.cumsum(-1, dtype=torch.float64)
