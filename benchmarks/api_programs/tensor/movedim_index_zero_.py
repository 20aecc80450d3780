# api: torch.Tensor.movedim
import torch
x = torch.ones(2, 3)
x.movedim(0, 1)[0].zero_()
