# api: torch.Tensor.max
import torch
x = torch.tensor([[1., 9.], [8., 2.]])
m = x.max(dim=1).values.sum()
i = x.min(dim=0).indices
