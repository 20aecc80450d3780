# api: torch.nn.ReplicationPad2d
import torch
import torch.nn as nn
pad = nn.ReplicationPad2d((1, 2, 0, 1))
image = torch.arange(6.).reshape(1, 1, 2, 3)
padded = pad(image)
padded_uniform = nn.ReplicationPad2d(1)(image)
