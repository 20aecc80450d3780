# api: torch.Tensor.tolist
import torch
x = torch.tensor([1.0, 2.0, 3.0])
s = x.sum()
x = x.tolist()
x.append(4.0)
n = len(x)
last = x[-1]
y = torch.tensor(x).view(2, 2)
y = y.shape[0]
z = y + 1
