# api: torch.std
import torch
x = torch.tensor([1.0, 2.0, 3.0, 4.0, 10.0])
sample_std = torch.std(x)
m = torch.tensor([[1.0, 2.0, 3.0], [4.0, 8.0, 12.0]])
row_std = torch.std(m, dim=1, keepdim=True)
population = torch.std(m, dim=0, correction=0)
biased = torch.std(x, unbiased=False)
