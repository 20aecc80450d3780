# api: torch.nn.functional.l1_loss
import torch
import torch.nn.functional as F
loss = F.l1_loss(torch.tensor([1.0, 2.0]), torch.tensor([2.0, 0.0]), reduction='sum')
