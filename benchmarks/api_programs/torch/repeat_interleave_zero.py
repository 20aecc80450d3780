# api: torch.repeat_interleave
import torch
x = torch.tensor([1, 2, 3])
a = torch.repeat_interleave(x, 0)
b = x.repeat_interleave(torch.tensor([0, 2, 0]))
