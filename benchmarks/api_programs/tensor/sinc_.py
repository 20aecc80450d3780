# api: torch.Tensor.sinc_
import torch
x = torch.tensor([0.0, 0.5, 1.5])
x.sinc_()
