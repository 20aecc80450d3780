# api: torch.vstack
import torch
v = torch.vstack((torch.tensor([1, 2]), torch.tensor([3, 4])))
