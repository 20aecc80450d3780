# api: torch.logit_
import torch
p = torch.tensor([0.2, 0.5, 0.8])
torch.logit_(p)
