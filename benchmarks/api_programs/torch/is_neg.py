# api: torch.is_neg
import torch
x = torch.tensor([1.0, -2.0])
plain = torch.is_neg(x)
after_neg = torch.is_neg(-x)
