# api: torch.nn.NLLLoss2d
import torch
import torch.nn as nn
scores = torch.arange(24.).reshape(1, 3, 2, 4).cos().log_softmax(dim=1)
target = torch.tensor([[[0, 1, 2, 1], [2, 2, 0, 1]]])
criterion = nn.NLLLoss2d()
loss = criterion(scores, target)
