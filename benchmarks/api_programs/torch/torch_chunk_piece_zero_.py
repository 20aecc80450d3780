# api: torch.chunk
import torch
x = torch.ones(4)
torch.chunk(x, 2)[0].zero_()
