# api: torch.Tensor.prelu
import torch
x = torch.tensor([[-2.0, 1.0, -0.5], [3.0, -4.0, 0.0]])
shared = x.prelu(torch.tensor([0.25]))
per_channel = x.prelu(torch.tensor([0.1, 0.2, 0.3]))
