# api: torch.t_copy
import torch
x = torch.tensor([[1, 2, 3], [4, 5, 6]])
transposed = torch.t_copy(x)
vector = torch.t_copy(torch.tensor([1.0, 2.0]))
