# api: torch.nn.Module.parameters
import torch
import torch.nn as nn
layers = {
    "conv_groups": nn.Conv2d(8, 16, 3, groups=4),
    "convT": nn.ConvTranspose2d(6, 4, 3, groups=2, bias=False),
    "lstm": nn.LSTM(10, 20, num_layers=2, bidirectional=True),
    "gru": nn.GRU(5, 7, bias=False),
    "mha": nn.MultiheadAttention(16, 4),
    "enc": nn.TransformerEncoderLayer(16, 4, dim_feedforward=32),
    "emb": nn.Embedding(100, 8, padding_idx=0),
    "bn": nn.BatchNorm2d(5),
    "ln": nn.LayerNorm([3, 4]),
    "prelu": nn.PReLU(6),
    "bilinear": nn.Bilinear(3, 4, 5),
    "gn": nn.GroupNorm(2, 6),
}
counts = {k: sum(p.numel() for p in m.parameters()) for k, m in layers.items()}
trainable = {k: sum(p.numel() for p in m.parameters() if p.requires_grad) for k, m in layers.items()}
n_tensors = {k: len(list(m.parameters())) for k, m in layers.items()}
