# api: torch.Tensor.reshape
import torch
x = torch.tensor([5.0])
a = x.reshape(())
b = x.view([])
c = a.shape
