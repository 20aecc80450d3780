# api: torch.nn.functional.softsign
import torch
import torch.nn.functional as F
x = torch.tensor([-4.0, -1.0, 0.0, 0.5, 9.0])
y = F.softsign(x)
