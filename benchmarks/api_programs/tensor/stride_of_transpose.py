# api: torch.Tensor.stride
import torch
x = torch.zeros(2, 3)
st = x.t().stride()
