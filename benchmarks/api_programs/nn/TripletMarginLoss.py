# api: torch.nn.TripletMarginLoss
import torch
import torch.nn as nn
loss = nn.TripletMarginLoss(margin=1.0)(torch.tensor([[0.0, 0.0]]), torch.tensor([[1.0, 0.0]]), torch.tensor([[0.5, 0.0]]))
