"""PixelShuffle, PixelUnshuffle (torch/nn/modules/pixelshuffle.py) and their functional forms."""
from ..schema import function, layer

ENTRIES = {
    "torch.nn.PixelShuffle": layer("upscale_factor", "PixelShuffle"),
    "torch.nn.PixelUnshuffle": layer("downscale_factor", "PixelUnshuffle"),
    "torch.nn.functional.pixel_shuffle": function("input, upscale_factor", "t2j", "pixel_shuffle"),
    "torch.nn.functional.pixel_unshuffle": function("input, downscale_factor", "t2j", "pixel_unshuffle"),
}

# torch.* names that are these very functions (`torch.X is torch.nn.functional.X`).
ALIASES = {
    "torch.pixel_shuffle": "torch.nn.functional.pixel_shuffle",
    "torch.pixel_unshuffle": "torch.nn.functional.pixel_unshuffle",
}
