# api: torch.nn.GRU
import torch
import torch.nn as nn
gru = nn.GRU(input_size=2, hidden_size=3, num_layers=1, batch_first=True)
with torch.no_grad():
    for name, param in gru.named_parameters():
        param.copy_(torch.linspace(-0.5, 0.5, param.numel()).reshape(param.shape))
x = torch.arange(12.).reshape(2, 3, 2) / 10
output, h_n = gru(x)
h0 = torch.ones(1, 2, 3) * 0.1
output_h0, h_n_h0 = gru(x, h0)
