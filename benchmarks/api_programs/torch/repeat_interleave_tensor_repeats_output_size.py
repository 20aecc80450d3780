# api: torch.repeat_interleave
import torch
x = torch.tensor([[1, 2], [3, 4]])
a = torch.repeat_interleave(x, torch.tensor([1, 2]), dim=0)
b = x.repeat_interleave(2, dim=-1)
c = torch.repeat_interleave(x, 2)
d = torch.repeat_interleave(torch.tensor([2, 0, 1]))
e = x.repeat_interleave(torch.tensor([3, 1]), dim=1, output_size=4)
