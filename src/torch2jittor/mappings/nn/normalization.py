"""LayerNorm, GroupNorm, RMSNorm, LocalResponseNorm (torch/nn/modules/normalization.py) and
their torch.nn.functional namesakes, with F.normalize."""
from ..schema import FACTORY, entry, function, layer

ENTRIES = {
    "torch.nn.GroupNorm": entry(
        "num_groups, num_channels, eps=1e-05, affine=True, device=None, dtype=None",
        "nn", "GroupNorm", "num_groups, num_channels, eps=1e-05, affine=True, is_train=True",
        delete=FACTORY,
    ),
    "torch.nn.LayerNorm": layer("normalized_shape, eps=1e-05, elementwise_affine=True, bias=True, device=None,"
                                " dtype=None", "LayerNorm"),
    "torch.nn.RMSNorm": layer("normalized_shape, eps=None, elementwise_affine=True, device=None, dtype=None",
                              "RMSNorm"),
    "torch.nn.LocalResponseNorm": layer("size, alpha=0.0001, beta=0.75, k=1.0", "LocalResponseNorm"),
    "torch.nn.CrossMapLRN2d": layer("size, alpha=0.0001, beta=0.75, k=1", "CrossMapLRN2d"),
    "torch.nn.functional.layer_norm": function("input, normalized_shape, weight=None, bias=None, eps=1e-05",
                                               "t2j", "layer_norm"),
    "torch.nn.functional.group_norm": function("input, num_groups, weight=None, bias=None, eps=1e-05",
                                               "t2j", "group_norm"),
    "torch.nn.functional.rms_norm": function("input, normalized_shape, weight=None, eps=None", "t2j", "rms_norm"),
    "torch.nn.functional.local_response_norm": function("input, size, alpha=0.0001, beta=0.75, k=1.0",
                                                        "t2j", "local_response_norm"),
    "torch.nn.functional.normalize": function("input, p=2.0, dim=1, eps=1e-12, out=None", "t2j", "normalize"),
}
