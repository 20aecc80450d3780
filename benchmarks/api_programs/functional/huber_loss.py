# api: torch.nn.functional.huber_loss
import torch
import torch.nn.functional as F
loss = F.huber_loss(torch.tensor([0.0, 3.0]), torch.tensor([0.5, 0.0]), delta=1.5)
