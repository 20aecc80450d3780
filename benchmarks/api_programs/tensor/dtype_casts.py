# api: torch.Tensor.long
import torch
x = torch.tensor([1.7, -2.3, 3.5])
a = x.long()
b = x.int()
c = x.to(torch.int64)
d = x.type(torch.int32)
e = x.to(dtype=torch.float64)
f = x.double().float()
g = x.bool()
h = x.half().dtype
i = torch.tensor([1, 0, 2]).float()
j = x.type(torch.LongTensor)
k = x.to(torch.tensor([1], dtype=torch.int16))
l = x.type()
m = torch.tensor([1, 2]).to(torch.uint8)
n = x.byte()
o = a.dtype == torch.long
p = x.to("cpu", torch.int64)
q = x.new_tensor([3, 4]).dtype
r = torch.tensor([True, False]).long()
s = x.short()
t = x.type_as(torch.tensor([1]))
