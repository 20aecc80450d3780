# api: torch.Tensor.min
import torch
x = torch.tensor([[2, 7, 1], [5, 0, 9]])
smallest = x.min()
per_row = x.min(1, keepdim=True)
pair = x.min(torch.tensor([3, 3, 3]))
