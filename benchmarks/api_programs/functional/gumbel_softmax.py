# api: torch.nn.functional.gumbel_softmax
import torch
import torch.nn.functional as F
y = F.gumbel_softmax(torch.tensor([[1.0, 2.0, 3.0]]), tau=0.5, hard=True)
results = {"shape": y.shape, "sum": y.sum()}
