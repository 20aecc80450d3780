# api: torch.masked_fill
import torch
scores = torch.tensor([[0.5, 1.0, 2.0], [3.0, -1.0, 0.0]])
mask = torch.tensor([[False, True, False], [True, False, True]])
filled = torch.masked_fill(scores, mask, 0.0)
neg_inf = torch.masked_fill(scores, mask, float("-inf"))
ints = torch.masked_fill(torch.tensor([1, 2, 3]), torch.tensor([True, False, True]), -1)
