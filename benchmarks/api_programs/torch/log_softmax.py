# api: torch.log_softmax
import torch
s = torch.log_softmax(torch.tensor([[1.0, 2.0], [0.0, 0.0]]), 1)
