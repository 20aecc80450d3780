# api: torch.special.softmax
import torch
y = torch.special.softmax(torch.tensor([1.0, 2.0]), 0)
