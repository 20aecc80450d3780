# api: torch.Tensor.masked_select
import torch
x = torch.arange(6.).reshape(2, 3)
s = x.masked_select(x > 2)
