# api: torch.nn.Module.state_dict
import torch
import torch.nn as nn
lstm_keys = list(nn.LSTM(3, 4, num_layers=2, bidirectional=True).state_dict().keys())
gru_keys = list(nn.GRU(3, 4, bias=False).state_dict().keys())
mha_keys = list(nn.MultiheadAttention(8, 2).state_dict().keys())
mha_kdim_keys = list(nn.MultiheadAttention(8, 2, kdim=4, vdim=4).state_dict().keys())
enc_keys = list(nn.TransformerEncoderLayer(8, 2, 16).state_dict().keys())
dec_keys = list(nn.TransformerDecoderLayer(8, 2, 16).state_dict().keys())
cell_keys = list(nn.LSTMCell(2, 3).state_dict().keys())
