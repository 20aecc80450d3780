# api: torch.repeat_interleave
import torch
x = torch.tensor([1, 2, 3])
r = torch.repeat_interleave(x, 2)
r2 = torch.repeat_interleave(x, torch.tensor([1, 0, 2]))
m = torch.repeat_interleave(torch.tensor([[1, 2], [3, 4]]), 2, dim=0)
