# api: torch.Tensor.relu
import torch
x = torch.tensor([[-1.0, 0.5], [2.0, -3.0]])
y = x.relu()
ints = torch.tensor([-2, 0, 3]).relu()
