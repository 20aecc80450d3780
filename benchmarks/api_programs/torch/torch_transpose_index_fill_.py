# api: torch.transpose
import torch
x = torch.zeros(2, 3)
torch.transpose(x, 0, 1)[0].fill_(4.)
