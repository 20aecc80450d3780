# api: torch.add
import torch
import functools
xs = [torch.ones(2), torch.arange(2.0), torch.full((2,), 5.0)]
a = functools.reduce(torch.add, xs)
b = functools.reduce(torch.mul, xs)
c = sum(xs)
