# api: torch.nn.functional.conv1d
import torch
import torch.nn.functional as F
x = torch.arange(10.).reshape(1, 2, 5)
w = torch.ones(3, 2, 2)
out = F.conv1d(x, w, None, 1, 1)
out_valid = F.conv1d(x, w, torch.tensor([1.0, 2.0, 3.0]), 2)
