# api: torch.special.polygamma
import torch
x = torch.tensor([0.5, 1.0, 2.0, 4.5])
trigamma = torch.special.polygamma(1, x)
tetragamma = torch.special.polygamma(2, x)
digamma = torch.special.polygamma(0, x)
