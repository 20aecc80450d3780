# api: torch.lcm_
import torch
a = torch.tensor([4, 6, 10])
torch.lcm_(a, torch.tensor([6, 4, 15]))
