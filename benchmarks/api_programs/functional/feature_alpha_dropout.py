# api: torch.nn.functional.feature_alpha_dropout
import torch
import torch.nn.functional as F
y = F.feature_alpha_dropout(torch.ones(2, 3), 0.2, training=False)
