# api: torch.sum
import torch
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
s = torch.empty(2)
torch.sum(x, dim=0, out=s)
m = torch.empty(2)
torch.mean(x, 1, out=m)
mm = torch.empty(2, 2)
torch.matmul(x, x, out=mm)
c = torch.empty(2, 2)
torch.cumsum(x, dim=1, out=c)
