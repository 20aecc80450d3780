# api: torch.nn.TransformerEncoder
import torch
import torch.nn as nn
layer = nn.TransformerEncoderLayer(4, 2, 8, dropout=0.0)
enc = nn.TransformerEncoder(layer, num_layers=3, norm=nn.LayerNorm(4), enable_nested_tensor=False)
n_layers = len(enc.layers)
n_params = sum(p.numel() for p in enc.parameters())
names = [n for n, _ in enc.named_parameters()][:8]
enc.eval()
out_shape = enc(torch.ones(5, 2, 4)).shape
