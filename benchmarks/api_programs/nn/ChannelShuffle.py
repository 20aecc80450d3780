# api: torch.nn.ChannelShuffle
import torch
import torch.nn as nn
shuffle = nn.ChannelShuffle(2)
x = torch.arange(16.).reshape(1, 4, 2, 2)
y = shuffle(x)
