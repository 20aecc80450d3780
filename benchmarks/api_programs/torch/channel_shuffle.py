# api: torch.channel_shuffle
import torch
x = torch.arange(16.).reshape(1, 4, 2, 2)
shuffled = torch.channel_shuffle(x, 2)
seq = torch.arange(12.).reshape(2, 6, 1)
shuffled3 = torch.channel_shuffle(seq, 3)
