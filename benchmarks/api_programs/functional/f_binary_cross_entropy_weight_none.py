# api: torch.nn.functional.binary_cross_entropy
import torch
import torch.nn.functional as F
p = torch.sigmoid(torch.linspace(-3, 3, 6))
t = torch.tensor([0.0, 1.0, 0.0, 1.0, 0.5, 1.0])
none = F.binary_cross_entropy(p, t, reduction="none")
weighted = F.binary_cross_entropy(p, t, weight=torch.arange(1., 7.))
