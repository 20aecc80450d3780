# api: torch.argmax
import torch
x = torch.tensor([[1.0, 5.0, 3.0], [7.0, 2.0, 9.0]])
a = torch.argmax(x, dim=-1, keepdim=True)
b = x.argmin(-2)
