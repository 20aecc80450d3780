# api: torch.Tensor.rot90
import torch
x = torch.arange(6).reshape(2, 3)
ccw = x.rot90()
half = x.rot90(2)
cw = x.rot90(-1, [0, 1])
