# api: torch.softmax
import torch
s = torch.softmax(torch.tensor([1.0, 2.0, 3.0]), dim=0)
