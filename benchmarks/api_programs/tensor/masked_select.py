# api: torch.Tensor.masked_select
import torch
x = torch.arange(6.).view(2, 3)
picked = x.masked_select(x > 2)
