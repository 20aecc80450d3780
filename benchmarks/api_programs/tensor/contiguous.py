# api: torch.Tensor.contiguous
import torch
x = torch.arange(6, dtype=torch.float32).reshape(2, 3)
xt = x.t().contiguous()
flat = xt.view(-1)
