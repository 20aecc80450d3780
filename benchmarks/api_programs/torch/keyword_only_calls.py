# api: torch.sum
import torch
x = torch.arange(12.).view(3, 4)
a = torch.sum(input=x, dim=0)
b = torch.mean(input=x, dim=1, keepdim=True)
c = torch.max(input=x, dim=1).values
d = torch.clamp(input=x, min=2.0, max=8.0)
e = torch.cat(tensors=[x, x], dim=0)
f = torch.transpose(input=x, dim0=0, dim1=1)
g = torch.reshape(input=x, shape=(4, 3))
h = torch.index_select(input=x, dim=0, index=torch.tensor([2]))
i = torch.gather(input=x, dim=1, index=torch.tensor([[0], [1], [2]]))
j = torch.where(condition=x > 5, input=x, other=torch.zeros_like(x))
k = torch.matmul(input=x, other=x.t())
l = torch.softmax(input=x, dim=0)
m = torch.topk(input=x, k=2, dim=1).indices
n = torch.argmax(input=x, dim=0)
o = torch.pow(x, exponent=2)
p = torch.add(input=x, other=1.0, alpha=2)
