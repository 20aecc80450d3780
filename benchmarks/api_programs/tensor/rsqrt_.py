# api: torch.Tensor.rsqrt_
import torch
x = torch.tensor([[16.0, 9.0], [2.0, 100.0]])
x.rsqrt_()
