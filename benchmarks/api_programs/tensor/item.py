# api: torch.Tensor.item
import torch
x = torch.tensor([[3.5]])
v = x.item()
i = torch.tensor(4).item()
