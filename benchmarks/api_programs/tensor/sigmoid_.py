# api: torch.Tensor.sigmoid_
import torch
logits = torch.tensor([[0.0, 1.0], [-1.0, 4.0]])
logits.sigmoid_()
