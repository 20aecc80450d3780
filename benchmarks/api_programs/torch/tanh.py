# api: torch.tanh
import torch
x = torch.tensor([-3.0, -0.5, 0.0, 0.5, 3.0])
squashed = torch.tanh(x)
batch = torch.tanh(torch.arange(-2.0, 2.0).reshape(2, 2))
from_ints = torch.tanh(torch.tensor([0, 1, 2]))
