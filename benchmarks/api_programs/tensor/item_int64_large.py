# api: torch.Tensor.item
import torch
t = torch.tensor(2 ** 40)
a = t.item()
b = (t + 1).item()
c = torch.tensor([3000000000, 1]).sum().item()
