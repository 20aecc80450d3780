# api: torch.Tensor.topk
import torch
x = torch.tensor([[4., 1., 7., 3.], [2., 8., 5., 6.]])
v, i = x.topk(k=2, dim=1, largest=False)
r = x.topk(3, 0 if False else -1)
vals = r.values
