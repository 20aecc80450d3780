# api: torch.nn.functional.nll_loss
import torch
import torch.nn.functional as F
loss = F.nll_loss(torch.tensor([[-0.5, -1.0], [-2.0, -0.1]]), torch.tensor([0, 1]), reduction='none')
