# api: torch.nn.AvgPool2d
import torch
import torch.nn as nn
feat = torch.arange(2 * 3 * 4 * 4, dtype=torch.float32).reshape(2, 3, 4, 4)
pooled = nn.AvgPool2d(4)(feat)
flat = pooled.view(pooled.size(0), -1)
maxed = nn.MaxPool2d(kernel_size=4)(feat)
