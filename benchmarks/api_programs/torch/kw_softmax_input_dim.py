# api: torch.softmax
import torch
x = torch.arange(6.0).reshape(2, 3)
a = torch.softmax(input=x, dim=-1)
b = torch.nn.functional.softmax(input=x, dim=0)
