# api: torch.Tensor.clone
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
a = x.clone()
b = x.detach()
c = torch.zeros_like(x)
d = torch.ones_like(x, dtype=torch.long)
e = torch.empty_like(x).shape
f = torch.rand_like(x).shape
g = x.detach().clone().numpy()
h = x.data
i = a.requires_grad
j = b.requires_grad
k = x.numel()
l = x.size()
m = x.size(0)
n = x.shape[-1]
o = x.dim()
p = x.ndim
q = x.is_floating_point()
r = x.element_size()
s = x.nelement()
t = torch.numel(x)
u = x.tolist()
v = x.detach().cpu().numpy().tolist()
w = x.dtype
y = x.device.type
