# api: torch.Tensor.greater_
import torch
x = torch.tensor([1.0, 5.0, 3.0])
x.greater_(torch.tensor([2.0, 4.0, 3.0]))
