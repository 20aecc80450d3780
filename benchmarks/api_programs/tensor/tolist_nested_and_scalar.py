# api: torch.Tensor.tolist
import torch
x = torch.arange(6).reshape(2, 3)
a = x.tolist()
b = torch.tensor(3.5).tolist()
c = torch.tensor([1.5]).tolist()
