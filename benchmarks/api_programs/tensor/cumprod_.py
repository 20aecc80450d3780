# api: torch.Tensor.cumprod_
import torch
x = torch.tensor([[2.0, 0.5], [3.0, 4.0]])
x.cumprod_(0)
