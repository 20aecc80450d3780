# api: torch.Tensor.scatter
import torch
x = torch.zeros(3, 5)
index = torch.tensor([[0, 1, 2], [4, 3, 2]])
src = torch.arange(1.0, 7.0).reshape(2, 3)
y = x.scatter(1, index, src)
labels = torch.tensor([2, 0, 3])
one_hot = torch.zeros(3, 4).scatter(1, labels.unsqueeze(1), 1.0)
