# api: torch.Tensor.float
import torch
img = torch.tensor([[0, 128], [255, 64]], dtype=torch.uint8)
f = img.float() / 255
m = img.float().mean()
d = img.double().sum()
s = img.sum()
dtypes = (f.dtype, s.dtype)
