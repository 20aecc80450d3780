# api: torch.Tensor.repeat_interleave
import torch
x = torch.tensor([1, 2, 3])
a = x.repeat_interleave(2)
b = x.repeat_interleave(torch.tensor([1, 0, 2]))
c = torch.arange(4).reshape(2, 2).repeat_interleave(3, dim=-1)
