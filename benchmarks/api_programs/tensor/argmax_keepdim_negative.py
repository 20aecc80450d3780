# api: torch.Tensor.argmax
import torch
x = torch.tensor([[[1., 4.], [3., 2.]], [[0., 5.], [6., 1.]]])
a = x.argmax(dim=-1, keepdim=True)
flat = x.argmax()
