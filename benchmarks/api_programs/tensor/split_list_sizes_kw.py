# api: torch.Tensor.split
import torch
x = torch.arange(10)
a, b, c = x.split([2, 3, 5])
parts = x.split(split_size=4)
count = len(parts)
tail = parts[-1]
