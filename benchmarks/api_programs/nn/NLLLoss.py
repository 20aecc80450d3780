# api: torch.nn.NLLLoss
import torch
import torch.nn as nn
logp = torch.log_softmax(torch.tensor([[1.0, 2.0, 0.5], [0.0, 0.0, 1.0]]), dim=1)
loss = nn.NLLLoss(weight=torch.tensor([1.0, 2.0, 0.5]))(logp, torch.tensor([1, 2]))
