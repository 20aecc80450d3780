# api: torch.Tensor.fix_
import torch
x = torch.tensor([-2.7, -0.5, 0.5, 2.7])
x.fix_()
