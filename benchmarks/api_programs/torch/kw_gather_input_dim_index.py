# api: torch.gather
import torch
x = torch.arange(6).reshape(2, 3)
i = torch.tensor([[2], [0]])
a = torch.gather(input=x, dim=1, index=i)
b = x.gather(dim=1, index=i)
