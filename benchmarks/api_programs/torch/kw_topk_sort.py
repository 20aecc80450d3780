# api: torch.topk
import torch
x = torch.tensor([3.0, 1.0, 2.0, 5.0])
v, i = torch.topk(input=x, k=2, largest=False)
s = torch.sort(input=x, descending=True).values
