# api: torch.Tensor.mm
import torch
a = torch.arange(6.).reshape(3, 2)
m = a.t().mm(a)
