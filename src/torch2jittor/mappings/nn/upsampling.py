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
    # Jittor has no grid sampler: the helper gathers PyTorch's taps (bilinear/trilinear, nearest with
    # ties to even, bicubic; zeros/border/reflection padding) with differentiable weights, so the input
    # and the grid get PyTorch's gradients (spatial transformer networks train through it).
    "torch.nn.functional.grid_sample": function(
        "input, grid, mode='bilinear', padding_mode='zeros', align_corners=None", "t2j", "grid_sample"),
    "torch.nn.functional.affine_grid": function("theta, size, align_corners=None", "t2j", "affine_grid"),
}
