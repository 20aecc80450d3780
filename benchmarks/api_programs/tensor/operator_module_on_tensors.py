# api: torch.Tensor.__add__
import torch
import operator
x = torch.arange(3.0)
a = operator.add(x, 1)
b = operator.getitem(x, 1)
c = operator.neg(x)
d = operator.matmul(x, x)
