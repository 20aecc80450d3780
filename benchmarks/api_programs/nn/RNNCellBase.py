# api: torch.nn.RNNCellBase
import torch
import torch.nn as nn
cells = nn.ModuleList([nn.RNNCell(2, 2), nn.GRUCell(2, 2), nn.LSTMCell(2, 2), nn.Linear(2, 2)])
n_cells = 0
for m in cells:
    if isinstance(m, nn.RNNCellBase):
        n_cells += 1
        nn.init.constant_(m.weight_ih, 0.2)
        nn.init.constant_(m.weight_hh, -0.1)
        nn.init.zeros_(m.bias_ih)
        nn.init.zeros_(m.bias_hh)
x = torch.tensor([[1.0, 2.0]])
rnn_h = cells[0](x)
gru_h = cells[1](x)
lstm_h, lstm_c = cells[2](x)
hidden_sizes = [m.hidden_size for m in cells if isinstance(m, nn.RNNCellBase)]
