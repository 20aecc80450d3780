# api: torch.Tensor.acosh_
import torch
x = torch.tensor([1.0, 2.0, 5.0])
x.acosh_()
