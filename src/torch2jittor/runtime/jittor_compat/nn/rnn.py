"""torch.nn recurrent layers and cells with PyTorch's gate order and parameter names."""
from __future__ import annotations

import math

import jittor as jt
import numpy as np

from ._utils import _dropout_mask, _linear, _uniform
from .packed import PackedSequence, _packed_rows, _packed_time_major


_RNN_GATES = {"LSTM": 4, "GRU": 3, "RNN_TANH": 1, "RNN_RELU": 1}


def _rnn_cell(mode, hidden_size, x, state, params):
    """One time step of PyTorch's RNN_TANH/RNN_RELU/LSTM/GRU cells; returns (output, new state)."""
    w_ih, w_hh, b_ih, b_hh, w_hr = params
    hs = hidden_size
    if mode == "LSTM":
        h, c = state
        gates = _linear(x, w_ih, b_ih) + _linear(h, w_hh, b_hh)
        i = jt.sigmoid(gates[:, :hs])
        f = jt.sigmoid(gates[:, hs:2 * hs])
        g = jt.tanh(gates[:, 2 * hs:3 * hs])
        o = jt.sigmoid(gates[:, 3 * hs:])
        c = f * c + i * g
        h = o * jt.tanh(c)
        if w_hr is not None:
            h = _linear(h, w_hr)
        return h, (h, c)
    if mode == "GRU":
        gi = _linear(x, w_ih, b_ih)
        gh = _linear(state, w_hh, b_hh)
        r = jt.sigmoid(gi[:, :hs] + gh[:, :hs])
        z = jt.sigmoid(gi[:, hs:2 * hs] + gh[:, hs:2 * hs])
        n = jt.tanh(gi[:, 2 * hs:] + r * gh[:, 2 * hs:])
        h = (1 - z) * n + z * state
        return h, h
    y = _linear(x, w_ih, b_ih) + _linear(state, w_hh, b_hh)
    h = jt.tanh(y) if mode == "RNN_TANH" else jt.maximum(y, 0.0)
    return h, h


class RNNBase(jt.Module):
    """PyTorch's RNNBase: parameters weight_ih_l{k}[_reverse], weight_hh_..., bias_ih_..., bias_hh_...,
    weight_hr_... (LSTM projections), with PyTorch's shapes and U(-1/sqrt(hidden), 1/sqrt(hidden)) init."""

    def __init__(self, mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False, proj_size=0):
        if mode not in _RNN_GATES:
            raise ValueError(f"Unrecognized RNN mode: {mode}")
        if not 0 <= dropout <= 1:
            raise ValueError("dropout should be a number in range [0, 1]")
        if proj_size < 0 or (proj_size > 0 and mode != "LSTM"):
            raise ValueError("proj_size should be a positive integer or zero (LSTM only)")
        if proj_size >= hidden_size and proj_size > 0:
            raise ValueError("proj_size has to be smaller than hidden_size")
        self.mode, self.input_size, self.hidden_size, self.num_layers = mode, input_size, hidden_size, num_layers
        self.bias, self.batch_first, self.dropout = bias, batch_first, float(dropout)
        self.bidirectional, self.proj_size = bidirectional, proj_size
        directions = 2 if bidirectional else 1
        real_hidden = proj_size if proj_size > 0 else hidden_size
        gate = _RNN_GATES[mode] * hidden_size
        k = 1.0 / math.sqrt(hidden_size) if hidden_size > 0 else 0
        for layer in range(num_layers):
            for suffix in (["", "_reverse"] if bidirectional else [""]):
                layer_input = input_size if layer == 0 else real_hidden * directions
                setattr(self, f"weight_ih_l{layer}{suffix}", _uniform((gate, layer_input), k))
                setattr(self, f"weight_hh_l{layer}{suffix}", _uniform((gate, real_hidden), k))
                if bias:
                    setattr(self, f"bias_ih_l{layer}{suffix}", _uniform((gate,), k))
                    setattr(self, f"bias_hh_l{layer}{suffix}", _uniform((gate,), k))
                if proj_size > 0:
                    setattr(self, f"weight_hr_l{layer}{suffix}", _uniform((proj_size, hidden_size), k))

    def flatten_parameters(self):
        """cuDNN weight compaction in PyTorch; nothing to do in Jittor."""

    @property
    def _all_weights(self):
        """PyTorch's names of each layer's and direction's parameters, in order."""
        names = []
        for layer in range(self.num_layers):
            for suffix in (["", "_reverse"] if self.bidirectional else [""]):
                kinds = ["weight_ih", "weight_hh"] + (["bias_ih", "bias_hh"] if self.bias else [])
                kinds += ["weight_hr"] if self.proj_size > 0 else []
                names.append([f"{kind}_l{layer}{suffix}" for kind in kinds])
        return names

    @property
    def _flat_weights_names(self):
        return [name for names in self._all_weights for name in names]

    @property
    def _flat_weights(self):
        return [getattr(self, name) for name in self._flat_weights_names]

    @property
    def all_weights(self):
        return [[getattr(self, name) for name in names] for names in self._all_weights]

    def _params(self, layer, suffix):
        get = lambda name: getattr(self, f"{name}_l{layer}{suffix}", None)  # noqa: E731
        return get("weight_ih"), get("weight_hh"), get("bias_ih"), get("bias_hh"), get("weight_hr")

    def execute(self, input, hx=None):
        lstm = self.mode == "LSTM"
        if isinstance(input, PackedSequence):
            return self._execute_packed(input, hx)
        batched = input.ndim == 3
        if not batched:
            input = input.unsqueeze(1)
            if hx is not None:
                hx = tuple(h.unsqueeze(1) for h in hx) if lstm else hx.unsqueeze(1)
        elif self.batch_first:
            input = input.transpose(1, 0, 2)
        output, h_n, c_n = self._layers(input, hx)
        if not batched:
            output, h_n = output.squeeze(1), h_n.squeeze(1)
            c_n = c_n.squeeze(1) if lstm else None
        elif self.batch_first:
            output = output.transpose(1, 0, 2)
        return (output, (h_n, c_n)) if lstm else (output, h_n)

    def _execute_packed(self, input, hx):
        """PyTorch's packed path: each sequence runs over its own steps only (its state is frozen past its
        end, the reverse direction starts at its last step); the output is packed as the input, the final
        states are in the batch's original order (hx is given in it too)."""
        lstm = self.mode == "LSTM"
        padded, batch_sizes = _packed_time_major(input)
        if hx is not None and input.sorted_indices is not None:
            order = input.sorted_indices
            hx = tuple(h[:, order] for h in hx) if lstm else hx[:, order]
        output, h_n, c_n = self._layers(padded, hx, batch_sizes)
        output = PackedSequence(_packed_rows(batch_sizes, output), input.batch_sizes, input.sorted_indices,
                                input.unsorted_indices)
        if input.unsorted_indices is not None:
            h_n = h_n[:, input.unsorted_indices]
            c_n = c_n[:, input.unsorted_indices] if lstm else None
        return (output, (h_n, c_n)) if lstm else (output, h_n)

    def _layers(self, input, hx, batch_sizes=None):
        """The stacked layers over a (steps, batch, features) input; `batch_sizes` (packed input) says how
        many sequences, longest first, are still running at each step. Returns output, h_n, c_n."""
        lstm = self.mode == "LSTM"
        steps, batch = input.shape[0], input.shape[1]
        directions = 2 if self.bidirectional else 1
        real_hidden = self.proj_size if self.proj_size > 0 else self.hidden_size
        if hx is None:
            h0 = jt.zeros((self.num_layers * directions, batch, real_hidden), input.dtype)
            c0 = jt.zeros((self.num_layers * directions, batch, self.hidden_size), input.dtype)
        elif lstm:
            h0, c0 = hx
        else:
            h0, c0 = hx, None
        live = None
        if batch_sizes is not None:
            live = [jt.array((np.arange(batch) < n).astype(np.float32)).reshape((batch, 1)) for n in batch_sizes]
        layer_input = input
        h_n, c_n = [], []
        for layer in range(self.num_layers):
            outs = []
            for direction in range(directions):
                params = self._params(layer, "_reverse" if direction else "")
                index = layer * directions + direction
                state = (h0[index], c0[index]) if lstm else h0[index]
                seq = [None] * steps
                for t in (range(steps - 1, -1, -1) if direction else range(steps)):
                    seq[t], new_state = _rnn_cell(self.mode, self.hidden_size, layer_input[t], state, params)
                    state = new_state if live is None else _keep_finished(live[t], new_state, state)
                outs.append(jt.stack(seq, 0))
                if lstm:
                    h_n.append(state[0])
                    c_n.append(state[1])
                else:
                    h_n.append(state)
            layer_output = outs[0] if directions == 1 else jt.concat(outs, 2)
            if self.dropout > 0 and self.is_training() and layer < self.num_layers - 1:
                layer_output = layer_output * _dropout_mask(layer_output.shape, self.dropout) / (1 - self.dropout)
            layer_input = layer_output
        return layer_input, jt.stack(h_n, 0), (jt.stack(c_n, 0) if lstm else None)


def _keep_finished(live, new, old):
    """The new state for the running sequences (live is 1), the old one for those already finished."""
    if isinstance(new, tuple):
        return tuple(_keep_finished(live, n, o) for n, o in zip(new, old))
    return live * new + (1 - live) * old


class RNN(RNNBase):
    def __init__(self, input_size, hidden_size, num_layers=1, nonlinearity="tanh", bias=True, batch_first=False,
                 dropout=0.0, bidirectional=False):
        modes = {"tanh": "RNN_TANH", "relu": "RNN_RELU"}
        if nonlinearity not in modes:
            raise ValueError(f"Unknown nonlinearity '{nonlinearity}'. Select from 'tanh' or 'relu'.")
        super().__init__(modes[nonlinearity], input_size, hidden_size, num_layers, bias, batch_first, dropout,
                         bidirectional)
        self.nonlinearity = nonlinearity


class LSTM(RNNBase):
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False, proj_size=0):
        super().__init__("LSTM", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional,
                         proj_size)


class GRU(RNNBase):
    def __init__(self, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0,
                 bidirectional=False):
        super().__init__("GRU", input_size, hidden_size, num_layers, bias, batch_first, dropout, bidirectional)


class RNNCellBase(jt.Module):
    """PyTorch's RNNCellBase: weight_ih (num_chunks*hidden, input), weight_hh, bias_ih, bias_hh."""

    def __init__(self, input_size, hidden_size, bias, num_chunks):
        self.input_size, self.hidden_size, self.bias = input_size, hidden_size, bias
        k = 1.0 / math.sqrt(hidden_size) if hidden_size > 0 else 0
        gate = num_chunks * hidden_size
        self.weight_ih = _uniform((gate, input_size), k)
        self.weight_hh = _uniform((gate, hidden_size), k)
        self.bias_ih = _uniform((gate,), k) if bias else None
        self.bias_hh = _uniform((gate,), k) if bias else None

    def _step(self, mode, input, hx):
        batched = input.ndim == 2
        if not batched:
            input = input.unsqueeze(0)
        lstm = mode == "LSTM"
        if hx is None:
            zeros = jt.zeros((input.shape[0], self.hidden_size), input.dtype)
            hx = (zeros, zeros) if lstm else zeros
        elif not batched:
            hx = tuple(h.unsqueeze(0) for h in hx) if lstm else hx.unsqueeze(0)
        params = (self.weight_ih, self.weight_hh, self.bias_ih, self.bias_hh, None)
        _, state = _rnn_cell(mode, self.hidden_size, input, hx, params)
        if not batched:
            state = tuple(s.squeeze(0) for s in state) if lstm else state.squeeze(0)
        return state


class RNNCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True, nonlinearity="tanh"):
        if nonlinearity not in ("tanh", "relu"):
            raise ValueError(f"Unknown nonlinearity: {nonlinearity}")
        super().__init__(input_size, hidden_size, bias, 1)
        self.nonlinearity = nonlinearity

    def execute(self, input, hx=None):
        return self._step("RNN_TANH" if self.nonlinearity == "tanh" else "RNN_RELU", input, hx)


class LSTMCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True):
        super().__init__(input_size, hidden_size, bias, 4)

    def execute(self, input, hx=None):
        return self._step("LSTM", input, hx)


class GRUCell(RNNCellBase):
    def __init__(self, input_size, hidden_size, bias=True):
        super().__init__(input_size, hidden_size, bias, 3)

    def execute(self, input, hx=None):
        return self._step("GRU", input, hx)
