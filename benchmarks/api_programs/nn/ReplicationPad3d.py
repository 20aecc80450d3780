# api: torch.nn.ReplicationPad3d
import torch
import torch.nn as nn
volume = torch.arange(8.).reshape(1, 1, 2, 2, 2)
padded = nn.ReplicationPad3d(1)(volume)
pad = nn.ReplicationPad3d((1, 0, 0, 1, 2, 0))
padded_asym = pad(volume)
