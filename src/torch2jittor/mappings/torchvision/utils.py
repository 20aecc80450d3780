"""torchvision.utils / torchvision._utils helpers used by model files, and torchvision.utils's image
helpers -> the helper module's numpy + PIL versions (same grid layout, same rounding to uint8)."""
from ..schema import helper

_GRID = "nrow=8, padding=2, normalize=False, value_range=None, scale_each=False, pad_value=0.0"

ENTRIES = {
    "torchvision.utils._log_api_usage_once": helper("obj", "_log_api_usage_once"),
    "torchvision.utils._make_ntuple": helper("x, n", "_make_ntuple"),
    "torchvision._utils.sequence_to_str": helper("seq, separate_last=''", "sequence_to_str"),
    "torchvision.utils.make_grid": helper("tensor, " + _GRID, "make_grid"),
    "torchvision.utils.save_image": helper("tensor, fp, format=None, **kwargs", "save_image"),
}
