# api: torch.nn.Module.state_dict
import torch
import torch.nn as nn
mods = [nn.ConvTranspose2d(4, 6, 3, groups=2), nn.Conv1d(4, 6, 5, groups=2), nn.LSTM(3, 5, proj_size=2),
        nn.Embedding(7, 3), nn.Bilinear(2, 3, 4), nn.PReLU(3), nn.MultiheadAttention(6, 3, kdim=2, vdim=5),
        nn.GRUCell(4, 2), nn.RNN(3, 2, num_layers=2)]
shapes = [[(k, tuple(v.shape)) for k, v in m.state_dict().items()] for m in mods]
