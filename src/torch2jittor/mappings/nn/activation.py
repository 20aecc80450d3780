"""Activations (torch/nn/modules/activation.py) and their torch.nn.functional namesakes.

Jittor's activations are never in place: `inplace` only saved memory in PyTorch. The helper
classes accept it and ignore it; the Jittor ones have no such argument, so it is deleted.
"""
from ..schema import entry, function, layer

ENTRIES = {
    # Keyed as the seed's tutorial keys it (its example of `delete`).
    "ReLU": entry("inplace=False", "nn", "ReLU", "", delete=["inplace"]),
    "torch.nn.ReLU6": entry("inplace=False", "nn", "ReLU6", "", delete=["inplace"]),
    "torch.nn.LeakyReLU": entry(
        "negative_slope=0.01, inplace=False", "nn", "LeakyReLU", "scale=0.01",
        links={"negative_slope": "scale"}, delete=["inplace"],
    ),
    "torch.nn.Sigmoid": entry("", "nn", "Sigmoid", ""),
    "torch.nn.Tanh": entry("", "nn", "Tanh", ""),
    # dim=None: PyTorch's implicit dim (0 or 1 by rank); Jittor's Softmax normalises over all elements.
    "torch.nn.Softmax": layer("dim=None", "Softmax"),
    # Jittor's own classes where they compute what PyTorch does.
    "torch.nn.ELU": entry("alpha=1.0, inplace=False", "nn", "ELU", "alpha=1.0", delete=["inplace"]),
    "torch.nn.SiLU": entry("inplace=False", "nn", "SiLU", "", delete=["inplace"]),
    "torch.nn.GELU": layer("approximate='none'", "GELU"),
    "torch.nn.Hardtanh": layer("min_val=-1.0, max_val=1.0, inplace=False, min_value=None, max_value=None",
                               "Hardtanh"),
    "torch.nn.Hardswish": layer("inplace=False", "Hardswish"),
    "torch.nn.Hardsigmoid": layer("inplace=False", "Hardsigmoid"),
    "torch.nn.SELU": layer("inplace=False", "SELU"),
    "torch.nn.Mish": layer("inplace=False", "Mish"),  # jittor.nn.Mish calls jt.softplus, which Jittor 1.3.11 lacks
    "torch.nn.CELU": layer("alpha=1.0, inplace=False", "CELU"),
    "torch.nn.PReLU": layer("num_parameters=1, init=0.25, device=None, dtype=None", "PReLU"),
    "torch.nn.RReLU": layer("lower=0.125, upper=0.3333333333333333, inplace=False", "RReLU"),
    "torch.nn.Softplus": layer("beta=1.0, threshold=20.0", "Softplus"),
    "torch.nn.Softsign": layer("", "Softsign"),
    "torch.nn.Softshrink": layer("lambd=0.5", "Softshrink"),
    "torch.nn.Hardshrink": layer("lambd=0.5", "Hardshrink"),
    "torch.nn.Tanhshrink": layer("", "Tanhshrink"),
    "torch.nn.Threshold": layer("threshold, value, inplace=False", "Threshold"),
    "torch.nn.LogSigmoid": layer("", "LogSigmoid"),
    "torch.nn.LogSoftmax": layer("dim=None", "LogSoftmax"),
    "torch.nn.Softmin": layer("dim=None", "Softmin"),
    "torch.nn.Softmax2d": layer("", "Softmax2d"),
    "torch.nn.GLU": layer("dim=-1", "GLU"),
    # PyTorch's math path (see transformer.py for its eval/no-grad path).
    "torch.nn.MultiheadAttention": layer(
        "embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False, kdim=None, vdim=None,"
        " batch_first=False, device=None, dtype=None", "MultiheadAttention",
    ),
    "torch.nn.functional.relu": function("input, inplace=False", "nn", "relu", "x", links={"input": "x"}),
    # dim=None means PyTorch's implicit dim (0 for 0/1/3-D input, else 1), not "all elements".
    "torch.nn.functional.softmax": entry(
        "input, dim=None, _stacklevel=3, dtype=None", "t2j", "softmax", "input, dim=None, dtype=None",
        delete=["_stacklevel"],
    ),
    "torch.nn.functional.gelu": function("input, *, approximate='none'", "t2j", "gelu"),
    "torch.nn.functional.silu": function("input, inplace=False", "nn", "silu", "x", links={"input": "x"}),
    "torch.nn.functional.mish": function("input, inplace=False", "nn", "mish", "x, inplace=False",
                                         links={"input": "x"}),
    "torch.nn.functional.hardswish": function("input, inplace=False", "t2j", "hardswish"),
    "torch.nn.functional.hardsigmoid": function("input, inplace=False", "t2j", "hardsigmoid"),
    "torch.nn.functional.hardtanh": function("input, min_val=-1.0, max_val=1.0, inplace=False", "nn", "hardtanh",
                                             "x, min_val=-1, max_val=1", links={"input": "x"}),
    "torch.nn.functional.relu6": function("input, inplace=False", "nn", "relu6", "x", links={"input": "x"}),
    "torch.nn.functional.elu": function("input, alpha=1.0, inplace=False", "nn", "elu", "x, alpha=1.0",
                                        links={"input": "x"}),
    "torch.nn.functional.selu": function("input, inplace=False", "t2j", "selu"),
    "torch.nn.functional.celu": function("input, alpha=1.0, inplace=False", "t2j", "celu"),
    "torch.nn.functional.leaky_relu": function(
        "input, negative_slope=0.01, inplace=False", "nn", "leaky_relu", "x, scale=0.01",
        links={"input": "x", "negative_slope": "scale"},
    ),
    # Jittor's softplus adds log(1 + exp(-threshold)) / beta above the threshold: a helper.
    "torch.nn.functional.softplus": function("input, beta=1, threshold=20", "t2j", "softplus"),
    # dim=None keeps PyTorch's implicit choice (0 for 0/1/3-d inputs, else 1): a helper.
    "torch.nn.functional.log_softmax": function("input, dim=None, _stacklevel=3, dtype=None", "t2j", "log_softmax"),
    "torch.nn.functional.softmin": function("input, dim=None, _stacklevel=3, dtype=None", "t2j", "softmin"),
    "torch.nn.functional.softsign": function("input", "t2j", "softsign"),
    "torch.nn.functional.softshrink": function("input, lambd=0.5", "t2j", "softshrink"),
    "torch.nn.functional.hardshrink": function("input, lambd=0.5", "t2j", "hardshrink"),
    "torch.nn.functional.tanhshrink": function("input", "t2j", "tanhshrink"),
    "torch.nn.functional.threshold": function("input, threshold, value, inplace=False", "t2j", "threshold"),
    # Jittor's log_sigmoid is log(sigmoid(x)): -inf below about -88; the helper is stable.
    "torch.nn.functional.logsigmoid": function("input", "t2j", "logsigmoid"),
    "torch.nn.functional.glu": function("input, dim=-1", "t2j", "glu"),
    "torch.nn.functional.prelu": function("input, weight", "t2j", "prelu"),
    "torch.nn.functional.rrelu": function("input, lower=1.0 / 8, upper=1.0 / 3, training=False, inplace=False",
                                          "t2j", "rrelu"),
    "torch.nn.functional.sigmoid": function("input", "t2j", "sigmoid"),
    "torch.nn.functional.tanh": function("input", "t2j", "tanh"),
    "torch.nn.functional.scaled_dot_product_attention": function(
        "query, key, value, attn_mask=None, dropout_p=0.0, is_causal=False, scale=None, enable_gqa=False",
        "t2j", "scaled_dot_product_attention",
    ),
}

# F.X_ without a torch.X_ twin: Jittor's nn.X computed, written into the input, the input returned
# (t2j.inplace_apply; the input keeps its shape and dtype, as in PyTorch).
ENTRIES.update({
    f"torch.nn.functional.{name}_": entry(pytorch_args, "t2j", "inplace_apply", jittor_args + ", *, op",
                                          links={"input": "x", **links}, extras={"op": repr(f"nn.{name}")})
    for name, pytorch_args, jittor_args, links in [
        ("elu", "input, alpha=1.0", "x, alpha=1.0", {}),
        ("leaky_relu", "input, negative_slope=0.01", "x, scale=0.01", {"negative_slope": "scale"}),
        ("hardtanh", "input, min_val=-1.0, max_val=1.0", "x, min_val=-1, max_val=1", {}),
    ]
})
# Gumbel noise from Jittor's generator (PyTorch's draws cannot be reproduced); `hard` is PyTorch's
# straight-through one-hot
ENTRIES["torch.nn.functional.gumbel_softmax"] = function("logits, tau=1, hard=False, eps=1e-10, dim=-1", "t2j",
                                                         "gumbel_softmax")

ALIASES = {
    # F.X_ are torch.X_ (torch/inplace.py: computed, written into the input, the input returned).
    "torch.nn.functional.relu_": "torch.relu_",
    "torch.nn.functional.selu_": "torch.selu_",
    "torch.nn.functional.celu_": "torch.celu_",
    "torch.nn.functional.threshold_": "torch.threshold_",
    "torch.nn.functional.rrelu_": "torch.rrelu_",
    # `torch.X is torch.nn.functional.X`
    "torch.hardshrink": "torch.nn.functional.hardshrink",
    "torch.prelu": "torch.nn.functional.prelu",
}

UNSUPPORTED = {
    "torch.nn.functional.multi_head_attention_forward": "use nn.MultiheadAttention's conversion instead",
}
