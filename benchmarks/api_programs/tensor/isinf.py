# api: torch.Tensor.isinf
import torch
x = torch.tensor([[1.0, float('inf')], [float('-inf'), float('nan')]])
mask = x.isinf()
