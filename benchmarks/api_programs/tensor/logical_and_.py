# api: torch.Tensor.logical_and_
import torch
x = torch.tensor([True, True, False, False])
x.logical_and_(torch.tensor([True, False, True, False]))
