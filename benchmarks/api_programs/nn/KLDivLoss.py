# api: torch.nn.KLDivLoss
import torch
import torch.nn as nn
loss = nn.KLDivLoss(reduction='batchmean')(torch.log(torch.tensor([[0.25, 0.75]])), torch.tensor([[0.5, 0.5]]))
