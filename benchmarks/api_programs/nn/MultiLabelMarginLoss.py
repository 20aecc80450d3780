# api: torch.nn.MultiLabelMarginLoss
import torch
import torch.nn as nn
loss = nn.MultiLabelMarginLoss()(torch.tensor([[0.1, 0.2, 0.4, 0.8]]), torch.tensor([[3, 0, -1, 1]]))
