# api: torch.Tensor.log_
import torch
x = torch.tensor([1.0, 2.718281828, 10.0])
x.log_()
