# api: torch.nn.functional.one_hot
import torch
import torch.nn.functional as F
t = torch.tensor([[0, 3], [2, 1]])
a = F.one_hot(t)
b = F.one_hot(t, num_classes=5)
dtype = a.dtype
