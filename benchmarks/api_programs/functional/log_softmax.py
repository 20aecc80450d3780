# api: torch.nn.functional.log_softmax
import torch
import torch.nn.functional as F
y = F.log_softmax(torch.tensor([[1.0, 2.0], [3.0, 3.0]]), dim=-1)
