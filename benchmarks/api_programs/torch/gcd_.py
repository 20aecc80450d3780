# api: torch.gcd_
import torch
a = torch.tensor([12, 18, 7])
torch.gcd_(a, torch.tensor([8, 24, 3]))
