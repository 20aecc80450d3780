# api: torch.Tensor.contiguous
import torch
x = torch.arange(24).reshape(2, 3, 4)
y = x.permute(0, 2, 1).contiguous().view(2, -1)
z = x.transpose(1, 2).reshape(-1, 3)
