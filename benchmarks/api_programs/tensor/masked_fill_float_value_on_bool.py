# api: torch.Tensor.masked_fill
import torch
x = torch.tensor([True, False, True])
y = x.masked_fill(torch.tensor([True, True, False]), False)
