# api: torch.where
import torch
x = torch.arange(-2.0, 3.0)
a = torch.where(condition=x > 0, input=x, other=torch.zeros(5))
