"""More torch.nn layer classes (API-coverage group `nn_layers_more`).

Most map to classes in the helper module (`t2j`, runtime/compat_nn_layers.py) that take PyTorch's
constructor arguments and name their parameters as PyTorch does, so a PyTorch state_dict loads with
`load_parameters`. A few map to Jittor's own classes where Jittor computes the same thing.
Every entry is proven by tests/test_parity_nn_layers_more.py.
"""
from ._schema import entry

# Arguments PyTorch takes for placement/precision; the Jittor classes have no such arguments.
_FACTORY = ["device", "dtype"]


def _jt_args(pytorch_args: str) -> str:
    """The helper's signature: PyTorch's, without device/dtype."""
    parts = [p.strip() for p in pytorch_args.split(",") if p.strip()]
    kept = [p for p in parts if p.split("=")[0].strip() not in _FACTORY]
    while kept and kept[-1] == "*":  # a bare `*` left without keyword-only parameters
        kept.pop()
    return ", ".join(kept)


def _t2j(pytorch_args: str, name: str | None = None, jittor_args: str | None = None, **kw):
    """An entry for a helper class with PyTorch's own signature (device/dtype dropped)."""
    delete = [p for p in _FACTORY if p in pytorch_args]
    jittor_args = _jt_args(pytorch_args) if jittor_args is None else jittor_args
    return lambda key: entry(pytorch_args, "t2j", name or key, jittor_args, delete=delete, **kw)


_CONV = ("in_channels, out_channels, kernel_size, stride=1, padding=0, dilation=1, groups=1, bias=True,"
         " padding_mode='zeros', device=None, dtype=None")
_CONV_T = ("in_channels, out_channels, kernel_size, stride=1, padding=0, output_padding=0, groups=1, bias=True,"
           " dilation=1, padding_mode='zeros', device=None, dtype=None")
_BN = ("num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, device=None, dtype=None,"
       " *, bias=True")
_IN = ("num_features, eps=1e-05, momentum=0.1, affine=False, track_running_stats=False, device=None, dtype=None,"
       " *, bias=True")
_MAXPOOL = "kernel_size, stride=None, padding=0, dilation=1, return_indices=False, ceil_mode=False"
_AVGPOOL = "kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True, divisor_override=None"
_LPPOOL = "norm_type, kernel_size, stride=None, ceil_mode=False"
_LOSS = "size_average=None, reduce=None, reduction='mean'"
_WLOSS = "weight=None, size_average=None, reduce=None, reduction='mean'"
_DROPOUT = "p=0.5, inplace=False"
# PyTorch's default activation is the function F.relu; the helpers take "relu"/"gelu" or a callable.
_TLAYER = ("d_model, nhead, dim_feedforward=2048, dropout=0.1, activation=relu, layer_norm_eps=1e-05,"
           " batch_first=False, norm_first=False, bias=True")
_TRANSFORMER = ("d_model=512, nhead=8, num_encoder_layers=6, num_decoder_layers=6, dim_feedforward=2048, dropout=0.1,"
                " activation=relu, custom_encoder=None, custom_decoder=None, layer_norm_eps=1e-05, batch_first=False,"
                " norm_first=False, bias=True")

_HELPERS = {
    # convolutions (padding='same'/'valid' and every padding_mode honoured; unbatched input accepted)
    "Conv1d": _t2j(_CONV),
    "Conv3d": _t2j(_CONV),
    "ConvTranspose1d": _t2j(_CONV_T),
    "ConvTranspose3d": _t2j(_CONV_T),
    "Fold": _t2j("output_size, kernel_size, dilation=1, padding=0, stride=1"),
    "Unfold": _t2j("kernel_size, dilation=1, padding=0, stride=1"),
    # normalization (running_var updated with the unbiased variance, num_batches_tracked kept, as PyTorch)
    "BatchNorm3d": _t2j(_BN),
    "SyncBatchNorm": _t2j(
        "num_features, eps=1e-05, momentum=0.1, affine=True, track_running_stats=True, process_group=None,"
        " device=None, dtype=None, *, bias=True"
    ),
    "InstanceNorm1d": _t2j(_IN),
    "InstanceNorm2d": _t2j(_IN),
    "InstanceNorm3d": _t2j(_IN),
    "LayerNorm": _t2j("normalized_shape, eps=1e-05, elementwise_affine=True, bias=True, device=None, dtype=None"),
    "RMSNorm": _t2j("normalized_shape, eps=None, elementwise_affine=True, device=None, dtype=None"),
    "LocalResponseNorm": _t2j("size, alpha=0.0001, beta=0.75, k=1.0"),
    "CrossMapLRN2d": _t2j("size, alpha=0.0001, beta=0.75, k=1"),
    # activations (`inplace` accepted and ignored: Jittor never computes in place)
    "GELU": _t2j("approximate='none'"),
    "Hardtanh": _t2j("min_val=-1.0, max_val=1.0, inplace=False, min_value=None, max_value=None"),
    "Hardswish": _t2j("inplace=False"),
    "Hardsigmoid": _t2j("inplace=False"),
    "SELU": _t2j("inplace=False"),
    "Mish": _t2j("inplace=False"),  # jittor.nn.Mish calls jt.softplus, which Jittor 1.3.11 lacks
    "CELU": _t2j("alpha=1.0, inplace=False"),
    "PReLU": _t2j("num_parameters=1, init=0.25, device=None, dtype=None"),
    "RReLU": _t2j("lower=0.125, upper=0.3333333333333333, inplace=False"),
    "Softplus": _t2j("beta=1.0, threshold=20.0"),
    "Softsign": _t2j(""),
    "Softshrink": _t2j("lambd=0.5"),
    "Hardshrink": _t2j("lambd=0.5"),
    "Tanhshrink": _t2j(""),
    "Threshold": _t2j("threshold, value, inplace=False"),
    "LogSigmoid": _t2j(""),
    "LogSoftmax": _t2j("dim=None"),
    "Softmin": _t2j("dim=None"),
    "Softmax2d": _t2j(""),
    "GLU": _t2j("dim=-1"),
    # pooling (dilation, ceil_mode, count_include_pad, divisor_override and return_indices honoured)
    "MaxPool1d": _t2j(_MAXPOOL),
    "MaxPool3d": _t2j(_MAXPOOL),
    "AvgPool1d": _t2j("kernel_size, stride=None, padding=0, ceil_mode=False, count_include_pad=True"),
    "AvgPool3d": _t2j(_AVGPOOL),
    "AdaptiveAvgPool1d": _t2j("output_size"),
    "AdaptiveAvgPool3d": _t2j("output_size"),
    "AdaptiveMaxPool1d": _t2j("output_size, return_indices=False"),
    "AdaptiveMaxPool3d": _t2j("output_size, return_indices=False"),
    "LPPool1d": _t2j(_LPPOOL),
    "LPPool2d": _t2j(_LPPOOL),
    "LPPool3d": _t2j(_LPPOOL),
    "MaxUnpool1d": _t2j("kernel_size, stride=None, padding=0"),
    "MaxUnpool2d": _t2j("kernel_size, stride=None, padding=0"),
    "MaxUnpool3d": _t2j("kernel_size, stride=None, padding=0"),
    # padding
    "ZeroPad1d": _t2j("padding"),
    "ZeroPad2d": _t2j("padding"),
    "ZeroPad3d": _t2j("padding"),
    "ConstantPad1d": _t2j("padding, value"),
    "ConstantPad2d": _t2j("padding, value"),
    "ConstantPad3d": _t2j("padding, value"),
    "ReflectionPad1d": _t2j("padding"),
    "ReflectionPad2d": _t2j("padding"),
    "ReflectionPad3d": _t2j("padding"),
    "ReplicationPad1d": _t2j("padding"),
    "ReplicationPad2d": _t2j("padding"),
    "ReplicationPad3d": _t2j("padding"),
    "CircularPad1d": _t2j("padding"),
    "CircularPad2d": _t2j("padding"),
    "CircularPad3d": _t2j("padding"),
    # resampling and reshaping
    "Upsample": _t2j("size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None"),
    "UpsamplingNearest2d": _t2j("size=None, scale_factor=None"),
    "UpsamplingBilinear2d": _t2j("size=None, scale_factor=None"),
    "PixelShuffle": _t2j("upscale_factor"),
    "PixelUnshuffle": _t2j("downscale_factor"),
    "ChannelShuffle": _t2j("groups"),
    "Unflatten": _t2j("dim, unflattened_size"),
    # dropout variants (identity in eval mode; PyTorch's masks and scaling in training)
    "Dropout1d": _t2j(_DROPOUT),
    "Dropout3d": _t2j(_DROPOUT),
    "AlphaDropout": _t2j(_DROPOUT),
    "FeatureAlphaDropout": _t2j(_DROPOUT),
    # containers and parameters (named as PyTorch names them, loadable by load_parameters)
    "Parameter": _t2j("data=None, requires_grad=True"),
    "ModuleDict": _t2j("modules=None"),
    "ParameterList": _t2j("values=None"),
    "ParameterDict": _t2j("parameters=None"),
    "DataParallel": _t2j("module, device_ids=None, output_device=None, dim=0"),
    # linear-like layers, distances, embeddings
    "Bilinear": _t2j("in1_features, in2_features, out_features, bias=True, device=None, dtype=None"),
    "CosineSimilarity": _t2j("dim=1, eps=1e-08"),
    "PairwiseDistance": _t2j("p=2.0, eps=1e-06, keepdim=False"),
    "Embedding": _t2j(
        "num_embeddings, embedding_dim, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,"
        " sparse=False, _weight=None, _freeze=False, device=None, dtype=None",
        unsupported=["scale_grad_by_freq"],
    ),
    "torch.nn.Embedding.from_pretrained": _t2j(
        "embeddings, freeze=True, padding_idx=None, max_norm=None, norm_type=2.0, scale_grad_by_freq=False,"
        " sparse=False",
        name="Embedding.from_pretrained", unsupported=["scale_grad_by_freq"],
    ),
    "EmbeddingBag": _t2j(
        "num_embeddings, embedding_dim, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, mode='mean',"
        " sparse=False, _weight=None, include_last_offset=False, padding_idx=None, device=None, dtype=None",
        unsupported=["scale_grad_by_freq"],
    ),
    "torch.nn.EmbeddingBag.from_pretrained": _t2j(
        "embeddings, freeze=True, max_norm=None, norm_type=2.0, scale_grad_by_freq=False, mode='mean',"
        " sparse=False, include_last_offset=False, padding_idx=None",
        name="EmbeddingBag.from_pretrained", unsupported=["scale_grad_by_freq"],
    ),
    # losses (legacy size_average/reduce honoured as PyTorch does)
    "L1Loss": _t2j(_LOSS),
    "MSELoss": _t2j(_LOSS),
    "SmoothL1Loss": _t2j(_LOSS + ", beta=1.0"),
    "HuberLoss": _t2j("reduction='mean', delta=1.0"),
    "SoftMarginLoss": _t2j(_LOSS),
    "BCELoss": _t2j(_WLOSS),
    "BCEWithLogitsLoss": _t2j(_WLOSS + ", pos_weight=None"),
    "NLLLoss": _t2j("weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'"),
    "NLLLoss2d": _t2j("weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean'"),
    "CrossEntropyLoss": _t2j(
        "weight=None, size_average=None, ignore_index=-100, reduce=None, reduction='mean', label_smoothing=0.0"
    ),
    "KLDivLoss": _t2j(_LOSS + ", log_target=False"),
    "MarginRankingLoss": _t2j("margin=0.0, " + _LOSS),
    "HingeEmbeddingLoss": _t2j("margin=1.0, " + _LOSS),
    "CosineEmbeddingLoss": _t2j("margin=0.0, " + _LOSS),
    "MultiLabelSoftMarginLoss": _t2j(_WLOSS),
    "MultiMarginLoss": _t2j("p=1, margin=1.0, " + _WLOSS),
    "MultiLabelMarginLoss": _t2j(_LOSS),
    "TripletMarginLoss": _t2j("margin=1.0, p=2.0, eps=1e-06, swap=False, " + _LOSS),
    "TripletMarginWithDistanceLoss": _t2j("*, distance_function=None, margin=1.0, swap=False, reduction='mean'"),
    "PoissonNLLLoss": _t2j("log_input=True, full=False, size_average=None, eps=1e-08, reduce=None, reduction='mean'"),
    "GaussianNLLLoss": _t2j("*, full=False, eps=1e-06, reduction='mean'"),
    "CTCLoss": _t2j("blank=0, reduction='mean', zero_infinity=False"),
    # recurrent layers: PyTorch's __init__ is (*args, **kwargs); these are the documented parameters in
    # the order its argument parsing takes them (RNN takes nonlinearity 4th).
    "RNN": _t2j(
        "input_size, hidden_size, num_layers=1, nonlinearity='tanh', bias=True, batch_first=False, dropout=0.0,"
        " bidirectional=False, device=None, dtype=None"
    ),
    "LSTM": _t2j(
        "input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0, bidirectional=False,"
        " proj_size=0, device=None, dtype=None"
    ),
    "GRU": _t2j(
        "input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0, bidirectional=False,"
        " device=None, dtype=None"
    ),
    "RNNBase": _t2j(
        "mode, input_size, hidden_size, num_layers=1, bias=True, batch_first=False, dropout=0.0, bidirectional=False,"
        " proj_size=0, device=None, dtype=None"
    ),
    "RNNCellBase": _t2j("input_size, hidden_size, bias, num_chunks, device=None, dtype=None"),
    "RNNCell": _t2j("input_size, hidden_size, bias=True, nonlinearity='tanh', device=None, dtype=None"),
    "LSTMCell": _t2j("input_size, hidden_size, bias=True, device=None, dtype=None"),
    "GRUCell": _t2j("input_size, hidden_size, bias=True, device=None, dtype=None"),
    # attention and transformers (PyTorch's math path; its eval/no-grad nested-tensor path, which
    # returns 0 at padded positions of TransformerEncoder, is reproduced under jt.no_grad)
    "MultiheadAttention": _t2j(
        "embed_dim, num_heads, dropout=0.0, bias=True, add_bias_kv=False, add_zero_attn=False, kdim=None, vdim=None,"
        " batch_first=False, device=None, dtype=None"
    ),
    "TransformerEncoderLayer": _t2j(
        _TLAYER + ", device=None, dtype=None", jittor_args=_TLAYER.replace("activation=relu", "activation='relu'")
    ),
    "TransformerDecoderLayer": _t2j(
        _TLAYER + ", device=None, dtype=None", jittor_args=_TLAYER.replace("activation=relu", "activation='relu'")
    ),
    "TransformerEncoder": _t2j("encoder_layer, num_layers, norm=None, enable_nested_tensor=True, mask_check=True"),
    "TransformerDecoder": _t2j("decoder_layer, num_layers, norm=None"),
    "Transformer": _t2j(
        _TRANSFORMER + ", device=None, dtype=None",
        jittor_args=_TRANSFORMER.replace("activation=relu", "activation='relu'"),
    ),
}

ENTRIES: dict = {key: make(key) for key, make in _HELPERS.items()}
ENTRIES["torch.nn.SyncBatchNorm.convert_sync_batchnorm"] = entry(
    "module, process_group=None", "t2j", "SyncBatchNorm.convert_sync_batchnorm", "module, process_group=None"
)
ENTRIES["torch.nn.Transformer.generate_square_subsequent_mask"] = entry(
    "sz, device=None, dtype=None", "t2j", "Transformer.generate_square_subsequent_mask", "sz, dtype=None",
    delete=["device"],
)

# Jittor's own classes where they compute what PyTorch does.
ENTRIES.update({
    "ELU": entry("alpha=1.0, inplace=False", "nn", "ELU", "alpha=1.0", delete=["inplace"]),
    "SiLU": entry("inplace=False", "nn", "SiLU", "", delete=["inplace"]),
})

_LAZY = ("lazy modules infer their shapes at the first forward call; Jittor's load_parameters needs the shapes "
         "before it: give the input size explicitly (e.g. Linear(in_features, ...))")

# torch names deliberately not mapped, with the reason the diagnostic gives.
UNSUPPORTED: dict[str, str] = {
    **{f"torch.nn.{name}": _LAZY for name in (
        "LazyLinear", "LazyConv1d", "LazyConv2d", "LazyConv3d", "LazyConvTranspose1d", "LazyConvTranspose2d",
        "LazyConvTranspose3d", "LazyBatchNorm1d", "LazyBatchNorm2d", "LazyBatchNorm3d", "LazyInstanceNorm1d",
        "LazyInstanceNorm2d", "LazyInstanceNorm3d",
    )},
    "torch.nn.FractionalMaxPool2d": "its pooling regions are drawn from PyTorch's random generator on every call; "
                                    "Jittor cannot reproduce them",
    "torch.nn.FractionalMaxPool3d": "its pooling regions are drawn from PyTorch's random generator on every call; "
                                    "Jittor cannot reproduce them",
    "torch.nn.AdaptiveLogSoftmaxWithLoss": "no Jittor equivalent (adaptive softmax with clustered tail layers)",
    "torch.nn.LinearCrossEntropyLoss": "no Jittor equivalent (fused chunked linear + cross-entropy)",
    "torch.nn.parallel.DistributedDataParallel": "multi-process training is set up differently in Jittor "
                                                 "(mpirun with jittor's MPI); use the wrapped module directly",
    "torch.nn.Container": "deprecated since PyTorch 0.x; use nn.Module",
    **{f"torch.nn.utils.rnn.{name}": "packed sequences have no Jittor equivalent: pass the padded batch (and its "
                                     "lengths or a mask) to the recurrent layer instead"
       for name in ("PackedSequence", "pack_padded_sequence", "pad_packed_sequence", "pack_sequence",
                    "unpack_sequence")},
}
