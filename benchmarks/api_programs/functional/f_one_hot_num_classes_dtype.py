# api: torch.nn.functional.one_hot
import torch
import torch.nn.functional as F
labels = torch.tensor([[0, 2], [1, 0]])
oh = F.one_hot(labels, num_classes=4)
inferred = F.one_hot(torch.tensor([3, 1]))
dtype = oh.dtype
as_float = F.one_hot(labels, 3).float()
