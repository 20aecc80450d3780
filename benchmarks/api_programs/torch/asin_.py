# api: torch.asin_
import torch
x = torch.tensor([0.2, -0.8, 1.0])
torch.asin_(x)
