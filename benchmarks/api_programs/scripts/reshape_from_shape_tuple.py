# api: torch.Tensor.reshape
import torch
x = torch.arange(24.0)
shape = (2, 3, 4)
y = x.reshape(shape)
y2 = x.view(shape)
new_shape = list(y.shape)
new_shape[-1] = -1
z = y.reshape(new_shape[0], -1)
s = torch.Size([4, 6])
w = x.view(s)
ws = w.shape == s
