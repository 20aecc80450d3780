"""Recurrent layers (torch/nn/modules/rnn.py).

PyTorch's __init__ is (*args, **kwargs); these are the documented parameters in the order its
argument parsing takes them (RNN takes nonlinearity 4th).
"""
from ..schema import layer

ENTRIES = {
    "torch.nn.RNN": layer(
        "input_size, hidden_size, num_layers=1, nonlinearity='tanh', bias=True, batch_first=False, dropout=0.0,"
        " bidirectional=False, device=None, dtype=None", "RNN"),
    "torch.nn.LSTM": layer(
        "input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0, bidirectional=False,"
        " proj_size=0, device=None, dtype=None", "LSTM"),
    "torch.nn.GRU": layer(
        "input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0, bidirectional=False,"
        " device=None, dtype=None", "GRU"),
    "torch.nn.RNNBase": layer(
        "mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0, bidirectional=False,"
        " proj_size=0, device=None, dtype=None", "RNNBase"),
    "torch.nn.RNNCellBase": layer("input_size, hidden_size, bias, num_chunks, device=None, dtype=None", "RNNCellBase"),
    "torch.nn.RNNCell": layer("input_size, hidden_size, bias=True, nonlinearity='tanh', device=None, dtype=None",
                              "RNNCell"),
    "torch.nn.LSTMCell": layer("input_size, hidden_size, bias=True, device=None, dtype=None", "LSTMCell"),
    "torch.nn.GRUCell": layer("input_size, hidden_size, bias=True, device=None, dtype=None", "GRUCell"),
}
