# api: torch.Tensor.index_put_
import torch
x = torch.zeros(3, 3)
x.index_put_((torch.tensor([0, 2]), torch.tensor([1, 0])), torch.tensor([5.0, 6.0]))
