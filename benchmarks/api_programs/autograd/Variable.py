# api: torch.autograd.Variable
import torch
from torch.autograd import Variable
x = Variable(torch.tensor([1.0, 2.0, 3.0]), requires_grad=True)
y = (x * x).sum()
y.backward()
grad = x.grad
plain = Variable(torch.tensor([4.0, 5.0]))
plain_requires_grad = plain.requires_grad
