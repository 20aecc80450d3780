"""Run-both proofs of the entries in src/torch2jittor/mappings/nn/upsampling.py.

Each case runs PyTorch and its conversion with Jittor on the same inputs (tests/parity.py:
run_both, assert_same), then in PaConvert's call shapes of each entry it covers.
"""
import numpy as np
import pytest
from parity import D1, D2, D3, Fl, covered, entry_case, entry_tests, error_tests, layer_case, layer_tests

pytestmark = pytest.mark.frameworks


ENTRY_CASES = [
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=2)", "f1,2,5,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, size=(8, 11))", "f1,2,5,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=1.5)", "f1,2,5,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=(0.5, 3))", "f1,2,6,5"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, size=(9, 4), mode='nearest-exact')", "f1,2,5,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=2, mode='bilinear')", "f1,2,5,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=2, mode='bilinear', align_corners=False)",
               "f1,2,5,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, (9, 13), mode='bilinear', align_corners=True)",
               "f1,2,5,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, size=(3, 4), mode='bilinear')", "f1,2,8,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=0.6, mode='bilinear')", "f1,2,8,7"),
    entry_case("F.interpolate",
               "def f(x): return F.interpolate(x, scale_factor=1.7, mode='bilinear', recompute_scale_factor=True)",
               "f1,2,5,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, size=(5, 7), mode='bilinear')", "f1,2,5,7",
               id="interpolate-same-size"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, size=(10, 9), mode='bicubic')", "f1,2,5,7",
               atol=1e-4),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=2, mode='bicubic', align_corners=True)",
               "f1,2,5,7", atol=1e-4),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, size=(3, 4), mode='bicubic')", "f1,2,8,7", atol=1e-4),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=2.5, mode='linear')", "f2,3,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, size=4, mode='linear', align_corners=True)", "f2,3,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, size=10)", "f2,3,7", id="interpolate-nearest-1d"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, scale_factor=2, mode='trilinear')", "f1,2,3,4,5"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, size=(2, 3, 4), mode='nearest')", "f1,2,3,4,5"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, size=(3, 4), mode='area')", "f1,2,8,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, (8, 11), None, 'bilinear', False)", "f1,2,5,7",
               id="interpolate-positional"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, size=(8, 11), antialias=False)", "f1,2,5,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(x, 6, mode='bilinear', align_corners=True)", "f1,2,5,7"),
    entry_case("F.interpolate", "def f(x): return F.interpolate(input=x, size=[7, 3], mode='nearest')", "f1,2,5,7"),
    entry_case("F.upsample", "def f(x): return F.upsample(x, scale_factor=2, mode='bilinear')", "f1,2,5,7"),
    entry_case("F.upsample", "def f(x): return F.upsample(x, (6, 9))", "f1,2,5,7"),
    entry_case("F.upsample_nearest", "def f(x): return F.upsample_nearest(x, scale_factor=3)", "f1,2,5,7"),
    entry_case("F.upsample_bilinear", "def f(x): return F.upsample_bilinear(x, size=(9, 8))", "f1,2,5,7"),
    # grid_sample: every mode, padding and corner rule on a grid reaching past the borders (|g| < 1.4)
    *[entry_case("F.grid_sample", f"def f(x, g): return F.grid_sample(x, g, mode='{mode}', padding_mode='{padding}', "
                 f"align_corners={align})", "f2,3,5,6", "u2,4,7,2:-1.4,1.4", atol=1e-4 if mode == "bicubic" else 1e-5,
                 id=f"grid_sample-{mode}-{padding}-{align}")
      for mode in ("bilinear", "nearest", "bicubic") for padding in ("zeros", "border", "reflection")
      for align in (False, True)],
    entry_case("F.grid_sample", "def f(x, g): return F.grid_sample(x, g)", "f1,2,4,5", "u1,3,3,2:-1.2,1.2",
               id="grid_sample-defaults"),
    entry_case("F.grid_sample", "def f(x, g): return F.grid_sample(x, g, 'nearest', 'zeros', False)", "f1,1,3,4",
               np.array([[[[0.0, 0.0], [-0.5, 0.5], [0.5, -0.5], [-1.25, 0.0]]]], "float32"),
               id="grid_sample-nearest-ties-to-even"),
    entry_case("F.grid_sample", "def f(x, g): return F.grid_sample(x, g, align_corners=False)", "d1,2,4,5",
               "d1,3,3,2", id="grid_sample-float64"),
    entry_case("F.grid_sample", "def f(x, g): return F.grid_sample(x, g, align_corners=True)", "f2,3,5,6",
               np.full((2, 1, 2, 2), 1e9, "float32"), id="grid_sample-far-away"),
    *[entry_case("F.grid_sample", f"def f(x, g): return F.grid_sample(x, g, mode='{mode}', padding_mode='{padding}', "
                 f"align_corners={align})", "f2,3,4,5,3", "u2,3,2,4,3:-1.3,1.3",
                 id=f"grid_sample-5d-{mode}-{padding}-{align}")
      for mode in ("bilinear", "nearest") for padding in ("zeros", "border", "reflection") for align in (False, True)],
    # gradients of the input and of the grid (spatial transformer networks train through both)
    *[entry_case("F.grid_sample", "def f(x, g):\n    x.requires_grad_()\n    g.requires_grad_()\n"
                 f"    y = F.grid_sample(x, g, mode='{mode}', padding_mode='{padding}', align_corners={align})\n"
                 "    return (y,) + torch.autograd.grad((y * y).sum(), (x, g))",
                 "f2,3,5,6", "u2,4,7,2:-1.3,1.3", atol=1e-4, id=f"grid_sample-grad-{mode}-{padding}-{align}")
      for mode, padding, align in (("bilinear", "zeros", False), ("bilinear", "border", True),
                                   ("bilinear", "reflection", False), ("bicubic", "zeros", True),
                                   ("bicubic", "reflection", False), ("nearest", "border", False))],
    entry_case("F.grid_sample", "def f(x, g):\n    x.requires_grad_()\n    g.requires_grad_()\n"
               "    y = F.grid_sample(x, g, padding_mode='reflection', align_corners=True)\n"
               "    return (y,) + torch.autograd.grad((y * y).sum(), (x, g))",
               "f1,2,3,4,5", "u1,2,3,4,3:-1.3,1.3", atol=1e-4, id="grid_sample-grad-5d"),
    entry_case("F.affine_grid", "def f(t): return F.affine_grid(t, (2, 3, 5, 7), align_corners=False)", "f2,2,3"),
    entry_case("F.affine_grid", "def f(t): return F.affine_grid(t, torch.Size([2, 1, 4, 1]), align_corners=True)",
               "f2,2,3", id="affine_grid-align-single-column"),
    entry_case("F.affine_grid", "def f(t): return F.affine_grid(t, [1, 2, 3, 4, 5], False)", "f1,3,4", id="affine_grid-3d"),
    entry_case("F.affine_grid", "def f(t): return F.affine_grid(t, [1, 2, 3, 4, 5], align_corners=True)", "d1,3,4",
               id="affine_grid-3d-align-float64"),
    # a spatial transformer: affine_grid then grid_sample, gradients back to theta and the image
    entry_case("F.affine_grid F.grid_sample", "def f(x, t):\n    x.requires_grad_()\n    t.requires_grad_()\n"
               "    g = F.affine_grid(t, x.size(), align_corners=False)\n"
               "    y = F.grid_sample(x, g, align_corners=False)\n"
               "    return (y,) + torch.autograd.grad(y.pow(2).mean(), (x, t))", "f2,3,6,5", "u2,2,3:-1,1", atol=1e-4,
               id="spatial-transformer-grad"),
]


LAYER_CASES = [
    layer_case("Upsample", "model = nn.Upsample(scale_factor=2)", (Fl(2, 3, 5, 6),)),
    layer_case("Upsample", "model = nn.Upsample(size=(7, 9))", (Fl(2, 3, 5, 6),), id="Upsample-nearest-size"),
    layer_case("Upsample", "model = nn.Upsample(scale_factor=1.7, mode='nearest')", (Fl(2, 3, 5, 6),),
               id="Upsample-nearest-float-scale"),
    layer_case("Upsample", "model = nn.Upsample(size=11, mode='nearest-exact')", (Fl(2, 3, 5, 6),),
               id="Upsample-nearest-exact"),
    layer_case("Upsample", "model = nn.Upsample(scale_factor=2, mode='bilinear')", (Fl(2, 3, 5, 6),), id="Upsample-bilinear"),
    layer_case("Upsample", "model = nn.Upsample(scale_factor=1.5, mode='bilinear', align_corners=True)", (Fl(2, 3, 5, 6),),
               id="Upsample-bilinear-align"),
    layer_case("Upsample", "model = nn.Upsample(None, (1.3, 2.6), 'bilinear', False, True)", (Fl(2, 3, 5, 6),),
               id="Upsample-bilinear-recompute"),
    layer_case("Upsample", "model = nn.Upsample(size=(3, 4), mode='bilinear')", (Fl(2, 3, 5, 6),), id="Upsample-downsample"),
    layer_case("Upsample", "model = nn.Upsample(scale_factor=2.5, mode='bicubic')", (Fl(2, 3, 5, 6),), id="Upsample-bicubic"),
    layer_case("Upsample", "model = nn.Upsample(size=(8, 3), mode='bicubic', align_corners=True)", (Fl(2, 3, 5, 6),),
               id="Upsample-bicubic-align"),
    layer_case("Upsample", "model = nn.Upsample(scale_factor=3, mode='linear')", D1, id="Upsample-linear"),
    layer_case("Upsample", "model = nn.Upsample(size=(5, 3, 9), mode='trilinear', align_corners=True)", D3,
               id="Upsample-trilinear"),
    layer_case("Upsample", "model = nn.Upsample(size=(3, 4), mode='area')", (Fl(2, 3, 7, 8),), id="Upsample-area"),
    layer_case("UpsamplingNearest2d", "model = nn.UpsamplingNearest2d(scale_factor=2)", (Fl(2, 3, 5, 6),)),
    layer_case("UpsamplingNearest2d", "model = nn.UpsamplingNearest2d(size=(8, 7))", (Fl(2, 3, 5, 6),),
               id="UpsamplingNearest2d-size"),
    layer_case("UpsamplingBilinear2d", "model = nn.UpsamplingBilinear2d(scale_factor=2)", (Fl(2, 3, 5, 6),)),
    layer_case("UpsamplingBilinear2d", "model = nn.UpsamplingBilinear2d((4, 9))", (Fl(2, 3, 5, 6),),
               id="UpsamplingBilinear2d-size"),
]


INVALID_ARGUMENTS = [
    ("def f(x): return F.interpolate(x, size=[4])", ("f1,2,5,7",)),
    ("model = nn.Upsample(size=[4])", D2),
    ("def f(x, g): return F.grid_sample(x, g, mode='area', align_corners=False)", ("f1,2,4,5", "f1,3,3,2")),
    ("def f(x, g): return F.grid_sample(x, g, padding_mode='circular', align_corners=False)", ("f1,2,4,5", "f1,3,3,2")),
    ("def f(x, g): return F.grid_sample(x, g, mode='bicubic', align_corners=False)", ("f1,2,3,4,5", "f1,3,3,3,3")),
    ("def f(x, g): return F.grid_sample(x, g, align_corners=False)", ("f1,2,4,5", "f1,3,3,3")),
    ("def f(x, g): return F.grid_sample(x, g, align_corners=False)", ("d1,2,4,5", "f1,3,3,2")),
    ("def f(t): return F.affine_grid(t, (1, 2, 3, 4), align_corners=False)", ("f1,3,4",)),
    ("def f(t): return F.affine_grid(t, (1, 2, 3), align_corners=False)", ("f1,2,3",)),
]


test_entry, test_entry_call_shape = entry_tests(ENTRY_CASES)
test_layer_entry, test_layer_call_shape = layer_tests(LAYER_CASES)
test_invalid_arguments_raise_as_in_pytorch = error_tests(INVALID_ARGUMENTS)

COVERED = covered(ENTRY_CASES, LAYER_CASES)  # see tests/test_coverage.py
