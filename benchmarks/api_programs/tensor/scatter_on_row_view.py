# api: torch.Tensor.scatter_
import torch
x = torch.zeros(2, 4)
x[0].scatter_(0, torch.tensor([1, 3]), torch.tensor([7., 8.]))
