# api: torch.Tensor.gather
import torch
logits = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
target = torch.tensor([1, 0])
picked = logits.gather(1, target.unsqueeze(-1)).squeeze(-1)
