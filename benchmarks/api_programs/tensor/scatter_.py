# api: torch.Tensor.scatter_
import torch
labels = torch.tensor([2, 0, 1])
one_hot = torch.zeros(3, 4)
one_hot.scatter_(1, labels.unsqueeze(1), 1.0)
t = torch.zeros(2, 3)
t.scatter_(dim=0, index=torch.tensor([[1, 0, 1]]), src=torch.tensor([[5.0, 6.0, 7.0]]))
