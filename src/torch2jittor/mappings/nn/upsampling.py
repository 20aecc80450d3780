"""Upsample, UpsamplingNearest2d, UpsamplingBilinear2d (torch/nn/modules/upsampling.py),
F.interpolate and the other resampling functions."""
from ..schema import function, layer

ENTRIES = {
    "torch.nn.Upsample": layer("size=None, scale_factor=None, mode='nearest', align_corners=None,"
                               " recompute_scale_factor=None", "Upsample"),
    "torch.nn.UpsamplingNearest2d": layer("size=None, scale_factor=None", "UpsamplingNearest2d"),
    "torch.nn.UpsamplingBilinear2d": layer("size=None, scale_factor=None", "UpsamplingBilinear2d"),
    # Jittor's interpolate defaults to bilinear and maps coordinates differently: the helper
    # reproduces PyTorch's source indices and weights (nearest, nearest-exact, (bi/tri)linear,
    # bicubic, area; align_corners; size or scale_factor, recompute_scale_factor).
    "torch.nn.functional.interpolate": function(
        "input, size=None, scale_factor=None, mode='nearest', align_corners=None, recompute_scale_factor=None,"
        " antialias=False", "t2j", "interpolate"),
    "torch.nn.functional.upsample": function("input, size=None, scale_factor=None, mode='nearest',"
                                             " align_corners=None", "t2j", "upsample"),
    "torch.nn.functional.upsample_nearest": function("input, size=None, scale_factor=None", "t2j",
                                                     "upsample_nearest"),
    "torch.nn.functional.upsample_bilinear": function("input, size=None, scale_factor=None", "t2j",
                                                      "upsample_bilinear"),
}

UNSUPPORTED = {
    "torch.nn.functional.grid_sample": "no verified Jittor equivalent of PyTorch's sampling and padding modes yet",
    "torch.nn.functional.affine_grid": "no verified Jittor equivalent yet",
}
