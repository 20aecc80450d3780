# api: torch.Tensor.item
import torch
i = torch.tensor([3, 4])
f = torch.tensor([0.5, 1.5])
b = torch.tensor([True, False])
a = i.sum().item()
c = f.mean().item()
d = b.any().item()
e = i[0].item()
g = int(i.max())
h = float(f.sum())
k = bool(b[0])
l = i.numel()
m = f.argmax().item()
n = round(f.std().item(), 4)
o = i.tolist()
p = b.tolist()
q = f.max().item() > 1
r = [x.item() for x in i]
s = i.sum().item() + 0.5
t = "%.2f" % f.mean()
u = f"{f.sum():.1f}"
v = f.sum().numpy()
