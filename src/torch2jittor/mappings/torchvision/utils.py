"""torchvision.utils / torchvision._utils helpers used by model files."""
from ..schema import helper

ENTRIES = {
    "torchvision.utils._log_api_usage_once": helper("obj", "_log_api_usage_once"),
    "torchvision.utils._make_ntuple": helper("x, n", "_make_ntuple"),
    "torchvision._utils.sequence_to_str": helper("seq, separate_last=''", "sequence_to_str"),
}
