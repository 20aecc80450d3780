# api: torch.nn.functional.rrelu_
import torch
import torch.nn.functional as F
x = torch.tensor([-4.0, -1.0, 0.0, 3.0])
F.rrelu_(x, lower=0.1, upper=0.3, training=False)
