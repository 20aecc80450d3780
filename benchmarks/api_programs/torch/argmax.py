# api: torch.argmax
import torch
x = torch.tensor([[1.0, 4.0, 2.0], [8.0, 0.0, 3.0]])
flat = torch.argmax(x)
per_row = torch.argmax(x, 1, keepdim=True)
