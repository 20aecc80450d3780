# api: torch.less_equal
import torch
scores = torch.tensor([[0.1, 0.7], [0.5, 0.9]])
below = torch.less_equal(scores, 0.5)
pairwise = torch.less_equal(scores, torch.tensor([0.2, 0.9]))
