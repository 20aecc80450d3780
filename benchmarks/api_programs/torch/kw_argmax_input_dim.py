# api: torch.argmax
import torch
x = torch.tensor([[1.0, 9.0], [4.0, 2.0]])
a = torch.argmax(input=x, dim=-1)
b = torch.argsort(input=x, dim=0, descending=True)
c = torch.cumprod(input=x, dim=0)
