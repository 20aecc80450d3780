# api: torch.Tensor.exp
import torch
x = torch.tensor([-1.0, 0.0, 1.0, 2.5])
y = x.exp()
logits = torch.tensor([[1.0, 2.0], [0.5, 0.0]])
unnorm = (logits - logits.max()).exp()
