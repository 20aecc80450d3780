# api: torch.bucketize
import torch
b = torch.tensor([1, 3, 5])
v = torch.tensor([[0, 3], [5, 9]])
i = torch.bucketize(v, b, right=True)
j = torch.bucketize(v, b)
