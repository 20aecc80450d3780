# api: torch.Tensor.topk
import torch
x = torch.tensor([[1., 9., 3., 7.], [8., 2., 6., 4.]])
_, idx = x.topk(2, dim=1, sorted=True)
g = x.gather(1, idx)
