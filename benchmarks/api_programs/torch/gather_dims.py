# api: torch.gather
import torch
x = torch.arange(12).view(3, 4)
idx = torch.tensor([[0, 3], [1, 1], [2, 0]])
a = torch.gather(x, 1, idx)
b = x.gather(dim=0, index=torch.tensor([[2, 1, 0, 0]]))
c = torch.gather(x, -1, idx)
