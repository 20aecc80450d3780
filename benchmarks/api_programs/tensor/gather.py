# api: torch.Tensor.gather
import torch
x = torch.tensor([[1, 2], [3, 4]])
idx = torch.tensor([[0, 0], [1, 0]])
picked = x.gather(1, idx)
scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
labels = torch.tensor([[1], [0]])
label_scores = scores.gather(dim=1, index=labels)
col_pick = scores.gather(0, torch.tensor([[1, 0, 1]]))
