# api: torch.relu_
import torch
x = torch.tensor([[-1., 2.], [-3., 4.]])
torch.relu_(x[1])
