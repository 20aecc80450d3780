# api: torch.Tensor.size
import torch
x = torch.ones(4, 6)
h = x.size(0) // 2
w = x.shape[1] // 3
y = x.view(h * 2, w * 3)
z = x.reshape(-1, x.size(-1))
n = x.size()[0] * x.size()[1]
t = torch.zeros(x.size())
t_shape = t.shape
u = torch.ones(*x.shape[:1], 2)
u_shape = u.shape
