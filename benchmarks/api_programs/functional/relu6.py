# api: torch.nn.functional.relu6
import torch
import torch.nn.functional as F
x = torch.tensor([-2.0, 0.0, 3.5, 6.0, 8.0])
y = F.relu6(x)
