# api: torch.nn.Unfold
import torch
import torch.nn as nn
x = torch.arange(2 * 4 * 4.).reshape(2, 4, 4)
cols = nn.Unfold((3, 2), stride=2)(x)
