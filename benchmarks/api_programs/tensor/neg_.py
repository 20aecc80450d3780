# api: torch.Tensor.neg_
import torch
x = torch.tensor([1, -2, 3])
x.neg_()
