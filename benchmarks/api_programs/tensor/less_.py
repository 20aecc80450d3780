# api: torch.Tensor.less_
import torch
x = torch.tensor([0.5, 1.5, 2.5])
x.less_(torch.tensor([1.0, 1.0, 3.0]))
