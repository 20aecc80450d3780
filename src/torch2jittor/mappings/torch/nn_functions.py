"""torch.* functions that compute what a torch.nn.functional function computes under a signature of
their own (`torch.dropout(input, p, train)`, `torch.batch_norm` with the affine parameters first,
`torch.embedding(weight, indices)`). The torch.* names that are the very functional objects
(`torch.conv2d is F.conv2d`) are ALIASES next to their functional entries in mappings/nn/."""
from ..schema import entry, function

ENTRIES = {
    "torch.constant_pad_nd": entry("input, pad, value=0", "t2j", "pad", "input, pad, mode='constant', value=None",
                                   extras={"mode": "'constant'"}),
    # torch.* twins with signatures of their own (no `inplace`)
    # torch.relu keeps an integer tensor integer (Jittor's nn.relu, which F.relu maps to, makes it float)
    "torch.relu": function("input", "t2j", "tensor_relu", "self", links={"input": "self"}),
    "torch.selu": function("input", "t2j", "selu"),
    "torch.celu": function("input, alpha=1.0", "t2j", "celu"),
    "torch.threshold": function("input, threshold, value", "t2j", "threshold"),
    "torch.rrelu": function("input, lower=1.0 / 8, upper=1.0 / 3, training=False, generator=None", "t2j", "rrelu"),
    # torch.dropout names its flag `train`
    "torch.dropout": function("input, p, train", "t2j", "dropout", "input, p=0.5, training=True",
                              links={"train": "training"}),
    # torch.* twins: a cuDNN switch more (no effect on values); batch_norm and instance_norm take the
    # affine parameters before the running statistics, all arguments required.
    "torch.layer_norm": function("input, normalized_shape, weight=None, bias=None, eps=1e-05, cudnn_enable=True",
                                 "t2j", "layer_norm", delete=("cudnn_enable",)),
    "torch.group_norm": function("input, num_groups, weight=None, bias=None, eps=1e-05, cudnn_enabled=True",
                                 "t2j", "group_norm", delete=("cudnn_enabled",)),
    "torch.rms_norm": function("input, normalized_shape, weight=None, eps=None", "t2j", "rms_norm"),
    "torch.batch_norm": function("input, weight, bias, running_mean, running_var, training, momentum, eps, "
                                 "cudnn_enabled", "t2j", "batch_norm",
                                 "input, running_mean, running_var, weight=None, bias=None, training=False, "
                                 "momentum=0.1, eps=1e-05", delete=("cudnn_enabled",)),
    "torch.instance_norm": function("input, weight, bias, running_mean, running_var, use_input_stats, momentum, eps, "
                                    "cudnn_enabled", "t2j", "instance_norm",
                                    "input, running_mean=None, running_var=None, weight=None, bias=None, "
                                    "use_input_stats=True, momentum=0.1, eps=1e-05", delete=("cudnn_enabled",)),
    # torch.embedding takes (weight, indices); its padding_idx (-1: none) only stops the row's gradient.
    "torch.embedding": function("weight, indices, padding_idx=-1, scale_grad_by_freq=False, sparse=False", "t2j",
                                "embedding", "input, weight", links={"indices": "input"},
                                unsupported=("padding_idx", "scale_grad_by_freq"), delete=("sparse",)),
    # F.grid_sample's and F.affine_grid's ATen forms: the modes as integer codes, every argument required
    **{f"torch.{name}": function("input, grid, interpolation_mode, padding_mode, align_corners", "t2j",
                                 "grid_sampler") for name in ("grid_sampler", "grid_sampler_2d", "grid_sampler_3d")},
    "torch.affine_grid_generator": function("theta, size, align_corners", "t2j", "affine_grid_generator"),
    # F.alpha_dropout's and F.feature_alpha_dropout's ATen forms (the flag named `train`, required), and
    # torch.feature_dropout: dropout with one mask value per (N, C)
    **{f"torch.{name}": function("input, p, train", "t2j", name, "input, p, training", links={"train": "training"})
       for name in ("alpha_dropout", "feature_alpha_dropout", "feature_dropout")},
}
# torch.* losses: ATen's signatures, `reduction` as its Reduction enum (0 none, 1 mean, 2 sum). Omitted, it is
# 'none': PyTorch's binding reads the schema's default `at::Reduction::Mean` as 0 (torch 2.14).
ENTRIES.update({f"torch.{name}": function(args, "t2j", f"aten_{name}") for name, args in (
    ("cosine_embedding_loss", "input1, input2, target, margin=0.0, reduction=0"),
    ("hinge_embedding_loss", "input, target, margin=1.0, reduction=0"),
    ("margin_ranking_loss", "input1, input2, target, margin=0.0, reduction=0"),
    ("triplet_margin_loss", "anchor, positive, negative, margin=1.0, p=2, eps=1e-06, swap=False, reduction=0"),
    ("kl_div", "input, target, reduction=0, *, log_target=False"),
    ("poisson_nll_loss", "input, target, log_input, full, eps, reduction"),
    ("binary_cross_entropy_with_logits", "input, target, weight=None, pos_weight=None, reduction=0"),
    ("ctc_loss", "log_probs, targets, input_lengths, target_lengths, blank=0, reduction=0, zero_infinity=False"),
)})

UNSUPPORTED = {
    "torch.embedding_bag": "returns ATen's internal offset2bag, bag_size and max_indices tensors beside the bags, "
                           "whose contents vary with mode and padding: use torch.nn.functional.embedding_bag",
}
