# api: torch.Tensor.index_copy_
import torch
x = torch.zeros(2, 4)
x.index_copy_(1, torch.tensor([3, 0]), torch.tensor([[1.0, 2.0], [3.0, 4.0]]))
