# api: torch.polygamma
import torch
x = torch.tensor([0.5, 1.0, 2.0, 4.5])
digamma = torch.polygamma(0, x)
trigamma = torch.polygamma(1, x)
tetragamma = torch.polygamma(2, x)
