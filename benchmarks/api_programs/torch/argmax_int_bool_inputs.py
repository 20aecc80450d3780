# api: torch.argmax
import torch
i = torch.tensor([[3, 9, 9], [7, 1, 7]])
a = torch.argmax(i, dim=1)
b = torch.argmin(i, dim=0, keepdim=True)
flat = torch.argmax(i)
ties = torch.argmax(torch.tensor([2.0, 5.0, 5.0, 1.0]))
a_dtype = a.dtype
