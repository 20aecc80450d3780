# api: torch.Tensor.item
import torch
a = torch.tensor([7]).max().item()
ta = type(a).__name__
b = torch.tensor(2.5).item()
tb = type(b).__name__
c = torch.tensor(True).item()
tc = type(c).__name__
