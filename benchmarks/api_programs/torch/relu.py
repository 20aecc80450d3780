# api: torch.relu
import torch
r = torch.relu(torch.tensor([-1, 0, 3]))
