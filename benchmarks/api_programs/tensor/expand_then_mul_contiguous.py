# api: torch.Tensor.expand
import torch
x = torch.arange(3.).view(1, 3)
e = x.expand(2, 3).contiguous()
e = e * torch.tensor([[1.], [2.]])
