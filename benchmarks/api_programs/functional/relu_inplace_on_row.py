# api: torch.nn.functional.relu
import torch
import torch.nn.functional as F
x = torch.tensor([[-1., 2.], [-3., 4.]])
F.relu(x[0], inplace=True)
