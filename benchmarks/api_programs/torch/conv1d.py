# api: torch.conv1d
import torch
x = torch.arange(10.).reshape(1, 1, 10)
w = torch.tensor([[[1.0, 0.0, -1.0]]])
b = torch.tensor([0.5])
y = torch.conv1d(x, w, b, stride=2, padding=1)
