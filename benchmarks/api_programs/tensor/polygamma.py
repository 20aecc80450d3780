# api: torch.Tensor.polygamma
import torch
x = torch.tensor([0.5, 1.0, 2.5])
trigamma = x.polygamma(1)
digamma = x.polygamma(0)
