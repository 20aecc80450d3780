# api: torch.repeat_interleave
import torch
x = torch.tensor([1, 2, 3])
a = torch.repeat_interleave(x, 2)
b = torch.repeat_interleave(x, torch.tensor([1, 0, 2]))
c = torch.repeat_interleave(torch.tensor([[1, 2], [3, 4]]), 2, dim=0)
d = torch.repeat_interleave(torch.tensor([2, 1]))
t = torch.tile(x, (2,))
t2 = torch.tile(x, (2, 2))
