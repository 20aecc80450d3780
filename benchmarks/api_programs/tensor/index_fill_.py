# api: torch.Tensor.index_fill_
import torch
x = torch.arange(12, dtype=torch.float32).reshape(3, 4)
x.index_fill_(1, torch.tensor([0, 2]), -1.0)
