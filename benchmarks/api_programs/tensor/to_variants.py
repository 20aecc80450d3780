# api: torch.Tensor.to
import torch
x = torch.tensor([1.6, -2.4])
y = torch.tensor([1, 2], dtype=torch.int32)
a = x.to(y.dtype)
b = x.to(y)
c = x.to(x.device)
d = y.to(torch.float64)
e = x.to(device="cpu", dtype=torch.float16)
f = x.type_as(y)
g = y.float().div(3)
h = x.cpu()
i = x.to("cpu")
j = x.to(non_blocking=True)
k = x.long().to(torch.float32) / 2
l = x.type(torch.int64)
m = y.to(dtype=torch.bool)
n = x.to(torch.device("cpu"), torch.int32)
o = x.int().tolist()
p = y.type(torch.FloatTensor)
q = x.numpy().dtype.name
