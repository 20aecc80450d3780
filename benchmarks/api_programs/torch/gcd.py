# api: torch.gcd
import torch
a = torch.tensor([5, 10, 15, 0])
b = torch.tensor([3, 4, 5, 7])
g = torch.gcd(a, b)
g_broadcast = torch.gcd(a, torch.tensor([15]))
