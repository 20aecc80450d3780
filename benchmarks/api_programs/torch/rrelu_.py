# api: torch.rrelu_
import torch
x = torch.tensor([-4.0, -1.0, 0.5, 3.0])
torch.rrelu_(x)
y = torch.tensor([[-1.0, 2.0], [-3.0, 0.0]])
torch.rrelu_(y, lower=0.2, upper=0.4)
