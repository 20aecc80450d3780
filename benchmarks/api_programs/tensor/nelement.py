# api: torch.Tensor.nelement
import torch
x = torch.ones(4, 5)
n = x.nelement()
