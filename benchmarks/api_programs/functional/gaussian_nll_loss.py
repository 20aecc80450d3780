# api: torch.nn.functional.gaussian_nll_loss
import torch
import torch.nn.functional as F
mean = torch.tensor([[1.0, 2.0], [0.5, -1.0]])
target = torch.tensor([[1.5, 1.0], [0.0, -1.0]])
var = torch.tensor([[0.5, 1.0], [2.0, 0.25]])
loss = F.gaussian_nll_loss(mean, target, var)
loss_full = F.gaussian_nll_loss(mean, target, var, full=True, reduction='sum')
