# api: torch.Tensor.i0_
import torch
x = torch.tensor([[0.25, 1.5], [4.0, -1.0]])
x.i0_()
