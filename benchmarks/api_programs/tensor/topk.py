# api: torch.Tensor.topk
import torch
x = torch.tensor([1.0, 5.0, 3.0, 4.0])
vals, idx = x.topk(2)
