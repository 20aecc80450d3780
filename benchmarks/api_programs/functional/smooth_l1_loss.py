# api: torch.nn.functional.smooth_l1_loss
import torch
import torch.nn.functional as F
pred = torch.tensor([0.0, 1.5, 3.0, -2.0])
target = torch.tensor([0.2, 0.0, 3.1, 1.0])
loss = F.smooth_l1_loss(pred, target)
loss_beta = F.smooth_l1_loss(pred, target, beta=0.5, reduction='none')
loss_sum = F.smooth_l1_loss(pred, target, reduction='sum')
