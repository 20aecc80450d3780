# api: torch.Tensor.__getitem__
import torch
x = torch.arange(20).view(4, 5)
a = x[torch.tensor([0, 2])]
b = x[:, torch.tensor([1, 3])]
c = x[x > 10]
d = x[torch.tensor([True, False, True, False])]
e = x[[0, 1], [2, 3]]
f = x[..., 1]
g = x[None]
h = x[1:, ::2]
i = x[-1]
j = x[torch.tensor([[0], [3]]), torch.tensor([[1, 2]])]
k = x[1, 2]
l = x[torch.arange(4), torch.tensor([0, 1, 2, 3])]
m = x[:, -2:]
n = x[2][3].item()
