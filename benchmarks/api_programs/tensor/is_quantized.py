# api: torch.Tensor.is_quantized
import torch
x = torch.tensor([0.5, 1.5])
quantized = x.is_quantized
