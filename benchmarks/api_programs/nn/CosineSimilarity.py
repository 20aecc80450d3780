# api: torch.nn.CosineSimilarity
import torch
import torch.nn as nn
cos = nn.CosineSimilarity(dim=1)
y = cos(torch.tensor([[1.0, 0.0], [1.0, 1.0]]), torch.tensor([[0.0, 1.0], [2.0, 2.0]]))
