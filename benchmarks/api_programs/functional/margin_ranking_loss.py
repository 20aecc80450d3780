# api: torch.nn.functional.margin_ranking_loss
import torch
import torch.nn.functional as F
loss = F.margin_ranking_loss(torch.tensor([0.3, 0.8]), torch.tensor([0.5, 0.1]), torch.tensor([1.0, 1.0]))
