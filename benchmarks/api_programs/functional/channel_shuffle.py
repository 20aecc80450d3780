# api: torch.nn.functional.channel_shuffle
import torch
import torch.nn.functional as F
x = torch.arange(24.).reshape(1, 6, 2, 2)
shuffled = F.channel_shuffle(x, 3)
