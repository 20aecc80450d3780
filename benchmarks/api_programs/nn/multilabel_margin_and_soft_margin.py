# api: torch.nn.MultiLabelMarginLoss
import torch
import torch.nn as nn
x = torch.tensor([[0.1, 0.2, 0.4, 0.8], [0.9, -0.2, 0.3, 0.0]])
y = torch.tensor([[3, 0, -1, 1], [1, 2, -1, 0]])
mlm = nn.MultiLabelMarginLoss()(x, y)
mlm_none = nn.MultiLabelMarginLoss(reduction="none")(x, y)
sm = nn.SoftMarginLoss(reduction="none")(x, torch.tensor([[1.0, -1.0, 1.0, -1.0], [-1.0, 1.0, 1.0, 1.0]]))
he = nn.HingeEmbeddingLoss(margin=0.5, reduction="sum")(x, torch.tensor([[1.0, -1.0, 1.0, -1.0], [-1.0, 1.0, 1.0, 1.0]]))
