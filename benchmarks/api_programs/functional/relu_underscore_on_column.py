# api: torch.nn.functional.relu_
import torch
import torch.nn.functional as F
x = torch.tensor([[-1., 2.], [-3., -4.]])
F.relu_(x[:, 1])
