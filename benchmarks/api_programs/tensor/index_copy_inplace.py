# api: torch.Tensor.index_copy_
import torch
x = torch.zeros(4, 2)
x.index_copy_(0, torch.tensor([3, 1]), torch.tensor([[1., 2.], [3., 4.]]))
