"""torch.nn.MultiheadAttention and the transformer layers, with PyTorch's masks and parameter names."""
from __future__ import annotations

import math

import jittor as jt
from jittor import nn as jnn
import numpy as np

from .._common import int_prod
from ..functional.vision import pad as _pad
from ._utils import _dropout_mask, _linear, _softmax, _uniform
from .activation import GELU
from .normalization import LayerNorm


def _xavier_uniform(shape):
    fan_in = shape[1] * int_prod(shape[2:])
    fan_out = shape[0] * int_prod(shape[2:])
    return _uniform(shape, math.sqrt(6.0 / (fan_in + fan_out)))


def _xavier_normal(shape):
    fan_in = shape[1] * int_prod(shape[2:])
    fan_out = shape[0] * int_prod(shape[2:])
    return jt.randn(list(shape), "float32") * math.sqrt(2.0 / (fan_in + fan_out))


def _float_mask(mask):
    """PyTorch's _canonical_mask: a bool mask (True = masked) becomes an additive -inf/0 float mask."""
    if mask is None:
        return None
    if str(mask.dtype) == "bool":
        return jt.ternary(mask, jt.full(mask.shape, -float("inf"), "float32"), jt.zeros(mask.shape, "float32"))
    return mask


def _causal_mask(size, other=None):
    rows = jt.index((size, other or size), 0)
    cols = jt.index((size, other or size), 1)
    return jt.ternary(cols > rows, jt.full((size, other or size), -float("inf"), "float32"),
                      jt.zeros((size, other or size), "float32"))


def _pad_last(mask):
    return None if mask is None else _pad(mask, [0, 1])


class MultiheadAttention(jt.Module):
    def __init__(self, embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False,
                 kdim=None, vdim=None, batch_first=False):
        if embed_dim <= 0 or num_heads <= 0:
            raise ValueError(f"embed_dim and num_heads must be greater than 0, got embed_dim={embed_dim} and "
                             f"num_heads={num_heads} instead")
        self.embed_dim, self.num_heads, self.dropout, self.batch_first = embed_dim, num_heads, dropout, batch_first
        self.kdim = kdim if kdim is not None else embed_dim
        self.vdim = vdim if vdim is not None else embed_dim
        self._qkv_same_embed_dim = self.kdim == embed_dim and self.vdim == embed_dim
        self.head_dim = embed_dim // num_heads
        if self.head_dim * num_heads != embed_dim:
            raise ValueError("embed_dim must be divisible by num_heads")
        if self._qkv_same_embed_dim:
            self.in_proj_weight = _xavier_uniform((3 * embed_dim, embed_dim))
            self.q_proj_weight = self.k_proj_weight = self.v_proj_weight = None
        else:
            self.q_proj_weight = _xavier_uniform((embed_dim, embed_dim))
            self.k_proj_weight = _xavier_uniform((embed_dim, self.kdim))
            self.v_proj_weight = _xavier_uniform((embed_dim, self.vdim))
            self.in_proj_weight = None
        self.in_proj_bias = jt.zeros((3 * embed_dim,), "float32") if bias else None
        self.out_proj = jnn.Linear(embed_dim, embed_dim, bias=bias)
        if bias:
            self.out_proj.bias = jt.zeros((embed_dim,), "float32")
        if add_bias_kv:
            self.bias_k = _xavier_normal((1, 1, embed_dim))
            self.bias_v = _xavier_normal((1, 1, embed_dim))
        else:
            self.bias_k = self.bias_v = None
        self.add_zero_attn = add_zero_attn

    def execute(self, query, key, value, key_padding_mask=None, need_weights=True, attn_mask=None,
                average_attn_weights=True, is_causal=False):
        batched = query.ndim == 3
        if self.batch_first and batched:
            query, key, value = (t.transpose(1, 0, 2) for t in (query, key, value))
        if not batched:
            query, key, value = query.unsqueeze(1), key.unsqueeze(1), value.unsqueeze(1)
            if key_padding_mask is not None:
                key_padding_mask = key_padding_mask.unsqueeze(0)
        tgt_len, bsz, embed = query.shape
        heads, head_dim = self.num_heads, self.head_dim
        key_padding_mask = _float_mask(key_padding_mask)
        if is_causal and attn_mask is None:
            raise RuntimeError("Need attn_mask if specifying the is_causal hint. You may use the Transformer module "
                               "method `generate_square_subsequent_mask` to create this mask.")
        use_causal = bool(is_causal) and key_padding_mask is None and not need_weights
        attn_mask = None if use_causal else _float_mask(attn_mask)
        # in-projection
        e = self.embed_dim
        b = self.in_proj_bias
        bq, bk, bv = (None, None, None) if b is None else (b[:e], b[e:2 * e], b[2 * e:])
        if self._qkv_same_embed_dim:
            w = self.in_proj_weight
            wq, wk, wv = w[:e], w[e:2 * e], w[2 * e:]
        else:
            wq, wk, wv = self.q_proj_weight, self.k_proj_weight, self.v_proj_weight
        q, k, v = _linear(query, wq, bq), _linear(key, wk, bk), _linear(value, wv, bv)
        if attn_mask is not None and attn_mask.ndim == 2:
            attn_mask = attn_mask.unsqueeze(0)
        if self.bias_k is not None and self.bias_v is not None:
            k = jt.concat([k, self.bias_k.broadcast((1, bsz, e))], 0)
            v = jt.concat([v, self.bias_v.broadcast((1, bsz, e))], 0)
            attn_mask, key_padding_mask = _pad_last(attn_mask), _pad_last(key_padding_mask)
        # (L, N, E) -> (N*heads, L, head_dim)
        q = q.reshape([tgt_len, bsz * heads, head_dim]).transpose(1, 0, 2)
        k = k.reshape([k.shape[0], bsz * heads, head_dim]).transpose(1, 0, 2)
        v = v.reshape([v.shape[0], bsz * heads, head_dim]).transpose(1, 0, 2)
        if self.add_zero_attn:
            k = jt.concat([k, jt.zeros((bsz * heads, 1, head_dim), k.dtype)], 1)
            v = jt.concat([v, jt.zeros((bsz * heads, 1, head_dim), v.dtype)], 1)
            attn_mask, key_padding_mask = _pad_last(attn_mask), _pad_last(key_padding_mask)
        src_len = k.shape[1]
        if key_padding_mask is not None:
            kpm = key_padding_mask.reshape([bsz, 1, 1, src_len]).broadcast((bsz, heads, 1, src_len))
            kpm = kpm.reshape([bsz * heads, 1, src_len])
            attn_mask = kpm if attn_mask is None else attn_mask + kpm
        if use_causal:
            attn_mask = _causal_mask(tgt_len, src_len).unsqueeze(0)
        scores = jt.matmul(q * math.sqrt(1.0 / float(head_dim)), k.transpose(0, 2, 1))
        if attn_mask is not None:
            scores = scores + attn_mask
        weights = _softmax(scores, -1)
        if self.dropout > 0.0 and self.is_training():
            weights = weights * _dropout_mask(weights.shape, self.dropout) / (1 - self.dropout)
        out = jt.matmul(weights, v)  # (N*heads, L, head_dim)
        out = out.transpose(1, 0, 2).reshape([tgt_len * bsz, e])
        out = self.out_proj(out).reshape([tgt_len, bsz, e])
        if not batched:
            out = out.squeeze(1)
        elif self.batch_first:
            out = out.transpose(1, 0, 2)
        if not need_weights:
            return out, None
        weights = weights.reshape([bsz, heads, tgt_len, src_len])
        if average_attn_weights:
            weights = weights.mean(1)
        if not batched:
            weights = weights.squeeze(0)
        return out, weights


def _activation(activation):
    if isinstance(activation, str):
        if activation == "relu":
            return _relu
        if activation == "gelu":
            return _gelu
        raise RuntimeError(f"activation should be relu/gelu, not {activation}")
    return activation


def _relu(x):
    return jt.maximum(x, 0.0)


def _gelu(x):
    return 0.5 * x * (1.0 + jt.erf(x * 0.7071067811865476))


def _is_relu_or_gelu(activation):
    if activation in (_relu, _gelu, jnn.relu, jnn.gelu):
        return True
    name = getattr(type(activation), "__name__", "")
    return isinstance(activation, (GELU, jnn.ReLU)) or name in ("ReLU", "GELU") or \
        getattr(activation, "__name__", "") in ("relu", "gelu")


class TransformerEncoderLayer(jt.Module):
    def __init__(self, d_model, nhead, dim_feedforward=2048, dropout=0.1, activation="relu", layer_norm_eps=1e-05,
                 batch_first=False, norm_first=False, bias=True):
        self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout, bias=bias, batch_first=batch_first)
        self.linear1 = jnn.Linear(d_model, dim_feedforward, bias=bias)
        self.dropout = jnn.Dropout(dropout)
        self.linear2 = jnn.Linear(dim_feedforward, d_model, bias=bias)
        self.norm_first = norm_first
        self.norm1 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias)
        self.norm2 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias)
        self.dropout1 = jnn.Dropout(dropout)
        self.dropout2 = jnn.Dropout(dropout)
        self.activation = _activation(activation)
        self.activation_relu_or_gelu = _is_relu_or_gelu(self.activation)

    def _sa_block(self, x, attn_mask, key_padding_mask, is_causal=False):
        x = self.self_attn(x, x, x, attn_mask=attn_mask, key_padding_mask=key_padding_mask, need_weights=False,
                           is_causal=is_causal)[0]
        return self.dropout1(x)

    def _ff_block(self, x):
        return self.dropout2(self.linear2(self.dropout(self.activation(self.linear1(x)))))

    def execute(self, src, src_mask=None, src_key_padding_mask=None, is_causal=False):
        x = src
        if self.norm_first:
            x = x + self._sa_block(self.norm1(x), src_mask, src_key_padding_mask, is_causal)
            x = x + self._ff_block(self.norm2(x))
        else:
            x = self.norm1(x + self._sa_block(x, src_mask, src_key_padding_mask, is_causal))
            x = self.norm2(x + self._ff_block(x))
        return x


class TransformerDecoderLayer(jt.Module):
    def __init__(self, d_model, nhead, dim_feedforward=2048, dropout=0.1, activation="relu", layer_norm_eps=1e-05,
                 batch_first=False, norm_first=False, bias=True):
        self.self_attn = MultiheadAttention(d_model, nhead, dropout=dropout, batch_first=batch_first, bias=bias)
        self.multihead_attn = MultiheadAttention(d_model, nhead, dropout=dropout, batch_first=batch_first, bias=bias)
        self.linear1 = jnn.Linear(d_model, dim_feedforward, bias=bias)
        self.dropout = jnn.Dropout(dropout)
        self.linear2 = jnn.Linear(dim_feedforward, d_model, bias=bias)
        self.norm_first = norm_first
        self.norm1 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias)
        self.norm2 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias)
        self.norm3 = LayerNorm(d_model, eps=layer_norm_eps, bias=bias)
        self.dropout1 = jnn.Dropout(dropout)
        self.dropout2 = jnn.Dropout(dropout)
        self.dropout3 = jnn.Dropout(dropout)
        self.activation = _activation(activation)

    def _sa_block(self, x, attn_mask, key_padding_mask, is_causal=False):
        x = self.self_attn(x, x, x, attn_mask=attn_mask, key_padding_mask=key_padding_mask, is_causal=is_causal,
                           need_weights=False)[0]
        return self.dropout1(x)

    def _mha_block(self, x, mem, attn_mask, key_padding_mask, is_causal=False):
        x = self.multihead_attn(x, mem, mem, attn_mask=attn_mask, key_padding_mask=key_padding_mask,
                                is_causal=is_causal, need_weights=False)[0]
        return self.dropout2(x)

    def _ff_block(self, x):
        return self.dropout3(self.linear2(self.dropout(self.activation(self.linear1(x)))))

    def execute(self, tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None,
                memory_key_padding_mask=None, tgt_is_causal=False, memory_is_causal=False):
        x = tgt
        if self.norm_first:
            x = x + self._sa_block(self.norm1(x), tgt_mask, tgt_key_padding_mask, tgt_is_causal)
            x = x + self._mha_block(self.norm2(x), memory, memory_mask, memory_key_padding_mask, memory_is_causal)
            x = x + self._ff_block(self.norm3(x))
        else:
            x = self.norm1(x + self._sa_block(x, tgt_mask, tgt_key_padding_mask, tgt_is_causal))
            x = self.norm2(x + self._mha_block(x, memory, memory_mask, memory_key_padding_mask, memory_is_causal))
            x = self.norm3(x + self._ff_block(x))
        return x


def _clones(module, n):
    import copy

    return jnn.ModuleList([copy.deepcopy(module) for _ in range(n)])


def _detect_causal(mask, is_causal, size):
    if is_causal is not None or mask is None:
        return bool(is_causal)
    if list(mask.shape) != [size, size]:
        return False
    return bool((_float_mask(mask).numpy() == _causal_mask(size).numpy()).all())


class TransformerEncoder(jt.Module):
    def __init__(self, encoder_layer, num_layers, norm=None, enable_nested_tensor=True, mask_check=True):
        self.layers = _clones(encoder_layer, num_layers)
        self.num_layers, self.norm = num_layers, norm
        self.enable_nested_tensor = enable_nested_tensor
        layer = encoder_layer
        self.use_nested_tensor = bool(
            enable_nested_tensor and isinstance(layer, TransformerEncoderLayer) and not layer.norm_first
            and layer.self_attn.batch_first and layer.self_attn._qkv_same_embed_dim
            and layer.self_attn.in_proj_bias is not None and layer.activation_relu_or_gelu
            and layer.norm1.eps == layer.norm2.eps and layer.self_attn.num_heads % 2 == 0)
        self.mask_check = mask_check

    def _pads_zeroed(self, src, mask, src_key_padding_mask):
        """Whether PyTorch takes its nested-tensor path, whose output is 0 at padded positions."""
        first = self.layers[0]
        if not self.use_nested_tensor or first.is_training() or src.ndim != 3 or src_key_padding_mask is None:
            return False
        if mask is not None:
            return False
        pad = np.asarray(src_key_padding_mask.numpy()).astype(bool)
        if str(src_key_padding_mask.dtype) != "bool":
            pad = pad != 0
        if self.mask_check:  # padding must sit at the end of every sequence
            valid = ~pad
            if (valid[:, 1:] & ~valid[:, :-1]).any():
                return False
        # PyTorch also needs autograd off (torch.no_grad, which converts to jt.no_grad) or frozen weights;
        # Jittor's eval() stops every gradient, so only the no_grad scope can be told apart here.
        return bool(jt.flags.no_grad)

    def execute(self, src, mask=None, src_key_padding_mask=None, is_causal=None):
        zero_pads = self._pads_zeroed(src, mask, src_key_padding_mask)
        batch_first = self.layers[0].self_attn.batch_first
        seq_len = src.shape[1 if batch_first else 0] if src.ndim == 3 else src.shape[0]
        is_causal = _detect_causal(mask, is_causal, seq_len)
        output = src
        for layer in self.layers:
            output = layer(output, src_mask=mask, is_causal=is_causal, src_key_padding_mask=src_key_padding_mask)
        if zero_pads:
            keep = (_float_mask(src_key_padding_mask) == 0).float32().unsqueeze(-1)
            output = output * keep
        if self.norm is not None:
            output = self.norm(output)
        return output


class TransformerDecoder(jt.Module):
    def __init__(self, decoder_layer, num_layers, norm=None):
        self.layers = _clones(decoder_layer, num_layers)
        self.num_layers, self.norm = num_layers, norm

    def execute(self, tgt, memory, tgt_mask=None, memory_mask=None, tgt_key_padding_mask=None,
                memory_key_padding_mask=None, tgt_is_causal=None, memory_is_causal=False):
        batch_first = self.layers[0].self_attn.batch_first
        seq_len = tgt.shape[1 if batch_first else 0] if tgt.ndim == 3 else tgt.shape[0]
        tgt_is_causal = _detect_causal(tgt_mask, tgt_is_causal, seq_len)
        output = tgt
        for layer in self.layers:
            output = layer(output, memory, tgt_mask=tgt_mask, memory_mask=memory_mask,
                           tgt_key_padding_mask=tgt_key_padding_mask, memory_key_padding_mask=memory_key_padding_mask,
                           tgt_is_causal=tgt_is_causal, memory_is_causal=memory_is_causal)
        if self.norm is not None:
            output = self.norm(output)
        return output


class Transformer(jt.Module):
    def __init__(self, d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6, dim_feedforward=2048,
                 dropout=0.1, activation="relu", custom_encoder=None, custom_decoder=None, layer_norm_eps=1e-05,
                 batch_first=False, norm_first=False, bias=True):
        if custom_encoder is not None:
            self.encoder = custom_encoder
        else:
            layer = TransformerEncoderLayer(d_model, nhead, dim_feedforward, dropout, activation, layer_norm_eps,
                                            batch_first, norm_first, bias)
            self.encoder = TransformerEncoder(layer, num_encoder_layers, LayerNorm(d_model, eps=layer_norm_eps,
                                                                                   bias=bias))
        if custom_decoder is not None:
            self.decoder = custom_decoder
        else:
            layer = TransformerDecoderLayer(d_model, nhead, dim_feedforward, dropout, activation, layer_norm_eps,
                                            batch_first, norm_first, bias)
            self.decoder = TransformerDecoder(layer, num_decoder_layers, LayerNorm(d_model, eps=layer_norm_eps,
                                                                                   bias=bias))
        for p in self.parameters():  # PyTorch re-initialises every matrix with xavier_uniform_
            if p.ndim > 1:
                p.update(_xavier_uniform(tuple(p.shape)))
        self.d_model, self.nhead, self.batch_first = d_model, nhead, batch_first

    def execute(self, src, tgt, src_mask=None, tgt_mask=None, memory_mask=None, src_key_padding_mask=None,
                tgt_key_padding_mask=None, memory_key_padding_mask=None, src_is_causal=None, tgt_is_causal=None,
                memory_is_causal=False):
        memory = self.encoder(src, mask=src_mask, src_key_padding_mask=src_key_padding_mask, is_causal=src_is_causal)
        return self.decoder(tgt, memory, tgt_mask=tgt_mask, memory_mask=memory_mask,
                            tgt_key_padding_mask=tgt_key_padding_mask,
                            memory_key_padding_mask=memory_key_padding_mask, tgt_is_causal=tgt_is_causal,
                            memory_is_causal=memory_is_causal)

    @staticmethod
    def generate_square_subsequent_mask(sz, device=None, dtype=None):
        """A float mask with -inf above the diagonal and 0 elsewhere."""
        mask = _causal_mask(sz)
        return mask if dtype is None else mask.astype(dtype)
