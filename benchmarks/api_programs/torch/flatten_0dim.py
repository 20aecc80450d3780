# api: torch.flatten
import torch
x = torch.tensor(3.0)
a = x.flatten()
b = torch.flatten(x).shape
c = x.reshape(-1)
