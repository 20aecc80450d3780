# api: torch.Tensor.t_
import torch
x = torch.arange(6.).reshape(2, 3)
x.t_()
