# api: torch.nn.functional.mse_loss
import torch
import torch.nn.functional as F
loss = F.mse_loss(torch.tensor([1.0, 2.0, 3.0]), torch.tensor([1.0, 1.0, 1.0]))
