"""Fold, Unfold (torch/nn/modules/fold.py) and F.fold, F.unfold."""
from ..schema import function, layer

ENTRIES = {
    "torch.nn.Fold": layer("output_size, kernel_size, dilation=1, padding=0, stride=1", "Fold"),
    "torch.nn.Unfold": layer("kernel_size, dilation=1, padding=0, stride=1", "Unfold"),
    "torch.nn.functional.unfold": function("input, kernel_size, dilation=1, padding=0, stride=1", "t2j", "unfold"),
    "torch.nn.functional.fold": function("input, output_size, kernel_size, dilation=1, padding=0, stride=1",
                                         "t2j", "fold"),
}
