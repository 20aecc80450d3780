# api: torch.tensor
import torch
a = torch.tensor([1, 2, 3], dtype=torch.float32)
b = torch.tensor([1.5, 2.5], dtype=torch.int64)
c = torch.tensor([[1, 2]], device="cpu")
d = torch.tensor(3, dtype=torch.float64)
e = torch.tensor([True, False])
f = torch.tensor([1, 2], dtype=torch.long, device=torch.device("cpu"), requires_grad=False)
g = torch.as_tensor([1, 2, 3], dtype=torch.float32)
h = torch.FloatTensor([1, 2])
i = torch.LongTensor([3.0])
j = torch.tensor([])
k = torch.tensor([[1.0], [2.0]]).device.type
l = torch.eye(3, dtype=torch.int64)
m = torch.empty(0, 3).shape
n = torch.tensor(range(4))
o = torch.from_numpy(__import__("numpy").arange(3))
p = torch.tensor([1, 2.5]).dtype
q = torch.tensor(2 ** 33).dtype
r = torch.tensor([1, 2]).to(device="cpu")
s = torch.BoolTensor([1, 0])
t = torch.tensor(0.5).dtype
u = torch.IntTensor(2).shape
