# api: torch.absolute
import torch
a = torch.absolute(torch.tensor([-3, 4, 0]))
