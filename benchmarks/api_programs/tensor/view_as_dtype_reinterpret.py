# api: torch.Tensor.view
import torch
x = torch.tensor([1.0], dtype=torch.float32)
i = x.view(torch.int32)
